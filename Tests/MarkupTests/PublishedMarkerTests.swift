import Markup
import Testing

@Suite("Publication markers inside page furniture")
struct PublishedMarkerTests {
    static let story = """
        <div class="entry-content"><p>Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Đảng bộ xã đã xây dựng \
        132 mô hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong năm qua, \
        với hơn 16.700 lượt người dân tham gia các phong trào thi đua.</p>
        <p>Các chi bộ đưa việc học tập và làm theo Bác vào sinh hoạt định kỳ hằng tháng, gắn với \
        kiểm điểm, đánh giá chất lượng đảng viên cuối năm.</p></div>
        """

    @Test func wordPressEntryHeaderTimeDatesThePage() throws {
        let html = """
            <html><body><header class="site-header"><nav><a href="/">Trang chủ</a></nav></header>
            <article><header class="entry-header"><h1 class="entry-title">Làm theo lời Bác</h1>
            <div class="entry-meta"><time class="entry-date published" datetime="2022-02-09T14:24:00+07:00">09/02/2022</time>
            <time class="updated" datetime="2022-03-01T08:00:00+07:00">01/03/2022</time></div></header>
            \(Self.story)</article></body></html>
            """
        #expect(try ContentExtractor.html(html).published == "2022-02-09T14:24:00+07:00")
    }

    @Test func itempropDatePublishedDatesThePage() throws {
        let html = """
            <html><body><div class="header"><meta itemprop="datePublished" content="2023-05-08T07:38:00+07:00"></div>
            <article>\(Self.story)</article></body></html>
            """
        #expect(try ContentExtractor.html(html).published == "2023-05-08T07:38:00+07:00")
    }

    @Test func anUpdatedTimeAloneIsNotThePublicationDate() throws {
        let html = """
            <html><body><header class="entry-header"><time class="updated" datetime="2022-03-01T08:00:00+07:00">x</time></header>
            <article>\(Self.story)</article></body></html>
            """
        #expect(try ContentExtractor.html(html).published == nil)
    }

    /// schema.org's headline in an article header the scan drops as furniture ("header").
    @Test func itempropHeadlineInAnArticleHeaderTitlesThePage() throws {
        let headline = "Hội thảo khoa học về tư tưởng Hồ Chí Minh và thi đua ái quốc"
        let html = """
            <html><head><title>Học viện Chính trị khu vực I: Tin tức</title></head><body>
            <div class="article" itemscope itemtype="http://schema.org/Article">
            <div class="header"><h1 itemprop="headline">\(headline)</h1></div>
            \(Self.story)</div></body></html>
            """
        #expect(try ContentExtractor.html(html).title == headline)
    }

    /// A `<meta>` stamp at midnight names a day; the page's labelled posting day wins.
    @Test func labelledPostingDayOverAMidnightMetaStamp() throws {
        let html = """
            <html><head><meta property="article:published_time" content="2025-04-02T00:00:00+07:00"></head><body>
            <div class="main"><h1>Chi bộ Phòng Tổng hợp học tập chuyên đề năm 2025</h1>
            <div class="text-muted small">Ngày đăng: 04/04/2025 | Người đăng: Văn phòng Đảng ủy</div>
            \(Self.story)</div></body></html>
            """
        #expect(try ContentExtractor.html(html).published == "2025-04-04")
    }
}

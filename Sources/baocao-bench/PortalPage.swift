import Foundation

/// The portal layouts the generator imitates; each has its own CMS markup.
enum PortalTemplate: Int, CaseIterable {
    /// A provincial government portal (Liferay-style portlets, table columns).
    case governmentPortal
    /// A national news CMS (`fck_detail`, `p.Normal`, JSON-LD, heavy scripts).
    case newsCMS
    /// A Party committee portal (`post-content`, "Cập nhật:" datelines).
    case partyPortal
    /// A WordPress site (`entry-content`, `<time datetime>`, widgets).
    case wordPress
    /// An old district portal in nested tables and `<font>`, served in windows-1258.
    case legacyTables

    var isLegacy: Bool { self == .legacyTables }

    /// Relative frequency in the corpus, in percent.
    static let weights: [(PortalTemplate, Int)] = [
        (.governmentPortal, 25), (.newsCMS, 25), (.partyPortal, 20), (.wordPress, 20), (.legacyTables, 10),
    ]

    static func pick(_ random: inout SplitMix64) -> PortalTemplate {
        var roll = random.below(100)
        for (template, weight) in weights {
            if roll < weight { return template }
            roll -= weight
        }
        return .governmentPortal
    }
}

/// Vocabulary of the page furniture, as data.
enum PortalVocabulary {
    static let sites = [
        "Cổng thông tin điện tử tỉnh Hà Giang", "Báo Nhân Dân điện tử", "Ban Tuyên giáo Tỉnh ủy Thái Bình",
        "Cổng TTĐT huyện Bình Lục", "Báo Quảng Nam", "Trang thông tin điện tử Đảng bộ tỉnh Đồng Nai",
        "Cổng thông tin điện tử Sở Nội vụ Quảng Bình", "Báo Bến Tre điện tử", "Tạp chí Xây dựng Đảng",
    ]
    static let sections = [
        "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội",
        "Quốc phòng - An ninh", "Xây dựng Đảng", "Học tập và làm theo Bác", "Văn bản chỉ đạo",
        "Thủ tục hành chính", "Dịch vụ công", "Hỏi đáp", "Liên hệ", "Sơ đồ cổng", "Thư viện ảnh",
        "Video", "Chuyển đổi số", "Nông thôn mới", "Cải cách hành chính", "Thông báo", "Lịch công tác",
    ]
    static let authors = [
        "THỦY HÀ", "Minh Anh", "Nguyễn Văn Đức", "Trần Thị Lan", "Hoàng Long", "Phạm Quỳnh",
        "Lê Hồng Sơn", "Ngọc Hân", "BTG Huyện ủy", "Đức Thắng", "Thu Hằng", "Văn Tuấn",
    ]
    static let weekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    static let boxTitles = ["Tin mới", "Đọc nhiều", "Tin liên quan", "Tin cùng chuyên mục", "Văn bản mới",
                            "Tiêu điểm", "Sự kiện nổi bật", "Có thể bạn quan tâm"]
    static let footer = """
        Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: Số 1 đường Trần Hưng Đạo, phường Nguyễn Trãi. \
        Điện thoại: 0219.3866.123 - Fax: 0219.3866.456. Email: bbt@example.gov.vn. Giấy phép số 45/GP-TTĐT \
        ngày 20/7/2020 của Cục Phát thanh, truyền hình và thông tin điện tử. Ghi rõ nguồn khi phát hành lại \
        thông tin từ cổng này.
        """
}

/// One synthetic page: the article it carries and its rendered HTML (UTF-8 text; the
/// legacy template is encoded to windows-1258 by the caller).
struct PortalPage {
    let template: PortalTemplate
    let html: String

    /// Page `index` of the corpus for `seed`: independent of how many pages are written.
    static func make(index: Int, seed: UInt64, texts: SourceTexts) -> PortalPage {
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let template = PortalTemplate.pick(&random)
        var builder = PageBuilder(index: index, template: template, texts: texts, random: random)
        return PortalPage(template: template, html: builder.render())
    }
}

/// Renders one page: the template's chrome around the article, padded with sidebar boxes
/// and scripts to a size drawn between 50 and 100 KB.
struct PageBuilder {
    let index: Int
    let template: PortalTemplate
    let texts: SourceTexts
    var random: SplitMix64

    var article: SourceArticle
    let site: String
    let section: String
    let author: String
    let date: (year: Int, month: Int, day: Int, hour: Int, minute: Int)
    var targetBytes: Int

    init(index: Int, template: PortalTemplate, texts: SourceTexts, random: SplitMix64) {
        var random = random
        self.index = index
        self.template = template
        self.texts = texts
        var article = random.pick(texts.articles)
        if random.chance(30) {
            let other = random.pick(texts.articles)
            let count = 1 + random.below(3)
            let start = random.below(max(1, other.paragraphs.count - count))
            article.paragraphs.insert(contentsOf: other.paragraphs[start..<min(other.paragraphs.count, start + count)],
                                      at: min(article.paragraphs.count, 1 + random.below(article.paragraphs.count)))
        }
        self.article = article
        site = random.pick(PortalVocabulary.sites)
        section = random.pick(PortalVocabulary.sections)
        author = random.pick(PortalVocabulary.authors)
        date = (2015 + random.below(11), 1 + random.below(12), 1 + random.below(28), 6 + random.below(14), random.below(60))
        targetBytes = 50_000 + random.below(50_000)
        self.random = random
    }

    mutating func render() -> String {
        let bare = compose(filler: "", scripts: "")
        let missing = max(0, targetBytes - bare.utf8.count)
        let scriptBytes = missing / 4
        let scripts = scriptBlob(bytes: scriptBytes)
        let filler = sidebarBoxes(bytes: missing - scripts.utf8.count)
        return compose(filler: filler, scripts: scripts)
    }

    // MARK: - Dates and small parts

    var numericDate: String { String(format: "%02d/%02d/%04d", date.day, date.month, date.year) }
    var shortDate: String { "\(date.day)/\(date.month)/\(date.year)" }
    var clock: String { String(format: "%02d:%02d", date.hour, date.minute) }
    var isoDate: String {
        String(format: "%04d-%02d-%02dT%02d:%02d:00+07:00", date.year, date.month, date.day, date.hour, date.minute)
    }
    var weekday: String {
        // Zeller-style day of week for the Gregorian date (0 = Sunday).
        var year = date.year
        var month = date.month
        if month < 3 { month += 12; year -= 1 }
        let k = year % 100
        let j = year / 100
        let h = (date.day + 13 * (month + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
        return PortalVocabulary.weekdays[(h + 6) % 7]
    }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    var title: String { Self.escape(article.title) }

    mutating func link() -> (href: String, text: String) {
        let headline = random.pick(texts.headlines)
        let id = 100_000 + random.below(900_000)
        return ("/tin-tuc/\(section.count)/bai-viet-\(id).html", Self.escape(headline))
    }

    mutating func menu(_ itemClass: String) -> String {
        var items = ""
        for (position, name) in PortalVocabulary.sections.enumerated() {
            items += "<li class=\"\(itemClass)\"><a href=\"/chuyen-muc/\(position + 1)\">\(name)</a>"
            if random.chance(40) {
                items += "<ul class=\"sub-menu\">"
                for _ in 0..<(2 + random.below(5)) {
                    items += "<li><a href=\"/chuyen-muc/\(position + 1)/\(random.below(90))\">\(random.pick(PortalVocabulary.sections))</a></li>"
                }
                items += "</ul>"
            }
            items += "</li>\n"
        }
        return items
    }

    /// Sidebar and related-news boxes, about `bytes` long.
    mutating func sidebarBoxes(bytes: Int) -> String {
        var out = ""
        while out.utf8.count < bytes {
            let box = random.pick(PortalVocabulary.boxTitles)
            switch template {
            case .governmentPortal, .legacyTables:
                out += "<div class=\"portlet-boundary box-news\"><div class=\"portlet-title\"><span>\(box)</span></div><ul class=\"list-news\">\n"
            case .newsCMS:
                out += "<section class=\"section box-category\"><h2 class=\"title-box\">\(box)</h2><ul class=\"list-news-subfolder\">\n"
            case .partyPortal:
                out += "<div class=\"sidebar-box related\"><h3 class=\"box-title\">\(box)</h3><ul>\n"
            case .wordPress:
                out += "<aside class=\"widget widget_recent_entries\"><h2 class=\"widget-title\">\(box)</h2><ul>\n"
            }
            for _ in 0..<(5 + random.below(8)) {
                let (href, text) = link()
                let image = String(format: "/uploads/%04d/%02d/thumb_%06d.jpg", date.year, date.month, random.below(999_999))
                out += "<li class=\"item\"><a class=\"thumb\" href=\"\(href)\" title=\"\(text)\"><img src=\"\(image)\" alt=\"\(text)\" width=\"120\" height=\"80\" loading=\"lazy\"></a>"
                    + "<h3 class=\"title-news\"><a href=\"\(href)\">\(text)</a></h3><span class=\"time\">\(1 + random.below(28))/\(1 + random.below(12))/\(date.year)</span></li>\n"
            }
            switch template {
            case .governmentPortal, .legacyTables, .partyPortal: out += "</ul></div>\n"
            case .newsCMS: out += "</ul></section>\n"
            case .wordPress: out += "</ul></aside>\n"
            }
        }
        return out
    }

    /// Inline scripts like the analytics, ad and player configuration real portals carry.
    mutating func scriptBlob(bytes: Int) -> String {
        var out = "<script type=\"text/javascript\">\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\ngtag('config', 'G-\(random.below(99_999_999))');\n"
        out += "var adsConfig = {\"zones\": ["
        var first = true
        while out.utf8.count < bytes {
            if !first { out += "," }
            first = false
            out += "{\"id\": \(random.below(9_999_999)), \"slot\": \"banner_\(random.below(40))\", \"size\": [\(300 + random.below(500)), \(90 + random.below(300))], \"lazy\": \(random.chance(50)), \"targeting\": {\"cat\": \"\(random.below(120))\", \"page\": \"detail\"}}"
        }
        out += "]};\nif (document.querySelector('.fck_detail, .entry-content, .content')) { for (var i = 0; i < adsConfig.zones.length; i++) { if (adsConfig.zones[i].lazy && i > 3) { continue; } } }\n</script>\n"
        return out
    }

    mutating func paragraphs(_ open: String, close: String = "</p>", from first: Int = 0) -> String {
        var out = ""
        for (position, paragraph) in article.paragraphs.enumerated() where position >= first {
            out += open + Self.escape(paragraph) + close + "\n"
            if position == 1 && random.chance(50) {
                out += "<figure class=\"image\"><img src=\"/uploads/\(date.year)/photo_\(random.below(999_999)).jpg\" alt=\"\"><figcaption>Ảnh minh họa</figcaption></figure>\n"
            }
        }
        return out
    }

    // MARK: - Templates

    mutating func compose(filler: String, scripts: String) -> String {
        switch template {
        case .governmentPortal: governmentPortal(filler: filler, scripts: scripts)
        case .newsCMS: newsCMS(filler: filler, scripts: scripts)
        case .partyPortal: partyPortal(filler: filler, scripts: scripts)
        case .wordPress: wordPress(filler: filler, scripts: scripts)
        case .legacyTables: legacyTables(filler: filler, scripts: scripts)
        }
    }

    mutating func governmentPortal(filler: String, scripts: String) -> String {
        // Split the boxes between the two columns at a box boundary, never inside a tag.
        let middle = filler.index(filler.startIndex, offsetBy: filler.count / 2)
        let half = filler.range(of: "</ul></div>\n", range: middle..<filler.endIndex)?.upperBound ?? filler.endIndex
        let lead = article.paragraphs.first.map(Self.escape) ?? ""
        return """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>\(title) - \(site)</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/o/portal-theme/css/main.css?v=\(index % 97)">
            <style>.portlet-title span{font-weight:bold;color:#b40000}.list-news li{padding:4px 0;border-bottom:1px dotted #ccc}</style>
            </head><body class="portal-layout">
            <div id="wrapper"><div id="banner" class="header"><a href="/"><img src="/images/banner.png" alt="\(site)"></a></div>
            <nav id="navigation" class="menu-top"><ul class="nav">\n\(menu("nav-item"))</ul></nav>
            <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <span>\(section)</span></div>
            <table class="layout" width="100%"><tr>
            <td class="col-left" width="22%">\(filler[..<half])</td>
            <td class="col-main"><div class="portlet-body"><div class="news-detail">
            <h1 class="title">\(title)</h1>
            <div class="date">\(weekday), \(numericDate) \(clock)</div>
            <div class="sapo"><b>\(lead)</b></div>
            <div class="content">
            \(paragraphs("<p style=\"text-align: justify;\">", from: 1))<p style="text-align: right;"><strong>\(author)</strong></p>
            </div>
            <div class="share-tools"><a href="#">Chia sẻ</a> | <a href="#">In bài</a> | <a href="#">Gửi email</a></div>
            </div></div></td>
            <td class="col-right" width="24%">\(filler[half...])</td>
            </tr></table>
            <div id="footer" class="footer"><p>\(PortalVocabulary.footer)</p><p>© \(date.year) \(site)</p></div></div>
            \(scripts)</body></html>

            """
    }

    mutating func newsCMS(filler: String, scripts: String) -> String {
        let lead = article.paragraphs.first.map(Self.escape) ?? ""
        return """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"><title>\(title) | \(site)</title>
            <meta property="og:title" content="\(title)">
            <meta property="og:site_name" content="\(site)">
            <meta property="article:published_time" content="\(isoDate)">
            <meta name="description" content="\(lead.prefix(200))">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"\(title)","datePublished":"\(isoDate)","author":{"@type":"Person","name":"\(author)"}}</script>
            </head><body>
            <header class="header"><div class="logo"><a href="/">\(site)</a></div>
            <nav class="main-nav"><ul class="parent">\n\(menu("parent-item"))</ul></nav></header>
            <section class="section page-detail top-detail"><div class="container">
            <div class="sidebar-1">
            <div class="header-content"><ul class="breadcrumb"><li><a href="/">\(section)</a></li></ul>
            <span class="date">\(weekday), \(shortDate), \(clock) (GMT+7)</span></div>
            <h1 class="title-detail">\(title)</h1>
            <article class="fck_detail">
            \(paragraphs("<p class=\"Normal\">"))<p class="Normal" style="text-align:right;"><strong>\(author)</strong></p>
            </article>
            <div class="footer-content"><div class="tags"><a href="/tag/1">\(section)</a></div></div>
            </div>
            <div class="sidebar-2">\(filler)</div>
            </div></section>
            <footer id="footer"><p>\(PortalVocabulary.footer)</p></footer>
            \(scripts)</body></html>

            """
    }

    mutating func partyPortal(filler: String, scripts: String) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>\(title)</title>
        <link href="/Portals/0/skin.css" rel="stylesheet"></head><body>
        <div id="dnn_ctr_header" class="top-banner"><img src="/Portals/0/banner.jpg" alt="\(site)"></div>
        <div class="menu"><ul id="menu">\n\(menu("menu-item"))</ul></div>
        <div id="content" class="container"><div class="row">
        <div class="col-md-8 main-column"><div class="post">
        <h1 class="post-title">\(title)</h1>
        <div class="post-meta"><span class="post-date">Cập nhật: \(clock) ngày \(shortDate)</span></div>
        <div class="post-content">
        \(paragraphs("<p>"))</div>
        <div class="post-author">\(author)</div>
        <div class="social"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div>
        </div></div>
        <div class="col-md-4 sidebar">\(filler)</div>
        </div></div>
        <div class="footer"><div class="container">\(PortalVocabulary.footer)</div></div>
        \(scripts)</body></html>

        """
    }

    mutating func wordPress(filler: String, scripts: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="UTF-8"><title>\(title) &#8211; \(site)</title>
        <meta name="generator" content="WordPress 6.4.2">
        <link rel='stylesheet' id='theme-css' href='/wp-content/themes/news/style.css?ver=1.0' media='all' />
        </head><body class="post-template-default single single-post postid-\(index + 1000)">
        <div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">\(site)</a></p>
        <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">\n\(menu("menu-item menu-item-type-taxonomy"))</ul></nav></header>
        <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
        <article id="post-\(index + 1000)" class="post type-post status-publish format-standard hentry">
        <header class="entry-header"><h1 class="entry-title">\(title)</h1>
        <div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="\(isoDate)">\(numericDate)</time></span>
        <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/\(index % 13)">\(author)</a></span></span></div></header>
        <div class="entry-content">
        \(paragraphs("<p>"))</div>
        <footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/\(index % 7)" rel="category tag">\(section)</a></span></footer>
        </article>
        <nav class="navigation post-navigation"><div class="nav-links"><a href="/?p=\(index + 999)" rel="prev">Bài trước</a></div></nav>
        </main></div>
        <aside id="secondary" class="widget-area">\(filler)</aside></div>
        <footer id="colophon" class="site-footer"><div class="site-info">\(PortalVocabulary.footer)</div></footer></div>
        \(scripts)</body></html>

        """
    }

    mutating func legacyTables(filler: String, scripts: String) -> String {
        """
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
        <title>\(title)</title></head>
        <body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
        <table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
        <tr><td colspan="3"><img src="images/banner.jpg" width="980" height="120" alt="\(site)"></td></tr>
        <tr><td colspan="3" class="menu"><table><tr><td><ul>\n\(menu("menu"))</ul></td></tr></table></td></tr>
        <tr><td width="200" valign="top" class="left">\(filler)</td>
        <td width="580" valign="top"><table width="100%" cellpadding="5"><tr><td>
        <font face="Arial" size="4" color="#990000"><b>\(title)</b></font><br>
        <font size="2" color="#666666"><i>Ngày \(numericDate)</i></font>
        </td></tr><tr><td class="noidung">
        \(paragraphs("<p class=\"MsoNormal\" align=\"justify\"><font face=\"Times New Roman\" size=\"3\">", close: "</font></p>"))<p align="right"><b><font face="Times New Roman">\(author)</font></b></p>
        </td></tr></table></td>
        <td width="200" valign="top" class="right"><a href="/lienhe.asp">Liên hệ</a><br><a href="/sodo.asp">Sơ đồ website</a></td></tr>
        <tr><td colspan="3" align="center" class="footer"><font size="1">\(PortalVocabulary.footer)</font></td></tr>
        </table>
        \(scripts)</body></html>

        """
    }
}

import VietnameseText

/// The words that introduce a named model, movement, campaign, contest or award, and the
/// words that shape how a quoted title after them is read.
enum ModelVocabulary {
    /// An introducing word and the category of the models it introduces.
    struct IntroducingWord: Sendable {
        /// The word as printed, lower-case.
        let word: String
        let category: ModelCategory
        /// Capitalised mid-sentence, this word opens a title that runs on without quotes
        /// ("phát động Giải thưởng sáng tác … về chủ đề “…”").
        let opensUnquotedTitle: Bool

        var folded: String { Folding.key(word) }
    }

    /// Introducing word → category.
    static let introducingWords: [IntroducingWord] = [
        IntroducingWord(word: "mô hình", category: .moHinh, opensUnquotedTitle: false),
        IntroducingWord(word: "phong trào", category: .phongTrao, opensUnquotedTitle: false),
        IntroducingWord(word: "cuộc vận động", category: .cuocVanDong, opensUnquotedTitle: false),
        IntroducingWord(word: "cuộc thi", category: .cuocThi, opensUnquotedTitle: true),
        IntroducingWord(word: "hội thi", category: .cuocThi, opensUnquotedTitle: true),
        IntroducingWord(word: "giải thưởng", category: .giaiThuong, opensUnquotedTitle: true),
        IntroducingWord(word: "tủ sách", category: .tuSach, opensUnquotedTitle: false),
        IntroducingWord(word: "chương trình", category: .chuongTrinh, opensUnquotedTitle: false),
        IntroducingWord(word: "câu lạc bộ", category: .other, opensUnquotedTitle: false),
        IntroducingWord(word: "clb", category: .other, opensUnquotedTitle: false),
    ]

    /// Words between an introducing word and a quote that make the quote something other
    /// than the model's name: a saying, a slogan, a standard, a theme, a nickname, a work.
    static let blockingWords: [String] = [
        "lời", "dạy", "nói", "khẩu hiệu", "phương châm", "danh hiệu", "tiêu chuẩn", "tiêu chí",
        "chuyên đề", "gương", "câu", "sách", "cuốn", "bài hát", "bài viết", "tác phẩm", "phim",
        "gọi", "ví", "biệt danh", "danh xưng",
    ]

    /// Words of a speaker's introduction ("đồng chí … nhấn mạnh: “…”"): the quote after the
    /// colon is a saying, not a list of models.
    static let speakerWords: [String] = [
        "đồng chí", "ông", "bà", "anh", "chị", "nói", "nhấn mạnh", "phát biểu", "khẳng định", "cho biết",
        "chia sẻ", "bày tỏ", "tâm sự", "cho rằng", "nêu rõ", "kể lại", "lưu ý", "yêu cầu", "đề nghị",
        "căn dặn", "dặn", "nhắn nhủ", "quán triệt", "kết luận",
    ]

    /// Words that close a clause after an introducing word and open a list of its items
    /// ("các mô hình: …", "mô hình tiêu biểu như: …"); the bare colon opens one too.
    static let listOpeners: [String] = ["như", "gồm", "bao gồm", "là"]

    /// Words before an introducing word that make it a list's head ("các mô hình: …").
    static let pluralMarkers: [String] = ["các", "những", "nhiều", "một số", "số"]

    /// Words that, ending a list's head, say its items are named examples ("tiêu biểu: …").
    static let exampleWords: [String] = ["như", "gồm", "bao gồm", "tiêu biểu", "điển hình", "nổi bật"]

    /// Words opening an enumerated point rather than a title ("Một là, …").
    static let enumerators: [String] = [
        "một là", "hai là", "ba là", "bốn là", "năm là", "sáu là", "thứ nhất", "thứ hai", "thứ ba", "thứ tư",
    ]

    /// Words in the description of a capitalised contest or award that show a new clause
    /// rather than its title ("Hội thi, trong đó …").
    static let titleBreakingWords: [String] = [
        "trong đó", "đã", "được", "nhằm", "để", "khẩu hiệu", "thu hút", "với sự tham gia", "với nhiều",
        "có", "tại", "do", "của",
    ]

    /// The phrase that makes a contest or award's description part of its title.
    static let titleTopicWords: [String] = ["chủ đề"]

    /// Words that end the topic of an unquoted contest or award title ("Giải thưởng sáng tác …
    /// về chủ đề học tập và làm theo Bác giai đoạn …", "… về chủ đề … nhằm …").
    static let topicStopWords: [String] = [
        "giai đoạn", "năm", "lần", "đợt", "gắn với", "gắn liền", "nhằm", "để", "do", "được", "đã",
        "với", "tại", "thu hút", "trong", "có", "đến", "từ", "cho",
    ]

    /// Words after a comma that keep a topic running ("tư tưởng, đạo đức, phong cách …").
    static let topicContinuations: [String] = ["đạo đức", "phong cách"]

    /// Words opening a sentence that lists examples of the models the previous sentence
    /// counted ("… 126 mô hình. Tiêu biểu như: …").
    static let exampleOpeners: [String] = ["tiêu biểu", "điển hình", "nổi bật", "cụ thể"]

    /// Markers of a descriptive list item, which is not a title.
    static let descriptiveMarkers: [String] = ["bao gồm", "trong đó", "cụ thể là", "với tổng"]

    /// Longest unquoted list item still read as a title, in words.
    static let maxUnquotedTitleWords = 25

    /// Most words between an introducing word and its quoted name ("phong trào thi đua “…”").
    static let maxDirectGapWords = 6

    /// Most words between an introducing word and the list opener before its items.
    static let maxListIntroWords = 15

    /// Most words between a capitalised contest/award word and the quote closing its title.
    static let maxUnquotedTitleGapWords = 30

    /// The heads of the units that run models; an owner must begin with one
    /// ("của Đảng ủy phường …", "(Hội Phụ nữ xã …)").
    static let unitHeads: [String] = [
        "đảng ủy", "đảng bộ", "chi bộ", "chi ủy", "huyện ủy", "thành ủy", "tỉnh ủy", "quận ủy", "thị ủy",
        "ban", "hội", "chi hội", "đoàn", "chi đoàn", "công đoàn", "liên đoàn", "mặt trận", "ủy ban",
        "ubnd", "hđnd", "ubmttq", "trường", "phòng", "sở", "bộ", "công an", "bộ đội", "bộ chỉ huy",
        "quân", "lực lượng", "huyện", "xã", "phường", "thị trấn", "thị xã", "thành phố", "tỉnh",
        "quận", "thôn", "ấp", "khu phố", "tổ", "cục", "chi cục", "tổng cục", "ngành",
        "trung tâm", "bệnh viện", "công ty", "hợp tác xã", "cơ quan", "đơn vị", "viện", "báo",
        "đài", "tòa án", "văn phòng", "hội đồng", "liên hiệp", "câu lạc bộ", "nhà", "đồn", "tiểu đoàn",
        "trung đoàn", "sư đoàn", "lữ đoàn", "đại đội", "khối", "tập đoàn", "ngân hàng", "bảo hiểm",
        "ủy", "tp", "tp.", "liên đội", "chi đội", "đội", "liên chi đoàn", "buôn", "bản", "làng",
        "xóm", "sóc", "lớp", "nhóm", "khoa", "doanh nghiệp", "tổ dân phố",
    ]

    /// Words that end an unquoted capitalised title ("Giải thưởng Lý Tự Trọng năm 2024").
    static let titleStopWords: [String] = [
        "năm", "lần", "giai đoạn", "do", "của", "được", "đã", "và", "tại", "cho", "trong", "nhằm", "để", "với", "có",
    ]
    /// Words before an award that make its description one received, not a programme run
    /// ("nhận Giải thưởng báo chí về chủ đề …"); a capitalised proper title is a model either way.
    static let receivingWords: [String] = ["nhận", "trao", "tặng", "đạt", "đoạt", "giành"]

    /// Lower-case words that may end a unit's name ("Hội Phụ nữ xã", "Đảng ủy Biên phòng tỉnh");
    /// other lower-case words at the end of an owner belong to the clause that follows.
    static let unitTailWords: Set<String> = [
        "tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố", "thôn", "ấp", "bản", "làng", "sóc",
        "tổ", "đồn", "sở", "bộ", "ủy", "khối", "ngành", "trường", "đoàn", "hội", "an",
    ]

    /// Words that end an owner after "của": a new clause begins.
    static let ownerStopWords: [String] = [
        "mỗi", "hằng", "và", "để", "nhằm", "đã", "được", "đang", "sẽ", "với", "góp phần", "mang lại", "tạo", "thu hút",
        "giúp", "trong", "có", "là", "thì", "nên", "từ", "khi", "đến", "đạt", "cùng", "gắn",
    ]

    /// Most words in an owner.
    static let maxOwnerWords = 14
}

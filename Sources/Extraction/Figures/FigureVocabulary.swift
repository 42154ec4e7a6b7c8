import Records
import VietnameseText

/// The words the figure rules read, as domain data. Entries are lower-case; several words
/// make a phrase matched word by word.
enum FigureVocabulary {
    /// Words before a number that make it approximate ("hơn 10.000", "gần 98%"), one row
    /// each with a sentence the tests extract (the figure's value and approximation).
    /// `readsOne`: after the word, "một" is the number one, not the article ("hơn một
    /// thập kỷ", "ít nhất một việc làm").
    static let approximations: [ApproximationWord] = [
        .init("trên dưới", .about, example: ("Có trên dưới 200 hộ tham gia.", 200)),
        .init("gần như", .about, example: ("Gần như 100% hộ dân đã có điện lưới.", 100)),
        .init("hầu hết", .about, example: ("Hầu hết 98% đảng viên tham gia học tập.", 98)),
        .init("xấp xỉ", .about, readsOne: true, example: ("Doanh thu xấp xỉ 5 tỷ đồng.", 5e9)),
        .init("khoảng", .about, readsOne: true, example: ("Kinh phí khoảng 12 tỷ đồng.", 12e9)),
        .init("gần", .about, readsOne: true, example: ("Gần 98% hộ dân dùng nước sạch.", 98)),
        .init("chừng", .about, readsOne: true, example: ("Có chừng 300 người dự lễ.", 300)),
        .init("ước", .about, example: ("Giá trị sản xuất ước 120 tỷ đồng.", 120e9)),
        .init("ngót", .about, readsOne: true, example: ("Ngót 500 hội viên tham gia.", 500)),
        .init("hơn", .over, readsOne: true, example: ("Hơn 10.000 lượt người tham gia.", 10_000)),
        .init("trên", .over, example: ("Trên 95% hộ gia đình đạt danh hiệu gia đình văn hóa.", 95)),
        .init("vượt", .over, example: ("Thu ngân sách vượt 15% so với dự toán.", 15)),
        .init("ngoài", .over, example: ("Có 12 cụ đã ngoài 80 tuổi.", 80)),
        .init("dưới", .under, example: ("Trẻ em dưới 6 tuổi được cấp thẻ.", 6)),
        .init("chưa đến", .under, example: ("Tỷ lệ hộ nghèo còn chưa đến 2%.", 2)),
        .init("chưa tới", .under, example: ("Toàn xã còn chưa tới 50 hộ nghèo.", 50)),
        .init("ít nhất", .over, readsOne: true, example: ("Mỗi xã xây dựng ít nhất 01 mô hình.", 1)),
        .init("tối thiểu", .over, readsOne: true, example: ("Mỗi tháng đăng tối thiểu 02 tin, bài.", 2)),
        .init("tối đa", .under, example: ("Mỗi ý kiến phát biểu tối đa 10 phút.", 10)),
    ]

    /// Words right after a figure (or after its subject) that make it approximate: "từ
    /// 95% trở lên", "từ 3 tập thể trở lên".
    static let approximationFollowers: [(phrase: String, approx: Approximation)] = [
        ("trở lên", .over),      // "đạt từ 95% trở lên"
        ("trở xuống", .under),   // "từ 5 hộ trở xuống"
    ]

    /// Approximation words after which "một" is the number one (``ApproximationWord/readsOne``).
    static let oneAfterApproximation: Set<String> = Set(approximations.filter(\.readsOne).map(\.phrase))

    /// Words after "một" that make it a quantifier or a set phrase, never the number one
    /// ("hơn một số", "gần một nửa", "khoảng một trong").
    static let oneFalseFollowers: Set<String> = ["số", "nửa", "trong", "vài", "chút", "ít", "cách", "lúc", "khi"]

    /// The approximation phrases alone, for look-ups.
    static let approximationWords: Set<String> = Set(approximations.map(\.phrase))

    /// Words before a phone or fax number.
    static let contactLeads: Set<String> = ["điện thoại", "đt", "sđt", "tel", "fax", "hotline", "di động", "số máy"]

    /// Words that open a breakdown of a total into labelled parts, each label before its
    /// number: "… 214 mô hình, trong đó cấp huyện 41, cấp cơ sở 173"; a colon opens one too
    /// ("xếp loại đảng viên: Hoàn thành tốt nhiệm vụ 1.103; …").
    static let breakdownLeads: Set<String> = ["trong đó", "bao gồm", "gồm"]

    /// Words right before "N/M" that make it a day and month, not a tally ("Sáng 5/8 các
    /// đại biểu", "từ 2/9"): a tally "88/88 tập thể" has none of them before it.
    static let tallyDateLeads: Set<String> = [
        "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "mùng", "mồng", "từ", "đến", "tới", "trước", "sau",
        "thứ", "nhật", "lúc", "vào",
    ]

    /// Word numbers that are mostly other words when alone ("chín" = ripe, "năm" = year):
    /// read only when a multiplier follows ("chín mươi").
    static let ambiguousWordNumbers: Set<String> = ["chín"]

    /// Multipliers after a number ("3 tỷ", "20 triệu", "500 nghìn").
    static let scales: [String: Double] = [
        "tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "vạn": 1e4, "nghìn": 1e3, "ngàn": 1e3, "trăm": 1e2,
    ]

    /// Currency words after a number or its scale: the figure is money.
    static let currencies: Set<String> = ["đồng", "đ", "vnđ", "vnd"]

    /// Measure units printed glued to their number, as the currencies may be: "hiến 320m2
    /// đất", "đường rộng 3m", "làm 2,5km đường", "15ha chè". The number is a figure as with a
    /// space between.
    static let gluedUnits: Set<String> = ["m", "km", "ha", "kg", "cm", "mm"]

    /// Words after "đồng" that make it another word ("5 đồng chí"), not the currency.
    static let dongCompounds: Set<String> = [
        "chí", "bào", "hành", "thời", "ý", "bộ", "lòng", "tình", "đội", "nghiệp", "môn", "hương",
        "bằng", "ruộng", "tâm", "minh", "phục", "nhất", "loạt", "cảm", "hồ", "cấp", "chủ",
    ]

    /// Units after a number that make it a duration; the unit is the subject. Ages count as
    /// durations ("71 tuổi", like "520 năm lịch sử"); minutes unless they tell the time of
    /// day ("tối đa 10 phút", not "8 giờ 30 phút").
    static let durationUnits: Set<String> = ["năm", "tháng", "ngày", "tuần", "thập kỷ", "thập niên", "tuổi", "phút"]

    /// Units before the minutes of a time of day ("8 giờ 30 phút", "8h 30 phút").
    static let clockHourUnits: Set<String> = ["giờ", "h"]

    /// Words right before a number that make it an age, a duration in years ("tuổi đời bình
    /// quân 38", "ở tuổi 64", "tuổi bình quân trên 72").
    static let ageLeads: Set<String> = [
        "tuổi", "tuổi đời", "tuổi bình quân", "tuổi đời bình quân", "tuổi trung bình", "tuổi đời trung bình",
    ]

    /// Words after a number that make it part of the name of a teaching, not a count: "Sáu
    /// điều Bác Hồ dạy Công an nhân dân", "5 điều Bác Hồ dạy thiếu niên, nhi đồng".
    static let teachingFollowers: Set<String> = ["điều bác", "lời bác"]

    /// Words after "N năm" that make it an anniversary ("132 năm ngày sinh").
    static let anniversaryFollowers: Set<String> = [
        "ngày", "thành lập", "truyền thống", "chiến thắng", "giải phóng", "thống nhất",
        "sinh", "ra đời", "khởi nghĩa", "cách mạng", "kháng chiến",
    ]

    /// Words shortly before a number that make it an anniversary ("kỷ niệm 50 năm").
    static let anniversaryLeads: Set<String> = ["kỷ niệm", "chào mừng", "mừng", "dịp", "huy hiệu", "tròn"]

    /// Words right before a number that make the number part of a name, a document
    /// number, a date or an ordinal ("thôn 1", "Chỉ thị 05", "ngày 15", "thứ 7").
    /// The kinds' names (``DirectiveKinds``) and these.
    static let nameLeads: Set<String> = Set(DirectiveKinds.entries.flatMap(\.printedNames)).union([
        "văn bản", "công điện", "kết",
        "ngày", "tháng", "năm", "quý", "tuần", "thứ", "lần", "khóa", "kỳ", "đợt", "phiên", "mùa",
        "thôn", "ấp", "khóm", "xóm", "bản", "buôn", "tổ", "khu", "khu phố", "tiểu khu", "phường",
        "quận", "đường", "hẻm", "ngõ", "kiệt", "lô", "phòng", "tầng", "nhà", "quốc lộ", "tỉnh lộ",
        "km", "chương", "điều", "khoản", "mục", "phụ lục", "tập", "trang", "giai đoạn",
        "trung ương", "đại hội", "hội nghị", "hạng", "lớp", "khối", "cụm", "đội", "nhóm", "top",
        "số", "mã", "huy hiệu", "kênh", "gấp", "version", "covid", "vòng", "bảng", "tiết", "câu", "bài",
        "đoàn", "đồn", "đại đội", "trung đội", "tiểu đội", "phân đội", "bệnh viện", "viện", "công ty",
        "xí nghiệp", "khu vực", "vùng", "trạm", "tàu", "xe", "hầm",
    ])

    /// Words that end in a name lead but are other words ("sơ kết 3 năm", "xuất bản 12 đầu
    /// sách"): the number after them may be a figure.
    static let nameLeadCompounds: Set<String> = [
        "sơ kết", "tổng kết", "đoàn kết", "liên kết", "cam kết", "ký kết", "gắn kết", "xuất bản", "tái bản",
        "cơ bản",
    ]

    /// Duration units that, with the word after them, name a counted unit of work or pay
    /// ("9.500 ngày công", "2 tháng lương"): the figure is a count, not a duration.
    static let countUnitCompounds: Set<String> = ["ngày công", "giờ công", "tháng lương", "ngày lương"]

    /// Words after a count-unit compound that show another word ("30 ngày công tác").
    static let countUnitCompoundBreakers: Set<String> = ["tác", "bố", "khai", "nhận", "việc", "an", "trình", "chức"]

    /// Words before "số" that make it "the number of", not a document number ("trong số 23").
    static let countingSo: Set<String> = ["trong", "tổng", "với", "có", "đạt", "gồm", "trên", "được"]

    /// Words after a number that make it a time of day.
    static let timeUnits: Set<String> = ["giờ", "h", "giây", "g"]

    /// The number one, mostly the article "a" ("một trong những", "một số"): a number before
    /// a scale ("một trăm") or after an approximation word only.
    static let one = "một"

    /// The tens after a digit word ("hai mươi").
    static let tensAfterDigit = "mươi"

    /// Words right after a number that make it a percentage: "%" and "phần" (trăm).
    static let percentMarks: [String] = ["%", "phần"]

    /// Word numbers that may open a written-out number ("ba nội dung", "hai mươi").
    /// "một" is left out: it is mostly the article "a" ("một trong những", "một số").
    static let wordNumberStarts: Set<String> = [
        "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
    ]

    /// "chục" after a single number word counts tens ("hai chục người" = 20).
    static let tensWord = "chục"

    /// Words that continue a written-out number after a digit word.
    static let wordNumberMultipliers: Set<String> = ["mươi", "mười", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "linh", "lẻ"]

    /// Words before a word number that make it an ordinal, a date or part of a set phrase.
    static let wordNumberBlockers: Set<String> = [
        "thứ", "những", "các", "hằng", "hàng", "mỗi", "cuối", "đầu", "ngày", "tháng", "năm", "lần",
        "khóa", "số", "thôn", "tổ", "mùng", "mồng", "một", "vài", "dăm",
        "chương", "điều", "tầng", "lớp", "phường", "quận", "phần",
    ]

    /// Words after a word number that show it is another word ("ba mẹ": "ba" = father).
    static let wordNumberFalseFollowers: Set<String> = ["mẹ", "má", "phải", "hoa", "gác", "lá"]

    /// Set phrases that hold a number word but count nothing, each with a sentence that
    /// holds it: neither word of the phrase opens a figure.
    static let wordNumberIdioms: [(phrase: String, example: String)] = [
        ("ba ba", "Hộ anh Tư nuôi ba ba thương phẩm trong ao."),       // the soft-shell turtle
        ("hai bên", "Cờ hoa được cắm hai bên đường vào thôn."),       // both sides
        ("bốn phương", "Du khách bốn phương về dự lễ hội."),          // everywhere
    ]

    /// The phrases of ``wordNumberIdioms``.
    static let wordNumberIdiomPhrases: Set<String> = Set(wordNumberIdioms.map(\.phrase))

    /// Nouns after "một" that make it the number one, the prize a list of prizes counts
    /// ("trao một giải nhất, hai giải nhì"): the prize words of ``SubjectRules/prizeWords``
    /// followed by a rank of ``SubjectRules/prizeRanks``.
    static let oneCountedPrizeExample = "Ban tổ chức trao một giải nhất, hai giải nhì và ba giải ba."

    /// Nouns that count units, after a place's name in a tally ("Kỳ Sơn 35 mô hình; Quế Phong
    /// 27 mô hình"): the number before one is a count, not part of the name ("Tổ 3", "Phường 7").
    static let tallyNouns: Set<String> = [
        "mô hình", "điển hình", "hộ", "hộ gia đình", "đảng viên", "chi bộ", "tập thể", "cá nhân", "người",
        "hội viên", "đoàn viên", "lượt", "gương", "công trình", "tổ chức cơ sở đảng",
        // Years in a row: "Chi bộ ấp Bình Lợi 4 năm liền đạt …".
        "năm liền", "năm liên tục",
    ]
    static let tallyNounExamples = [
        "Kỳ Sơn 35 mô hình; Quế Phong 27 mô hình; Tương Dương 19 mô hình.",
        "Chi bộ ấp Bình Lợi 4 năm liền đạt “Hoàn thành xuất sắc nhiệm vụ”.",
    ]

    /// Nouns that may follow "năm" when it counts ("năm nhiệm vụ"): "năm" is mostly "year".
    static let namCountNouns: Set<String> = [
        "nhiệm vụ", "nội dung", "giải pháp", "nhóm", "mục tiêu", "chỉ tiêu", "tiêu chí", "lĩnh vực",
        "chương trình", "đột phá", "điều", "bước", "yêu cầu", "phẩm chất", "tiêu chuẩn", "xã", "huyện",
        "đơn vị", "người", "tập thể", "cá nhân", "mô hình", "phong trào", "chuyên đề", "vấn đề",
    ]
}

/// A word before a number that makes it approximate, with a sentence that shows it.
struct ApproximationWord: Sendable {
    /// The word or phrase, lower-case as printed.
    let phrase: String
    let approx: Approximation
    /// True when "một" after the word is the number one.
    let readsOne: Bool
    /// A sentence with a figure after the word, and the figure's value.
    let example: (text: String, value: Double)

    init(_ phrase: String, _ approx: Approximation, readsOne: Bool = false, example: (text: String, value: Double)) {
        self.phrase = phrase
        self.approx = approx
        self.readsOne = readsOne
        self.example = example
    }
}

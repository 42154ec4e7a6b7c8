import VietnameseText

/// The words of the Party's (Hướng dẫn 36-HD/VPTW) and the State's (Nghị định 30/2020/NĐ-CP)
/// document layout, as table rows with an example each. Kind words, capacities and openings
/// are folded (lower-case ASCII, `đ` → `d`, see `Folding.key`); bodies, units and place stops
/// keep their marks (lower case, tone on the first vowel), as "tỉnh" and "tình" differ.
enum DocumentVocabulary {
    /// The national or Party motto lines (``OfficialDocumentWords/mottoes``).
    static let mottoes = OfficialDocumentWords.mottoes

    /// Every kind word a title line may start with, folded, longest first
    /// (``OfficialDocumentWords/titleNames``).
    static let kindNames: [String] = OfficialDocumentWords.titleNames

    /// The record's `type` for a folded kind word ("bao cao" → `bao_cao`).
    static func type(forKind name: String) -> String? {
        OfficialDocumentWords.kinds.first { $0.names.contains(name) }?.type
    }

    /// Capacity marks opening a signature block, folded without their final period, with the
    /// form the record prints.
    static let capacities: [(folded: String, printed: String, example: String)] = [
        ("t/m", "T/M", "T/M BAN THƯỜNG VỤ"),
        ("tm", "TM.", "TM. ỦY BAN NHÂN DÂN"),
        ("k/t", "K/T", "K/T TRƯỞNG BAN"),
        ("kt", "KT.", "KT. CHỦ TỊCH"),
        ("t/l", "T/L", "T/L BAN THƯỜNG VỤ"),
        ("tl", "TL.", "TL. GIÁM ĐỐC"),
        ("tuq", "TUQ.", "TUQ. CHỦ TỊCH"),
        ("q", "Q.", "Q. TRƯỞNG BAN"),
    ]


    /// Offices that head a signature without a capacity line ("BÍ THƯ" over "(Đã ký)").
    static let officeHeads: [String] = [
        "bi thu", "pho bi thu", "chu tich", "pho chu tich", "truong ban", "pho truong ban", "giam doc",
        "pho giam doc", "chanh van phong", "pho chanh van phong", "truong phong", "pho truong phong",
        "hieu truong", "thu truong", "tong bien tap", "uy vien", "chu nhiem", "pho chu nhiem", "truong khoa",
        "bo truong", "thu tuong", "truong doan", "to truong", "truong ban to chuc",
    ]

    /// The subject line of a letter (công văn) under its number: "V/v báo cáo kết quả …".
    static let letterSubject = "v/v "

    /// The opening of the recipients list (``OfficialDocumentWords/recipientsOpening``).
    static let recipientsOpening = OfficialDocumentWords.recipientsOpening

    /// ``bodyOpenings`` that may open a subtitle right under the kind word: "KẾ HOẠCH" over
    /// "Thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".
    static let subtitleOpenings: [String] = ["thuc hien"]

    /// Words opening the first body line under a title: the subtitle ends above them.
    static let bodyOpenings: [String] = [
        "can cu", "thuc hien", "kinh gui", "theo", "trong", "nham", "de", "qua", "sau", "ngay", "hom nay",
        "tiep tuc", "duoc", "phan",
    ]

    /// Party committees and State bodies in normal case, matched word by word over a capital
    /// header line ("HUYỆN ỦY BẢO LÂM" → "Huyện ủy" and the place "Bảo Lâm"). `placeFollows`
    /// marks the bodies named after their place, so what follows is a proper name.
    static let bodies: [(printed: String, placeFollows: Bool)] = [
        ("Tỉnh ủy", true), ("Thành ủy", true), ("Huyện ủy", true), ("Quận ủy", true), ("Thị ủy", true),
        ("Đảng ủy", false), ("Đảng bộ", false), ("Chi bộ", false), ("Ban Tuyên giáo", false),
        ("Ban Thường vụ", false), ("Ban Chấp hành", false), ("Ban Dân vận", false), ("Ban Tổ chức", false),
        ("Ban Nội chính", false), ("Ủy ban Kiểm tra", false), ("Văn phòng", false), ("Ủy ban nhân dân", false),
        ("Hội đồng nhân dân", false), ("Ủy ban Mặt trận Tổ quốc Việt Nam", false), ("Mặt trận Tổ quốc", false),
        ("Bộ Chính trị", false), ("Ban Bí thư", false), ("Trung ương", false), ("Sở", false), ("Phòng", false), ("Ban", false), ("Khối", false), ("Hội", false),
        ("Đoàn", false), ("Trường", true),
    ]

    /// Bodies after which a department's own name follows, each component capitalised
    /// ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao và Du lịch").
    static let namedBodies: Set<String> = ["sở", "phòng", "ban", "khối", "hội", "đoàn"]

    /// A People's Committee in normal case, over the departments it runs (``committeeDepartments``).
    static let committeeNames: [String] = ["Ủy ban nhân dân", "UBND"]
    /// Departments named after their place alone, not their committee: "Sở Y tế tỉnh Trà Vinh".
    static let committeeDepartments: [String] = ["Sở", "Phòng"]

    /// Administrative units, printed in lower case before the place they name ("xã Kim Đông").
    static let units: [String] = ["thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường"]

    /// Words that end a place name in a title printed in capitals ("TỈNH LẠNG SƠN NĂM 2023").
    static let placeStops: Set<String> = ["và", "của", "trong", "năm", "giai", "đoạn", "trên", "đến", "từ", "theo", "về",
                                          "với", "tại", "nhiệm", "kỳ", "lần", "thứ"]

    /// Names a title printed in capitals keeps capitalised as here ("… PHONG CÁCH HỒ CHÍ MINH"
    /// → "… phong cách Hồ Chí Minh").
    static let properNames: [String] = ["Chủ tịch Hồ Chí Minh", "Hồ Chí Minh", "Bác Hồ", "Đảng Cộng sản Việt Nam",
                                        "Việt Nam"]

    /// Words in capitals that stay in capitals ("UBND TỈNH …"); "TƯ" only where no "TƯỞNG"
    /// follows ("TƯ TƯỞNG" is a word).
    static let abbreviations: Set<String> = ["UBND", "HĐND", "MTTQ", "TP", "TP.", "TW", "TƯ", "BCH", "ĐU", "HU", "TU", "VN",
                                             "THCS", "THPT", "TH", "MN", "PTDTBT", "PTDTNT", "GD&ĐT", "GDĐT", "ĐHQG"]

    /// Bodies whose line is complete with the place after them: a header line holding one
    /// names the issuer alone, the line above it only the parent.
    static let completeBodies: Set<String> = ["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy",
                                              "ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "trường"]
}

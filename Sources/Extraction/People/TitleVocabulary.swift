import VietnameseText

/// The word lists the people rules match, as they read in Vietnamese.
///
/// Entries are phrases of whole words; ``PersonPhraseTable`` compares them word by word,
/// case-insensitively, on the original letters (so "bà" never matches "ba").
enum TitleVocabulary {
    /// Forms of address that introduce a name: "Ông Hoàng Văn Thuận", "đồng chí Nguyễn Văn Đức".
    static let honorifics = PersonPhraseTable([
        "ông", "bà", "anh", "chị", "em", "cụ", "cô", "thầy", "chú", "bác", "ngài",
        "đồng chí", "đ/c", "cô giáo", "thầy giáo", "cháu", "bé",
        // A student or young member in the youth union's news: "bạn Trần Thị Mai (lớp K46A)".
        "bạn",
    ])

    /// Honorifics that introduce only a name led by a surname: "bạn Trần Thị Mai (lớp K46A)",
    /// but "đơn vị bạn Trạm Kiểm soát Biên phòng", "các bạn Cu Ba".
    static let surnameHonorifics: Set<String> = ["bạn"]

    /// Openings (lower case) of ``organisationStarts`` that name no writer's unit on a byline's
    /// line: "Nhà văn hóa kiệt xuất", "Liên kết website", "Tổng lượt xem 532", "Học tập và làm
    /// theo Bác", "Kết quả", "Tin ảnh khác", "Bài viết liên quan", "Nguồn: …", "Theo …".
    static let nonUnitOpenings: Set<String> = [
        "nhà", "học", "kết", "nghị", "chỉ", "quyết", "luật", "chuyên", "ảnh", "bài", "tin", "nguồn", "theo",
        "liên kết", "tổng lượt", "tổng số", "tổng cộng", "công tác", "công trình", "tập thể",
    ]

    /// Honorifics that are a role as well, kept as the title when no other is printed: "cô
    /// giáo Hà Thị Lụa" gives "cô giáo"; "Thầy giáo Trịnh Văn Khôi, Trường THCS Tân Lập" gives
    /// "Thầy giáo, Trường THCS Tân Lập".
    static let roleHonorifics = PersonPhraseTable(["cô giáo", "thầy giáo"])

    /// Title heads that restate a role honorific: "Cô giáo Vì Thị Lan, giáo viên điểm trường
    /// bản Huổi Lóng" has the title "giáo viên điểm trường bản Huổi Lóng" alone.
    static let roleRestatements = PersonPhraseTable(["giáo viên", "cô giáo", "thầy giáo", "nhà giáo"])

    /// Words of an aside between a name and its title or unit, closed by a comma: "chị Điểu
    /// Thị Lan, dân tộc S’tiêng, Phó Bí thư Chi bộ …", "cô giáo Đinh Thị Hoa, người dân tộc
    /// Ca Dong, Trường Tiểu học …".
    static let asideOpeners = PersonPhraseTable(["dân tộc", "người dân tộc"])

    /// Words after which a title opens a clause, so that it may describe the person named
    /// after it and a comma or dash: "Gần 10 năm làm Bí thư Chi bộ bản Nà Phặc, chị Lò
    /// Thị Dung …" (besides the start of a line and the marks ".", ":" and ";").
    static let titleOpeners = PersonPhraseTable(["làm", "là", "nguyên là", "hiện là"])

    /// Words before an honorific that make it a plain noun: "người đàn ông", "người anh", "nước bạn".
    static let honorificBlockers = PersonPhraseTable(["đàn", "người", "nước"])

    /// Words of a memorial or a place named after a person, before the title that opens the
    /// name: "Khu tưởng niệm Chủ tịch Hồ Chí Minh", "Nhà lưu niệm Bác Hồ", "Quảng trường …".
    /// The name there names the place, not a person taking part ("dâng hương tưởng niệm Chủ
    /// tịch Hồ Chí Minh" names the person: the verb alone is no memorial).
    static let memorialWords = PersonPhraseTable([
        "khu tưởng niệm", "nhà tưởng niệm", "đền tưởng niệm", "khu lưu niệm", "nhà lưu niệm", "di tích", "bảo tàng",
        "quảng trường", "tượng đài", "đền thờ", "nhà trưng bày",
    ])

    /// Words before an honorific that open a list of people: "các đồng chí: …".
    static let pluralMarkers = PersonPhraseTable(["các", "những", "hai"])

    /// Words that open a title or role: "Phó Bí thư …", "chủ cơ sở …", "Thiếu tướng …".
    static let titleHeads = PersonPhraseTable([
        // Party
        "tổng bí thư", "bí thư", "phó bí thư", "ủy viên", "ủy viên dự khuyết", "chủ nhiệm", "phó chủ nhiệm",
        "tỉnh ủy viên", "huyện ủy viên", "thành ủy viên", "đảng ủy viên",
        // "ThS. Lê Quang Vinh - Chi ủy viên", "…, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự lễ".
        "chi ủy viên", "thường trực ban bí thư",
        // Party acronyms: "TUV, Bí thư Huyện ủy", "UVBTV – PCT UBND huyện", "UV.BTV Huyện ủy",
        // "UV BTV Tỉnh ủy", "UVT.Ư Đảng", "UVTV, Trưởng Ban Tuyên giáo", "PBT Huyện ủy",
        // "TVTU, Trưởng Ban Tuyên giáo Tỉnh ủy", "TVHU, Chủ tịch UBND huyện".
        "tuv", "huv", "thuv", "uvbtv", "uvtv", "uvbch", "uv", "uv btv", "uvtw", "uvt", "uvbcht", "pbt", "pct",
        "tvtu", "tvhu", "tvthu",
        "trưởng ban", "phó trưởng ban", "chánh văn phòng", "phó chánh văn phòng",
        // State and mass organisations
        "chủ tịch", "phó chủ tịch", "thủ tướng", "phó thủ tướng", "bộ trưởng", "thứ trưởng",
        "giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "trưởng phòng",
        "phó trưởng phòng", "cục trưởng", "phó cục trưởng", "vụ trưởng", "viện trưởng",
        "chánh án", "phó chánh án", "chánh thanh tra", "tổng biên tập", "phó tổng biên tập",
        "trưởng công an", "phó trưởng công an",
        // The tax office of a province since 2025: "Phó Bí thư Chi bộ, Phó Trưởng Thuế tỉnh".
        "trưởng thuế", "phó trưởng thuế", "trưởng đoàn", "đoàn trưởng", "hội trưởng",
        "chi hội trưởng", "trưởng thôn", "trưởng bản", "trưởng ấp", "trưởng khu", "trưởng khu phố",
        "tổ trưởng", "tổ phó", "trưởng trạm", "trạm trưởng", "trưởng khoa", "phó trưởng khoa",
        "hiệu trưởng", "phó hiệu trưởng", "chủ cơ sở", "chủ doanh nghiệp", "chủ trang trại",
        "chủ hộ", "người đứng đầu", "người có uy tín", "trưởng trung tâm", "phó trưởng trung tâm",
        "phó ban", "trưởng chi nhánh", "trưởng bộ phận", "phó trưởng thôn", "đại biểu",
        "chi cục trưởng", "phó chi cục trưởng", "phó vụ trưởng", "phó viện trưởng", "đội trưởng",
        "phó đội trưởng", "tổng thư ký", "thư ký", "già làng", "chính trị viên", "trưởng buôn",
        "trưởng xóm", "hội phó", "giáo chức",
        "đại biểu quốc hội", "học sinh", "sinh viên", "nông dân", "ngư dân", "công nhân", "phóng viên",
        "cảnh sát khu vực", "bưu tá", "đại thi hào",
        // Contest entrants: "thí sinh Lò Thị Mai (Đoàn xã Mường Khoa)", "tác giả Vi Văn Toàn".
        "thí sinh", "tác giả",
        // "bà Lê Thị Tư, tiểu thương chợ Vị Thanh", "…, tình nguyện viên phường Tân Định", "…, học viên
        // lớp", "Người viết: Lê Thị Hoa - TPT Đội" (the Young Pioneers' leader of a school).
        "tiểu thương", "tình nguyện viên", "học viên", "tổng phụ trách", "tpt",
        // Armed forces
        "chỉ huy trưởng", "chính ủy", "phó chỉ huy trưởng", "phó chính ủy", "phó chính trị viên", "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng",
        "đồn trưởng", "phó đồn trưởng", "tư lệnh", "phó tư lệnh", "tham mưu trưởng", "phó tham mưu trưởng",
        "chủ nhiệm chính trị",
        "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy",
        // Religious titles: "Sư cả Kim Sóc Khanh", "Achar Thạch Văn Phol", "Thượng tọa Thích Minh Tâm".
        "sư cả", "achar", "trụ trì", "hòa thượng", "thượng tọa", "đại đức", "ni sư", "linh mục", "mục sư", "chức sắc",
        // Professions and distinctions
        "nhà giáo", "nhà giáo nhân dân", "nhà giáo ưu tú", "bác sĩ", "bác sỹ", "giáo sư",
        "phó giáo sư", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ", "nhà báo", "nhà văn",
        "nhà thơ", "nghệ nhân", "nghệ sĩ", "kỹ sư", "luật sư", "anh hùng", "mẹ việt nam anh hùng",
        "nhạc sĩ", "nhạc sỹ", "họa sĩ", "họa sỹ", "nhà nghiên cứu", "điều dưỡng", "điều dưỡng trưởng",
        "dược sĩ", "y sĩ", "y tá", "hộ sinh",
        // Posts of banks, courts, procuracies, mines and boats: "giao dịch viên Lê Thị Hạnh (Phòng
        // giao dịch Phú Mỹ)", "Kiểm sát viên trung cấp Đỗ Văn Tài", "Thẩm phán Lê Minh Khoa, Chánh tòa
        // Tòa Hình sự", "Quản đốc Phân xưởng Vận tải Phạm Đức Long", "thuyền trưởng Võ Văn Lực".
        "giao dịch viên", "kỹ thuật viên", "kiểm sát viên", "kiểm tra viên", "thanh tra viên", "thẩm phán",
        "chánh tòa", "phó chánh tòa", "quản đốc", "phó quản đốc", "thợ lò", "thuyền trưởng",
        // Heads of the statistics and judgment-enforcement offices since 2025, their officers, a
        // train's chief and trades: "Bí thư Chi bộ, Trưởng Thống kê tỉnh", "Phó Trưởng THADS tỉnh",
        // "Chấp hành viên trung cấp", "thống kê viên chính", "trợ giúp viên pháp lý Vàng Thị Mỷ",
        // "trưởng tàu Lê Thị Thảo", "anh Nguyễn Văn Cường, thợ sửa chữa toa xe".
        "trưởng thống kê", "phó trưởng thống kê", "trưởng thads", "phó trưởng thads", "chấp hành viên",
        "thống kê viên", "trợ giúp viên pháp lý", "trưởng tàu", "thợ sửa chữa", "thợ may", "thợ hàn", "thợ điện",
        "cựu chiến binh", "đảng viên", "đoàn viên", "hội viên", "giáo viên", "cán bộ", "chiến sĩ",
        "giảng viên", "báo cáo viên", "tuyên truyền viên", "chuyên viên", "nhân viên", "công chức", "viên chức",
        "gs", "pgs", "ts", "ths", "bs", "ks", "ncs", "nsnd", "nsưt", "bsckii", "bscki", "ccb", "đbqh",
    ])

    /// Abbreviated titles written with a period before the name: "TS. Nguyễn Văn A", "PGS.TS Lê B".
    static let abbreviatedTitles = PersonPhraseTable(["gs", "pgs", "ts", "ths", "bs", "ks", "ncs", "nsnd", "nsưt"])

    /// Prefixes that belong to a title placed before a name: "nguyên Chủ tịch nước …".
    static let titlePrefixes = PersonPhraseTable(["nguyên", "cố", "quyền", "cựu"])

    /// Words that end a title: verbs of saying and the clause words that follow a subject.
    static let titleEnders = PersonPhraseTable([
        "cho biết", "cho hay", "nói", "phát biểu", "khẳng định", "chia sẻ", "nhấn mạnh",
        "cho rằng", "bày tỏ", "thông tin", "trao đổi", "nhận định", "nhận xét", "đánh giá",
        "yêu cầu", "đề nghị", "trả lời", "giải thích", "kể", "tâm sự", "thừa nhận", "lưu ý",
        "nêu", "bộc bạch", "nhớ lại", "kêu gọi", "tâm sự", "khẳng định", "quán triệt",
        "kết luận", "phát động", "chủ trì", "tham dự", "dự", "trao", "tặng", "gửi", "đến",
        "cũng", "đã", "đang", "sẽ", "vừa", "luôn", "được", "là", "thì", "mà", "khi", "cùng",
        "với", "tại", "vì", "nên", "nhưng", "hiện", "cho",
        "trình bày", "ghi nhận", "biểu dương", "thông báo", "giới thiệu", "hướng dẫn", "khen ngợi",
        "động viên", "chúc mừng", "cảm ơn", "nhắc nhở", "phân tích", "điều hành", "báo cáo tóm tắt",
        "nhắc lại", "dặn", "căn dặn", "tiếp thu", "giải trình",
        // "… Phó Chủ tịch Hội đồng làm Trưởng đoàn", "… Chủ tịch UBND tỉnh đồng chủ trì hội nghị",
        // "… Trưởng Ban Tuyên giáo truyền đạt chuyên đề", "… Phó Chủ tịch UBND huyện đọc quyết định".
        "làm", "đồng chủ trì", "truyền đạt", "công bố", "khai mạc", "gắn", "đọc", "thay mặt",
        "mong muốn", "trực tiếp", "đi", "báo công",
        // A photo caption's verb: "Đồng chí …, Bí thư Huyện ủy Thanh Sơn thăm mô hình chè".
        // ("thăm" alone would cut "Đội trưởng Đội thăm dò địa chất".)
        "thăm mô hình", "thăm hỏi", "thăm gia đình", "thăm gian hàng", "thăm các", "tham quan", "trò chuyện",
        "dâng hương", "dâng hoa",
        // A body that is the sentence's subject after the title: "…, Ban Thường vụ Tỉnh ủy thảo luận".
        "thảo luận", "cho ý kiến", "làm việc", "ban hành", "xem xét", "họp",
        // What the titled person does: "…, Tổ trưởng tổ Toán - Tin duy trì lớp học …", "…, Phó Giám
        // đốc Bệnh viện chỉ đạo chung", "…, chủ cơ sở nước mắm tạo việc làm cho …".
        "duy trì", "tạo việc làm", "tạo việc",
    ])

    /// Verbs that end a title after a named unit or a place when the clause ends right after
    /// them: "do ông …, Tổ trưởng Tổ hòa giải ấp Tân Thạnh phụ trách, …" (but "Phó Chủ tịch
    /// UBND xã phụ trách văn hóa" goes on, and "giáo viên phụ trách" is a role).
    static let clauseFinalVerbs: Set<String> = ["phụ trách", "quản lý"]

    /// Words that restate a person named at a sentence's end as the next sentence's subject, before
    /// their role: "… là Thượng tá Võ Hoàng Nam. Ông là Trưởng Công an xã", "… đồng chí Lương
    /// Quốc Đoàn. Đồng chí hiện là Phó Bí thư …".
    static let restatingPronouns: Set<String> = ["ông", "bà", "anh", "chị", "đồng chí", "cô", "thầy", "em"]
    /// Words between a pronoun or "Đó là" and the name they introduce, the role having been
    /// stated in the sentence before: "… là Điều dưỡng trưởng khoa. Chị tên Trần Thị Liên",
    /// "Anh tên là Điểu Văn Tâm".
    static let namingWords: Set<String> = ["tên", "tên là"]
    /// Adverbs between a restating pronoun and "là": "hiện", "hiện nay", "nay".
    static let restatingAdverbs: Set<String> = ["hiện", "hiện nay", "nay", "hiện đang"]

    /// Military and police ranks: a title that is only a rank gives way to a role restated after it.
    static let ranks: Set<String> = [
        "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
        "đại úy", "thượng úy", "trung úy", "thiếu úy",
    ]

    /// Phrases inside a title whose last word would otherwise end it: "Phó Trưởng ban Thường
    /// trực Ban Chỉ đạo thực hiện Chỉ thị 05 của huyện" ("hiện" alone ends a title: "…, hiện là …").
    /// A locator word with a lower-case word after it is a compound too, not a bare locator that
    /// closes its unit ("Phó Cục trưởng Cục Bảo trợ xã hội", "phó ban tổ chức huyện ủy").
    static let titleCompounds = PersonPhraseTable([
        "thực hiện",
        "xã hội", "xã viên", "xã đội", "huyện ủy", "tỉnh ủy", "quận ủy", "thị ủy", "huyện đoàn", "tỉnh đoàn",
        "huyện đội", "tỉnh đội", "bản thân", "bản sắc", "làng nghề", "buôn bán", "ấp ủ",
        // Compounds that end with a locator word: "Trưởng ban Chỉ đạo xây dựng nông thôn mới".
        "nông thôn", "chăm sóc", "hợp tác xã", "văn bản", "cơ bản", "làng xóm", "buôn làng", "bản làng",
        "thôn bản", "thôn xóm", "xóm làng", "liên xã", "liên huyện", "liên tỉnh",
    ])

    /// Names that close an organisation's name: a capitalised word after them in a title opens the
    /// clause, "Phó Chủ tịch Hội Nông dân Việt Nam Báo cáo kết quả …" ends at "Việt Nam".
    static let nameClosers = PersonPhraseTable(["việt nam"])

    /// Phrases that end with a ``placeWords`` word but name no place: "gia đình chị Lò Thị Hoa".
    static let placeWordExceptions = PersonPhraseTable(["gia đình"])

    /// Full names often printed with a lower-case last word, completed with it: "Chủ tịch Hồ Chí
    /// minh" names "Hồ Chí Minh", not "Hồ Chí".
    static let miscasedNames = PersonPhraseTable(["hồ chí minh"])

    /// Words that open an administrative locator: after a comma they continue a title whose
    /// unit they place ("Bí thư Chi bộ thôn A, xã B", "Chủ tịch UBND xã A, huyện B").
    static let locators = PersonPhraseTable([
        "xã", "huyện", "tỉnh", "phường", "quận", "thị xã", "thị trấn", "thành phố", "tp", "thôn",
        "bản", "ấp", "xóm", "buôn", "làng", "sóc", "khu phố", "tổ dân phố",
        // A school's class: "em Kim Thị Sa Ra (lớp 4B)", "học sinh lớp 9 Trường THCS …".
        "lớp",
    ])

    /// Heads of an employer's name: after a comma they continue a title with the organisation
    /// the holder works for ("tổ trưởng tổ may, Công ty TNHH A", "giáo viên, Trường THCS B").
    static let employerHeads = PersonPhraseTable([
        "công ty", "trường", "bệnh viện", "hợp tác xã", "htx", "ngân hàng", "tập đoàn", "xí nghiệp",
        "nhà máy", "trung tâm", "trạm y tế", "chi nhánh", "doanh nghiệp", "cơ sở", "viện", "khoa",
        // "Nguyên trưởng khoa Lịch sử Đảng, Học viện Chính trị khu vực 2", "…, Đại học Huế".
        "học viện", "đại học",
        // "tổ trưởng Tổ Lò chợ 2, Phân xưởng Đào lò 4", "công nhân Nông trường Suối Dây".
        "phân xưởng", "nông trường", "lâm trường", "đồn", "hạt", "phòng", "chi cục",
        // The body a department belongs to: "Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương".
        "ban",
    ])

    /// Lower-case organisation names that hold "và", which would otherwise end the title:
    /// "Phó Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh".
    static let organisationPhrases = PersonPhraseTable([
        "các cơ quan và doanh nghiệp", "cơ quan và doanh nghiệp",
        // The police's and the army's political office: "Trưởng phòng Công tác đảng và công tác chính trị".
        "công tác đảng và công tác chính trị",
        // The social-policy bank's village groups: "Tổ trưởng Tổ tiết kiệm và vay vốn ấp Mỹ Hòa".
        "tiết kiệm và vay vốn",
        // "Trưởng phòng Thời sự Đài Phát thanh và Truyền hình Đồng Tháp", "Chủ tịch Liên hiệp các Hội
        // Khoa học và Kỹ thuật tỉnh", "Giám đốc Sở Khoa học và Công nghệ".
        "phát thanh và truyền hình", "khoa học và kỹ thuật", "khoa học và công nghệ",
    ])

    /// Organisation words whose names join two fields with "và": "Ban Tuyên giáo và Dân vận
    /// Tỉnh ủy", "Sở Văn hóa và Thể thao", "Bộ Giáo dục và Đào tạo", "Phòng Tài nguyên và Môi
    /// trường", "Cục Quản lý và Giám sát", "Vụ Tổ chức và Cán bộ".
    static let joinedOrganisations = PersonPhraseTable(["ban", "sở", "bộ", "phòng", "cục", "vụ"])

    /// Words that carry a title on past a place: "…, xã Quảng Tiến kiêm Trưởng thôn", "…, xã A
    /// phụ trách văn hóa" (but "… tỉnh Hà Tĩnh kiểm tra …" ends at the place).
    static let roleContinuations = PersonPhraseTable(["kiêm", "phụ trách"])

    /// The conjunction that may join two roles: "Bí thư Chi bộ và Trưởng thôn".
    static let roleJoiner = PersonPhraseTable(["và"])

    /// Words that end a name placed after a title: clause words never part of a qualifier.
    static let qualifierBreakers = PersonPhraseTable([
        "và", "của", "cho", "với", "trong", "tại", "về", "là", "được", "đã", "đang", "sẽ",
        "các", "những", "có", "không", "khi", "để", "theo", "từ", "đến", "ở",
        // "… cán bộ cơ sở thực hiện lời Chủ tịch Hồ Chí Minh dạy": a saying, no qualifier.
        "lời",
    ])

    /// Words before a name that make it a place, a school, a street or an emblem, not a
    /// person: "tỉnh Lạng Sơn", "Thành phố Hồ Chí Minh", "phong cách Hồ Chí Minh".
    static let placeWords = PersonPhraseTable([
        "tỉnh", "huyện", "xã", "phường", "thành phố", "tp", "quận", "thị xã", "thị trấn",
        "tx", "tt", "thôn", "bản", "ấp", "xóm", "làng", "khu", "khu phố", "tổ", "đường", "phố",
        "trường", "cầu", "chợ", "sông", "núi", "đảo", "đình", "đền", "chùa", "bệnh viện",
        "thpt", "thcs", "tiểu học", "mầm non", "trung học", "đại học", "học viện", "bảo tàng",
        "khu di tích", "lăng", "quỹ", "giải thưởng", "huân chương", "tncs", "tntp", "đoàn", "đội",
        "tư tưởng", "đạo đức", "phong cách", "tấm gương", "gương", "thời đại", "mang tên",
        "tại", "ở", "về", "đến", "từ", "thăm", "ra", "vào", "qua",
    ])

    /// Unit words that end a title's qualifier and may be followed by the holder's full name:
    /// "Chủ tịch UBND tỉnh Nguyễn Văn A" (but "phường Lê Hồng Phong" is a place).
    /// A city's ("Chủ tịch UBND TP Lê Minh Hoàng") is one unless the run names a province ("TP Hồ Chí Minh").
    static let unitWords = PersonPhraseTable(["tỉnh", "huyện", "quận", "thị xã", "xã", "tp", "thành phố"])

    /// First words that make a capitalised run an organisation or a place, not a name.
    static let organisationStarts = PersonPhraseTable([
        "ủy", "ban", "sở", "hội", "đảng", "tỉnh", "huyện", "xã", "phường", "quận", "bộ", "báo",
        "đài", "cổng", "viện", "cục", "quỹ", "công", "liên", "mặt", "nhà", "ngân", "bệnh",
        "tập", "hợp", "thị", "khu", "tổng", "phòng", "kết", "nghị", "chỉ", "quyết", "luật",
        "chuyên", "học", "ảnh", "bài", "tin", "nguồn", "theo", "trung tâm", "văn phòng",
        // "ông Lý Văn Khánh (Trường THPT Vị Thanh)", "bà Lê Thị Hoa (UBND xã Tân An)".
        "trường", "ubnd", "hđnd", "ubmttq",
        // "thí sinh Lò Thị Mai (Đoàn xã Mường Khoa)": the youth union's units, never "Đoàn" alone (a surname).
        // "làm trưởng đoàn Đoàn Công tác của Tỉnh ủy": a delegation, not "Đoàn Công".
        "đoàn kiểm tra", "đoàn công tác", "đoàn giám sát", "đoàn khảo sát",
        "đoàn xã", "đoàn phường", "đoàn thị trấn", "đoàn trường", "đoàn thanh niên", "chi đoàn", "huyện đoàn",
        "tỉnh đoàn", "thành đoàn", "quận đoàn",
        "việt nam", "trung quốc", "hàn quốc", "nhật bản", "hoa kỳ", "thái lan", "đài loan",
        "triều tiên", "liên xô", "hồng kông", "lào", "campuchia",
    ])

    /// Common Vietnamese surnames: the signal that a capitalised run is a personal name.
    static let surnames = PersonPhraseTable([
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
        "đỗ", "hồ", "ngô", "dương", "lý", "lô", "nông", "nghiêm", "đào", "đinh", "đoàn",
        "lương", "trịnh", "mai", "trương", "lâm", "phùng", "tô", "tạ", "hà", "cao", "chu",
        "châu", "lưu", "thái", "kiều", "lại", "quách", "triệu", "vương", "vi", "hứa", "thân",
        "tống", "khổng", "lục", "mạc", "âu", "giang", "bế", "ma", "sầm", "lò", "quàng", "điêu",
        "cầm", "la", "từ", "đàm", "diệp", "doãn", "kim", "khúc", "phí", "lã", "thạch", "danh",
        "hầu", "ninh", "tôn", "vòng", "lường", "hoàng", "ksor", "nay", "rơ", "y",
        // "Chung Văn Hoan", "Lữ Văn Hùng", "Phương Thị Thanh", "Giáp Văn Thành", "Chẩu Văn Lâm",
        // "Bàn Thị Mẩy", "Giàng A Pao", "Sùng A Lử", "Vàng Seo Chứ", "Mùa Thị Dính", "Lù Thị Mỷ",
        // "Thào A Dình", "Ka Thị Bích", "Văn Đình Thanh", "Khuất Văn Hải", "Quan Văn Lợi".
        "chung", "lữ", "phương", "giáp", "chẩu", "bàn", "giàng", "sùng", "vàng", "mùa", "lù", "thào",
        "ka", "văn", "khuất", "quan", "bồ", "mẫn", "lầu", "tẩn", "chảo", "phàn", "đèo", "hạng", "pờ",
        // The Buddhist surname of monks and nuns: "Thích Thanh Tâm".
        "thích",
        // Rarer surnames of the north-central provinces: "Đầu Thanh Tùng", "Nghiêm Xuân Đức" is above.
        "đầu", "lành", "mạch", "ông", "đổng",
        // Central Highlands family names
        "siu", "rah", "kpă", "puih", "rmah", "niê", "mlô", "êban", "byă", "hđơk", "kơsor", "rcom", "alê",
        "ênuôl", "ayŭn", "adrơng", "knul", "hmŏk", "điểu",
        // Teknonyms of the Central Highlands: "Ama Khoa" (Khoa's father), "Amí Hoa" (Hoa's mother).
        "ama", "ami",
        // The given-name prefixes of the Xơ Đăng and Ba Na (men "A", women "Y"): "già làng A Pứt".
        "a",
        // Khmer family names: "Sư cả Danh Sơn", "Thượng úy Chau Ra Tha", "Kiên Thị Sa Ri", "Sơn Ngọc Minh".
        "chau", "kiên", "sơn",
    ])

    /// Peoples and places written like a prefixed given name: "đồng bào K’Ho", "giáo viên
    /// M’Nông", "huyện H’Drai" are no person.
    static let prefixedPeoplesAndPlaces: Set<String> = [
        "k'ho", "m'nông", "x'tiêng", "s'tiêng", "h'mông", "k'bang", "h'leo", "h'drai", "r'lấp", "m'đrắk", "k'tu",
    ]

    /// Family names and teknonyms of the Central Highlands written as one word of two
    /// syllables: names though they lack a Vietnamese syllable's shape ("Y Kông Êban",
    /// "Y Brơ Ênuôl", "Ama Khoa").
    static let polysyllabicFamilyNames: Set<String> = ["êban", "ênuôl", "adrơng", "hmŏk", "kbuôr", "ama", "ami"]

    /// Surnames that are also the first word of common place names ("Hà Giang", "Cao Bằng"):
    /// a two-word name led by one needs a stronger signal.
    static let weakSurnames = PersonPhraseTable([
        "hà", "mai", "kim", "giang", "châu", "thái", "cao", "lâm", "la", "ninh", "từ",
        "lục", "y", "nay", "ma", "kiên", "sơn", "vi", "lý", "tôn", "quàng",
        // Also common words that open a sentence: "Chung tay …", "Vàng …", "Mùa …", "Văn hóa …".
        "chung", "phương", "bàn", "vàng", "mùa", "ka", "văn", "quan", "giáp", "hạng", "thích",
        "đầu", "lành", "mạch", "ông",
    ])

    /// Middle names that mark the second word of a personal name: "Lê Văn Hùng", "Mai Thị Lan".
    /// After a place name ("tỉnh Hà Nam Mai Thị Lan") they tell where the name begins.
    static let middleNames = PersonPhraseTable(["văn", "thị"])

    /// Capacity marks over the office line of a signature block: "T/M BAN THƯỜNG VỤ",
    /// "TM. HUYỆN ỦY", "K/T TRƯỞNG BAN", "KT. GIÁM ĐỐC", "T/L BAN THƯỜNG VỤ", "TL. BÍ THƯ", "TUQ. CHỦ TỊCH".
    static let capacityMarks = PersonPhraseTable(["t/m", "tm", "k/t", "kt", "t/l", "tl", "tuq"])

    /// The line a signature block prints between the office and the name: "(Đã ký)", "(ký)",
    /// "(Ký tên, đóng dấu)", "(Đã ký và đóng dấu)".
    static let signedMarks = PersonPhraseTable(["đã ký", "ký", "ký tên", "đã ký và đóng dấu"])

    /// Markers of a byline or photo credit, followed by ":" and the names.
    static let bylineMarkers = PersonPhraseTable([
        "ảnh", "bài", "tin", "bài và ảnh", "bài ảnh", "tin ảnh", "tin và ảnh", "bài và clip",
        "video", "clip", "thực hiện", "nhóm phóng viên", "phóng viên", "pv", "ảnh minh họa",
        "hình ảnh", "người viết", "tác giả", "ctv", "cộng tác viên",
    ])

    /// Every table above, for ``PersonLexicon``.
    static var tables: [PersonPhraseTable] {
        [honorifics, honorificBlockers, pluralMarkers, titleHeads, abbreviatedTitles, titlePrefixes, titleEnders,
         locators, employerHeads, roleJoiner, qualifierBreakers, placeWords, unitWords, organisationStarts, surnames,
         weakSurnames, bylineMarkers, middleNames, capacityMarks, signedMarks, joinedOrganisations, titleCompounds,
         roleHonorifics, organisationPhrases, memorialWords, roleRestatements, titleOpeners, asideOpeners,
         nameClosers, placeWordExceptions, miscasedNames, roleContinuations]
    }

    /// Abbreviations whose period does not end a title, each with a title that shows it.
    static let abbreviationRows: [(word: String, example: String)] = [
        ("tp", "Chủ tịch UBND TP. Mỹ Tho"),
        ("tx", "Bí thư Thị ủy TX. Hương Thủy"),
        ("tt", "Chủ tịch UBND TT. Phong Điền"),
        ("q", "Bí thư Quận ủy Q. Bình Thạnh"),
        ("p", "Chủ tịch UBND P. Tân Định"),
        ("h", "Phó Chủ tịch UBND H. Trần Đề"),
        ("x", "Chủ tịch UBND X. Tân Lập"),
        ("t", "Phó Trưởng Ban Tuyên giáo T.Ư"),
        ("uvt", "UVT.Ư Đảng, Bí thư Tỉnh ủy"),
        ("uv", "UV.BTV Huyện ủy, Phó Chủ tịch HĐND huyện"),
    ]

    /// The words of ``abbreviationRows``.
    static let abbreviations: Set<String> = Set(abbreviationRows.map(\.word))
}

import Records
import VietnameseText

/// The words that introduce a named model, movement, campaign, contest or award, and the
/// words that shape how a quoted title after them is read.
enum ModelVocabulary {
    typealias IntroducingWord = ModelIntroducingWord

    /// Introducing word → category (``ModelIntroducingWords/rows``, which the theme rules read too).
    static let introducingWords: [IntroducingWord] = ModelIntroducingWords.rows

    /// Words between an introducing word and a quote that make the quote something other
    /// than the model's name: a saying, a slogan, a standard, a theme, a nickname, a work.
    static let blockingWords: [String] = [
        "lời", "dạy", "nói", "khẩu hiệu", "phương châm", "danh hiệu", "tiêu chuẩn", "tiêu chí",
        "chuyên đề", "gương", "câu", "sách", "cuốn", "bài hát", "bài viết", "tác phẩm", "phim",
        "gọi", "ví", "biệt danh", "danh xưng", "nghiên cứu", "giao lưu",
    ]

    /// Words of a speaker's introduction ("đồng chí … nhấn mạnh: “…”"): the quote after the
    /// colon is a saying, not a list of models.
    static let speakerWords: [String] = [
        "đồng chí", "ông", "bà", "anh", "chị", "nói", "nhấn mạnh", "phát biểu", "khẳng định", "cho biết",
        "chia sẻ", "bày tỏ", "tâm sự", "cho rằng", "nêu rõ", "kể lại", "lưu ý", "yêu cầu", "đề nghị",
        "căn dặn", "dặn", "nhắn nhủ", "quán triệt", "kết luận",
    ]

    /// Phrases that hold a speaker word but name no speaker ("được bà con hưởng ứng như: …").
    static let speakerWordExceptions: [String] = ["bà con", "ông bà"]

    /// Words that close a clause after an introducing word and open a list of its items
    /// ("các mô hình: …", "mô hình tiêu biểu như: …"); the bare colon opens one too.
    static let listOpeners: [String] = ["như", "gồm", "bao gồm", "là"]

    /// List openers that open a list without a colon after a plural kind word, before a capital
    /// or a quote: "Nhiều mô hình hay được duy trì như Tổ tư vấn lưu động …; …".
    static let unmarkedListOpeners: [String] = ["như", "gồm", "bao gồm"]

    /// Words before "như" that make it a likeness, no list: "triển khai đúng như Kế hoạch đã đề ra".
    static let likenessWords: Set<String> = ["đúng", "giống", "cũng"]

    /// Words that open the sentence's predicate after the last item of a list: "…; Chi hội tự
    /// quản về an ninh trật tự được duy trì ở 28/28 chi hội".
    static let listPredicateOpeners: Set<String> = ["được", "đã", "đang", "sẽ", "đều"]

    /// Words before an introducing word that make it a list's head ("các mô hình: …").
    static let pluralMarkers: [String] = ["các", "những", "nhiều", "một số", "số"]

    /// Words that, ending a list's head, say its items are named examples ("tiêu biểu: …").
    static let exampleWords: [String] = [
        "như", "gồm", "bao gồm", "tiêu biểu", "điển hình", "nổi bật",
        // "trong đó tiêu biểu là: …".
        "tiêu biểu là", "điển hình là", "nổi bật là",
    ]

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

    /// Words that end a capitalised name written without quotes after its kind word ("mô hình
    /// Heo đất tiết kiệm của Chi hội …", "câu lạc bộ Toán vui cuối tuần cho 45 học sinh"): an owner
    /// clause, a verb or a preposition begins. "và" before a capital joins the name ("câu lạc bộ
    /// Sách và Thiện nguyện").
    static let unquotedNameStopWords: [String] = [
        "do", "của", "được", "đã", "đang", "sẽ", "và", "tại", "ở", "cho", "trong", "nhằm", "để", "với", "có",
        "gồm", "là", "thu hút", "mỗi", "hằng", "từ", "khi", "đến", "đạt", "năm", "lần", "giai đoạn", "ra",
        // Verbs of running it: "câu lạc bộ Tiếng Anh hoạt động hằng tuần".
        "hoạt động", "thực hiện", "triển khai", "duy trì", "nhân rộng", "phát động", "vận hành",
    ]

    /// Kind words that announce a quoted name only: after them a capital opens another name
    /// ("góp ý dự án Luật Đất đai", "ngày hội Văn hóa, Thể thao các dân tộc").
    static let quotedNameKindWords: [String] = ["dự án", "ngày hội", "liên hoan", "lễ tuyên dương", "đợt cao điểm"]

    /// Words that open a document's or an institution's name, not a model's, after a kind word:
    /// "dự thảo Luật …", "mô hình Chính quyền địa phương hai cấp".
    static let nonModelNameOpeners: [String] = [
        "luật", "nghị quyết", "nghị định", "quyết định", "đề án", "kế hoạch", "chỉ thị", "kết luận", "chính quyền",
    ]

    /// Capitalised words after a kind word that name no model of their own, with what they are:
    /// a name that is one of these or opens with one is none.
    static let genericUnquotedNames: [(words: String, example: String)] = [
        ("Bác Hồ", "tủ sách Bác Hồ: books about Uncle Hồ, on every unit's shelf"),
        ("Hồ Chí Minh", "tủ sách Hồ Chí Minh: the same"),
        ("Cựu chiến binh", "tủ sách Cựu chiến binh: the veterans' shelf"),
        ("Hỗ trợ nông dân", "Quỹ Hỗ trợ nông dân: a state fund set up by decree, not a model"),
        ("Vì người nghèo", "Quỹ Vì người nghèo: the Front's standing fund"),
        ("Câu lạc bộ", "mô hình Câu lạc bộ: a kind word, not a name"),
        ("Đại đoàn kết toàn dân tộc", "Ngày hội Đại đoàn kết toàn dân tộc: the Front's yearly festival in every residential area"),
        ("Đền ơn đáp nghĩa", "Quỹ Đền ơn đáp nghĩa: the standing fund of every commune"),
        ("Pháp luật", "tủ sách Pháp luật: the law shelf every commune keeps"),
    ]

    /// Most words of a capitalised name after its kind word; a longer run is a description.
    static let maxUnquotedNameWords = 10

    /// Most words between an introducing word and its quoted name ("phong trào thi đua “…”").
    static let maxDirectGapWords = 6

    /// Most words between an introducing word and the list opener before its items.
    static let maxListIntroWords = 20

    /// Most words between a capitalised contest/award word and the quote closing its title.
    static let maxUnquotedTitleGapWords = 30

    /// Most lower-case words after the one title-case word of a department's name written in
    /// sentence case, where a mark closes the owner: "Phòng Khách hàng doanh nghiệp;".
    static let maxSentenceCaseNameTail = 3

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
        // Mass organisations whose names run on in lower case: the owner keeps them whole.
        "đoàn thanh niên", "hội liên hiệp phụ nữ", "hội phụ nữ", "hội nông dân", "hội cựu chiến binh",
        "hội chữ thập đỏ", "hội người cao tuổi", "hội khuyến học", "thành đoàn", "thị đoàn", "kho bạc",
        "ban công tác mặt trận", "ban đại diện cha mẹ học sinh", "bộ tư lệnh", "lđlđ",
        // Justice, social insurance and public-service units, by the names and letters they sign with.
        "vksnd", "viện kiểm sát", "tand", "bhxh", "kbnn", "thư viện", "bảo tàng", "điện lực", "nông trường",
        // A bank's or a company's branch: "Tổ tư vấn lưu động của Chi nhánh Sông Công".
        "chi nhánh",
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
        "tổ", "đồn", "sở", "bộ", "ủy", "khối", "ngành", "trường", "đoàn", "hội", "an", "buôn", "khu", "xóm",
        "viện", "khoa",
    ]

    /// Lower-case phrases that end a unit's name although their last word is no level word,
    /// each with a unit that ends with it.
    static let unitTailPhrases: [(phrase: String, example: String)] = [
        ("khu công nghiệp", "Công đoàn các khu công nghiệp"),
        ("khu kinh tế", "Ban Quản lý các khu kinh tế"),
        ("khu vực", "Chi bộ Kho bạc Nhà nước khu vực"),
        ("chi nhánh", "Đoàn Thanh niên chi nhánh"),
        ("biên giới", "Công an các xã biên giới"),
        ("cơ sở", "Công đoàn cơ sở"),
        ("cơ quan", "Công đoàn cơ quan"),
        ("công ty", "Công đoàn Tổng công ty"),
    ]

    /// Words that end an owner after "của": a new clause begins.
    static let ownerStopWords: [String] = [
        "mỗi", "hằng", "và", "để", "nhằm", "đã", "được", "đang", "sẽ", "với", "góp phần", "mang lại", "tạo", "thu hút",
        "giúp", "trong", "có", "là", "thì", "nên", "từ", "khi", "đến", "đạt", "cùng", "gắn",
    ]

    /// Level words that, after a comma, carry a unit's name on to its place ("Chi bộ ấp Mỹ Phú,
    /// xã Hậu Mỹ Bắc A").
    static let addressLevels: Set<String> = [
        "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh", "tp",
    ]

    /// Most words in an owner.
    static let maxOwnerWords = 14

    /// A vocabulary row with a sentence that shows it at work: the models that sentence
    /// names, with their owners, in order (the tests read every row's example).
    struct ExampleRow: Sendable {
        let words: String
        let example: String
        let models: [(name: String, owner: String?)]

        init(_ words: String, _ example: String, _ models: [(String, String?)]) {
            self.words = words
            self.example = example
            self.models = models.map { (name: $0.0, owner: $0.1) }
        }
    }

    /// Verbs between a unit, as the subject, and the model it runs, with or without the
    /// introducing word: the unit owns the model and every model listed after it.
    static let subjectVerbs: [ExampleRow] = [
        ExampleRow("với", "Nhiều sở đăng ký khâu đột phá, như: Sở Nội vụ với mô hình “Hồ sơ không chờ”, Sở Y tế với “Khám bệnh đúng hẹn”.",
                   [("Hồ sơ không chờ", "Sở Nội vụ"), ("Khám bệnh đúng hẹn", "Sở Y tế")]),
        ExampleRow("duy trì", "Hội Nông dân xã Tân Lập duy trì mô hình “Vườn mẫu cho em”, “Bò giống quay vòng”.",
                   [("Vườn mẫu cho em", "Hội Nông dân xã Tân Lập"), ("Bò giống quay vòng", "Hội Nông dân xã Tân Lập")]),
        ExampleRow("triển khai", "Năm qua, huyện Lạc Sơn triển khai mô hình “Chợ phiên vùng cao”.", [("Chợ phiên vùng cao", "huyện Lạc Sơn")]),
        ExampleRow("ra mắt", "Đoàn Thanh niên phường Bình Minh ra mắt mô hình “Góc đọc sách cộng đồng”.",
                   [("Góc đọc sách cộng đồng", "Đoàn Thanh niên phường Bình Minh")]),
        ExampleRow("giới thiệu", "Tại hội nghị, Công ty Cổ phần Cơ khí Hòa Bình giới thiệu mô hình “Ca làm việc an toàn”.",
                   [("Ca làm việc an toàn", "Công ty Cổ phần Cơ khí Hòa Bình")]),
        ExampleRow("có", "Huyện đoàn Tân Phú có mô hình “Tuyến đường xanh”.", [("Tuyến đường xanh", "Huyện đoàn Tân Phú")]),
        ExampleRow("thực hiện", "Chi hội Phụ nữ thôn Đông thực hiện mô hình “Nhà sạch, ngõ đẹp”.", [("Nhà sạch, ngõ đẹp", "Chi hội Phụ nữ thôn Đông")]),
        ExampleRow("xây dựng", "Công an xã Bình Thạnh xây dựng mô hình “Camera vì bình yên”.", [("Camera vì bình yên", "Công an xã Bình Thạnh")]),
        ExampleRow("phát động", "Tỉnh đoàn Lạng Sơn phát động phong trào “Tuổi trẻ biên cương”.", [("Tuổi trẻ biên cương", "Tỉnh đoàn Lạng Sơn")]),
        ExampleRow("tổ chức", "Ban Tuyên giáo Huyện ủy Mỹ Lộc tổ chức Hội thi “Kể chuyện Bác Hồ”.", [("Kể chuyện Bác Hồ", "Ban Tuyên giáo Huyện ủy Mỹ Lộc")]),
    ]

    /// Words between a subject and its verb that do not belong to the unit's name ("Hội Phụ nữ
    /// xã đã triển khai mô hình …").
    static let subjectAdverbs: [String] = [
        "đã", "đang", "sẽ", "tiếp tục", "cũng", "còn", "vẫn", "đã và đang", "thường xuyên",
        "chủ trì", "tham mưu", "chủ động", "trực tiếp",
    ]

    /// The word after which the subject of ``subjectVerbs`` begins mid-clause: "Ông cùng Chi bộ buôn
    /// duy trì mô hình …" is run by the chi bộ.
    static let subjectOpeners: [String] = ["cùng", "cùng với"]

    /// Words that begin like a unit head but name members, not units ("Hội viên phụ nữ có mô hình …").
    static let nonUnits: [String] = ["hội viên", "đoàn viên", "đảng viên", "đội viên", "xã viên", "tổ viên", "hội đồng hương"]

    /// Verbs that close "do <unit> …" after a model's name: the unit runs it. A partner joined by
    /// "phối hợp với" or "cùng" is not the owner.
    static let doVerbs: [ExampleRow] = [
        ExampleRow("tổ chức", "Cuộc thi “Em yêu biển đảo” do Ban Tuyên giáo Huyện ủy Tiên Lữ tổ chức thu hút 400 bài.",
                   [("Em yêu biển đảo", "Ban Tuyên giáo Huyện ủy Tiên Lữ")]),
        ExampleRow("phát động", "Phong trào “Ngõ xanh” do Ủy ban MTTQ xã Phú Lộc phát động được hưởng ứng.", [("Ngõ xanh", "Ủy ban MTTQ xã Phú Lộc")]),
        ExampleRow("thực hiện", "Mô hình “Đèn đường xanh” do Đoàn Thanh niên xã Yên Phú thực hiện rất hiệu quả.",
                   [("Đèn đường xanh", "Đoàn Thanh niên xã Yên Phú")]),
        ExampleRow("chủ trì", "Mô hình “Xóm không ma túy” do Chi bộ thôn Nà Hẩu chủ trì được nhân rộng.", [("Xóm không ma túy", "Chi bộ thôn Nà Hẩu")]),
        ExampleRow("triển khai", "Chương trình “Áo ấm mùa đông” do Hội Chữ thập đỏ huyện triển khai.", [("Áo ấm mùa đông", "Hội Chữ thập đỏ huyện")]),
        ExampleRow("duy trì", "Mô hình “Hũ gạo tiết kiệm” do Chi hội Phụ nữ khu 3 duy trì nhiều năm.", [("Hũ gạo tiết kiệm", "Chi hội Phụ nữ khu 3")]),
        ExampleRow("xây dựng", "Mô hình “Tổ an ninh xanh” do Công an phường Tân Mai xây dựng.", [("Tổ an ninh xanh", "Công an phường Tân Mai")]),
        ExampleRow("khởi xướng", "Phong trào “Mỗi ngày một việc tốt” do Liên đội Trường Tiểu học Hòa Bình khởi xướng.",
                   [("Mỗi ngày một việc tốt", "Liên đội Trường Tiểu học Hòa Bình")]),
        ExampleRow("vận động", "Mô hình “Cưới văn minh, tang tiết kiệm” do Ủy ban MTTQ huyện vận động đã lan rộng.",
                   [("Cưới văn minh, tang tiết kiệm", "Ủy ban MTTQ huyện")]),
        ExampleRow("phụ trách", "Đội hình “Thắp sáng đường quê” do Chi đoàn Điện lực Sông Cầu phụ trách đã lắp 90 bóng đèn.",
                   [("Thắp sáng đường quê", "Chi đoàn Điện lực Sông Cầu")]),
        ExampleRow("quản lý", "Mô hình “Quỹ xoay vòng không lãi” do Hội Phụ nữ xã Tân Hòa quản lý có 210 triệu đồng.",
                   [("Quỹ xoay vòng không lãi", "Hội Phụ nữ xã Tân Hòa")]),
        ExampleRow("chỉ đạo", "Mô hình “Cán bộ bám thôn” do Ban Thường vụ Huyện ủy chỉ đạo: mỗi tuần cán bộ xuống thôn.",
                   [("Cán bộ bám thôn", "Ban Thường vụ Huyện ủy")]),
        ExampleRow("điều hành", "Nhóm “Zalo an ninh tổ” do Công an phường Đông Hải điều hành có 300 thành viên.",
                   [("Zalo an ninh tổ", "Công an phường Đông Hải")]),
        ExampleRow("thí điểm", "Mô hình “Hồ sơ không giấy” do Chi bộ Vụ Pháp chế thí điểm được nhân rộng.",
                   [("Hồ sơ không giấy", "Chi bộ Vụ Pháp chế")]),
        ExampleRow("làm tổ trưởng", "Mô hình “Tổ tự quản đường biên” do ông K'Sơn, Chi hội trưởng thôn Đạ Sar làm tổ trưởng có 12 hộ.",
                   [("Tổ tự quản đường biên", "K'Sơn")]),
        ExampleRow("làm chủ nhiệm", "Câu lạc bộ “Đọc sách cùng con” do chị Lý Thị Hạnh, cán bộ Phòng Tổng hợp làm chủ nhiệm, có 40 thành viên.",
                   [("Đọc sách cùng con", "Lý Thị Hạnh")]),
        ExampleRow("làm đội trưởng", "Mô hình “Đội xung kích bản Nà” do anh Lường Văn Pọm làm đội trưởng có 15 đoàn viên.",
                   [("Đội xung kích bản Nà", "Lường Văn Pọm")]),
        ExampleRow("làm trưởng nhóm", "Mô hình “Sơ cứu cộng đồng” do chị Đặng Thu Hà làm trưởng nhóm đã tập huấn 300 người.",
                   [("Sơ cứu cộng đồng", "Đặng Thu Hà")]),
        ExampleRow("làm trưởng ban", "Mô hình “Cầu nối yêu thương” do ông Đặng Văn Hậu làm trưởng ban xây 3 cây cầu.",
                   [("Cầu nối yêu thương", "Đặng Văn Hậu")]),
    ]

    /// Words that join a partner to the unit of "do <unit> …": the owner ends before them.
    static let doPartners: [ExampleRow] = [
        ExampleRow("phối hợp", "Hội thi “Tìm hiểu pháp luật” do Phòng Tư pháp huyện phối hợp với Huyện đoàn tổ chức.",
                   [("Tìm hiểu pháp luật", "Phòng Tư pháp huyện")]),
        ExampleRow("cùng", "Chương trình “Bữa sáng cho em” do Hội Phụ nữ xã Hòa An cùng nhà trường thực hiện.",
                   [("Bữa sáng cho em", "Hội Phụ nữ xã Hòa An")]),
    ]

    /// Capitalised words after a person's lead that are an honour, not a name: "của bà Mẹ Việt
    /// Nam Anh hùng …".
    static let personNameBlockers: [String] = ["mẹ", "anh hùng", "liệt sĩ", "nghệ nhân", "nhà giáo"]

    /// Words that introduce a person as a model's owner after "của" or "do … <verb>": the name
    /// that follows (two to five capitalised words) runs the model.
    static let personOwnerLeads: [ExampleRow] = [
        ExampleRow("đảng viên", "Sáng kiến “Sổ nhắc hạn điện tử” của đảng viên Trần Minh Khôi, chuyên viên, giúp giảm 20% hồ sơ trễ.",
                   [("Sổ nhắc hạn điện tử", "Trần Minh Khôi")]),
        ExampleRow("kỹ sư", "Sáng kiến “Tận dụng nhiệt thải lò hơi” của kỹ sư Phạm Quốc Bảo (Phân xưởng Lò) làm lợi 1 tỷ đồng.",
                   [("Tận dụng nhiệt thải lò hơi", "Phạm Quốc Bảo")]),
        ExampleRow("ông", "Mô hình “Tổ tự quản đường làng” do ông Lâm Văn Sáu, Trưởng ấp Hòa Lợi phụ trách, duy trì 5 năm nay.",
                   [("Tổ tự quản đường làng", "Lâm Văn Sáu")]),
        ExampleRow("bà", "Mô hình “Bếp ăn 0 đồng” do bà Võ Thị Lan quản lý nấu 200 suất mỗi tuần.", [("Bếp ăn 0 đồng", "Võ Thị Lan")]),
        ExampleRow("anh", "Mô hình “Vườn rau sạch nhà trường” của anh Nông Văn Tài được nhân rộng.", [("Vườn rau sạch nhà trường", "Nông Văn Tài")]),
        ExampleRow("chị", "Mô hình “Gian hàng 0 đồng” của chị Đinh Thị Mai thu hút nhiều người.", [("Gian hàng 0 đồng", "Đinh Thị Mai")]),
        ExampleRow("đồng chí", "Mô hình “Nhật ký chi bộ số” do đồng chí Hà Văn Quý, Bí thư Chi bộ thôn Nà Pàn chỉ đạo.",
                   [("Nhật ký chi bộ số", "Hà Văn Quý")]),
        ExampleRow("hòa thượng", "Mô hình “Lớp chữ Khmer cho em” do Hòa thượng Danh Sơn, Trụ trì chùa Kom Pong phụ trách dạy 90 em.",
                   [("Lớp chữ Khmer cho em", "Danh Sơn")]),
        ExampleRow("thầy", "Câu lạc bộ “Toán vui” của thầy Lưu Đức Thắng có 60 học sinh.", [("Toán vui", "Lưu Đức Thắng")]),
        // Ranks: "do Thiếu tá Trần Văn Hậu, Phó Chỉ huy trưởng … phụ trách".
        ExampleRow("thiếu tá", "Mô hình “Ngày thứ bảy cùng dân” do Thiếu tá Bùi Văn Tín, Phó Chỉ huy trưởng Ban CHQS huyện phụ trách đã làm 2 km đường.",
                   [("Ngày thứ bảy cùng dân", "Bùi Văn Tín")]),
        ExampleRow("đại úy", "Nhóm “Zalo an toàn ấp” do Đại úy Lê Văn Tâm phụ trách có 900 thành viên.", [("Zalo an toàn ấp", "Lê Văn Tâm")]),
        ExampleRow("trung tá", "Mô hình “Tủ sách biên cương” của Trung tá Hà Văn Sơn được nhân rộng.", [("Tủ sách biên cương", "Hà Văn Sơn")]),
        ExampleRow("thượng tá", "Mô hình “Camera vì bình yên” của Thượng tá Đỗ Minh Khoa được khen.", [("Camera vì bình yên", "Đỗ Minh Khoa")]),
        ExampleRow("cô", "Mô hình “Thư viện xanh” của cô Bế Thị Hoa được Phòng Giáo dục khen.", [("Thư viện xanh", "Bế Thị Hoa")]),
        // Posts and callings printed before the name, as portals credit a model's founder.
        ExampleRow("già làng", "Mô hình “Đường làng sạch” do già làng A Nhông làm tổ trưởng có 40 hộ.", [("Đường làng sạch", "A Nhông")]),
        ExampleRow("nghệ nhân", "Mô hình “Cồng chiêng bản Mòng” do nghệ nhân Lò Văn Chăm làm đội trưởng biểu diễn 20 buổi.",
                   [("Cồng chiêng bản Mòng", "Lò Văn Chăm")]),
        ExampleRow("bác sĩ", "Nhóm “Khám tại nhà” do bác sĩ Trịnh Thu Hương phụ trách thăm 60 cụ già.", [("Khám tại nhà", "Trịnh Thu Hương")]),
        ExampleRow("bác sĩ thú y", "Mô hình “Tiêm phòng lưu động” do bác sĩ thú y Đào Văn Khiêm làm tổ trưởng.",
                   [("Tiêm phòng lưu động", "Đào Văn Khiêm")]),
        ExampleRow("luật sư", "Mô hình “Hỏi luật miễn phí” do luật sư Phan Thị Hòa thực hiện mỗi tháng.", [("Hỏi luật miễn phí", "Phan Thị Hòa")]),
        ExampleRow("cựu chiến binh", "Mô hình “Hương trầm nghĩa tình” do cựu chiến binh Vũ Đình Lâm, Chi hội trưởng phụ trách.",
                   [("Hương trầm nghĩa tình", "Vũ Đình Lâm")]),
        ExampleRow("sinh viên", "Mô hình “Tủ đồ dùng chung” do sinh viên Ngô Thị Hà, Bí thư Chi đoàn phụ trách.",
                   [("Tủ đồ dùng chung", "Ngô Thị Hà")]),
        ExampleRow("doanh nhân", "Quỹ “Nâng bước em đến trường” của doanh nhân Hồ Thị Mai trao 50 suất học bổng.",
                   [("Nâng bước em đến trường", "Hồ Thị Mai")]),
        ExampleRow("chuyền trưởng", "Mô hình “Chuyền may 5S” của chuyền trưởng Vũ Thị Lan được nhân rộng.", [("Chuyền may 5S", "Vũ Thị Lan")]),
    ]

    /// Words after "do" that mean "because", not "run by".
    static let doCauses: [String] = ["đó", "vậy", "có", "không", "thiếu", "chưa", "nhiều", "điều kiện"]

    /// Most words of a quoted scare word opening in lower case ("mô hình “làm theo”"): no name.
    static let maxScareQuoteWords = 2

    /// Most words of a description between two listed names before a comma ("“A” gắn với
    /// xây dựng nông thôn mới, “B”") and before a semicolon.
    static let maxCommaDescriptionWords = 20
    static let maxSemicolonDescriptionWords = 40
}

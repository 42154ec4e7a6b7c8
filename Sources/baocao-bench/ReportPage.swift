import Foundation

/// Long district reports: the shape that weighs most on extraction. A report is a
/// mid-year or year-end summary of a district's work, dense in citations (plans,
/// resolutions, decisions with their numbers and dates) and figures (budget, households,
/// hectares, percentages), with officials named, models listed and the corpus' own
/// paragraphs that carry numbers making up most of the text. 10–30 KB of report text in
/// 60–130 KB of HTML a page, in the government portal's or the old table layout's chrome.
///
/// The sentences are built from the templates below with invented places, names and
/// numbers, so no page text is copied from any portal.
enum ReportVocabulary {
    static let districts = [
        "Tân Phước", "Hòa Bình Đông", "Sơn Lâm", "Phú Xuân Thượng", "Đông Triều Hạ", "Kim Sơn Tây",
        "Thạch Thành Nam", "Mỹ Lộc Bắc", "Yên Khánh Đông", "Cẩm Giàng Tây",
    ]
    static let communes = [
        "Tân Lập", "Hòa An", "Phú Thịnh", "Đồng Tâm", "Quảng Phú", "Minh Khai", "Nghĩa Hưng", "Vĩnh Phúc",
        "Thanh Xuân", "An Bình", "Hưng Đạo", "Cao Minh",
    ]
    static let officials = [
        "Nguyễn Văn Thạch", "Trần Thị Mai Hương", "Lê Quang Vinh", "Phạm Đức Toàn", "Hoàng Thị Thu Trang",
        "Đỗ Minh Khôi", "Vũ Văn Lực", "Bùi Thị Hồng Nhung", "Đặng Quốc Huy", "Ngô Thanh Bình",
    ]
    static let titles = [
        "Bí thư Huyện ủy", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện",
        "Trưởng Ban Tuyên giáo Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Trưởng phòng Tài chính - Kế hoạch",
    ]
    static let topics = [
        "phát triển kinh tế nông nghiệp theo hướng hàng hóa", "xây dựng nông thôn mới nâng cao",
        "đẩy mạnh chuyển đổi số trong cơ quan nhà nước", "cải cách hành chính và nâng cao chỉ số hài lòng",
        "giảm nghèo bền vững giai đoạn 2021 - 2025", "bảo vệ môi trường và thu gom rác thải sinh hoạt",
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "phòng, chống tham nhũng, tiêu cực",
        "phát triển du lịch cộng đồng gắn với bảo tồn văn hóa", "nâng cao chất lượng giáo dục phổ thông",
    ]
    static let models = [
        "Dân vận khéo", "Khu dân cư tự quản", "Tuyến đường hoa nông thôn mới", "Chi hội phụ nữ tiết kiệm",
        "Tổ hợp tác trồng rau an toàn", "Camera an ninh vì cộng đồng", "Mỗi xã một sản phẩm",
        "Ngày thứ bảy tình nguyện",
    ]
    /// Directive kinds with the issuer suffix written after the number.
    static let citations: [(kind: String, code: String, issuer: String)] = [
        ("Nghị quyết", "NQ/HU", "Ban Chấp hành Đảng bộ huyện"), ("Nghị quyết", "NQ/TU", "Tỉnh ủy"),
        ("Kế hoạch", "KH-UBND", "UBND huyện"), ("Quyết định", "QĐ-UBND", "UBND tỉnh"),
        ("Chỉ thị", "CT/TU", "Ban Thường vụ Tỉnh ủy"), ("Kết luận", "KL/HU", "Ban Thường vụ Huyện ủy"),
        ("Hướng dẫn", "HD-BTG", "Ban Tuyên giáo Tỉnh ủy"), ("Thông báo", "TB-VPUB", "Văn phòng UBND huyện"),
        ("Công văn", "CV-UBND", "UBND huyện"),
    ]
    static let sections = [
        "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI", "II. CÔNG TÁC XÂY DỰNG ĐẢNG, CHÍNH QUYỀN",
        "III. VĂN HÓA - XÃ HỘI, GIÁO DỤC, Y TẾ", "IV. QUỐC PHÒNG - AN NINH", "V. HẠN CHẾ, NGUYÊN NHÂN",
        "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM",
    ]
}

/// Builds one report's paragraphs from the templates and the corpus' numeric paragraphs.
struct ReportWriter {
    var random: SplitMix64
    let year: Int
    let district: String

    mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + random.below(range.count) }

    /// A decimal with a comma, as Vietnamese reports write it: "95,6".
    mutating func decimal(_ range: ClosedRange<Int>) -> String { "\(number(range)),\(random.below(10))" }

    /// Thousands grouped with dots: "12.345".
    func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out += "." }
            out.append(digit)
        }
        return out
    }

    mutating func date(inYear: Int? = nil) -> String {
        "\(1 + random.below(28))/\(1 + random.below(12))/\(inYear ?? (year - random.below(3)))"
    }

    mutating func citation() -> String {
        let cited = random.pick(ReportVocabulary.citations)
        let number = cited.code.contains("/") ? "\(number(1...99))-\(cited.code)" : "\(number(10...2999))/\(cited.code)"
        return "\(cited.kind) số \(number) ngày \(date()) của \(cited.issuer)"
    }

    mutating func sentence() -> String {
        let commune = random.pick(ReportVocabulary.communes)
        switch random.below(12) {
        case 0:
            return "Thực hiện \(citation()) về \(random.pick(ReportVocabulary.topics)), UBND huyện đã ban hành "
                + "\(citation()) để triển khai trên địa bàn \(number(12...28)) xã, thị trấn."
        case 1:
            return "Tổng thu ngân sách nhà nước trên địa bàn ước đạt \(decimal(80...950)) tỷ đồng, bằng "
                + "\(decimal(90...140))% dự toán tỉnh giao, tăng \(decimal(2...30))% so với cùng kỳ năm \(year - 1)."
        case 2:
            return "Toàn huyện còn \(grouped(number(300...4000))) hộ nghèo, chiếm \(decimal(1...9))%, giảm "
                + "\(number(50...600)) hộ so với năm \(year - 1); hộ cận nghèo \(grouped(number(500...6000))) hộ, chiếm \(decimal(2...12))%."
        case 3:
            return "Diện tích gieo trồng cây hằng năm đạt \(grouped(number(5000...25000))) ha, năng suất lúa bình quân "
                + "\(decimal(52...68)) tạ/ha, sản lượng lương thực đạt \(grouped(number(40000...160000))) tấn, bằng \(decimal(95...108))% kế hoạch."
        case 4:
            return "Căn cứ \(citation()), \(citation()) và \(citation()), huyện đã tổ chức "
                + "\(number(3...40)) hội nghị quán triệt cho \(grouped(number(800...12000))) lượt cán bộ, đảng viên."
        case 5:
            let who = random.pick(ReportVocabulary.officials)
            return "Đồng chí \(who), \(random.pick(ReportVocabulary.titles)) \(district) chủ trì hội nghị sơ kết; "
                + "đồng chí \(random.pick(ReportVocabulary.officials)), \(random.pick(ReportVocabulary.titles)) phát biểu chỉ đạo."
        case 6:
            let first = random.pick(ReportVocabulary.models)
            let second = random.pick(ReportVocabulary.models)
            return "Các cơ sở đã duy trì hiệu quả mô hình “\(first)” ở xã \(commune), “\(second)” ở thị trấn, "
                + "thu hút \(grouped(number(200...5000))) hội viên tham gia với tổng kinh phí \(decimal(1...900)) triệu đồng."
        case 7:
            return "Tỷ lệ người dân tham gia bảo hiểm y tế đạt \(decimal(88...99))%, tỷ lệ trường đạt chuẩn quốc gia "
                + "\(decimal(60...95))% (\(number(20...80))/\(number(81...95)) trường), \(number(5...27)) xã đạt chuẩn nông thôn mới, "
                + "\(number(1...9)) xã đạt chuẩn nông thôn mới nâng cao."
        case 8:
            return "Kết nạp \(number(40...400)) đảng viên mới, đạt \(decimal(90...130))% chỉ tiêu; xem xét, thi hành kỷ luật "
                + "\(number(2...30)) đảng viên; kiểm tra \(number(10...90)) tổ chức đảng theo \(citation())."
        case 9:
            return "Giải quyết \(grouped(number(2000...30000))) hồ sơ thủ tục hành chính, trong đó \(decimal(85...99))% đúng và trước hạn; "
                + "\(grouped(number(500...9000))) hồ sơ trực tuyến toàn trình, tăng \(number(2...5)) lần so với năm \(year - 1)."
        case 10:
            return "Từ ngày \(date(inYear: year)) đến ngày \(date(inYear: year)), lực lượng công an đã phát hiện, xử lý "
                + "\(number(10...300)) vụ vi phạm, thu nộp ngân sách \(decimal(100...999)) triệu đồng; giao quân đạt 100% chỉ tiêu "
                + "(\(number(120...400)) thanh niên)."
        default:
            return "Năm \(year + 1), huyện phấn đấu tốc độ tăng trưởng giá trị sản xuất đạt \(decimal(7...13))%, "
                + "thu nhập bình quân đầu người \(decimal(45...95)) triệu đồng/năm, tỷ lệ hộ nghèo giảm còn dưới \(decimal(1...5))% "
                + "theo \(citation())."
        }
    }

    /// A paragraph of two to five template sentences.
    mutating func paragraph() -> String {
        (0..<(2 + random.below(4))).map { _ in sentence() }.joined(separator: " ")
    }
}

extension PageBuilder {
    /// Paragraphs of the corpus that carry at least six digits: the reports' own material.
    static func numericParagraphs(_ texts: SourceTexts) -> [String] {
        texts.articles.flatMap(\.paragraphs).filter { $0.reduce(0) { $0 + ($1.isNumber ? 1 : 0) } >= 6 }
    }

    /// The body of a long district report: section headings, then numeric corpus paragraphs
    /// (70 %) and template paragraphs until `bytes` of text.
    mutating func reportBody(bytes: Int, numeric: [String]) -> [String] {
        var writer = ReportWriter(random: random, year: date.year, district: "huyện " + random.pick(ReportVocabulary.districts))
        var out: [String] = []
        var size = 0
        var section = 0
        while size < bytes {
            let newSection = writer.random.chance(8)
            if out.isEmpty || newSection, section < ReportVocabulary.sections.count {
                out.append(ReportVocabulary.sections[section])
                section += 1
            }
            let paragraph = writer.random.chance(70) && !numeric.isEmpty ? writer.random.pick(numeric) : writer.paragraph()
            out.append(paragraph)
            size += paragraph.utf8.count
        }
        random = writer.random
        return out
    }
}

extension PortalPage {
    /// Report `index` of the corpus for `seed`: one district's long report, in the government
    /// portal's chrome (70 %) or the old table layout (30 %, windows-1258).
    static func report(index: Int, seed: UInt64, texts: SourceTexts, numeric: [String]) -> PortalPage {
        var random = SplitMix64(seed: seed &* 0x5851_F42D_4C95_7F2D &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let template: PortalTemplate = random.chance(70) ? .governmentPortal : .legacyTables
        var builder = PageBuilder(index: index, template: template, texts: texts, random: random)
        let district = random.pick(ReportVocabulary.districts)
        let bodyBytes = 10_000 + builder.random.below(20_000)
        let body = builder.reportBody(bytes: bodyBytes, numeric: numeric)
        let chromeBytes = 50_000 + builder.random.below(50_000)
        builder.targetBytes = body.reduce(0) { $0 + $1.utf8.count } + chromeBytes
        builder.article = SourceArticle(
            title: "Báo cáo kết quả thực hiện nhiệm vụ chính trị năm \(builder.date.year) của huyện \(district)",
            paragraphs: ["Báo cáo tổng hợp tình hình kinh tế - xã hội, quốc phòng - an ninh và công tác xây dựng Đảng "
                         + "năm \(builder.date.year) trên địa bàn huyện \(district)."] + body)
        return PortalPage(template: template, html: builder.render())
    }
}

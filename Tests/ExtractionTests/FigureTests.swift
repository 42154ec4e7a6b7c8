@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// One expected figure: value, kind, approximation, range maximum and subject.
struct ExpectedFigure: CustomStringConvertible, Sendable {
    var value: Double
    var kind: FigureKind
    var approx: Approximation? = nil
    var max: Double? = nil
    var subject: String?

    var description: String {
        "\(value) \(kind.rawValue) \(approx?.rawValue ?? "exact") max \(max.map { "\($0)" } ?? "-") «\(subject ?? "nil")»"
    }

    func matches(_ figure: Figure) -> Bool {
        abs(figure.value - value) < 1e-6 && figure.kind == kind && figure.approx == approx
            && figure.max == max && figure.subject == subject.map(Normalization.field)
    }
}

private func count(_ value: Double, _ subject: String?, _ approx: Approximation? = nil, max: Double? = nil) -> ExpectedFigure {
    ExpectedFigure(value: value, kind: .count, approx: approx, max: max, subject: subject)
}

private func percent(_ value: Double, _ subject: String?, _ approx: Approximation? = nil, max: Double? = nil) -> ExpectedFigure {
    ExpectedFigure(value: value, kind: .percent, approx: approx, max: max, subject: subject)
}

private func money(_ value: Double, _ subject: String?, _ approx: Approximation? = nil, max: Double? = nil) -> ExpectedFigure {
    ExpectedFigure(value: value, kind: .money, approx: approx, max: max, subject: subject)
}

private func duration(_ value: Double, _ unit: String, _ approx: Approximation? = nil) -> ExpectedFigure {
    ExpectedFigure(value: value, kind: .duration, approx: approx, subject: unit)
}

private func check(_ sentence: String, _ expected: [ExpectedFigure]) {
    let figures = FigureExtractor().extract(from: AnalyzedText(sentence))
    let ok = figures.count == expected.count && zip(expected, figures).allSatisfy { $0.matches($1) }
    #expect(ok, "\(sentence)\n  expected \(expected)\n  got \(figures.map { ExpectedFigure(value: $0.value, kind: $0.kind, approx: $0.approx, max: $0.max, subject: $0.subject) })")
}

@Suite struct FigureCountTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Toàn huyện có 74 mô hình học và làm theo Bác.", [count(74, "mô hình")]),
        ("Chi bộ có 34 đảng viên, chia thành 4 tổ đảng.", [count(34, "đảng viên"), count(4, "tổ đảng")]),
        ("Tổ chức tọa đàm thu hút hơn 10.000 lượt cán bộ, đảng viên và nhân dân tham dự.",
         [count(10000, "lượt cán bộ, đảng viên và nhân dân", .over)]),
        ("Khen thưởng trên 100 tập thể, cá nhân có thành tích xuất sắc.", [count(100, "tập thể, cá nhân", .over)]),
        ("Kết quả đã có 132 mô hình tiêu biểu được 69 cơ sở đảng đăng ký thực hiện.",
         [count(132, "mô hình"), count(69, "cơ sở đảng")]),
        ("Trong số 23 chỉ tiêu đề ra, đã có 13 chỉ tiêu đạt và vượt kế hoạch, 9 chỉ tiêu đạt theo tiến độ.",
         [count(23, "chỉ tiêu"), count(13, "chỉ tiêu"), count(9, "chỉ tiêu")]),
        ("Huyện đã tổ chức 45 hội nghị quán triệt cho 3.250 đảng viên.",
         [count(45, "hội nghị"), count(3250, "đảng viên")]),
        ("Đã phát hành 12.500 bản tài liệu đến các chi bộ.", [count(12500, "bản tài liệu")]),
        // Units glued to their number, as typed.
        ("Anh Tùng hiến 450m2 đất vườn cho thôn.", [count(450, "m2 đất vườn")]),
        ("Đoàn viên làm 2,5km đường bê tông và trồng 12ha keo.", [count(2.5, "km đường bê tông"), count(12, "ha keo")]),
        ("Xã có 3 xe 16 chỗ, mạng 5G phủ 9 thôn.", [count(3, "xe"), count(9, "thôn")]),
        ("Đài đã đăng tải 356 tin, bài về việc học tập và làm theo Bác.", [count(356, "tin, bài")]),
        ("Có khoảng 200 hộ gia đình đăng ký xây dựng gia đình văn hóa.", [count(200, "hộ gia đình", .about)]),
        ("Gần 2 triệu lượt người truy cập trang thông tin.", [count(2_000_000, "lượt người", .about)]),
        ("Hội thi thu hút xấp xỉ 500 thí sinh dự thi.", [count(500, "thí sinh", .about)]),
        ("Năm 2023, toàn tỉnh có dưới 50 hộ nghèo.", [count(50, "hộ nghèo", .under)]),
        ("Liên tục 5 nhiệm kỳ đại hội (từ đại hội IX đến đại hội XIII), Ban Chấp hành xác định.",
         [count(5, "nhiệm kỳ đại hội")]),
        ("Mỗi năm tổ chức từ 01 đến 02 nhiệm vụ trọng tâm.", [count(1, "nhiệm vụ", max: 2)]),
        ("Ban Thường vụ đã thống nhất 7 nhiệm vụ trọng tâm triển khai thực hiện trong năm 2025.",
         [count(7, "nhiệm vụ")]),
        ("Đã trao 1.200 suất quà cho học sinh nghèo.", [count(1200, "suất quà")]),
        ("Có 15 xã, phường đạt chuẩn.", [count(15, "xã, phường")]),
        ("Cấp ủy đã kết nạp 27 đảng viên mới.", [count(27, "đảng viên")]),
        ("Đã có 1.234 cán bộ, công chức tham gia.", [count(1234, "cán bộ, công chức")]),
        ("Trao học bổng cho 30 em học sinh vượt khó.", [count(30, "em học sinh")]),
        ("Hỗ trợ xây dựng 12 căn nhà tình nghĩa.", [count(12, "căn nhà tình nghĩa")]),
        ("Đảng bộ có 45 tổ chức cơ sở đảng với 1.900 đảng viên.",
         [count(45, "tổ chức cơ sở đảng"), count(1900, "đảng viên")]),
        ("Tỉnh có 10 huyện, thị xã, thành phố.", [count(10, "huyện, thị xã, thành phố")]),
        ("Hội nghị với sự tham gia của 300 đại biểu.", [count(300, "đại biểu")]),
        ("Mở 02 lớp bồi dưỡng lý luận chính trị cho 120 học viên.", [count(2, "lớp"), count(120, "học viên")]),
        ("Toàn tỉnh có 1.523 chi bộ, 45.678 đảng viên.", [count(1523, "chi bộ"), count(45678, "đảng viên")]),
        ("Có 2 tập thể và 5 cá nhân được khen thưởng.", [count(2, "tập thể"), count(5, "cá nhân")]),
        ("Đã giải quyết việc làm cho 1.500 lao động nông thôn.", [count(1500, "lao động nông thôn")]),
        ("Đảng bộ hiện có 52 tổ chức cơ sở đảng (25 đảng bộ cơ sở, 27 chi bộ cơ sở) với 2.345 đảng viên.",
         [count(52, "tổ chức cơ sở đảng"), count(25, "đảng bộ cơ sở"), count(27, "chi bộ cơ sở"), count(2345, "đảng viên")]),
        ("Năm 2024, toàn huyện có 1.250 hộ thoát nghèo.", [count(1250, "hộ")]),
        ("Huy động trên 5,6 tỷ đồng xây dựng 48 nhà đại đoàn kết.",
         [money(5_600_000_000, nil, .over), count(48, "nhà đại đoàn kết")]),
        ("Tặng 200 suất quà, mỗi suất trị giá 500.000 đồng.", [count(200, "suất quà"), money(500_000, "suất")]),
        ("Tổ chức hơn 300 buổi sinh hoạt chuyên đề.", [count(300, "buổi sinh hoạt chuyên đề", .over)]),
    ]

    @Test(arguments: rows) func counts(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }
}

@Suite struct FigurePercentTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Chuyên đề đã được quán triệt đến 99,7% đảng viên của thành phố.", [percent(99.7, "đảng viên")]),
        ("Trong 05 năm qua đã có 100% chi, đảng bộ trực thuộc Thành ủy tổ chức tọa đàm.",
         [duration(5, "năm"), percent(100, "chi, đảng bộ")]),
        ("Theo thống kê, tỷ lệ đám cưới thực hiện tốt nếp sống văn minh trên địa bàn huyện đã đạt gần 98%.",
         [percent(98, "đám cưới", .about)]),
        ("Cơ sở may có 100% lao động là người khuyết tật.", [percent(100, "lao động")]),
        ("Tỷ lệ hộ gia đình đạt chuẩn văn hóa đạt 92,5%.", [percent(92.5, "hộ gia đình")]),
        ("Tăng trưởng kinh tế đạt trên 8%.", [percent(8, nil, .over)]),
        ("Có từ 10 - 15% đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ.",
         [percent(10, "đảng viên", max: 15)]),
        ("Hầu hết 100% cán bộ, đảng viên, công chức đã đăng ký.", [percent(100, "cán bộ, đảng viên, công chức", .about)]),
        ("Hơn 95 phần trăm hội viên tham gia sinh hoạt.", [percent(95, "hội viên", .over)]),
        ("Tăng 12% so với cùng kỳ.", [percent(12, nil)]),
        ("Kết nạp mới 125 đảng viên, đạt 104% chỉ tiêu.", [count(125, "đảng viên"), percent(104, "chỉ tiêu")]),
        ("Có 98,5% tổ chức cơ sở đảng và 97% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
         [percent(98.5, "tổ chức cơ sở đảng"), percent(97, "đảng viên")]),
        ("Trên 90% gia đình đạt danh hiệu gia đình văn hóa.", [percent(90, "gia đình", .over)]),
        ("Dịp Tết, lượng khách tăng khoảng từ 30% đến 40% so với ngày thường.", [percent(30, "lượng khách", .about, max: 40)]),
        ("100% xã, phường, thị trấn có tổ chức đảng.", [percent(100, "xã, phường, thị trấn")]),
        ("Khoảng 70 - 80% người dân hài lòng.", [percent(70, "người dân", .about, max: 80)]),
        ("Tỉ lệ người dân tham gia bảo hiểm y tế đạt 95,12%, vượt 2% so với kế hoạch.",
         [percent(95.12, "người dân"), percent(2, nil, .over)]),
    ]

    @Test(arguments: rows) func percents(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }
}

@Suite struct FigureMoneyTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Xây dựng nhà văn hóa thôn với tổng kinh phí trên 20 triệu đồng.", [money(20_000_000, "kinh phí", .over)]),
        ("Hỗ trợ 7 học sinh mỗi tháng từ 250 – 500 nghìn đồng/em/tháng.",
         [count(7, "học sinh"), money(250_000, nil, max: 500_000)]),
        ("Tổng giá trị hoạt động hỗ trợ ăn nghỉ, đào tạo cho các học viên đạt trên 3 tỷ đồng.",
         [money(3_000_000_000, "giá trị", .over)]),
        ("Vận động được số tiền 1,5 tỷ đồng để xây nhà.", [money(1_500_000_000, "số tiền")]),
        ("Quỹ khuyến học đã chi 150.000.000 đồng.", [money(150_000_000, "Quỹ")]),
        ("Mỗi suất quà trị giá 500.000đ.", [money(500_000, "suất quà")]),
        ("Giải Đặc biệt trị giá 12 triệu đồng.", [money(12_000_000, "Giải Đặc biệt")]),
        ("Bàn giao 38 mái ấm tình thương trị giá trên 1,9 tỷ đồng.",
         [count(38, "mái ấm tình thương"), money(1_900_000_000, "mái ấm tình thương", .over)]),
        ("Công trình có tổng trị giá 450 triệu đồng.", [money(450_000_000, "trị giá")]),
        ("Tổng giá trị giải thưởng gần 90 triệu đồng.", [money(90_000_000, "giá trị", .about)]),
        ("Trang trại có doanh thu mỗi năm trên 2 tỷ đồng.", [money(2_000_000_000, "doanh thu", .over)]),
        ("Ba giải Nhì, mỗi giải 3 triệu đồng.", [count(3, "giải Nhì"), money(3_000_000, "giải")]),
        // A prize's rank before an amount of money is no name-number ("Tổ 3"); the prize is
        // what the amount is worth.
        ("Giải Nhất 5 triệu đồng; giải Nhì 3 triệu đồng.", [money(5_000_000, "Giải Nhất"), money(3_000_000, "giải Nhì")]),
        ("Giải Nhất được thưởng 4.000.000 đồng, giải C 1.500.000 đồng/giải.",
         [money(4_000_000, "Giải Nhất"), money(1_500_000, "giải C")]),
        ("Giải Ba trị giá 800 nghìn đồng.", [money(800_000, "Giải Ba")]),
        // Not a prize's rank: a capitalised name before the amount.
        ("Tổ 3 đóng góp 2 triệu đồng.", [money(2_000_000, nil)]),
        // "đồng tiền" after a number is the currency and what it pays.
        ("Mỗi điển hình kèm 1.000.000 đồng tiền thưởng.", [money(1_000_000, "tiền thưởng")]),
        ("Nguồn vốn giải ngân khoảng 12 tỷ đồng.", [money(12_000_000_000, "Nguồn vốn", .about)]),
        ("Hỗ trợ 50 triệu đồng cho gia đình.", [money(50_000_000, nil)]),
        ("Tổng kinh phí 1 tỷ 200 triệu đồng.", [money(1_200_000_000, "kinh phí")]),
        ("Doanh thu đạt 2,5 tỷ VNĐ mỗi năm.", [money(2_500_000_000, "Doanh thu")]),
        ("Thu nhập bình quân đầu người đạt 65 triệu đồng/năm.", [money(65_000_000, "Thu nhập")]),
    ]

    @Test(arguments: rows) func amounts(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }
}

@Suite struct FigureDurationTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Trong 3 năm gần đây (2020 – 2022), chi bộ đều được tặng giấy khen.", [duration(3, "năm")]),
        ("Sau 30 năm đổi mới, đất nước đạt nhiều thành tựu.", [duration(30, "năm")]),
        ("Vùng đất có 520 năm lịch sử hình thành và phát triển.", [duration(520, "năm")]),
        ("Trong 05 năm qua, phong trào phát triển mạnh.", [duration(5, "năm")]),
        ("Hơn 10 năm qua, ông gắn bó với công tác dân vận.", [duration(10, "năm", .over)]),
        ("Chương trình kéo dài 6 tháng.", [duration(6, "tháng")]),
        ("Sau 3 tháng triển khai, mô hình đạt kết quả.", [duration(3, "tháng")]),
        ("Suốt 20 năm công tác, ông luôn gương mẫu.", [duration(20, "năm")]),
        ("Trong hai năm qua, chi bộ luôn hoàn thành tốt nhiệm vụ.", [duration(2, "năm")]),
        // A reporting period is a span of months; an age is a duration in years, its unit before or after it.
        ("Báo cáo sơ kết 6 tháng đầu năm 2024 của Huyện ủy.", [duration(6, "tháng")]),
        ("Trong 4 tháng cuối năm, Đảng bộ kết nạp mới.", [duration(4, "tháng")]),
        ("Ông Tâm, 71 tuổi, là đảng viên 45 năm tuổi Đảng.", [duration(71, "tuổi"), duration(45, "năm")]),
        ("Đội ngũ báo cáo viên có tuổi đời bình quân 41.", [duration(41, "tuổi")]),
        ("Ở tuổi 67, bà vẫn dẫn đầu tổ tự quản.", [duration(67, "tuổi")]),
        ("Chi hội có 212 hội viên, tuổi bình quân trên 70.", [count(212, "hội viên"), duration(70, "tuổi", .over)]),
        ("Đội ngũ có tuổi đời trung bình 36.", [duration(36, "tuổi")]),
        ("Giảng viên trẻ, tuổi trung bình 33, chiếm 40%.", [duration(33, "tuổi"), percent(40, nil)]),
    ]

    @Test(arguments: rows) func durations(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }

    /// An age group's bounds are no one's age (FigureWords.doAge before FigureVocabulary.ageLeads).
    @Test func ageGroupIsNoDuration() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Thanh niên trong độ tuổi từ 16 đến 30 tham gia đông đủ."))
        #expect(!figures.contains { $0.kind == .duration })
    }
}

@Suite struct FigureWordNumberTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Hội nghị tập trung vào ba nội dung chính.", [count(3, "nội dung")]),
        ("Có hai mươi mô hình được công nhận.", [count(20, "mô hình")]),
        ("Đề ra năm nhiệm vụ trọng tâm cho năm tới.", [count(5, "nhiệm vụ")]),
        ("Ban hành mười hai tiêu chí đánh giá.", [count(12, "tiêu chí")]),
        ("Ba nhóm giải pháp được triển khai đồng bộ.", [count(3, "nhóm giải pháp")]),
        ("Có hai mươi lăm chi bộ đạt trong sạch vững mạnh.", [count(25, "chi bộ")]),
        ("Xây dựng một trăm căn nhà cho hộ nghèo.", [count(100, "căn nhà")]),
    ]

    @Test(arguments: rows) func words(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }
}

/// Numbers that are not figures.
@Suite struct FigureCounterExampleTests {
    static let sentences: [String] = [
        "Năm 2019, Đảng bộ thành phố vinh dự được nhận Bằng khen.",
        "Giai đoạn 2017 - 2022, phong trào phát triển.",
        "Nhất là từ sau Đại hội VII (1991).",
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
        "Tiếp tục thực hiện Chỉ thị 05, Kết luận 01 của Bộ Chính trị.",
        "Ban hành Kế hoạch số 33 ngày 14/9/2021.",
        "Kế hoạch 46 ngày 13-8-2021 của Ban Thường vụ Thành ủy.",
        "Kết 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "Đại hội Đảng bộ huyện lần thứ XXIV nhiệm kỳ 2020 – 2025.",
        "Đội ngũ cán bộ dành ngày thứ 7 hỗ trợ các xã.",
        "Tập trung đột phá vào “2 mẫu mực, 1 điểm sáng” của đơn vị.",
        "Phong trào \"3 không, 5 có\" được nhân dân hưởng ứng.",
        "Tổ chức kỷ niệm 50 năm thành lập trường.",
        "Nhân dịp kỷ niệm 132 năm ngày sinh Chủ tịch Hồ Chí Minh.",
        "Nhân dân thôn 1 và khu phố 3 tích cực tham gia.",
        "Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
        "Hai là, nâng cao chất lượng sinh hoạt chi bộ.",
        "Đây là một trong những hình thức sinh hoạt chính trị.",
        "Mỗi công đoàn cơ sở là một điểm đến.",
        "Học tập chuyên đề năm 2024 của Thành ủy.",
        "Hội nghị bắt đầu lúc 8 giờ 30 phút.",
        "Khai mạc lúc 14h30 tại hội trường.",
        "Mọi chi tiết liên hệ số điện thoại 0913.456.789.",
        "Theo Điều 5 của Luật Cán bộ, công chức.",
        "Trong những năm qua, thành phố phát động nhiều phong trào.",
        "Ngày 3/2/2024, Ban Thường vụ tổ chức hội nghị.",
        "Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh.",
        "Huy hiệu 50 năm tuổi Đảng được trao cho đồng chí.",
        "Trao tặng Huy hiệu 30 năm tuổi Đảng.",
        "Tháng 5/2023, Huyện ủy sơ kết chuyên đề.",
        "Phường 3 và quận 10 triển khai kế hoạch.",
        "Theo báo cáo của Bộ Chính trị (1), kết quả khả quan.",
        "Tăng gấp 3 lần so với cùng kỳ.",
        "Hiện nay, tổ 5 có nhiều hộ khá giả.",
        "Chùa Hai Bà Trưng được trùng tu.",
        "Địa chỉ: 127 Võ Văn Tần, Phường 6, Quận 3.",
        "Điện thoại: 04 73008899 để được hỗ trợ.",
        "Được ít nhất hai phần ba tổng số đại biểu biểu quyết tán thành.",
        "Máy chạy Windows 8 hỗ trợ cảm ứng.",
        "Sản phẩm mã 052D đã ra mắt.",
        "Vòng 19 giải bóng đá đã kết thúc.",
        "Ba mẹ em luôn động viên em học tập.",
        "Sư đoàn 330 tổ chức hội thao.",
        "Bệnh viện 175 khám bệnh miễn phí.",
        "Đồn Biên phòng 505 phối hợp với xã.",
        "Bị nhiễm COVID-19 trong đợt dịch.",
        "Kỷ niệm 75 năm Cách mạng Tháng Tám thành công.",
        "Vào lúc 7 giờ sáng, đoàn đến thăm.",
        "Căn cứ Luật số 12/2017/QH14 của Quốc hội.",
        "Nội dung chương 3 của tài liệu.",
        "Sáng 19/5, tại hội trường Huyện ủy.",
        "Các đồng chí đã học tập về thứ hai và thứ ba.",
        "1. Kết quả đạt được",
        "Nhân dân ấp 4, xã Tân Phú tham gia.",
        "Cuộc thi \"Tìm hiểu 90 năm lịch sử Đảng\" thu hút nhiều người.",
        "Sáng 5/8 các đại biểu dâng hương tại khu di tích.",
        "Ngày 12/9 các chi bộ đồng loạt sinh hoạt chuyên đề.",
        "Chiều 24/7 tại hội trường Huyện ủy.",
        "Kết quả học tập của hơn một số đơn vị chưa cao.",
        "Gần một nửa số hộ đã thoát nghèo.",
    ]

    @Test(arguments: sentences) func notFigures(_ sentence: String) { check(sentence, []) }
}

@Suite struct FigureVocabularyTests {
    @Test(arguments: [
        ("hơn 5 đảng viên", Approximation.over), ("trên 5 đảng viên", .over), ("vượt 5%", .over),
        ("dưới 5 đảng viên", .under), ("gần 5 đảng viên", .about), ("khoảng 5 đảng viên", .about),
        ("xấp xỉ 5 đảng viên", .about), ("trên dưới 5 đảng viên", .about), ("gần như 100% đảng viên", .about),
    ])
    func approximationWords(_ row: (String, Approximation)) {
        let figures = FigureExtractor().extract(from: AnalyzedText(row.0))
        #expect(figures.count == 1 && figures.first?.approx == row.1, "\(row.0)")
    }

    @Test(arguments: [
        ("3 tỷ đồng", 3e9), ("3 tỉ đồng", 3e9), ("20 triệu đồng", 2e7), ("500 nghìn đồng", 5e5),
        ("500 ngàn đồng", 5e5), ("16.700 đồng", 16700), ("1,2 tỷ đồng", 1.2e9), ("2.500.000 đồng", 2.5e6),
    ])
    func scaledMoney(_ row: (String, Double)) {
        let figures = FigureExtractor().extract(from: AnalyzedText("Kinh phí " + row.0 + "."))
        #expect(figures.count == 1 && figures.first.map { abs($0.value - row.1) < 1e-3 && $0.kind == .money } == true,
                "\(row.0)")
    }

    @Test func mentionSpansApproximationAndSubject() {
        let text = AnalyzedText("Đã thu hút hơn 16.700 lượt người dân.")
        let figure = FigureExtractor().extract(from: text).first
        #expect(figure.flatMap { $0.mentions.first }.map { text.slice($0.range) } == "hơn 16.700 lượt người dân")
    }

    @Test func sameValueTwiceIsTwoItems() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Có 100% chi bộ và 100% đảng viên tham gia."))
        #expect(figures.count == 2)
    }
}

/// Subjects made of coordinated bare nouns, compounds and subjects found before the number.
@Suite struct FigureSubjectCoordinationTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Huyện đã nhân rộng 240 mô hình, điển hình trong các lĩnh vực.", [count(240, "mô hình, điển hình")]),
        ("Các chi bộ đăng ký 57 mô hình, cách làm hiệu quả.", [count(57, "mô hình, cách làm")]),
        ("Các chi bộ đăng ký 57 mô hình, trồng mới khoảng 300 cây.", [count(57, "mô hình"), count(300, "cây", .about)]),
        ("Đoàn giám sát đã tiếp thu 45 ý kiến, kiến nghị.", [count(45, "ý kiến, kiến nghị")]),
        ("Có 215 tập thể, cá nhân được tặng Bằng khen.", [count(215, "tập thể, cá nhân")]),
        ("Đã bê tông hóa 18 km đường làng, ngõ xóm; xây 6 cầu dân sinh.",
         [count(18, "km đường làng, ngõ xóm"), count(6, "cầu dân sinh")]),
        ("Phát hiện 33 gương, điển hình tiên tiến học tập và làm theo Bác.", [count(33, "gương, điển hình")]),
        ("Toàn xã có 64 sáng kiến, giải pháp hay được áp dụng.", [count(64, "sáng kiến, giải pháp")]),
        // A verb or a number after the comma is a new clause, not another noun.
        ("Tổ chức 12 buổi tọa đàm, thu hút 900 lượt người tham dự.",
         [count(12, "buổi tọa đàm"), count(900, "lượt người")]),
        ("Huy động 70 hộ dân, góp phần làm sạch môi trường.", [count(70, "hộ dân")]),
        ("Số hóa 9.000 hồ sơ, tiết kiệm cho đơn vị nhiều chi phí.", [count(9000, "hồ sơ")]),
        ("Đã vận động 25 doanh nghiệp, tiêu biểu là các hợp tác xã.", [count(25, "doanh nghiệp")]),
        ("Sửa chữa 14 căn nhà, dọn dẹp khu dân cư.", [count(14, "căn nhà")]),
        ("Xây mới 40 nhà ở cho hộ khó khăn.", [count(40, "nhà ở")]),
        ("Nghiệm thu 57 đề tài khoa học, 12 sáng kiến.", [count(57, "đề tài khoa học"), count(12, "sáng kiến")]),
        ("Sửa sang 9 trường học.", [count(9, "trường học")]),
        // A noun whose last syllable reads as a verb, an adjective or a preposition alone.
        ("Vận động 27 học sinh bỏ học trở lại lớp.", [count(27, "học sinh bỏ học")]),
        ("Giải quyết 1.340 thủ tục hành chính cho người dân.", [count(1340, "thủ tục hành chính")]),
        ("Trao quà cho 6 trường tiểu học vùng sâu.", [count(6, "trường tiểu học vùng sâu")]),
        ("Thành lập 38 chi hội, ban khuyến học.", [count(38, "chi hội, ban khuyến học")]),
        // An approximation opens the next figure; a date after the noun is when, not what.
        ("Dự đại hội có 312 đại biểu đại diện gần 18 nghìn hội viên.",
         [count(312, "đại biểu đại diện"), count(18_000, "hội viên", .about)]),
        ("Khu di tích đón khoảng 2 triệu lượt khách năm 2024.", [count(2_000_000, "lượt khách", .about)]),
        ("Đến cuối năm 2023, tỷ lệ hộ nghèo còn 4,2%.", [percent(4.2, "hộ nghèo")]),
        // A table's cells one per line: the row's label names what its numbers count; a header
        // cell with a year is no label, nor is a counter's.
        ("Chỉ tiêu\n\nNăm 2023\n\nNăm 2024\n\nĐảng viên được kết nạp\n\n41\n\n57\n\nChi bộ đạt trong sạch, vững mạnh\n\n23",
         [count(41, "Đảng viên"), count(57, "Đảng viên"), count(23, "Chi bộ")]),
        ("Lượt xem\n\n384", []),
        ("Kết quả như sau:\n\n17", []),
        // A number in the name of a teaching is no count.
        ("Chiến sĩ học tập Sáu điều Bác Hồ dạy và 5 điều Bác Hồ dạy thiếu niên.", []),
        ("Tủ sách đón 3.100 lượt bạn đọc trong quý.", [count(3100, "lượt bạn đọc")]),
        ("Phát hành 5.000 tờ rơi, áp phích.", [count(5000, "tờ rơi, áp phích")]),
        ("Có 12 tác phẩm, công trình đạt giải.", [count(12, "tác phẩm, công trình")]),
        ("Kết nạp 120 đảng viên, đạt 105% kế hoạch.", [count(120, "đảng viên"), percent(105, "kế hoạch")]),
        ("Tổ chức 15 lớp, 2.300 học viên tham gia.", [count(15, "lớp"), count(2300, "học viên")]),
        ("Có 40 hộ, chiếm 12% tổng số hộ.", [count(40, "hộ"), percent(12, "tổng số hộ")]),
        ("Thu hút 500 người, chủ yếu là thanh niên.", [count(500, "người")]),
        ("Có 7 đồng chí, nhiều đồng chí được khen.", [count(7, "đồng chí")]),
        ("Đã xử lý 30 đơn thư, khiếu nại tồn đọng kéo dài.", [count(30, "đơn thư")]),
    ]

    @Test(arguments: rows) func coordinatedSubjects(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }

    static let percentRows: [(String, [ExpectedFigure])] = [
        ("Tỷ lệ trẻ suy dinh dưỡng giảm từ 12,4% năm 2019 xuống còn 8,1% năm 2023; phấn đấu đến năm 2026 còn dưới 6%.",
         [percent(12.4, "trẻ suy dinh dưỡng"), percent(8.1, "trẻ suy dinh dưỡng"), percent(6, "trẻ suy dinh dưỡng", .under)]),
        ("Thời gian giải quyết thủ tục giảm khoảng 40% so với năm trước.", [percent(40, "thời gian giải quyết thủ tục", .about)]),
        ("Năm nay, chi phí văn phòng phẩm giảm 15%.", [percent(15, "chi phí văn phòng phẩm")]),
        ("Doanh thu tăng 12%, lợi nhuận tăng 8%.", [percent(12, "doanh thu"), percent(8, "lợi nhuận")]),
        ("Tỷ lệ hộ nghèo giảm còn 2,5%, giảm 1,2% so với năm trước.", [percent(2.5, "hộ nghèo"), percent(1.2, nil)]),
        ("Tỷ lệ đảng viên tham gia sinh hoạt đạt 97%, vượt 3% so với chỉ tiêu.", [percent(97, "đảng viên"), percent(3, nil, .over)]),
        // A bare percentage in a new sentence does not inherit an earlier ratio.
        ("Tỷ lệ hộ nghèo còn 3%. Kế hoạch đề ra đạt 90%.", [percent(3, "hộ nghèo"), percent(90, nil)]),
    ]

    @Test(arguments: percentRows) func percentSubjectsBeforeTheNumber(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }

    static let unitRows: [(String, [ExpectedFigure])] = [
        ("Nhân dân đóng góp gần 3.200 ngày công làm đường.", [count(3200, "ngày công", .about)]),
        ("Đoàn viên góp hơn 600 ngày công, hiến đất làm đường.", [count(600, "ngày công", .over)]),
        ("Công nhân được thưởng 2 tháng lương.", [count(2, "tháng lương")]),
        // A duration unit alone stays a duration.
        ("Công trình hoàn thành sau 45 ngày thi công.", [duration(45, "ngày")]),
        ("Cán bộ được cử đi 30 ngày công tác tại cơ sở.", [duration(30, "ngày")]),
        ("Sơ kết 5 năm thực hiện Chỉ thị của Ban Thường vụ.", [duration(5, "năm")]),
        ("Tổng kết 10 năm thực hiện phong trào thi đua.", [duration(10, "năm")]),
        ("Nhà xuất bản đã xuất bản 8 đầu sách về gương người tốt.", [count(8, "đầu sách")]),
        ("Hơn ba mươi năm qua, phong trào được duy trì.", [duration(30, "năm", .over)]),
        ("Khoản hỗ trợ tiết kiệm cho đơn vị 120 triệu đồng chi phí thuê ngoài.", [money(120_000_000, "chi phí")]),
        ("Từ quỹ khuyến học, mỗi em được tặng 800 nghìn đồng.", [money(800_000, "em")]),
        ("Từ nguồn vốn vay, từng hộ được giải ngân 30 triệu đồng.", [money(30_000_000, "hộ")]),
        ("Với kinh phí 90 triệu đồng mỗi căn, xã xây 4 căn nhà.", [money(90_000_000, "kinh phí"), count(4, "căn nhà")]),
    ]

    @Test(arguments: unitRows) func countUnitsAndLeads(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }
}

/// Each distinct fact once: the same count of the same thing stated again is one item.
@Suite struct FigureMergeTests {
    @Test func sameFactTwiceIsOneItemWithTwoMentions() {
        let text = AnalyzedText("Hội nghị biểu dương 25 tập thể và 40 cá nhân. Cuối buổi, Ban Thường vụ trao Giấy khen cho 25 tập thể và 40 cá nhân.")
        let figures = FigureExtractor().extract(from: text)
        #expect(figures.map(\.value) == [25, 40])
        #expect(figures.map(\.mentions.count) == [2, 2])
    }

    @Test func sameValueForDifferentThingsStaysTwo() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Xã có 25 tập thể được khen và 25 cá nhân được biểu dương."))
        #expect(figures.map(\.subject) == ["tập thể", "cá nhân"])
    }

    @Test func sameValueDifferentApproximationStaysTwo() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Có hơn 300 hộ đăng ký, trong đó 300 hộ đã hoàn thành."))
        #expect(figures.count == 2)
    }

    @Test func moneyWithoutSubjectIsNotMerged() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Hỗ trợ 500 nghìn đồng; tặng thêm 500 nghìn đồng."))
        #expect(figures.count == 2)
    }
}

/// Ranges whose two ends carry their own digits or scales, tens counted with "chục",
/// two-word compound heads, longer coordinated segments and money subjects across a year.
@Suite struct FigureRangeAndHeadTests {
    static let rows: [(String, [ExpectedFigure])] = [
        ("Mỗi hộ được hỗ trợ từ 300.000 đến 1.500.000 đồng.", [money(300_000, "hộ", max: 1_500_000)]),
        ("Mức hỗ trợ 500.000 – 2.000.000 đồng mỗi suất.", [money(500_000, nil, max: 2_000_000)]),
        ("Mỗi hội viên được hỗ trợ từ 700.000 đến 3 triệu đồng.", [money(700_000, "hội viên", max: 3_000_000)]),
        ("Tổng vốn đầu tư từ 1,5 đến 2 tỷ đồng.", [money(1_500_000_000, "vốn", max: 2_000_000_000)]),
        ("Mỗi năm, doanh thu từ 40 đến 90 triệu đồng.", [money(40_000_000, "doanh thu", max: 90_000_000)]),
        // A bare low end takes the high end's scale.
        ("Mỗi suất có giá trị từ 2 đến 3 triệu đồng.", [money(2_000_000, "giá trị", max: 3_000_000)]),
        ("Trước đây cả xã có gần ba chục hộ nghèo.", [count(30, "hộ nghèo", .about)]),
        ("Huyện có hai chục tổ tự quản.", [count(20, "tổ tự quản")]),
        ("Có hàng chục hộ tham gia.", []),
        ("Có vài chục người dự.", []),
        ("Chi bộ chọn ba việc làm cụ thể để thực hiện.", [count(3, "việc làm")]),
        ("Cuộc thi nhận được hơn 1.200 bài dự thi.", [count(1200, "bài dự thi", .over)]),
        ("Đăng tải 85 bài viết về gương người tốt.", [count(85, "bài viết")]),
        ("Ban tổ chức trao 14 giấy chứng nhận cho các đội.", [count(14, "giấy chứng nhận")]),
        ("Trường còn thiếu 6 phòng học bộ môn.", [count(6, "phòng học")]),
        ("Mô hình được nhân rộng ra 26 tổ sản xuất của xí nghiệp.", [count(26, "tổ sản xuất")]),
        ("Tổ quản lý dư nợ của 1.204 hộ vay vốn trên địa bàn.", [count(1204, "hộ vay")]),
        ("Chi đoàn xây dựng 57 góc học tập cho học sinh.", [count(57, "góc học tập")]),
        ("Giá trị sản xuất nông nghiệp tăng 6,2%.", [percent(6.2, "giá trị sản xuất")]),
        ("Phòng kiểm soát 18.300 chứng từ mỗi tháng.", [count(18300, "chứng từ")]),
        ("Bàn giao 42,6 ha mặt bằng cho dự án.", [count(42.6, "ha mặt bằng")]),
        // Capitals that qualify a counted noun: a named kind of house, an ethnic group.
        ("Toàn xã xây mới 18 căn nhà Đại đoàn kết.", [count(18, "căn nhà Đại đoàn kết")]),
        ("Huyện có 9.400 người Khmer và 37 chùa Khmer.", [count(9400, "người Khmer"), count(37, "chùa Khmer")]),
        // Nouns a comma coordinates: the merged communes' kinds, the young, houses.
        ("Cập nhật điển hình của 41 xã, phường và đặc khu.", [count(41, "xã, phường và đặc khu")]),
        ("Thu hút 12.000 lượt đoàn viên, thanh thiếu nhi tham gia.", [count(12000, "lượt đoàn viên, thanh thiếu nhi")]),
        ("Hơn 900 sinh viên, thanh thiếu niên tham dự lễ.", [count(900, "sinh viên, thanh thiếu niên", .over)]),
        ("Xóa 87 nhà tạm, nhà dột nát trong năm.", [count(87, "nhà tạm, nhà dột nát")]),
        // An adjective after the head stays out (ANNOTATION.md): "đảng viên mới" counts "đảng viên".
        ("Năm 2024 kết nạp 96 đảng viên mới là công nhân.", [count(96, "đảng viên")]),
        ("Trái vải đã đến 28 quốc gia và vùng lãnh thổ.", [count(28, "quốc gia và vùng lãnh thổ")]),
        ("Đơn vị huy động 180 lượt cán bộ, chiến sĩ và dân quân.", [count(180, "lượt cán bộ, chiến sĩ và dân quân")]),
        ("Công đoàn trao 1.300 phần quà Tết cho công nhân.", [count(1300, "phần quà Tết")]),
        // A prize's rank, capitalised after "giải", belongs to the subject.
        ("Ban Tổ chức trao 01 giải Nhất, 03 giải C và 06 giải Khuyến khích.",
         [count(1, "giải Nhất"), count(3, "giải C"), count(6, "giải Khuyến khích")]),
        ("Biểu dương 40 người tốt, việc tốt.", [count(40, "người tốt, việc tốt")]),
        // "bài" alone stays a classifier-like noun.
        ("Đăng 30 bài trên trang thông tin.", [count(30, "bài")]),
        ("Có 260 sáng kiến, cải tiến kỹ thuật được áp dụng.", [count(260, "sáng kiến, cải tiến kỹ thuật")]),
        ("Đã xử lý 75 ý kiến, đề xuất chính đáng.", [count(75, "ý kiến, đề xuất")]),
        ("Có 48 tập thể, cá nhân tiêu biểu được tuyên dương.", [count(48, "tập thể, cá nhân")]),
        ("Khen thưởng 16 chi bộ, nhiều chi bộ được tặng cờ.", [count(16, "chi bộ")]),
        ("Có 9 thôn, các thôn đều có nhà văn hóa.", [count(9, "thôn")]),
        // A three-word segment that does not end the clause is a new clause.
        ("Huy động 70 hộ dân, tự làm đường giao thông nông thôn mới.", [count(70, "hộ dân")]),
        ("Tại xã, thu nhập bình quân năm 2022 đạt 42 triệu đồng.", [money(42_000_000, "thu nhập")]),
        ("Nhờ vậy, thu nhập bình quân đầu người năm 2023 đạt 51,5 triệu đồng.", [money(51_500_000, "thu nhập")]),
        // A number other than a year still ends the clause.
        ("Thu nhập tăng 12%; 300 hộ được vay 5 triệu đồng.", [percent(12, "thu nhập"), count(300, "hộ"), money(5_000_000, nil)]),
    ]

    @Test(arguments: rows) func rangesAndHeads(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }
}

/// Shapes of real portal pages: tallies, labelled breakdowns, "vạn", areas, "ít nhất" and
/// "tối đa", "trở lên", "một" after an approximation, ages and minutes.
@Suite struct FigureRealShapeTests {
    static let rows: [(String, [ExpectedFigure])] = [
        // Tallies "N/M noun": the result and the size, same subject; a percentage closing the
        // tally in its clause shares its subject.
        ("Có 27/27 chi bộ xây dựng kế hoạch; 1.305/1.342 đảng viên đăng ký làm theo, đạt 97,2%.",
         [count(27, "chi bộ"), count(27, "chi bộ"), count(1305, "đảng viên"), count(1342, "đảng viên"),
          percent(97.2, "đảng viên")]),
        ("Toàn tỉnh có 2.310/2.356 thôn, bản (đạt 98%) có chi bộ độc lập.",
         [count(2310, "thôn, bản"), count(2356, "thôn, bản"), percent(98, "thôn, bản")]),
        ("Đảng bộ có 52 chi bộ trực thuộc; 52/52 chi bộ tổ chức học tập.", [count(52, "chi bộ"), count(52, "chi bộ")]),
        ("Đã giải quyết 71/80 ý kiến, kiến nghị của cử tri.", [count(71, "ý kiến, kiến nghị"), count(80, "ý kiến, kiến nghị")]),
        ("Số đảng viên tham dự 412/430 đồng chí, đạt 95,8%.",
         [count(412, "đảng viên"), count(430, "đảng viên"), percent(95.8, "đảng viên")]),
        ("Đã có 18/20 đồng chí hoàn thành.", [count(18, "đồng chí"), count(20, "đồng chí")]),
        // Breakdowns, the number after its label.
        ("Toàn huyện có 96 mô hình, trong đó cấp huyện 18, cấp cơ sở 78.",
         [count(96, "mô hình"), count(18, nil), count(78, nil)]),
        ("Kết quả xếp loại đảng viên năm 2022: Hoàn thành xuất sắc nhiệm vụ 57; Hoàn thành tốt nhiệm vụ 640; Không hoàn thành nhiệm vụ 3.",
         [count(57, "đảng viên"), count(640, "đảng viên"), count(3, "đảng viên")]),
        // Scales and units.
        ("Trong 5 năm có hơn 15 vạn lượt người tham gia học tập.", [duration(5, "năm"), count(150_000, "lượt người", .over)]),
        ("Nhân dân hiến 2.450 m2 đất làm đường.", [count(2450, "m2 đất")]),
        ("Xã rộng 56 km2.", [count(56, "km2")]),
        ("Bà con hiến 320 m² đất mở đường.", [count(320, "m² đất")]),
        ("Hợp tác xã trồng 415 ha chè.", [count(415, "ha chè")]),
        // Approximation words before and after.
        ("Mỗi chi bộ đăng ký ít nhất 02 mô hình và đưa tối thiểu 03 tin, bài mỗi tháng.",
         [count(2, "mô hình", .over), count(3, "tin, bài", .over)]),
        ("Mỗi phần thi kéo dài tối đa 7 phút.", [duration(7, "phút", .under)]),
        ("Thời gian chờ khám giảm còn khoảng 30 phút.", [duration(30, "phút", .about)]),
        ("Tỷ lệ đảng viên tham gia học tập đạt từ 90% trở lên.", [percent(90, "đảng viên", .over)]),
        ("Ông đã gắn bó với bản hơn một thập kỷ.", [duration(1, "thập kỷ", .over)]),
        ("Mỗi đảng viên chọn ít nhất một việc làm cụ thể.", [count(1, "việc làm", .over)]),
        // Ages are durations.
        ("Cụ Lò Văn Páo, 82 tuổi, vẫn đi họp chi bộ.", [duration(82, "tuổi")]),
        ("Ông Nguyễn Văn A (65 tuổi) là đảng viên.", [duration(65, "tuổi")]),
    ]

    @Test(arguments: rows) func realShapes(_ row: (String, [ExpectedFigure])) { check(row.0, row.1) }

    /// "từ" before a day ("từ 15/5") is a date's lead; before a pair that is no day and month
    /// it leads a tally.
    @Test func tallyAfterTuWhenNoDate() {
        check("Có 12 đội đến từ 14/14 xã, thị trấn.", [count(12, "đội"), count(14, "xã, thị trấn"), count(14, "xã, thị trấn")])
        check("Đoàn công tác làm việc từ 14/5 đến nay.", [])
    }

    @Test func tallyResultNeverMerges() {
        let figures = FigureExtractor().extract(from: AnalyzedText("Có 35/35 tổ chức cơ sở đảng quán triệt; 35/35 tổ chức cơ sở đảng tổ chức sơ kết."))
        #expect(figures.map(\.value) == [35, 35, 35], "two results and one shared size")
        #expect(figures.map(\.mentions.count) == [1, 2, 1])
    }
}

@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

private func models(_ sentence: String) -> [Model] {
    ModelExtractor().extract(from: AnalyzedText(sentence))
}

/// A sentence and the (name, owner) pairs it must give, in order.
struct ModelCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let expected: [(name: String, owner: String?)]

    init(_ sentence: String, _ expected: [(String, String?)]) {
        self.sentence = sentence
        self.expected = expected.map { (name: $0.0, owner: $0.1) }
    }

    var testDescription: String { String(sentence.prefix(60)) }
}

@Suite("Models")
struct ModelTests {
    // MARK: Quoted names after an introducing word

    @Test(arguments: [
        ModelCase("Xã đã xây dựng mô hình “Em nuôi công đoàn”, hỗ trợ 7 học sinh.", [("Em nuôi công đoàn", nil)]),
        // A count, then the named examples after a semicolon.
        ModelCase("Toàn huyện có 312 mô hình, việc làm hay; tiêu biểu như: “Vườn rau giúp bạn” (Chi đoàn thôn 3); “Nồi cháo yêu thương”.",
                  [("Vườn rau giúp bạn", "Chi đoàn thôn 3"), ("Nồi cháo yêu thương", nil)]),
        ModelCase("Việc nêu gương thể hiện qua phong trào “Ngày thứ 7 đi cơ sở xây dựng nông thôn mới, đô thị văn minh”.",
                  [("Ngày thứ 7 đi cơ sở xây dựng nông thôn mới, đô thị văn minh", nil)]),
        ModelCase("Ngành Giáo dục thực hiện Cuộc vận động “Mỗi thầy giáo, cô giáo là tấm gương về đạo đức, tự học và sáng tạo”.",
                  [("Mỗi thầy giáo, cô giáo là tấm gương về đạo đức, tự học và sáng tạo", "Ngành Giáo dục")]),
        ModelCase("Huyện đoàn phát động phong trào thi đua “Tuổi trẻ sáng tạo” trong đoàn viên.", [("Tuổi trẻ sáng tạo", nil)]),
        ModelCase("Tỉnh đoàn tổ chức cuộc thi “Tìm hiểu lịch sử Đảng bộ tỉnh” thu hút nhiều bạn trẻ.", [("Tìm hiểu lịch sử Đảng bộ tỉnh", "Tỉnh đoàn")]),
        ModelCase("Hội thi “Báo cáo viên giỏi” năm 2023 có 40 thí sinh.", [("Báo cáo viên giỏi", nil)]),
        ModelCase("Nhiều tác phẩm tham gia giải thưởng “Búa liềm vàng” lần thứ VIII.", [("Búa liềm vàng", nil)]),
        ModelCase("Các trường xây dựng tủ sách “Bác Hồ với thiếu nhi” tại thư viện.", [("Bác Hồ với thiếu nhi", nil)]),
        ModelCase("Đài phát thanh duy trì chương trình «Học Bác mỗi ngày» vào tối thứ bảy.", [("Học Bác mỗi ngày", nil)]),
        ModelCase("Phụ nữ xã thành lập câu lạc bộ \"Gia đình hạnh phúc\" với 30 hội viên.", [("Gia đình hạnh phúc", nil)]),
        ModelCase("Chi bộ duy trì mô hình điểm “Dân vận khéo” ở khu dân cư.", [("Dân vận khéo", nil)]),
        ModelCase("Ngành còn thực hiện có hiệu quả mô hình “Xây dựng trường học hạnh phúc, gắn kết yêu thương cho trẻ”.",
                  [("Xây dựng trường học hạnh phúc, gắn kết yêu thương cho trẻ", nil)]),
        ModelCase("Thanh niên hưởng ứng mô hình “Thắp sáng đường quê…” rất sôi nổi.", [("Thắp sáng đường quê", nil)]),
        ModelCase("Hội Nông dân có mô hình “Nông dân giúp nhau làm giàu” và “Tổ hợp tác rau sạch”.",
                  [("Nông dân giúp nhau làm giàu", "Hội Nông dân"), ("Tổ hợp tác rau sạch", "Hội Nông dân")]),
        ModelCase("Các cơ quan hưởng ứng phong trào “Thi đua yêu nước”, “Chung tay vì người nghèo”.",
                  [("Thi đua yêu nước", nil), ("Chung tay vì người nghèo", nil)]),
    ])
    func quotedAfterIntroducingWord(_ example: ModelCase) {
        let found = models(example.sentence)
        #expect(found.map(\.name) == example.expected.map(\.name))
        #expect(found.map(\.owner) == example.expected.map(\.owner))
    }

    // MARK: Owners

    @Test(arguments: [
        ModelCase("Tiêu biểu là mô hình “Ngày thứ bảy với dân” của Huyện ủy Bình Minh, được nhân dân đồng tình.",
                  [("Ngày thứ bảy với dân", "Huyện ủy Bình Minh")]),
        ModelCase("Có mô hình “Bữa cơm nghĩa tình” (Hội Phụ nữ xã An Lạc) được nhân rộng.",
                  [("Bữa cơm nghĩa tình", "Hội Phụ nữ xã An Lạc")]),
        // A heading line announces the quoted names of the line below it.
        ModelCase("2. Các mô hình\n“Đường cờ Tổ quốc” (ấp Tân Hòa); “Tổ vệ sinh ven kênh” (Hội LHPN xã).",
                  [("Đường cờ Tổ quốc", "ấp Tân Hòa"), ("Tổ vệ sinh ven kênh", "Hội LHPN xã")]),
        // A bare subheading over a quoted speech announces no model.
        ModelCase("Nhân rộng các mô hình hay\n“Nhờ làm theo lời Bác, bà con đã đổi đời”, ông Lê Văn An chia sẻ.", []),
        // Straight single quotes in a list of mixed marks.
        ModelCase("Các mô hình như “Một cửa không chờ” (Sở Nội vụ), 'Giờ nghe dân nói' của Công đoàn Sở.",
                  [("Một cửa không chờ", "Sở Nội vụ"), ("Giờ nghe dân nói", "Công đoàn Sở")]),
        // "viện" in lower case still ends a unit's name (sentence case "Bệnh viện").
        ModelCase("Quỹ “Suất ăn yêu thương” của Công đoàn Bệnh viện hỗ trợ hơn 3.000 suất cơm.",
                  [("Suất ăn yêu thương", "Công đoàn Bệnh viện")]),
        ModelCase("Nổi bật như các mô hình: “Ngày Chủ nhật xanh” của Đảng ủy phường Đông Hải; “Tiết kiệm vì người nghèo” của Đảng bộ huyện Sơn Hà; “Công trình dân sinh”, “Hàng rào xanh biên giới” của Đảng ủy Biên phòng tỉnh…",
                  [("Ngày Chủ nhật xanh", "Đảng ủy phường Đông Hải"), ("Tiết kiệm vì người nghèo", "Đảng bộ huyện Sơn Hà"),
                   ("Công trình dân sinh", "Đảng ủy Biên phòng tỉnh"), ("Hàng rào xanh biên giới", "Đảng ủy Biên phòng tỉnh")]),
        ModelCase("Mô hình “Cây mùa xuân” của Chi đoàn thôn Bắc để tặng cây cho hộ nghèo.",
                  [("Cây mùa xuân", "Chi đoàn thôn Bắc")]),
        ModelCase("Phong trào “Xanh hóa trường học” của Trường Tiểu học Kim Đồng và nhiều trường khác lan tỏa.",
                  [("Xanh hóa trường học", "Trường Tiểu học Kim Đồng")]),
        ModelCase("Câu lạc bộ “Nói không với ma túy” của công an xã hoạt động thường xuyên.",
                  [("Nói không với ma túy", "công an xã")]),
        ModelCase("Mô hình “Thùng rác sẻ chia” (2020 - 2022) được nhiều nơi học tập.",
                  [("Thùng rác sẻ chia", nil)]),
        ModelCase("Mô hình “Vườn cây nghĩa tình” của cán bộ, đảng viên lan rộng.",
                  [("Vườn cây nghĩa tình", nil)]),
        ModelCase("Các mô hình: “Ánh sáng đường quê”; “Con đường hoa” của Hội Liên hiệp Phụ nữ xã; “Sân chơi cho em”.",
                  [("Ánh sáng đường quê", nil), ("Con đường hoa", "Hội Liên hiệp Phụ nữ xã"), ("Sân chơi cho em", nil)]),
        ModelCase("Chương trình “Mỗi xã một sản phẩm” (OCOP) tiếp tục được triển khai.",
                  [("Mỗi xã một sản phẩm", nil)]),
        ModelCase("Tác phẩm của huyện đạt Giải thưởng “Cánh diều” lần thứ V của Hội Nhà văn tỉnh.",
                  [("Cánh diều", "Hội Nhà văn tỉnh")]),
        ModelCase("Hội thi “Giai điệu tuổi hồng” năm 2024 của Liên đội Trường THCS Lê Lợi thu hút học sinh.",
                  [("Giai điệu tuổi hồng", "Liên đội Trường THCS Lê Lợi")]),
        ModelCase("Cuộc thi “Ảnh đẹp quê hương” của Hội Văn học – Nghệ thuật huyện được tổ chức lần đầu.",
                  [("Ảnh đẹp quê hương", "Hội Văn học – Nghệ thuật huyện")]),
        ModelCase("Phong trào “Lao động giỏi” (Liên đoàn Lao động – Công đoàn ngành Giáo dục) lan tỏa.",
                  [("Lao động giỏi", "Liên đoàn Lao động – Công đoàn ngành Giáo dục")]),
        ModelCase("Đội viên duy trì mô hình “Heo đất nghĩa tình” (Chi đội 7A) suốt năm học.",
                  [("Heo đất nghĩa tình", "Chi đội 7A")]),
        ModelCase("Kết quả mô hình “Cánh đồng mẫu” năm 2023 cho thấy năng suất tăng.",
                  [("Cánh đồng mẫu", nil)]),
        // The owner ends where the unit's proper name ends.
        ModelCase("Mô hình “Bếp ăn 0 đồng” của Hội Chữ thập đỏ Tân Phú mỗi tuần phục vụ khoảng 300 suất ăn.",
                  [("Bếp ăn 0 đồng", "Hội Chữ thập đỏ Tân Phú")]),
        ModelCase("Mô hình “Tủ thuốc nhân ái” của Đoàn Thanh niên Bình Long hằng năm hỗ trợ 50 hộ.",
                  [("Tủ thuốc nhân ái", "Đoàn Thanh niên Bình Long")]),
        ModelCase("Mô hình “Chợ phiên nghĩa tình” của Công đoàn Khu chế xuất Linh Trung phối hợp tổ chức 12 phiên.",
                  [("Chợ phiên nghĩa tình", "Công đoàn Khu chế xuất Linh Trung")]),
        ModelCase("Mô hình “Nhà trọ an toàn” của Hội Nông dân xã phục vụ khoảng 200 công nhân.",
                  [("Nhà trọ an toàn", "Hội Nông dân xã")]),
        // A number that numbers the unit stays in its name.
        ModelCase("Mô hình “Ánh sáng biên cương” của Đồn Biên phòng 615 được nhân rộng.",
                  [("Ánh sáng biên cương", "Đồn Biên phòng 615")]),
        ModelCase("Mô hình “Đường hoa” của Tổ dân phố 5 phường Tân Mai được biểu dương.",
                  [("Đường hoa", "Tổ dân phố 5 phường Tân Mai")]),
        ModelCase("Mô hình “Nồi cháo đêm” của Hội Liên hiệp Phụ nữ Việt Nam huyện góp phần chăm lo người bệnh.",
                  [("Nồi cháo đêm", "Hội Liên hiệp Phụ nữ Việt Nam huyện")]),
    ])
    func owners(_ example: ModelCase) {
        let found = models(example.sentence)
        #expect(found.map(\.name) == example.expected.map(\.name))
        #expect(found.map(\.owner) == example.expected.map(\.owner))
    }

    // MARK: Lists

    @Test(arguments: [
        ModelCase("Các mô hình được xây dựng trong năm 2024 tiêu biểu phải kể đến như: “Nghe chuyện Bác - học theo Bác”; “Lấy dân làm gốc”; “Tuyến hẻm xanh gắn với du lịch”...",
                  [("Nghe chuyện Bác - học theo Bác", nil), ("Lấy dân làm gốc", nil), ("Tuyến hẻm xanh gắn với du lịch", nil)]),
        ModelCase("Mặt trận và các đoàn thể có nhiều mô hình tiêu biểu như: Tham gia xây dựng nông thôn mới, đô thị văn minh bằng những việc làm cụ thể, bao gồm vận động ngày công tham gia phát quang các tuyến đường giao thông nông thôn, khơi thông dòng chảy, vệ sinh môi trường, chăm sóc cây xanh; mô hình “Tổ heo đất”; Đội thanh niên tình nguyện chung tay chuyển đổi số cộng đồng; Mỗi công đoàn cơ sở là một điểm đến; vận động hỗ trợ đồng bào khắc phục hậu quả thiên tai, lũ lụt.",
                  [("Tổ heo đất", nil), ("Đội thanh niên tình nguyện chung tay chuyển đổi số cộng đồng", nil),
                   ("Mỗi công đoàn cơ sở là một điểm đến", nil)]),
        ModelCase("Đoàn xã có các mô hình: Ngày thứ bảy tình nguyện; Thắp sáng đường quê; hỗ trợ học sinh nghèo vượt khó.",
                  [("Ngày thứ bảy tình nguyện", nil), ("Thắp sáng đường quê", nil)]),
        ModelCase("Đoàn xã có các mô hình: Ngày thứ bảy tình nguyện của Đoàn xã Tân An; Thắp sáng đường quê (Hội Phụ nữ xã); Nuôi bò của hộ nghèo.",
                  [("Ngày thứ bảy tình nguyện", "Đoàn xã Tân An"), ("Thắp sáng đường quê", "Hội Phụ nữ xã"),
                   ("Nuôi bò của hộ nghèo", nil)]),
        ModelCase("Các phong trào gồm: “Toàn dân đoàn kết xây dựng đời sống văn hóa”; “Vì người nghèo”.",
                  [("Toàn dân đoàn kết xây dựng đời sống văn hóa", nil), ("Vì người nghèo", nil)]),
        ModelCase("Mô hình “Đội hình thanh niên xung kích tuần tra”; “Đội hình thanh niên xung kích tuyên truyền về chuyển đổi số”…",
                  [("Đội hình thanh niên xung kích tuần tra", nil), ("Đội hình thanh niên xung kích tuyên truyền về chuyển đổi số", nil)]),
        ModelCase("Tiêu biểu là mô hình chuyển đổi số “Chợ 4.0” ở phường.", [("Chợ 4.0", nil)]),
        ModelCase("Huyện thực hiện phong trào thi đua “Dân vận khéo”, cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới”.",
                  [("Dân vận khéo", nil), ("Toàn dân đoàn kết xây dựng nông thôn mới", nil)]),
        ModelCase("Các mô hình tiêu biểu: “Nhà nhân ái” (Hội Chữ thập đỏ huyện), “Sổ tiết kiệm tình thương” (Hội Phụ nữ xã).",
                  [("Nhà nhân ái", "Hội Chữ thập đỏ huyện"), ("Sổ tiết kiệm tình thương", "Hội Phụ nữ xã")]),
        ModelCase("Mô hình tiêu biểu của chi bộ là “Nhà sạch, vườn đẹp” ở thôn 3.", [("Nhà sạch, vườn đẹp", nil)]),
        ModelCase("Hội Liên hiệp Phụ nữ tỉnh triển khai Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” gắn với phong trào “Phụ nữ tích cực học tập, lao động sáng tạo”.",
                  [("Xây dựng gia đình 5 không, 3 sạch", "Hội Liên hiệp Phụ nữ tỉnh"), ("Phụ nữ tích cực học tập, lao động sáng tạo", nil)]),
        ModelCase("Các đoàn thể triển khai mô hình “Tổ liên gia tự quản” và “Khu dân cư không có tội phạm” của Công an huyện.",
                  [("Tổ liên gia tự quản", nil), ("Khu dân cư không có tội phạm", "Công an huyện")]),
        ModelCase("Học tập và làm theo Bác trở thành việc làm thường xuyên qua các phong trào: “Tuổi trẻ sáng tạo”, “Thanh niên tình nguyện”.",
                  [("Tuổi trẻ sáng tạo", nil), ("Thanh niên tình nguyện", nil)]),
        ModelCase("Hội thi “Tuyên truyền viên giỏi” của Ban Tuyên giáo Huyện ủy được tổ chức thành công.",
                  [("Tuyên truyền viên giỏi", "Ban Tuyên giáo Huyện ủy")]),
        ModelCase("Chương trình “Thắp sáng ước mơ” của Tỉnh đoàn đã trao 200 suất học bổng.",
                  [("Thắp sáng ước mơ", "Tỉnh đoàn")]),
        ModelCase("Các mô hình như “Chợ không tiền mặt”, “Camera an ninh” được nhân rộng.",
                  [("Chợ không tiền mặt", nil), ("Camera an ninh", nil)]),
        ModelCase("Năm qua, Hội Nông dân xây dựng 45 mô hình kinh tế. Điển hình như: “Cánh đồng lớn” (Hội Nông dân xã An Bình); Vườn rau dinh dưỡng cho em; Câu lạc bộ nông dân giỏi kết nối thị trường.",
                  [("Cánh đồng lớn", "Hội Nông dân xã An Bình"), ("Vườn rau dinh dưỡng cho em", nil),
                   ("Câu lạc bộ nông dân giỏi kết nối thị trường", nil)]),
        ModelCase("Toàn huyện có 30 phong trào thi đua. Tiêu biểu: Ngày thứ bảy vì người nghèo; Đường cờ Tổ quốc.",
                  [("Ngày thứ bảy vì người nghèo", nil), ("Đường cờ Tổ quốc", nil)]),
        ModelCase("Các chi đoàn duy trì nhiều mô hình. Nổi bật là: Tủ sách thanh niên; Ngôi nhà an toàn cho em.",
                  [("Tủ sách thanh niên", nil), ("Ngôi nhà an toàn cho em", nil)]),
        ModelCase("Các đoàn thể duy trì mô hình “Nồi cháo tình thương” (Hội Phụ nữ xã); “Hũ gạo nghĩa tình”; Tủ sách pháp luật cơ sở; Ngôi nhà tình bạn.",
                  [("Nồi cháo tình thương", "Hội Phụ nữ xã"), ("Hũ gạo nghĩa tình", nil), ("Tủ sách pháp luật cơ sở", nil),
                   ("Ngôi nhà tình bạn", nil)]),
        ModelCase("Chi đoàn có mô hình “Ánh sáng đường quê”; các đoàn viên đã lắp 40 bóng đèn.",
                  [("Ánh sáng đường quê", "Chi đoàn")]),
        // "như" with no colon after a plural kind word opens a list when semicolons part its items …
        ModelCase("Nhiều mô hình hay được duy trì như Tổ tư vấn tài chính lưu động của Chi nhánh Sông Công; mô hình “Mỗi cán bộ một lời cảm ơn”.",
                  [("Tổ tư vấn tài chính lưu động", "Chi nhánh Sông Công"), ("Mỗi cán bộ một lời cảm ơn", nil)]),
        // A department's name in sentence case, closed by a mark, is kept whole.
        ModelCase("Nhiều mô hình hay được duy trì như Góc tư vấn số của Phòng Khách hàng doanh nghiệp; mô hình “Một giao dịch, một nụ cười”.",
                  [("Góc tư vấn số", "Phòng Khách hàng doanh nghiệp"), ("Một giao dịch, một nụ cười", nil)]),
        // … not a likeness ("đúng như"), nor a document it follows.
        ModelCase("Các mô hình được triển khai đúng như Kế hoạch đã đề ra; các chi hội duy trì sinh hoạt đều đặn.", []),
        ModelCase("Các mô hình được triển khai như Kế hoạch số 12 đã đề ra; các chi hội duy trì sinh hoạt đều đặn.", []),
        // … not without them.
        ModelCase("Nhiều mô hình hay được duy trì như Tổ tư vấn tài chính lưu động của Chi nhánh Sông Công.", []),
        // The last item ends where the sentence's predicate opens.
        ModelCase("Các mô hình Tổ nòng cốt bảo vệ nền tảng tư tưởng; Loa phát thanh cựu chiến binh; Chi hội tự quản về an ninh trật tự được duy trì ở 28/28 chi hội.",
                  [("Tổ nòng cốt bảo vệ nền tảng tư tưởng", nil), ("Loa phát thanh cựu chiến binh", nil),
                   ("Chi hội tự quản về an ninh trật tự", nil)]),
    ])
    func lists(_ example: ModelCase) {
        let found = models(example.sentence)
        #expect(found.map(\.name) == example.expected.map(\.name))
        #expect(found.map(\.owner) == example.expected.map(\.owner))
    }

    // MARK: Capitalised titles

    @Test(arguments: [
        ModelCase("Song song đó, tiếp tục phát động Giải thưởng sáng tác, quảng bá tác phẩm văn học, nghệ thuật, báo chí về chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” giai đoạn 2023 - 2025 trong cán bộ.",
                  [("Giải thưởng sáng tác, quảng bá tác phẩm văn học, nghệ thuật, báo chí về chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”", nil)]),
        ModelCase("Tỉnh tổ chức Cuộc thi viết về chủ đề “Người tốt quanh ta” trong học sinh.",
                  [("Cuộc thi viết về chủ đề “Người tốt quanh ta”", nil)]),
        ModelCase("Hưởng ứng Cuộc thi trắc nghiệm trực tuyến tìm hiểu “Lịch sử Đảng bộ tỉnh” có hơn 10.000 lượt tham gia.",
                  [("Cuộc thi trắc nghiệm trực tuyến tìm hiểu “Lịch sử Đảng bộ tỉnh”", nil)]),
        ModelCase("Tuổi trẻ huyện tham gia Giải thưởng Lý Tự Trọng năm 2024.", [("Giải thưởng Lý Tự Trọng", nil)]),
        // A capitalised award is named whether it is run or received.
        ModelCase("Năm 2023, 5 kỹ sư của tỉnh được nhận Giải thưởng Tạ Quang Bửu.", [("Giải thưởng Tạ Quang Bửu", nil)]),
        ModelCase("Công trình của viện đạt Giải thưởng Hồ Chí Minh năm 2022.", [("Giải thưởng Hồ Chí Minh", nil)]),
        ModelCase("Nhiều tập thể nhận Giải thưởng Nhà nước về khoa học.", [("Giải thưởng Nhà nước về khoa học", nil)]),
        ModelCase("Liên đoàn Lao động tỉnh xét chọn Giải thưởng Nguyễn Đức Cảnh cho công nhân tiêu biểu.",
                  [("Giải thưởng Nguyễn Đức Cảnh", nil)]),
        ModelCase("Tỉnh đoàn tham gia Giải thưởng Búa liềm vàng với nhiều tác phẩm có chủ đề “Tuổi trẻ”.",
                  [("Giải thưởng Búa liềm vàng", nil)]),
        ModelCase("Ban Tuyên giáo hưởng ứng Giải thưởng Búa liềm vàng năm 2024 với nhiều tác phẩm.",
                  [("Giải thưởng Búa liềm vàng", nil)]),
        ModelCase("Thành đoàn phát động Cuộc thi “Tuổi trẻ học tập và làm theo lời Bác”.",
                  [("Tuổi trẻ học tập và làm theo lời Bác", nil)]),
        ModelCase("Tỉnh đoàn hưởng ứng Cuộc thi sáng tác ca khúc về chủ đề tuổi trẻ làm theo lời Bác năm 2024 với 50 tác phẩm.",
                  [("Cuộc thi sáng tác ca khúc về chủ đề tuổi trẻ làm theo lời Bác", nil)]),
        ModelCase("Huyện phát động Giải thưởng báo chí về chủ đề xây dựng Đảng gắn với công tác dân vận.",
                  [("Giải thưởng báo chí về chủ đề xây dựng Đảng", nil)]),
        ModelCase("Xã tổ chức Hội thi tìm hiểu về chủ đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, thu hút 300 thí sinh.",
                  [("Hội thi tìm hiểu về chủ đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", nil)]),
        ModelCase("Thành phố tham gia Giải thưởng sáng tác, quảng bá tác phẩm về chủ đề biển đảo quê hương nhằm lan tỏa tình yêu Tổ quốc.",
                  [("Giải thưởng sáng tác, quảng bá tác phẩm về chủ đề biển đảo quê hương", nil)]),
    ])
    func capitalisedTitles(_ example: ModelCase) {
        let found = models(example.sentence)
        #expect(found.map(\.name) == example.expected.map(\.name))
    }

    // MARK: Not models

    @Test(arguments: [
        "Nhớ lời Bác dạy “Việc gì lợi cho dân, ta phải hết sức làm”, chi bộ đã xây dựng các mô hình cụ thể làm theo Bác.",
        "Ông Nông Văn Công, Bí thư Chi bộ: “Xây dựng mô hình cụ thể để làm theo Bác” Hiện chi bộ có 34 đảng viên.",
        "Bộ đội Biên phòng tỉnh tập trung lãnh đạo đột phá vào “2 mẫu mực, 1 điểm sáng” là xây dựng đơn vị mẫu mực.",
        "Ngăn chặn những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ.",
        "Thành ủy tập trung lãnh đạo nhằm “tăng tốc”, đẩy nhanh tiến độ giải phóng mặt bằng.",
        "Mỗi cá nhân đã chuyển từ nhận thức “học tập” sang “làm theo” bằng việc làm cụ thể.",
        "Chi bộ được tặng giấy khen đạt tiêu chuẩn “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu.",
        "Ban Tuyên giáo đã phát hành sách về gương “Người tốt việc tốt” trong học tập và làm theo Bác.",
        "Chuyên đề năm 2024 là “Thực hiện phát huy vai trò nêu gương của cán bộ, đảng viên”.",
        "Các phong trào thi đua học tập và làm theo Bác được duy trì. Ông A nói: “Phải làm ngay”.",
        "Phong trào thi đua với khẩu hiệu “Tất cả vì biển đảo quê hương” được hưởng ứng.",
        "Cuộc vận động xuất hiện nhiều tấm gương tiêu biểu, thiết thực trong công tác.",
        "Anh được mọi người gọi là “người giữ rừng” của bản.",
        "Phong trào thi đua yêu nước và cuộc vận động toàn dân đoàn kết được đẩy mạnh.",
        "Nhiều người lao động được trao giải thưởng của công ty.",
        "Giải thưởng năm nay được trao cho 12 công nhân.",
        "KẾT QUẢ HỘI THI TUYÊN TRUYỀN VIÊN GIỎI",
        "Huyện triển khai các chương trình: Chương trình hành động số 15 của Huyện ủy; Chương trình số 05-CTr/HU về chuyển đổi số.",
        "Mô hình được đánh giá cao, tạo sức lan tỏa. Người dân gọi đó là “con đường nghĩa tình”.",
        "Tại lễ phát động phong trào, đồng chí Bí thư Tỉnh ủy nhấn mạnh: “Mỗi cán bộ phải là tấm gương”.",
        "Mô hình này được người dân gọi là “cánh tay nối dài” của chính quyền.",
        "Chương trình số 12-CTr/TU “Về đẩy mạnh công tác dân vận” được triển khai.",
        "Tổ chức Hội thi, trong đó có phần thi “Hùng biện về Bác” thu hút đông đảo học sinh.",
        "Chương trình hành động của Tỉnh ủy gồm: Một là, đổi mới tư duy lãnh đạo; Hai là, nâng cao chất lượng đảng viên.",
        "Chương trình công tác năm: Tổ chức hội nghị sơ kết; Kiểm tra chi bộ trực thuộc.",
        "Phong trào thi đua được phát động từ lâu, cuốn sách “Làm theo Bác” được phát hành.",
        "Với phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra”, mô hình được nhân rộng.",
        "Chi bộ xác định “Xây dựng mô hình cụ thể” “Làm theo Bác” là nhiệm vụ thường xuyên.",
        "Nhiều đơn vị nhận Giải thưởng báo chí về chủ đề biển đảo năm 2023.",
        "Ban tổ chức Giải thưởng đã nhận 120 tác phẩm về chủ đề biển đảo.",
        "Năm 2024, xã đạt nhiều kết quả. Tiêu biểu như: Đường hoa nông thôn; Nhà văn hóa thôn mới.",
        "Xã có 12 mô hình kinh tế. Kết quả: Đường hoa nông thôn; Nhà văn hóa thôn mới.",
        "Người dân nói “làm theo Bác”; Hội Nông dân hỗ trợ giống cây trồng.",
    ])
    func notModels(_ sentence: String) {
        #expect(models(sentence).isEmpty, "\(models(sentence).map(\.name))")
    }

    // MARK: Categories and mentions

    @Test(arguments: [
        ("Xây dựng mô hình “A sáng”.", ModelCategory.moHinh),
        ("Hưởng ứng phong trào “A sáng”.", .phongTrao),
        ("Thực hiện cuộc vận động “A sáng”.", .cuocVanDong),
        ("Tham gia cuộc thi “A sáng”.", .cuocThi),
        ("Tham gia hội thi “A sáng”.", .cuocThi),
        ("Trao giải thưởng “A sáng”.", .giaiThuong),
        ("Xây dựng tủ sách “A sáng”.", .tuSach),
        ("Triển khai chương trình “A sáng”.", .chuongTrinh),
        ("Thành lập câu lạc bộ “A sáng”.", .other),
        ("Thành lập CLB “A sáng”.", .other),
    ])
    func categories(_ sentence: String, _ category: ModelCategory) {
        #expect(models(sentence).map(\.category) == [category])
    }

    @Test func mentionsCoverEveryOccurrence() {
        let text = AnalyzedText("Xã có mô hình “Em nuôi công đoàn”. Nhờ Em nuôi công đoàn, 7 em được đi học.")
        let found = ModelExtractor().extract(from: text)
        #expect(found.count == 1)
        #expect(found.first?.mentions.map { text.slice($0.range) } == ["Em nuôi công đoàn", "Em nuôi công đoàn"])
    }

    @Test func namesAreNormalised() {
        #expect(models("Mô hình “Đảng uỷ  với dân” lan tỏa.").map(\.name) == ["Đảng ủy với dân"])
    }

    // MARK: Seeds against gold

    @Test func seedsMatchGold() throws {
        var gold = Set<String>()
        var predicted = Set<String>()
        var ownerMisses: [String] = []
        for document in SeedCorpus.documents {
            let goldItems = try SeedCorpus.gold(document, list: "models")
            let found = ModelExtractor().extract(from: try SeedCorpus.text(document))
            let goldKeys = Set(goldItems.map { document + "|" + SeedCorpus.fold($0["name"] as? String) })
            let foundKeys = Set(found.map { document + "|" + SeedCorpus.fold($0.name) })
            for miss in goldKeys.subtracting(foundKeys).sorted() { print("MODEL MISS", miss) }
            for extra in foundKeys.subtracting(goldKeys).sorted() { print("MODEL EXTRA", extra) }
            gold.formUnion(goldKeys)
            predicted.formUnion(foundKeys)
            for item in goldItems {
                guard let owner = item["owner"] as? String else { continue }
                let name = SeedCorpus.fold(item["name"] as? String)
                let mine = found.first { SeedCorpus.fold($0.name) == name }?.owner
                if SeedCorpus.fold(mine) != SeedCorpus.fold(owner) {
                    ownerMisses.append("\(name): \(mine ?? "nil") ≠ \(owner)")
                }
            }
        }
        let score = SeedCorpus.f1(gold: gold, predicted: predicted)
        print("MODEL F1", score, "owner misses", ownerMisses)
        #expect(!gold.isEmpty)
        #expect(score >= 0.95)
        #expect(ownerMisses.isEmpty)
    }
}

/// Every vocabulary row's example names the models it says, with their owners.
@Suite("Models: vocabulary rows at work")
struct ModelVocabularyRowTests {
    @Test(arguments: ModelVocabulary.introducingWords.map(\.word))
    func introducingWordExample(_ word: String) throws {
        let row = try #require(ModelVocabulary.introducingWords.first { $0.word == word })
        let found = models(row.example)
        #expect(found.count == 1, "\(row.example) → \(found.map(\.name))")
        #expect(found.first?.category == row.category)
    }

    /// A verb of running a model announces only the quote right after it: before a list, the
    /// noun before it gives the category.
    @Test(arguments: ModelVocabulary.introducingWords.filter(\.isVerb).map(\.word))
    func verbBeforeAListLeavesTheCategoryToTheNoun(_ verb: String) {
        let found = models("Nhiều mô hình được \(verb) như: “Ngõ xóm sáng đèn”; “Bếp ăn nghĩa tình”.")
        #expect(found.map(\.name) == ["Ngõ xóm sáng đèn", "Bếp ăn nghĩa tình"])
        #expect(found.map(\.category) == [.moHinh, .moHinh])
    }

    static let ownerRows = ModelVocabulary.subjectVerbs.map { ("subject", $0.words) }
        + ModelVocabulary.doVerbs.map { ("do", $0.words) } + ModelVocabulary.doPartners.map { ("partner", $0.words) }
        + ModelVocabulary.personOwnerLeads.map { ("person", $0.words) }

    @Test(arguments: ownerRows)
    func ownerRowExample(_ table: String, _ words: String) throws {
        let rows = table == "subject" ? ModelVocabulary.subjectVerbs
            : table == "do" ? ModelVocabulary.doVerbs : table == "person" ? ModelVocabulary.personOwnerLeads
            : ModelVocabulary.doPartners
        let row = try #require(rows.first { $0.words == words })
        let found = models(row.example)
        #expect(found.map(\.name) == row.models.map(\.name))
        #expect(found.map(\.owner) == row.models.map(\.owner))
    }
}

@Suite("Models: real portal shapes")
struct ModelPortalShapeTests {
    @Test(arguments: [
        // Mixed quotation marks, a place or a remark after a name, and the list goes on.
        ModelCase("Nhiều mô hình được ghi nhận như: “Chợ không rác\" ở phường Tân An, “Đèn đường tự quản” của Đảng ủy phường Hòa Bình (lắp 120 bóng đèn), ''Xóm không ma túy'' ở phường Bến Gỗ, mô hình “Ngày thứ Sáu xanh” của Quận đoàn.",
                  [("Chợ không rác", nil), ("Đèn đường tự quản", "Đảng ủy phường Hòa Bình"), ("Xóm không ma túy", nil),
                   ("Ngày thứ Sáu xanh", "Quận đoàn")]),
        // A description before the comma: "“A” gắn với …, “B”".
        ModelCase("Tiếp tục nhân rộng các mô hình như “Dân vận khéo” gắn với xây dựng đô thị văn minh, ''Cựu chiến binh giúp nhau'', “Tổ hòa giải giỏi”.",
                  [("Dân vận khéo", nil), ("Cựu chiến binh giúp nhau", nil), ("Tổ hòa giải giỏi", nil)]),
        // A long description before a semicolon, then a unit as the subject of the next name.
        ModelCase("Công ty Cổ phần Dệt may Hòa Thọ giới thiệu mô hình “Mỗi tổ một cải tiến\", giúp tiết kiệm khoảng 1,2 tỷ đồng/năm; Công ty TNHH Cơ khí Tân Phát duy trì quỹ ''Tương trợ công nhân'' với hơn 200 triệu đồng; Chi bộ Công ty Cổ phần Cấp nước Bình Định với “Tổ sửa ống nước 24 giờ”.",
                  [("Mỗi tổ một cải tiến", "Công ty Cổ phần Dệt may Hòa Thọ"), ("Tương trợ công nhân", "Công ty TNHH Cơ khí Tân Phát"),
                   ("Tổ sửa ống nước 24 giờ", "Chi bộ Công ty Cổ phần Cấp nước Bình Định")]),
        // A unit with "và" in its name leads the next name.
        ModelCase("Các sở chọn khâu đột phá, như: Sở Tư pháp với mô hình “Hồ sơ đúng hẹn”, Sở Văn hóa và Thể thao với ''Thư viện mở'', Kho bạc Nhà nước huyện với \"Chi trả không tiền mặt”.",
                  [("Hồ sơ đúng hẹn", "Sở Tư pháp"), ("Thư viện mở", "Sở Văn hóa và Thể thao"), ("Chi trả không tiền mặt", "Kho bạc Nhà nước huyện")]),
        // A subject owns every name of its list; "cùng" opens the subject.
        ModelCase("Ông cùng Chi bộ thôn duy trì mô hình “Thôn không rác thải”, “Gia đình không có con tảo hôn\", vận động nhiều hộ.",
                  [("Thôn không rác thải", "Chi bộ thôn"), ("Gia đình không có con tảo hôn", "Chi bộ thôn")]),
        // "do X thực hiện" between the introducing word and the list.
        ModelCase("Nhiều mô hình do Ban công tác Mặt trận khu dân cư thực hiện có hiệu quả như “Tổ an toàn phòng cháy\", \"Hũ gạo nghĩa tình”.",
                  [("Tổ an toàn phòng cháy", "Ban công tác Mặt trận khu dân cư"), ("Hũ gạo nghĩa tình", "Ban công tác Mặt trận khu dân cư")]),
        // "do X phối hợp với Y tổ chức", a partner in parentheses, "TP." inside the unit's name.
        ModelCase("Mô hình “Bếp ăn nghĩa tình” do Đảng ủy Quân sự TP. Vinh phối hợp với Hội Chữ thập đỏ thành phố tổ chức.",
                  [("Bếp ăn nghĩa tình", "Đảng ủy Quân sự TP. Vinh")]),
        ModelCase("Cuộc thi viết “Gương sáng đời thường” do Ban Tuyên giáo Tỉnh ủy (nay là Ban Tuyên giáo và Dân vận Tỉnh ủy) tổ chức.",
                  [("Gương sáng đời thường", "Ban Tuyên giáo Tỉnh ủy")]),
        // An owner's name running on after a comma with its place.
        ModelCase("Tiêu biểu là mô hình “Lúa sạch xuất khẩu” của Chi bộ ấp Tân Phú, xã Long Hòa A; “Chợ văn minh” tại thị trấn.",
                  [("Lúa sạch xuất khẩu", "Chi bộ ấp Tân Phú, xã Long Hòa A"), ("Chợ văn minh", nil)]),
        // Mass organisations whose names run on in lower case keep them.
        ModelCase("Mô hình “Sân chơi cho em” của Đoàn Thanh niên (lắp 20 bộ dụng cụ) được nhân rộng.",
                  [("Sân chơi cho em", "Đoàn Thanh niên")]),
        ModelCase("Phong trào “Mỗi tháng một ngày công” của Đảng bộ Sở Lao động - Thương binh và Xã hội; mô hình “Một cửa thân thiện” ở Cục Thuế.",
                  [("Mỗi tháng một ngày công", "Đảng bộ Sở Lao động - Thương binh và Xã hội"), ("Một cửa thân thiện", nil)]),
        // Owners named by an abbreviation or by a head that runs on in lower case.
        ModelCase("Mô hình “Bữa cơm công nhân” do LĐLĐ huyện Diễn Châu triển khai; quỹ “Áo ấm đến trường” của Ban đại diện cha mẹ học sinh.",
                  [("Bữa cơm công nhân", "LĐLĐ huyện Diễn Châu"), ("Áo ấm đến trường", "Ban đại diện cha mẹ học sinh")]),
        // A dashed list under a sentence closed by a colon at the end of a longer line.
        ModelCase("Toàn huyện xây dựng 96 mô hình. Một số mô hình tiêu biểu:\n- “Xóm không rác” (xã Na Hang): 3 năm sạch đẹp;\n- “Hũ gạo nghĩa tình” do Đảng ủy xã Bản Mù phát động;\n- “Tổ đổi công” của Chi bộ thôn Nà Lòa.",
                  [("Xóm không rác", "xã Na Hang"), ("Hũ gạo nghĩa tình", "Đảng ủy xã Bản Mù"), ("Tổ đổi công", "Chi bộ thôn Nà Lòa")]),
        // A dashed list under a line that introduces nothing.
        ModelCase("Ông kể lại những ngày đầu:\n- “Khó nhất là thuyết phục bà con” – ông nói.", []),
        // More items above the quote than are read back: the item reached is no heading.
        ModelCase("Các giải pháp trọng tâm:\n- Nhân rộng mô hình dân vận khéo ở cơ sở;\n"
                  + (1...12).map { "- Tăng cường kiểm tra việc thực hiện nhiệm vụ số \($0);\n" }.joined()
                  + "- “Chủ động, sáng tạo, hiệu quả” là phương châm hành động của cấp ủy;", []),
        // A unit's name ended by punctuation keeps its last lower-case syllable.
        ModelCase("Nhiều mô hình hay như “Mỗi tuần một bài giảng mẫu” của Khoa Quản trị và Tài chính; “Sân trường xanh” ở cơ sở 2.",
                  [("Mỗi tuần một bài giảng mẫu", "Khoa Quản trị và Tài chính"), ("Sân trường xanh", nil)]),
        // A model named inside a quoted speech.
        ModelCase("Ông Hải nói: “Từ cách làm ấy, xã đã phát động phong trào ''Mỗi nhà một cây xanh'' trong toàn dân”.",
                  [("Mỗi nhà một cây xanh", nil)]),
    ])
    func portalShapes(_ example: ModelCase) {
        let found = models(example.sentence)
        #expect(found.map(\.name) == example.expected.map(\.name))
        #expect(found.map(\.owner) == example.expected.map(\.owner))
    }
}

@Suite("Models: a capitalised name after its kind word, without quotes")
struct ModelUnquotedNameTests {
    @Test(arguments: [
        ModelCase("Khoa Sản xây dựng mô hình Đỡ đẻ không chờ đợi, cam kết tiếp nhận trong 15 phút.", [("Đỡ đẻ không chờ đợi", nil)]),
        ModelCase("Ở xã Tân Lộc, mô hình Hũ gạo tình thương của Chi hội phụ nữ ấp Cây Me giúp 19 hội viên.",
                  [("Hũ gạo tình thương", "Chi hội phụ nữ ấp Cây Me")]),
        ModelCase("Đội hình Bác sĩ trẻ tình nguyện do Đoàn Thanh niên Bệnh viện quản lý đã khám cho 900 người.",
                  [("Bác sĩ trẻ tình nguyện", "Đoàn Thanh niên Bệnh viện")]),
        ModelCase("Thầy Lê Văn Khải duy trì câu lạc bộ Văn học cuối tuần cho 30 học sinh.", [("Văn học cuối tuần", nil)]),
        // "và" before a capital joins the name; a number belongs to it.
        ModelCase("Trường có câu lạc bộ Sách và Ước mơ do cô Đào Thị Yến làm chủ nhiệm.", [("Sách và Ước mơ", "Đào Thị Yến")]),
        ModelCase("Xã duy trì mô hình Tủ thuốc 0 đồng của Đoàn Thanh niên xã.", [("Tủ thuốc 0 đồng", "Đoàn Thanh niên xã")]),
        // A name may hold "giúp"; "ra" after it opens the predicate's place.
        ModelCase("Liên đội duy trì mô hình Nuôi heo đất giúp bạn của Chi đội 7A.", [("Nuôi heo đất giúp bạn", "Chi đội 7A")]),
        ModelCase("Huyện nhân rộng mô hình Loa truyền thanh thông minh ra 20 xã.", [("Loa truyền thanh thông minh", nil)]),
        // A name may close its sentence.
        ModelCase("Đại biểu trình bày kinh nghiệm xây dựng Câu lạc bộ Đảng viên trẻ học Bác.", [("Đảng viên trẻ học Bác", nil)]),
    ])
    func namesAfterKindWords(_ example: ModelCase) {
        let found = models(example.sentence)
        #expect(found.map(\.name) == example.expected.map(\.name))
        #expect(found.map(\.owner) == example.expected.map(\.owner))
    }

    @Test(arguments: [
        // Generic words, a state fund, a kind word alone (ModelVocabulary.genericUnquotedNames).
        "Chi đoàn xây dựng tủ sách Bác Hồ cho thiếu nhi.",
        "Hội vận động Quỹ Hỗ trợ nông dân được 2 tỷ đồng.",
        "Các khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.",
        // A kind word inside a proper name, inside quotes, or a unit and its verb after it.
        "Đoàn dâng hương tại Khu di tích Sở Chỉ huy Tiền phương Chiến dịch Hồ Chí Minh lịch sử.",
        "Năm qua có 40 sáng kiến Công ty công nhận, làm lợi 2 tỷ đồng.",
        // Lower case after the kind word: a description, not a name.
        "Huyện nhân rộng mô hình sản xuất rau an toàn, thu nhập cao.",
        // A run that does not end within the name's length is a description.
        "Tổ chức mô hình Tăng cường công tác tuyên truyền phổ biến giáo dục pháp luật sâu rộng thường xuyên liên tục, hiệu quả.",
    ])
    func noNameAfterKindWord(_ sentence: String) {
        #expect(models(sentence).isEmpty, "\(models(sentence).map(\.name))")
    }

    /// Every row of ``ModelVocabulary/genericUnquotedNames`` names no model after a kind word.
    @Test(arguments: ModelVocabulary.genericUnquotedNames.map(\.words))
    func genericNameNamesNoModel(_ words: String) {
        let sentence = "Năm nay, xã tiếp tục duy trì mô hình \(words) trên toàn địa bàn."
        #expect(models(sentence).isEmpty, "\(models(sentence).map(\.name))")
    }

    @Test(arguments: [
        // A kind word for events announces quoted names only (ModelVocabulary.quotedNameKindWords).
        "Hội thảo góp ý dự án Luật Đất đai (sửa đổi) thu hút 80 đại biểu.",
        "Huyện tổ chức ngày hội Văn hóa, Thể thao các dân tộc lần thứ V.",
        // A document's or an institution's name (ModelVocabulary.nonModelNameOpeners).
        "Xã vận hành mô hình Chính quyền địa phương hai cấp từ ngày 01/7/2025.",
        // Capitals that describe the quoted name after them.
        "Chi bộ duy trì mô hình Dân vận khéo “Nhà sạch, ngõ đẹp” của khu phố.",
    ])
    func capitalsThatAreNoModelName(_ sentence: String) {
        #expect(!models(sentence).contains { ["Luật Đất đai", "Văn hóa", "Chính quyền địa phương hai cấp", "Dân vận khéo"].contains($0.name) },
                "\(models(sentence).map(\.name))")
    }

    /// An honour after a person's lead is no name (ModelVocabulary.personNameBlockers).
    @Test func honourIsNoOwner() {
        let found = models("Mô hình “Vườn rau tình thương” của bà Mẹ Việt Nam Anh hùng Lê Thị Lự được giữ gìn.")
        #expect(found.map(\.name) == ["Vườn rau tình thương"])
        #expect(found.first?.owner == nil)
    }



    @Test(arguments: [
        // A single scare-quoted word or two in lower case.
        "Huyện có 12 mô hình “làm theo” được công nhận.",
        // A saying after a listed name is no name.
        "Xã duy trì mô hình “Ngõ sáng”, “Làm theo Bác phải bắt đầu từ những việc nhỏ nhất.” – ông nói.",
        // A one-off exchange programme.
        "Tổ chức Chương trình giao lưu “Mãi mãi niềm tin” với các điển hình.",
        // A subject that is no unit's name: a verb's object, a code.
        "Bộ Chính trị ban hành Chỉ thị 06-CT/TW về tổ chức cuộc thi “làm theo” trong toàn Đảng.",
    ])
    func notModelsInPortalShapes(_ sentence: String) {
        let found = models(sentence)
        #expect(found.allSatisfy { $0.name == "Ngõ sáng" }, "\(found.map(\.name))")
    }

    @Test func subjectThatIsNoUnitGivesNoOwner() {
        let found = models("Ngày 7/11/2006, Bộ Chính trị khóa X ban hành Chỉ thị 06-CT/TW về tổ chức Cuộc vận động “Học tập và làm theo gương Bác”.")
        #expect(found.map(\.name) == ["Học tập và làm theo gương Bác"])
        #expect(found.map(\.owner) == [nil])
        #expect(models("Xã đã xây dựng mô hình “Em nuôi heo đất”.").map(\.owner) == [nil])
    }
}

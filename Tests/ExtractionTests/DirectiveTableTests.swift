@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

@Suite("Directives: kind table and symbols")
struct DirectiveTableTests {
    @Test(arguments: [
        ("chi thi", DirectiveKind.chiThi), ("nghi quyet", .nghiQuyet), ("ket luan", .ketLuan),
        ("quy dinh", .quyDinh), ("quyet dinh", .quyetDinh), ("ke hoach", .keHoach),
        ("chuong trinh hanh dong", .chuongTrinh), ("huong dan", .huongDan), ("thong bao", .thongBao),
        ("cong van", .congVan), ("de an", .deAn), ("bao cao", .baoCao), ("luat", .luat),
        ("nghi dinh", .nghiDinh), ("thong tu", .thongTu), ("thong tu lien tich", .thongTuLienTich),
        ("phap lenh", .phapLenh), ("to trinh", .toTrinh), ("quy che", .quyChe), ("thong tri", .thongTri),
    ])
    func nameNamesKind(_ name: String, _ kind: DirectiveKind) {
        #expect(DirectiveKinds.kind(forName: name) == kind)
    }

    @Test func everyKindHasAName() {
        for kind in DirectiveKind.allCases {
            #expect(DirectiveKinds.entries.contains { $0.kind == kind && !$0.names.isEmpty })
        }
    }

    /// A kind is one row of the table with its example: the example gives one directive of
    /// the row's kind numbered as it says, and no date (the date rules read the kind words
    /// and codes from the same table, so "05/2021" after one stays a number).
    @Test func everyRowsExampleIsExtractedAsTheRowSays() throws {
        #expect(Set(DirectiveKinds.entries.map(\.kind)) == Set(DirectiveKind.allCases))
        #expect(DirectiveKinds.entries.count == DirectiveKind.allCases.count)
        for entry in DirectiveKinds.entries {
            let number = try #require(entry.example.firstMatch(of: #/số (\d+)/#)).output.1
            let facts = FactExtractor().extract(from: entry.example)
            #expect(facts.directives.map(\.type) == [entry.kind], "\(entry.example)")
            #expect(facts.directives.first?.number == String(number), "\(entry.example)")
            #expect(facts.dates.isEmpty, "\(entry.example): \(facts.dates)")
            #expect(!facts.directives.isEmpty && entry.names.contains { name in
                Folding.key(entry.example).contains(name + " so ")
            }, "\(entry.example) names the kind with one of the row's names")
        }
    }

    /// The figure rules read the printed names (a number after one is part of a name).
    @Test func figureRulesReadTheKindNames() {
        for name in DirectiveKinds.entries.flatMap(\.printedNames) {
            #expect(FigureVocabulary.nameLeads.contains(name), "\(name)")
        }
    }

    /// The date rules read every name and code of the table (none copied there).
    @Test func dateRulesReadTheKindWords() throws {
        let numericMonth = try #require(DatePatterns.rules.first { $0.name == "numeric month" })
        for entry in DirectiveKinds.entries {
            for word in entry.names + entry.partyCodes + entry.stateCodes
            where !DirectiveKinds.codesThatAreWords.contains(word) {
                #expect(numericMonth.blockedAfter.contains(word), "\(word)")
            }
        }
    }

    @Test func namesAreDistinct() {
        #expect(Set(DirectiveKinds.allNames).count == DirectiveKinds.allNames.count)
    }

    @Test(arguments: [
        ("Theo 05-CT/TW", "05-CT/TW", DirectiveKind.chiThi, "05"),
        ("Theo 05 - CT/TW", "05-CT/TW", .chiThi, "05"),
        ("Theo 05–CT/TW", "05-CT/TW", .chiThi, "05"),
        ("Theo 08-QĐi/TW", "08-QĐi/TW", .quyDinh, "08"),
        ("Theo 99-QĐ/TW", "99-QĐ/TW", .quyetDinh, "99"),
        ("Theo 13-CTr/TU", "13-CTr/TU", .chuongTrinh, "13"),
        ("Theo 02-HD/BTGTU", "02-HD/BTGTU", .huongDan, "02"),
        ("Theo 12-TTr/VPTW", "12-TTr/VPTW", .toTrinh, "12"),
        ("Theo 1234/QĐ-UBND", "1234/QĐ-UBND", .quyetDinh, "1234"),
        ("Theo 15/QyĐ-UBND", "15/QyĐ-UBND", .quyDinh, "15"),
        ("Theo 30/2020/NĐ-CP", "30/2020/NĐ-CP", .nghiDinh, "30"),
        ("Theo 80/2015/QH13", "80/2015/QH13", .luat, "80"),
        ("Theo 02/2022/UBTVQH15", "02/2022/UBTVQH15", .phapLenh, "02"),
        ("Theo 01/2015/TTLT-BNV-BTC", "01/2015/TTLT-BNV-BTC", .thongTuLienTich, "01"),
        // As typed on real pages.
        ("Theo 87HD/BTGTW", "87-HD/BTGTW", .huongDan, "87"),
        ("Theo 48 HD/BTGTW", "48-HD/BTGTW", .huongDan, "48"),
        ("Theo 08 QĐi/TW", "08-QĐi/TW", .quyDinh, "08"),
        ("Theo 76 - KL/TW", "76-KL/TW", .ketLuan, "76"),
        ("Theo 03-CT/TƯ", "03-CT/TW", .chiThi, "03"),
        ("Theo 05-CT/T.Ư", "05-CT/TW", .chiThi, "05"),
        ("Theo 06/CT-TW", "06-CT/TW", .chiThi, "06"),
        ("Theo 06/CT – BYT", "06/CT-BYT", .chiThi, "06"),
        ("Theo 1234/QĐ - UBND", "1234/QĐ-UBND", .quyetDinh, "1234"),
        ("Theo 01/2021/TT - BNV", "01/2021/TT-BNV", .thongTu, "01"),
        ("Theo 80/2015/QH13 - một", "80/2015/QH13", .luat, "80"),
        ("Theo 23-TT/TW", "23-TT/TW", .thongTri, "23"),
    ])
    func symbol(_ sentence: String, _ code: String, _ kind: DirectiveKind, _ number: String) {
        let text = AnalyzedText(sentence)
        let parsed = DirectiveCodeParser.code(in: text, at: 5)
        #expect(parsed?.code == code)
        #expect((parsed?.kind ?? parsed?.impliedKind) == kind)
        #expect(parsed?.number == number)
    }

    @Test(arguments: ["Ngày 15/5/2016 và 13-8-2021", "Giai đoạn 2021-2025", "Tỷ lệ 99,7%", "Thôn 1/2 xã",
                      "Có 5 xã/phường", "Theo 12 hs/gv", "Ngày 15/5 - Hội nghị", "Tổ 5/Tây - Bắc"])
    func notASymbol(_ sentence: String) {
        #expect(DirectiveCodeParser.allCodes(in: AnalyzedText(sentence)).isEmpty)
    }

    @Test(arguments: [
        ("của Bộ Chính trị về đẩy mạnh", "Bộ Chính trị"),
        ("của Ban Thường vụ Thành ủy Mỹ Tho về thực hiện", "Ban Thường vụ Thành ủy Mỹ Tho"),
        ("của Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương Đảng"),
        ("của Ủy ban nhân dân tỉnh Tiền Giang, và", "Ủy ban nhân dân tỉnh Tiền Giang"),
        ("của Bộ Giáo dục và Đào tạo về", "Bộ Giáo dục và Đào tạo"),
        ("của Tỉnh ủy và UBND tỉnh", "Tỉnh ủy"),
        ("của huyện ủy về", "huyện ủy"),
        ("của Tỉnh ủy ban hành ngày", "Tỉnh ủy"),
        ("của Bộ Chính trị (khóa XII)", "Bộ Chính trị"),
        // Inner "Bộ đội", "Chỉ huy", "Quân sự", "Lao động", "Phụ nữ" keep the name going.
        ("của Đảng ủy Bộ đội Biên phòng tỉnh về thi đua", "Đảng ủy Bộ đội Biên phòng tỉnh"),
        ("của Bộ Chỉ huy Quân sự tỉnh Long An đã yêu cầu", "Bộ Chỉ huy Quân sự tỉnh Long An"),
        ("của Bộ Chỉ huy Bộ đội Biên phòng thành phố nhằm", "Bộ Chỉ huy Bộ đội Biên phòng thành phố"),
        ("của Đảng ủy Quân sự tỉnh, ngày", "Đảng ủy Quân sự tỉnh"),
        ("của Bộ đội Biên phòng tỉnh về", "Bộ đội Biên phòng tỉnh"),
        ("của Liên đoàn Lao động thành phố Cần Thơ về", "Liên đoàn Lao động thành phố Cần Thơ"),
        ("của Hội Liên hiệp Phụ nữ huyện để", "Hội Liên hiệp Phụ nữ huyện"),
        ("của Sở Nội vụ tỉnh Kon Tum ngày 2/3/2022", "Sở Nội vụ tỉnh Kon Tum"),
        ("của Ban Chỉ đạo tỉnh về", "Ban Chỉ đạo tỉnh"),
        // Sentence-case fields of unit names, and heads of other bodies.
        ("của Đảng ủy Sở Tư pháp về", "Đảng ủy Sở Tư pháp"),
        ("của Ban Thường vụ Công đoàn Đường sắt Việt Nam về", "Ban Thường vụ Công đoàn Đường sắt Việt Nam"),
        ("của Ban Thường vụ Hội Luật gia tỉnh về", "Ban Thường vụ Hội Luật gia tỉnh"),
        ("của Chủ tịch UBND tỉnh về", "Chủ tịch UBND tỉnh"),
        ("của Đảng đoàn Liên hiệp các Hội tỉnh về", "Đảng đoàn Liên hiệp các Hội tỉnh"),
        ("của Liên minh HTX tỉnh về", "Liên minh HTX tỉnh"),
        ("của Bộ Công an và Bộ Quốc phòng", "Bộ Công an"),
        // A lower-case verb after the body is no part of its name.
        ("của Tỉnh ủy chỉ đạo các huyện", "Tỉnh ủy"),
        ("của Đảng ủy lao động sản xuất", "Đảng ủy"),
    ])
    func bodyForward(_ phrase: String, _ body: String) {
        let text = AnalyzedText(phrase)
        let range = DirectiveIssuerRules.readForward(text, from: 4)
        #expect(range.map { text.slice($0) } == body)
    }

    @Test(arguments: ["của cấp trên về", "của mình", "của các cơ quan", "của Kế hoạch số 5"])
    func notABody(_ phrase: String) {
        #expect(DirectiveIssuerRules.readForward(AnalyzedText(phrase), from: 4) == nil)
    }

    @Test(arguments: [
        ("ngày 15/5/2016", "2016-05-15"), ("ngày 13-8-2021", "2021-08-13"), ("ngày 05.3.2020", "2020-03-05"),
        ("ngày 18 tháng 5 năm 2021", "2021-05-18"), (", ngày 1/10/2019", "2019-10-01"),
        (" ban hành ngày 2/9/2020", "2020-09-02"),
    ])
    func date(_ phrase: String, _ iso: String) {
        #expect(DirectiveTailRules.date(AnalyzedText(phrase), at: 0)?.0 == iso)
    }

    @Test(arguments: ["ngày 32/5/2016", "ngày 15/13/2016", "năm 2016", "ngày 15/5"])
    func notADate(_ phrase: String) {
        #expect(DirectiveTailRules.date(AnalyzedText(phrase), at: 0) == nil)
    }

    @Test(arguments: [(" (khóa XII)", "XII"), (" khóa XIII", "XIII"), (" khoá XI", "XI")])
    func term(_ phrase: String, _ roman: String) {
        #expect(DirectiveTailRules.term(AnalyzedText(phrase), at: 0)?.0 == roman)
    }
}

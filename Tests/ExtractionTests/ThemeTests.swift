@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

private func themes(_ sentence: String) -> [Theme] {
    ThemeExtractor().extract(from: AnalyzedText(sentence))
}

/// A sentence and the (year, title) it must give.
struct ThemeCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let year: Int
    let title: String

    init(_ sentence: String, _ year: Int, _ title: String) {
        self.sentence = sentence
        self.year = year
        self.title = title
    }

    var testDescription: String { String(sentence.prefix(60)) }
}

@Suite("Themes")
struct ThemeTests {
    @Test(arguments: [
        ThemeCase("Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024 là “Thực hiện phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, quản lý các cấp”.",
                  2024, "Thực hiện phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, quản lý các cấp"),
        ThemeCase("Kế hoạch về thực hiện Chuyên đề toàn khóa “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực tự cường” giai đoạn 2021 - 2026 và Chuyên đề năm 2025.",
                  2021, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực tự cường"),
        ThemeCase("Đảng bộ quán triệt chuyên đề năm 2023 “Đẩy mạnh xây dựng văn hóa trong Đảng”.",
                  2023, "Đẩy mạnh xây dựng văn hóa trong Đảng"),
        ThemeCase("Chuyên đề toàn khóa nhiệm kỳ 2020-2025 “Học tập và làm theo Bác về đoàn kết”.",
                  2020, "Học tập và làm theo Bác về đoàn kết"),
        ThemeCase("Triển khai chuyên đề “Xây dựng phong cách làm việc khoa học” năm 2022 đến toàn thể đảng viên.",
                  2022, "Xây dựng phong cách làm việc khoa học"),
        ThemeCase("Chuyên đề toàn khóa “Học Bác về ý chí tự lực” (2021 - 2025) được quán triệt sâu rộng.",
                  2021, "Học Bác về ý chí tự lực"),
        ThemeCase("Năm 2023, Thành ủy tổ chức học tập chuyên đề “Phát huy dân chủ ở cơ sở” cho cán bộ.",
                  2023, "Phát huy dân chủ ở cơ sở"),
        ThemeCase("Chuyên đề năm học 2023-2024 là «Thi đua dạy tốt, học tốt» được các trường triển khai.",
                  2023, "Thi đua dạy tốt, học tốt"),
        ThemeCase("Chuyên đề năm 2021 \"Học tập và làm theo Bác về ý chí tự lực tự cường…\" được quán triệt.",
                  2021, "Học tập và làm theo Bác về ý chí tự lực tự cường"),
        ThemeCase("Chuyên đề năm 2024 là “Nêu gương của cán bộ, đảng viên  lãnh đạo”.",
                  2024, "Nêu gương của cán bộ, đảng viên lãnh đạo"),
        ThemeCase("Việc học tập chuyên đề toàn khóa “Khát vọng phát triển đất nước phồn vinh” giai đoạn 2021-2025 gắn với nhiệm vụ chính trị.",
                  2021, "Khát vọng phát triển đất nước phồn vinh"),
        // A known whole-term theme with no year in its sentence, in a report of other years.
        ThemeCase("Kế hoạch số 12-KH/ĐU ngày 03/8/2016. Tỷ lệ đảng viên học chuyên đề toàn khóa “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc” đạt 97%. Giai đoạn 2016 - 2025, năm 2016 khởi đầu.",
                  2021, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc"),
        // The province's focus of the year, quoted after "nội dung trọng tâm".
        ThemeCase("Huyện gắn với nội dung trọng tâm làm theo của tỉnh năm 2024 \"Siết chặt kỷ cương, phục vụ Nhân dân\".",
                  2024, "Siết chặt kỷ cương, phục vụ Nhân dân"),
    ])
    func quotedThemes(_ example: ThemeCase) {
        let found = themes(example.sentence)
        #expect(found.map(\.year) == [example.year])
        #expect(found.map(\.title) == [example.title])
    }

    @Test(arguments: [
        "Tiếp tục thực hiện Chuyên đề năm 2025 gắn với việc thực hiện Kết luận 21 của Ban Chấp hành Trung ương Đảng khóa XIII.",
        "Theo Chuyên đề toàn khóa và Chuyên đề năm 2025 gắn với tuyên truyền gương điển hình.",
        "Phát động Giải thưởng sáng tác về chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” giai đoạn 2023 - 2025.",
        "Chuyên đề năm 2025 đã được quán triệt. Ông A nói: “Cần làm ngay”.",
        "Chuyên đề được lồng ghép với phong trào “Dân vận khéo” năm 2024.",
        "Sinh hoạt chuyên đề về “Người tốt việc tốt” tại chi bộ.",
        // A book beside the theme, a quarterly topic.
        "Đề thi gồm Chỉ thị 05, chuyên đề năm 2025 và tác phẩm “Dân vận” của Bác.",
        "Chi bộ sinh hoạt chuyên đề quý II năm 2025 với chủ đề “Nêu gương trong công tác giảng dạy”.",
        // A spirit named inside the theme's description.
        "Tuổi trẻ tiếp tục thực hiện chuyên đề toàn khóa về ý chí tự lực, phát huy tinh thần “Đồng Khởi mới”.",
    ])
    func notThemes(_ sentence: String) {
        #expect(themes(sentence).isEmpty, "\(themes(sentence).map(\.title))")
    }

    @Test(arguments: [
        // A whole-term theme without its years: the term of the years the sentence speaks of.
        ThemeCase("Việc học tập chuyên đề toàn khóa “Học Bác về ý chí tự lực và khát vọng phát triển\" cùng các chuyên đề năm 2022, 2023 được tổ chức bài bản.",
                  2021, "Học Bác về ý chí tự lực và khát vọng phát triển"),
        ThemeCase("Chuyên đề toàn khóa “Học Bác về xây dựng Đảng, “là đạo đức, là văn minh”” và các chuyên đề năm 2017, 2018 được quán triệt.",
                  2016, "Học Bác về xây dựng Đảng, “là đạo đức, là văn minh”"),
        // The term's number says its first year.
        ThemeCase("Quán triệt chuyên đề toàn khóa XIII “Học Bác về khát vọng phát triển” đến chi bộ.",
                  2021, "Học Bác về khát vọng phát triển"),
        // No year in the sentence: the year the text speaks of most.
        ThemeCase("Kế hoạch năm 2024 của Đảng ủy, ban hành ngày 10/01/2024.\n- Chuyên đề toàn khóa: “Học Bác về tự lực, tự cường\".",
                  2021, "Học Bác về tự lực, tự cường"),
    ])
    func wholeTermThemes(_ example: ThemeCase) {
        let found = themes(example.sentence)
        #expect(found.map(\.year) == [example.year])
        #expect(found.map(\.title) == [example.title])
    }

    /// A campaign theme quoted with no year beside it takes the year the text names most;
    /// another quoted title with no year is no theme.
    @Test func campaignThemeWithoutItsYear() {
        let text = "Kế hoạch 41-KH/TU ngày 06-02-2025 triển khai chuyên đề năm 2025. Toàn huyện đã học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đô thị văn minh”; năm 2024 có 96% đảng viên tham gia."
        let found = themes(text)
        #expect(found.map(\.year) == [2025])
        #expect(found.map(\.title) == ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đô thị văn minh"])
        #expect(themes("Ngày 06-02-2025, chi bộ sinh hoạt chuyên đề “Tuổi trẻ tình nguyện vì cộng đồng”.").isEmpty)
        // A year named once, or two years as often, date no theme.
        #expect(themes("Sau 9 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016, huyện học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đô thị văn minh”.").isEmpty)
    }

    @Test(arguments: ThemeYear.wholeTermThemes.map { ($0.example, $0.firstYear) })
    func wholeTermThemeWithoutItsYearTakesItsTerm(_ example: String, _ year: Int) {
        #expect(themes(example).map(\.year) == [year])
    }

    @Test(arguments: ThemeYear.campaignOpenings.map(\.example))
    func campaignOpeningExamplesGiveAThemeWithAYear(_ example: String) {
        #expect(themes(example + " Năm 2023 là năm bản lề, năm 2023 là năm tăng tốc.").map(\.year) == [2023])
    }

    @Test func themesListedYearByYear() {
        let text = """
            Bên cạnh chuyên đề toàn khóa “Học Bác về tự lực” (2021 - 2025), Ban Thường vụ xác định nội dung trọng tâm từng năm. \
            Năm 2022: “Kỷ cương, trách nhiệm\". Năm 2023: "Nêu gương, sáng tạo”. Năm 2024:“Phát huy dân chủ”.
            - Năm 2025: ''Đoàn kết, tinh gọn''.
            """
        let found = themes(text)
        #expect(found.map(\.year) == [2021, 2022, 2023, 2024, 2025])
        #expect(found.map(\.title) == ["Học Bác về tự lực", "Kỷ cương, trách nhiệm", "Nêu gương, sáng tạo", "Phát huy dân chủ",
                                       "Đoàn kết, tinh gọn"])
    }

    /// "năm X là “…”" after a theme word quoted as a label.
    @Test func themesNamedYearByYearWithLa() {
        let text = "Các chi bộ đã xác định “nội dung trọng tâm làm theo” của từng năm: năm 2022 là “Trách nhiệm nêu gương”, năm 2023 là \"Kỷ cương, đổi mới\"."
        let found = themes(text)
        #expect(found.map(\.year) == [2022, 2023])
        #expect(found.map(\.title) == ["Trách nhiệm nêu gương", "Kỷ cương, đổi mới"])
    }

    @Test(arguments: ThemeYearList.themeWords.map(\.example))
    func themeWordRowExample(_ example: String) {
        #expect(themes(example).count == 2, "\(themes(example).map(\.title))")
    }

    @Test(arguments: ThemeYearList.otherWords.map(\.example) + [
        // The year named as a slogan, a quoted fragment of a title, a saying.
        "Học tập chuyên đề năm 2022; tỉnh xác định năm 2022 là “Năm kỷ cương, kỷ luật”.",
        "Tiếp tục học tập chuyên đề toàn khóa về xây dựng Đảng trong sạch, vững mạnh, “là đạo đức, là văn minh”, năm 2017.",
        "Năm 2018, khi học tập chuyên đề về cần kiệm, cả chi hội cùng đọc lại câu Người viết: “Tiết kiệm không phải là bủn xỉn”.",
    ])
    func notYearListThemes(_ example: String) {
        #expect(themes(example).isEmpty, "\(themes(example).map(\.title))")
    }

    @Test func oneItemPerTheme() {
        let text = "Chuyên đề năm 2024 là “Nêu gương”. Quán triệt chuyên đề năm 2024 “Nêu gương” đến chi bộ."
        let found = themes(text)
        #expect(found.count == 1)
        #expect(found.first?.mentions.count == 2)
    }

    @Test func seedsMatchGold() throws {
        var gold = Set<String>()
        var predicted = Set<String>()
        for document in SeedCorpus.documents {
            let goldKeys = Set(try SeedCorpus.gold(document, list: "themes").map { item in
                "\(document)|\(item["year"] as? Int ?? 0)|" + String(SeedCorpus.fold(item["title"] as? String).prefix(60))
            })
            let foundKeys = Set(ThemeExtractor().extract(from: try SeedCorpus.text(document)).map { theme in
                "\(document)|\(theme.year)|" + String(SeedCorpus.fold(theme.title).prefix(60))
            })
            for miss in goldKeys.subtracting(foundKeys).sorted() { print("THEME MISS", miss) }
            for extra in foundKeys.subtracting(goldKeys).sorted() { print("THEME EXTRA", extra) }
            gold.formUnion(goldKeys)
            predicted.formUnion(foundKeys)
        }
        #expect(!gold.isEmpty)
        #expect(SeedCorpus.f1(gold: gold, predicted: predicted) == 1)
    }
}

/// The whole-word scan for "chuyên đề" that replaced the pattern
/// `(?<![a-z0-9])chuyen de(?![a-z0-9])`.
@Suite struct ThemeWordScanTests {
    @Test(arguments: [
        ("Chuyên đề năm 2024", [0..<9]), ("học tập chuyên đề \"A\"", [8..<17]), ("CHUYÊN ĐỀ", [0..<9]),
        ("chuyên đề, chuyên đề", [0..<9, 11..<20]), ("xchuyên đề", []), ("chuyên đề2", []), ("chuyên đềx", []),
        ("chuyên  đề", []), ("(chuyên đề)", [1..<10]), ("2chuyên đề", []), ("", []),
        ("các chuyên đề", [4..<13]), ("chuyện đề chuyên đề", [0..<9, 10..<19]), ("chuy", []), ("chuyen d", []),
        ("cccchuyen de", []), ("yyy chuyen de yyy", [4..<13]),
    ])
    func wholeWords(_ row: (String, [Range<Int>])) {
        let text = AnalyzedText(row.0)
        #expect(ThemeVocabulary.themeWords(in: text) == row.1, "\(row.0)")
        let pattern = Pattern("(?<![a-z0-9])chuyen de(?![a-z0-9])")
        #expect(ThemeVocabulary.themeWords(in: text) == pattern.matches(in: text).map(\.range), "\(row.0)")
    }
}

/// The printed-form test of a hit ("chuyên đề" in any case), scalar by scalar where it can.
@Suite struct ThemeWordPrintedTests {
    @Test(arguments: [
        ("chuyên đề", true), ("Chuyên Đề", true), ("CHUYÊN ĐỀ", true), ("chuyen de", false),
        ("chuyện đề", false), ("chuyên để", false), ("chuyên\u{00A0}đề", false),
    ])
    func printedForm(_ row: (String, Bool)) {
        let text = AnalyzedText(row.0)
        let hit = 0..<text.count
        #expect(ThemeVocabulary.isPrintedThemeWord(text, hit) == row.1, "\(row.0)")
        #expect(ThemeVocabulary.isPrintedThemeWord(text, hit) == (text.slice(hit).lowercased() == "chuyên đề"))
    }
}

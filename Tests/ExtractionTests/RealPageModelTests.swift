@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// A class of error a run over real page excerpts showed, as sentences written for the test.

@Suite("Real page classes: models")
struct RealPageModelTests {
    private func names(_ sentence: String) -> [String] {
        ModelExtractor().extract(from: AnalyzedText(sentence)).map(\.name)
    }

    @Test func clausesOfUnitsAreNoListedModels() {
        let sentence = "Nhiều cơ quan xây dựng mô hình, như: Hội Cựu chiến binh tỉnh đã duy trì sinh hoạt chuyên đề hằng tháng; "
            + "Sở Tư pháp có sổ theo dõi việc làm theo Bác; Ban Dân vận Tỉnh ủy tổ chức tọa đàm về gương người tốt."
        #expect(names(sentence) == [])
    }

    @Test func titledListItemsStayModels() {
        let sentence = "Các mô hình tiêu biểu như: Ngôi nhà tình đồng đội; Bữa cơm nghĩa tình; Vườn rau sạch cho em."
        #expect(names(sentence) == ["Ngôi nhà tình đồng đội", "Bữa cơm nghĩa tình", "Vườn rau sạch cho em"])
    }

    @Test func unquotedContestTitleStopsBeforeItsTopic() {
        let sentence = "Nhà văn hóa huyện tổ chức Hội thi Thiếu nhi kể chuyện về Bác với chủ đề “Bác Hồ trong lòng em” cho học sinh."
        #expect(names(sentence) == ["Thiếu nhi kể chuyện về Bác"])
    }

    @Test func scareQuotedFragmentOfAModelIsDropped() {
        let sentence = "Xã phát động phong trào “Thi đua học tập và làm theo lời Bác”. Mỗi thôn chọn điển hình “làm theo lời Bác” để nhân rộng."
        #expect(names(sentence) == ["Thi đua học tập và làm theo lời Bác"])
    }

    /// "Cách làm hay" introduces a quoted list as "mô hình" does, its owners after "do … triển khai" and "của".
    @Test func goodPracticesListedAfterNhu() {
        let sentence = "Nhiều cách làm hay được đồng bào Gia Rai hưởng ứng như: “Bản không có người nghiện” ở làng Plei Ơi; "
            + "“Mỗi hộ một ao cá giống” do Hội Nông dân xã triển khai; “Giỏ gạo nuôi bạn” của Chi đoàn thôn 4."
        let found = ModelExtractor().extract(from: AnalyzedText(sentence))
        #expect(found.map(\.name) == ["Bản không có người nghiện", "Mỗi hộ một ao cá giống", "Giỏ gạo nuôi bạn"])
        #expect(found.map(\.owner) == [nil, "Hội Nông dân xã", "Chi đoàn thôn 4"])
    }

    /// An owner's name ending in a lower-case phrase of ``ModelVocabulary/unitTailPhrases`` keeps it whole.
    @Test(arguments: ModelVocabulary.unitTailPhrases)
    func ownerEndsWithATailPhrase(_ row: (phrase: String, example: String)) {
        let sentence = "Năm 2025 duy trì mô hình “Ngày Chủ nhật xanh” của \(row.example) với 40 lượt đoàn viên tham gia."
        let found = ModelExtractor().extract(from: AnalyzedText(sentence))
        #expect(found.map(\.owner) == [row.example])
    }

    /// "có số lượng" folds as "cơ sở" does: a tail phrase must be written with the row's marks.
    @Test func foldedLookalikeOfATailPhraseEndsNoOwner() {
        let sentence = "Mô hình “Tổ tiết kiệm xanh” của Hội Phụ nữ xã Tân An có số lượng thành viên đông nhất huyện."
        #expect(ModelExtractor().extract(from: AnalyzedText(sentence)).map(\.owner) == ["Hội Phụ nữ xã Tân An"])
    }

    /// "bà con" (the villagers) names no speaker: the list after "như:" is still models; "bà" alone does.
    @Test func villagersAreNoSpeaker() {
        let sentence = "Nhiều cách làm hay được bà con đồng bào Xơ Đăng, Gia Rai hưởng ứng như: “Bản không có người nghiện” ở làng Plei Ơi; "
            + "“Mỗi hộ một ao cá giống” do Hội Nông dân xã triển khai."
        #expect(names(sentence) == ["Bản không có người nghiện", "Mỗi hộ một ao cá giống"])
        #expect(ModelPhrases.namesASpeaker(["được", "bà", "nhấn", "mạnh"]))
        #expect(!ModelPhrases.namesASpeaker(["được", "bà", "con", "hưởng", "ứng"]))
    }
}

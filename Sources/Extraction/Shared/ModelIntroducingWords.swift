import Records
import VietnameseText

/// An introducing word and the category of the models it introduces.
struct ModelIntroducingWord: Sendable {
    /// The word as printed, lower-case.
    let word: String
    let category: ModelCategory
    /// Capitalised mid-sentence, this word opens a title that runs on without quotes
    /// ("phát động Giải thưởng sáng tác … về chủ đề “…”").
    let opensUnquotedTitle: Bool
    /// A verb of running a model ("duy trì", "nhân rộng"): it announces only a quote right
    /// after it; in "Nhiều mô hình được nhân rộng như: “…”" the noun before it does.
    let isVerb: Bool
    /// A sentence in which the word names a model: the tests read it.
    let example: String

    init(word: String, category: ModelCategory, opensUnquotedTitle: Bool = false, isVerb: Bool = false, example: String) {
        self.word = word
        self.category = category
        self.opensUnquotedTitle = opensUnquotedTitle
        self.isVerb = isVerb
        self.example = example
    }

    var folded: String { Folding.key(word) }
}

/// The words that introduce a named model, movement, campaign, contest or award: the model
/// rules find models after them, the theme rules do not take a quote after one for a theme.
enum ModelIntroducingWords {
    /// Introducing word → category.
    static let rows: [ModelIntroducingWord] = [
        ModelIntroducingWord(word: "mô hình", category: .moHinh, example: "Xã nhân rộng mô hình “Ngõ xóm sáng đèn”."),
        ModelIntroducingWord(word: "phong trào", category: .phongTrao, example: "Huyện phát động phong trào “Nông dân giỏi”."),
        ModelIntroducingWord(word: "cuộc vận động", category: .cuocVanDong, example: "Thực hiện Cuộc vận động “Người Việt dùng hàng Việt”."),
        ModelIntroducingWord(word: "cuộc thi", category: .cuocThi, opensUnquotedTitle: true,
                             example: "Trao giải Cuộc thi viết “Người tốt quanh ta”."),
        ModelIntroducingWord(word: "hội thi", category: .cuocThi, opensUnquotedTitle: true,
                             example: "Tổ chức Hội thi “Tuyên truyền viên giỏi”."),
        ModelIntroducingWord(word: "giải thưởng", category: .giaiThuong, opensUnquotedTitle: true,
                             example: "Trao giải thưởng “Cánh diều vàng” cho 5 tác giả."),
        ModelIntroducingWord(word: "tủ sách", category: .tuSach, example: "Ra mắt tủ sách “Bác Hồ với thiếu nhi”."),
        ModelIntroducingWord(word: "cách làm hay", category: .moHinh,
                             example: "Thôn nhân rộng cách làm hay “Hũ gạo tình thương” ra toàn xã."),
        ModelIntroducingWord(word: "chương trình", category: .chuongTrinh, example: "Duy trì chương trình “Mẹ đỡ đầu”."),
        ModelIntroducingWord(word: "câu lạc bộ", category: .other, example: "Thành lập câu lạc bộ “Gia đình hạnh phúc”."),
        ModelIntroducingWord(word: "clb", category: .other, example: "Thành lập CLB “Gia đình hạnh phúc”."),
        ModelIntroducingWord(word: "quỹ", category: .other, example: "Các cơ quan ủng hộ quỹ “Đền ơn đáp nghĩa”."),
        ModelIntroducingWord(word: "quy ước", category: .other, example: "Thôn xây dựng quy ước “Cưới hỏi tiết kiệm”."),
        ModelIntroducingWord(word: "đội hình", category: .other, example: "Ra quân đội hình “Thanh niên tình nguyện hè”."),
        ModelIntroducingWord(word: "nhóm", category: .other, example: "Nhóm thiện nguyện “Bát cháo yêu thương” nấu cháo cho bệnh nhân."),
        ModelIntroducingWord(word: "công trình", category: .other, example: "Khánh thành công trình thanh niên “Đường sáng quê em”."),
        ModelIntroducingWord(word: "tháng cao điểm", category: .other, example: "Phát động Tháng cao điểm “Vì an sinh”."),
        ModelIntroducingWord(word: "giải phụ", category: .giaiThuong, example: "Ban Tổ chức trao giải phụ “Bài thi có nhiều lượt xem nhất”."),
        ModelIntroducingWord(word: "dự án", category: .other, example: "Dự án “Cà phê đổi rác” của nhóm sinh viên thu 2 tấn nhựa."),
        ModelIntroducingWord(word: "ngày hội", category: .other, example: "Đoàn trường tổ chức ngày hội “Giọt máu nghĩa tình” lần thứ 5."),
        ModelIntroducingWord(word: "liên hoan", category: .other,
                             example: "Tỉnh đoàn tổ chức Liên hoan “Thanh niên tiên tiến làm theo lời Bác” lần thứ IV."),
        ModelIntroducingWord(word: "lễ tuyên dương", category: .other,
                             example: "Thành đoàn tổ chức Lễ tuyên dương “Thanh niên tiên tiến làm theo lời Bác” năm 2025."),
        ModelIntroducingWord(word: "đợt cao điểm", category: .other, example: "Xã ra quân đợt cao điểm “Tháng Tư xanh” trên các tuyến đường."),
        ModelIntroducingWord(word: "sáng kiến", category: .other,
                             example: "Sáng kiến “Sổ nhắc việc điện tử” của tổ kế toán được áp dụng toàn chi nhánh."),
        ModelIntroducingWord(word: "học bổng", category: .other, example: "Đồn trao 8 suất học bổng “Chắp cánh ước mơ” mỗi tháng."),
        ModelIntroducingWord(word: "giải báo chí", category: .giaiThuong,
                             example: "Trao Giải báo chí “Theo dấu chân Người” lần thứ II."),
        ModelIntroducingWord(word: "chiến dịch", category: .phongTrao,
                             example: "Huyện đoàn ra quân chiến dịch “Hành quân xanh” tại 6 xã."),
        // Verbs of running a model, right before its quoted name.
        ModelIntroducingWord(word: "duy trì", category: .other, isVerb: true, example: "Chi bộ duy trì “Tổ hòa giải bản Mông” hằng tháng."),
        ModelIntroducingWord(word: "thành lập", category: .other, isVerb: true, example: "Chị vận động thành lập “Tổ phụ nữ nuôi ong” với 12 thành viên."),
        ModelIntroducingWord(word: "ra mắt", category: .other, isVerb: true, example: "Xã ra mắt “Tổ tự quản đường hoa” tại thôn 2."),
        ModelIntroducingWord(word: "nhân rộng", category: .other, isVerb: true, example: "Huyện nhân rộng “Bữa cơm có thịt” ra 9 xã."),
        ModelIntroducingWord(word: "ra quân", category: .other, isVerb: true, example: "Đoàn xã ra quân 12 “Ngày thứ Bảy tình nguyện”."),
        ModelIntroducingWord(word: "khánh thành", category: .other, isVerb: true, example: "Tỉnh đoàn khánh thành 8 “Tuyến đường thắp sáng”."),
        ModelIntroducingWord(word: "đăng ký", category: .other, isVerb: true, example: "Công nhân đăng ký “Mỗi quý một sáng kiến” trong doanh nghiệp."),
        ModelIntroducingWord(word: "xây tặng", category: .other, isVerb: true, example: "Bộ Chỉ huy xây tặng 4 “Nhà đồng đội” cho quân nhân."),
    ]
}

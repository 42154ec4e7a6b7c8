/// The words of the Party's (Hướng dẫn 36-HD/VPTW) and the State's (Nghị định 30/2020/NĐ-CP)
/// document layout that the page reader (Markup: a plain-text page's official header) and
/// the extraction rules (cited directives, dates, figures, an official document's header)
/// both read: one table in the lowest target both see. A new kind is one row here with its
/// example (and, for a cited kind, its case of the record's `DirectiveKind`).
public enum OfficialDocumentWords {
    /// One kind of document: its names and the kind segments of its symbols ("05-CT/TW" has
    /// Party kind code `CT`; "05/CT-TTg" has State kind code `CT`).
    public struct Kind: Sendable {
        /// The record's `type` ("chi_thi").
        public let type: String
        /// Names as printed, lower case; a longer name wins over its prefix ("thông tư liên tịch").
        public let printedNames: [String]
        /// Kind segment of a Party symbol, `number-KIND/issuer`, folded.
        public let partyCodes: [String]
        /// Kind segment of a State symbol, `number/KIND-issuer` or `number/year/KIND-issuer`, folded.
        public let stateCodes: [String]
        /// True for the kinds of numbered documents that texts cite (the record's
        /// `directives`); false for kinds that only head a document of their own.
        public let isCited: Bool
        /// A sentence citing a document of the kind by name and symbol, or for a kind not
        /// cited its title line ("BIÊN BẢN / hội nghị sơ kết …").
        public let example: String

        init(type: String, printedNames: [String], partyCodes: [String] = [], stateCodes: [String] = [],
             isCited: Bool = true, example: String) {
            self.type = type
            self.printedNames = printedNames
            self.partyCodes = partyCodes
            self.stateCodes = stateCodes
            self.isCited = isCited
            self.example = example
        }

        /// ``printedNames`` folded ("thong tu lien tich").
        public var names: [String] { printedNames.map(Folding.key) }
    }

    /// The kinds, cited ones first.
    public static let kinds: [Kind] = [
        .init(type: "chi_thi", printedNames: ["chỉ thị"], partyCodes: ["ct"], stateCodes: ["ct"],
              example: "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."),
        .init(type: "nghi_quyet", printedNames: ["nghị quyết"], partyCodes: ["nq"], stateCodes: ["nq"],
              example: "Triển khai Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương."),
        .init(type: "ket_luan", printedNames: ["kết luận"], partyCodes: ["kl"], stateCodes: [],
              example: "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị."),
        .init(type: "quy_dinh", printedNames: ["quy định"], partyCodes: ["qdi"], stateCodes: ["qyd"],
              example: "Theo Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương."),
        .init(type: "quyet_dinh", printedNames: ["quyết định"], partyCodes: ["qd"], stateCodes: ["qd"],
              example: "Theo Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh."),
        .init(type: "ke_hoach", printedNames: ["kế hoạch"], partyCodes: ["kh"], stateCodes: ["kh"],
              example: "Ban hành Kế hoạch số 12-KH/TU về tuyên truyền."),
        .init(type: "chuong_trinh", printedNames: ["chương trình hành động", "chương trình"],
              partyCodes: ["ctr"], stateCodes: ["ctr"],
              example: "Thực hiện Chương trình hành động số 13-CTr/TU của Tỉnh ủy."),
        .init(type: "huong_dan", printedNames: ["hướng dẫn"], partyCodes: ["hd"], stateCodes: ["hd"],
              example: "Theo Hướng dẫn số 02-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy."),
        .init(type: "thong_bao", printedNames: ["thông báo kết luận", "thông báo"], partyCodes: ["tb"], stateCodes: ["tb"],
              example: "Thực hiện Thông báo kết luận số 45-TB/TU của Thường trực Tỉnh ủy."),
        .init(type: "cong_van", printedNames: ["công văn"], partyCodes: ["cv"], stateCodes: ["cv"],
              example: "Theo Công văn số 256/CV-UBND của Ủy ban nhân dân huyện."),
        .init(type: "de_an", printedNames: ["đề án"], partyCodes: ["da"], stateCodes: ["da"],
              example: "Triển khai Đề án số 06-ĐA/TU của Tỉnh ủy."),
        .init(type: "bao_cao", printedNames: ["báo cáo"], partyCodes: ["bc"], stateCodes: ["bc"],
              example: "Theo Báo cáo số 78-BC/BTGHU của Ban Tuyên giáo Huyện ủy."),
        .init(type: "luat", printedNames: ["bộ luật", "luật"], partyCodes: [], stateCodes: [],
              example: "Thi hành Luật số 80/2015/QH13 về ban hành văn bản quy phạm pháp luật."),
        .init(type: "nghi_dinh", printedNames: ["nghị định"], partyCodes: [], stateCodes: ["nd"],
              example: "Theo Nghị định số 30/2020/NĐ-CP của Chính phủ."),
        .init(type: "thong_tu_lien_tich", printedNames: ["thông tư liên tịch"], partyCodes: [], stateCodes: ["ttlt"],
              example: "Theo Thông tư liên tịch số 01/2015/TTLT-BNV-BTC."),
        .init(type: "thong_tu", printedNames: ["thông tư"], partyCodes: [], stateCodes: ["tt"],
              example: "Theo Thông tư số 01/2021/TT-BNV của Bộ Nội vụ."),
        .init(type: "phap_lenh", printedNames: ["pháp lệnh"], partyCodes: [], stateCodes: [],
              example: "Thi hành Pháp lệnh số 02/2022/UBTVQH15."),
        .init(type: "to_trinh", printedNames: ["tờ trình"], partyCodes: ["ttr"], stateCodes: ["ttr"],
              example: "Theo Tờ trình số 12-TTr/VPTW của Văn phòng Trung ương."),
        .init(type: "quy_che", printedNames: ["quy chế"], partyCodes: ["qc"], stateCodes: ["qc"],
              example: "Ban hành Quy chế số 05-QC/TU về làm việc."),
        .init(type: "thong_tri", printedNames: ["thông tri"], partyCodes: ["tt"], stateCodes: [],
              example: "Thực hiện Thông tri số 17-TT/TW của Ban Bí thư."),
        .init(type: "bien_ban", printedNames: ["biên bản"], isCited: false, example: "BIÊN BẢN / hội nghị sơ kết …"),
        .init(type: "cong_dien", printedNames: ["công điện"], isCited: false, example: "CÔNG ĐIỆN / về việc …"),
        .init(type: "de_cuong", printedNames: ["đề cương"], isCited: false, example: "ĐỀ CƯƠNG / tuyên truyền kỷ niệm …"),
        .init(type: "dieu_le", printedNames: ["điều lệ"], isCited: false, example: "ĐIỀU LỆ / Hội …"),
        .init(type: "thong_cao", printedNames: ["thông cáo"], isCited: false, example: "THÔNG CÁO / báo chí …"),
        .init(type: "giay_moi", printedNames: ["giấy mời"], isCited: false, example: "GIẤY MỜI / dự hội nghị …"),
    ]

    /// Folded names of cited kinds that do not head a document of their own.
    public static let namesNotHeadingDocuments: Set<String> = ["bo luat"]

    /// Every kind word a title line may be or start with, folded, longest first.
    public static let titleNames: [String] = {
        let cited = kinds.filter(\.isCited).flatMap(\.names).sorted { $0.count > $1.count }
        let others = kinds.filter { !$0.isCited }.flatMap(\.names)
        return (cited.filter { !namesNotHeadingDocuments.contains($0) } + others).sorted { $0.count > $1.count }
    }()

    /// The line between a signer's office and name, folded without its parentheses: "(Đã ký)".
    public static let signedMarks: Set<String> = [
        "da ky", "ky", "ky ten", "da ky va dong dau", "ky ten, dong dau", "ky ten va dong dau", "ky, ghi ro ho ten",
        "ky va ghi ro ho ten", "ky, dong dau",
    ]

    /// The opening of the recipients list, folded: "Nơi nhận:".
    public static let recipientsOpening = "noi nhan"

    /// True when `line` is a signed mark in parentheses ("(Đã ký)", "(ký tên, đóng dấu)").
    public static func isSignedMark(_ line: String) -> Bool {
        guard line.hasPrefix("("), line.hasSuffix(")") else { return false }
        return signedMarks.contains(Folding.key(String(line.dropFirst().dropLast())).squeezedSpaces)
    }

    /// The national or Party motto lines, word by word (folded), with the line as printed.
    public static let mottoes: [(words: [String], example: String)] = [
        (["dang", "cong", "san", "viet", "nam"], "ĐẢNG CỘNG SẢN VIỆT NAM"),
        (["cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (["doc", "lap", "tu", "do", "hanh", "phuc"], "Độc lập - Tự do - Hạnh phúc"),
        // The youth union's own documents print it where the Party's print the Party's name.
        (["doan", "tncs", "ho", "chi", "minh"], "ĐOÀN TNCS HỒ CHÍ MINH"),
        (["doan", "thanh", "nien", "cong", "san", "ho", "chi", "minh"], "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"),
    ]
}

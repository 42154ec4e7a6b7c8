import Records
import VietnameseText

/// One kind of numbered document: the names texts call it by and the kind segments of
/// its symbols ("05-CT/TW" has Party kind code `CT`; "05/CT-TTg" has State kind code `CT`).
///
/// Codes are folded (lower-case ASCII, `đ` → `d`), the form patterns run over.
struct DirectiveKindEntry: Sendable {
    let kind: DirectiveKind
    /// Vietnamese names as printed, lower case; a longer name wins over its prefix
    /// ("thông tư liên tịch").
    let printedNames: [String]
    /// ``printedNames`` folded ("thong tu lien tich"), the form the patterns run over.
    let names: [String]
    /// Kind segment of a Party symbol, `number-KIND/issuer`.
    let partyCodes: [String]
    /// Kind segment of a State symbol, `number/KIND-issuer` or `number/year/KIND-issuer`.
    let stateCodes: [String]
    /// A sentence citing a document of the kind by name and symbol ("Chỉ thị số 05-CT/TW"):
    /// the tests extract it and expect one directive of `kind` with the number after "số".
    let example: String

    init(kind: DirectiveKind, printedNames: [String], partyCodes: [String], stateCodes: [String], example: String) {
        self.kind = kind
        self.printedNames = printedNames
        names = printedNames.map(Folding.key)
        self.partyCodes = partyCodes
        self.stateCodes = stateCodes
        self.example = example
    }
}

/// The table of document kinds: kind → Vietnamese names → symbol kind codes, one row per
/// kind with its example. Every list reads the kinds from here: the directive rules, the
/// date rules (a kind word or code before "05/2021" makes it a number, not a month) and the
/// official document's title words.
enum DirectiveKinds {
    static let entries: [DirectiveKindEntry] = [
        .init(kind: .chiThi, printedNames: ["chỉ thị"], partyCodes: ["ct"], stateCodes: ["ct"],
              example: "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."),
        .init(kind: .nghiQuyet, printedNames: ["nghị quyết"], partyCodes: ["nq"], stateCodes: ["nq"],
              example: "Triển khai Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương."),
        .init(kind: .ketLuan, printedNames: ["kết luận"], partyCodes: ["kl"], stateCodes: [],
              example: "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị."),
        .init(kind: .quyDinh, printedNames: ["quy định"], partyCodes: ["qdi"], stateCodes: ["qyd"],
              example: "Theo Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương."),
        .init(kind: .quyetDinh, printedNames: ["quyết định"], partyCodes: ["qd"], stateCodes: ["qd"],
              example: "Theo Quyết định số 1234/QĐ-UBND của Ủy ban nhân dân tỉnh."),
        .init(kind: .keHoach, printedNames: ["kế hoạch"], partyCodes: ["kh"], stateCodes: ["kh"],
              example: "Ban hành Kế hoạch số 12-KH/TU về tuyên truyền."),
        .init(kind: .chuongTrinh, printedNames: ["chương trình hành động", "chương trình"],
              partyCodes: ["ctr"], stateCodes: ["ctr"],
              example: "Thực hiện Chương trình hành động số 13-CTr/TU của Tỉnh ủy."),
        .init(kind: .huongDan, printedNames: ["hướng dẫn"], partyCodes: ["hd"], stateCodes: ["hd"],
              example: "Theo Hướng dẫn số 02-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy."),
        .init(kind: .thongBao, printedNames: ["thông báo kết luận", "thông báo"], partyCodes: ["tb"], stateCodes: ["tb"],
              example: "Thực hiện Thông báo kết luận số 45-TB/TU của Thường trực Tỉnh ủy."),
        .init(kind: .congVan, printedNames: ["công văn"], partyCodes: ["cv"], stateCodes: ["cv"],
              example: "Theo Công văn số 256/CV-UBND của Ủy ban nhân dân huyện."),
        .init(kind: .deAn, printedNames: ["đề án"], partyCodes: ["da"], stateCodes: ["da"],
              example: "Triển khai Đề án số 06-ĐA/TU của Tỉnh ủy."),
        .init(kind: .baoCao, printedNames: ["báo cáo"], partyCodes: ["bc"], stateCodes: ["bc"],
              example: "Theo Báo cáo số 78-BC/BTGHU của Ban Tuyên giáo Huyện ủy."),
        .init(kind: .luat, printedNames: ["bộ luật", "luật"], partyCodes: [], stateCodes: [],
              example: "Thi hành Luật số 80/2015/QH13 về ban hành văn bản quy phạm pháp luật."),
        .init(kind: .nghiDinh, printedNames: ["nghị định"], partyCodes: [], stateCodes: ["nd"],
              example: "Theo Nghị định số 30/2020/NĐ-CP của Chính phủ."),
        .init(kind: .thongTuLienTich, printedNames: ["thông tư liên tịch"], partyCodes: [], stateCodes: ["ttlt"],
              example: "Theo Thông tư liên tịch số 01/2015/TTLT-BNV-BTC."),
        .init(kind: .thongTu, printedNames: ["thông tư"], partyCodes: [], stateCodes: ["tt"],
              example: "Theo Thông tư số 01/2021/TT-BNV của Bộ Nội vụ."),
        .init(kind: .phapLenh, printedNames: ["pháp lệnh"], partyCodes: [], stateCodes: [],
              example: "Thi hành Pháp lệnh số 02/2022/UBTVQH15."),
        .init(kind: .toTrinh, printedNames: ["tờ trình"], partyCodes: ["ttr"], stateCodes: ["ttr"],
              example: "Theo Tờ trình số 12-TTr/VPTW của Văn phòng Trung ương."),
        .init(kind: .quyChe, printedNames: ["quy chế"], partyCodes: ["qc"], stateCodes: ["qc"],
              example: "Ban hành Quy chế số 05-QC/TU về làm việc."),
        .init(kind: .thongTri, printedNames: ["thông tri"], partyCodes: ["tt"], stateCodes: [],
              example: "Thực hiện Thông tri số 17-TT/TW của Ban Bí thư."),
    ]

    /// Issuer segments as typed and their canonical form: the Central Committee's "TƯ"
    /// ("01-KL/TƯ", "05-CT/T.Ư") is written "TW".
    static let issuerSpellings: [(written: String, canonical: String)] = [
        ("TƯ", "TW"),
        ("T.Ư", "TW"),
        ("T.W", "TW"),
    ]

    /// Issuers that number every document in the Party style: a symbol typed in the State
    /// style with one ("05/CT-TW") is the Party symbol ("05-CT/TW").
    static let partyStyleIssuers: Set<String> = ["TW"]

    /// The canonical form of an issuer segment (see ``issuerSpellings``).
    static func issuer(_ written: String) -> String {
        let upper = written.uppercased()
        return issuerSpellings.first { $0.written == upper }?.canonical ?? written
    }

    /// Normative symbols whose last segment is only an issuer with its term number: the
    /// issuer decides the kind ("80/2015/QH13" is a Luật, "02/2022/UBTVQH15" a Pháp lệnh).
    static let normativeIssuerKinds: [(prefix: String, kind: DirectiveKind)] = [
        ("ubtvqh", .phapLenh),
        ("qh", .luat),
    ]

    /// Words before a kind name that make it an ordinary noun, not a document title
    /// ("kỷ luật", "pháp luật", "quy luật").
    static let nonTitlePrefixes: [String] = ["ky", "phap", "quy", "dieu"]

    /// Kind codes that are also Vietnamese words when folded ("đã", "đá"): not read as a
    /// symbol's kind before a number by the date rules.
    static let codesThatAreWords: Set<String> = ["da"]

    /// Every kind name and symbol kind code (but ``codesThatAreWords``), folded: the words
    /// before a number that make it a document's symbol, not a date.
    static let symbolWords: [String] = {
        var words: [String] = []
        for word in allNames + entries.flatMap({ $0.partyCodes + $0.stateCodes })
        where !words.contains(word) && !codesThatAreWords.contains(word) {
            words.append(word)
        }
        return words
    }()

    /// All names, longest first, for one alternation.
    static let allNames: [String] = entries.flatMap(\.names).sorted { $0.count > $1.count }

    /// The kind of a symbol whose kind word stands several words before it ("Nghị quyết
    /// chuyên đề số 05-NQ/TU"): the symbol's own kind segment wins, except that Party
    /// Quy định are also numbered `QĐ`; a symbol without one takes the word's kind, then
    /// the kind its issuer implies.
    static func resolve(namedAcrossTitle named: DirectiveKind?, code: DirectiveCode) -> DirectiveKind? {
        guard let explicit = code.kind else { return named ?? code.impliedKind }
        if explicit == .quyetDinh && named == .quyDinh { return .quyDinh }
        return explicit
    }

    /// The kind a folded name stands for.
    static func kind(forName name: String) -> DirectiveKind? {
        entries.first { $0.names.contains(name) }?.kind
    }

    /// The kind a folded Party kind code stands for ("ct" → Chỉ thị, "qdi" → Quy định).
    static func kind(partyCode code: String) -> DirectiveKind? {
        entries.first { $0.partyCodes.contains(code) }?.kind
    }

    /// The kind a folded State kind code stands for ("qd" → Quyết định, "nd" → Nghị định).
    static func kind(stateCode code: String) -> DirectiveKind? {
        entries.first { $0.stateCodes.contains(code) }?.kind
    }

    /// The kind a normative symbol's issuer-only segment implies ("qh13" → Luật).
    static func kind(normativeIssuer segment: String) -> DirectiveKind? {
        let letters = String(segment.prefix { $0.isLetter })
        guard letters.count < segment.count else { return nil }
        return normativeIssuerKinds.first { $0.prefix == letters }?.kind
    }
}

import Records

/// One kind of numbered document: the names texts call it by and the kind segments of
/// its symbols ("05-CT/TW" has Party kind code `CT`; "05/CT-TTg" has State kind code `CT`).
///
/// Names and codes are folded (lower-case ASCII, `đ` → `d`), the form patterns run over.
struct DirectiveKindEntry: Sendable {
    let kind: DirectiveKind
    /// Vietnamese names, folded; a longer name wins over its prefix ("thong tu lien tich").
    let names: [String]
    /// Kind segment of a Party symbol, `number-KIND/issuer`.
    let partyCodes: [String]
    /// Kind segment of a State symbol, `number/KIND-issuer` or `number/year/KIND-issuer`.
    let stateCodes: [String]
}

/// The table of document kinds: kind → Vietnamese names → symbol kind codes.
enum DirectiveKinds {
    static let entries: [DirectiveKindEntry] = [
        .init(kind: .chiThi, names: ["chi thi"], partyCodes: ["ct"], stateCodes: ["ct"]),
        .init(kind: .nghiQuyet, names: ["nghi quyet"], partyCodes: ["nq"], stateCodes: ["nq"]),
        .init(kind: .ketLuan, names: ["ket luan"], partyCodes: ["kl"], stateCodes: []),
        .init(kind: .quyDinh, names: ["quy dinh"], partyCodes: ["qdi"], stateCodes: ["qyd"]),
        .init(kind: .quyetDinh, names: ["quyet dinh"], partyCodes: ["qd"], stateCodes: ["qd"]),
        .init(kind: .keHoach, names: ["ke hoach"], partyCodes: ["kh"], stateCodes: ["kh"]),
        .init(kind: .chuongTrinh, names: ["chuong trinh hanh dong", "chuong trinh"],
              partyCodes: ["ctr"], stateCodes: ["ctr"]),
        .init(kind: .huongDan, names: ["huong dan"], partyCodes: ["hd"], stateCodes: ["hd"]),
        .init(kind: .thongBao, names: ["thong bao ket luan", "thong bao"], partyCodes: ["tb"], stateCodes: ["tb"]),
        .init(kind: .congVan, names: ["cong van"], partyCodes: ["cv"], stateCodes: ["cv"]),
        .init(kind: .deAn, names: ["de an"], partyCodes: ["da"], stateCodes: ["da"]),
        .init(kind: .baoCao, names: ["bao cao"], partyCodes: ["bc"], stateCodes: ["bc"]),
        .init(kind: .luat, names: ["bo luat", "luat"], partyCodes: [], stateCodes: []),
        .init(kind: .nghiDinh, names: ["nghi dinh"], partyCodes: [], stateCodes: ["nd"]),
        .init(kind: .thongTuLienTich, names: ["thong tu lien tich"], partyCodes: [], stateCodes: ["ttlt"]),
        .init(kind: .thongTu, names: ["thong tu"], partyCodes: [], stateCodes: ["tt"]),
        .init(kind: .phapLenh, names: ["phap lenh"], partyCodes: [], stateCodes: []),
        .init(kind: .toTrinh, names: ["to trinh"], partyCodes: ["ttr"], stateCodes: ["ttr"]),
        .init(kind: .quyChe, names: ["quy che"], partyCodes: ["qc"], stateCodes: ["qc"]),
        .init(kind: .thongTri, names: ["thong tri"], partyCodes: ["tt"], stateCodes: []),  // "Thông tri số 23-TT/TW"
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

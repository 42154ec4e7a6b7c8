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

/// The document kinds of cited directives: kind → Vietnamese names → symbol kind codes, one
/// row per kind with its example, from ``OfficialDocumentWords/kinds`` (in VietnameseText,
/// as the page reader reads the kind words of a document's title too). Every list reads the
/// kinds from here: the directive rules, the date rules (a kind word or code before
/// "05/2021" makes it a number, not a month), the figure rules (a number after a kind's
/// name is part of the name) and the official document's title words.
enum DirectiveKinds {
    /// The cited kinds of ``OfficialDocumentWords/kinds``, in its order, typed.
    static let entries: [DirectiveKindEntry] = OfficialDocumentWords.kinds.filter(\.isCited).map { row in
        guard let kind = DirectiveKind(rawValue: row.type) else { preconditionFailure("no DirectiveKind \(row.type)") }
        return DirectiveKindEntry(kind: kind, printedNames: row.printedNames, partyCodes: row.partyCodes,
                                  stateCodes: row.stateCodes, example: row.example)
    }

    /// Issuer segments as typed and their canonical form: the Central Committee's "TƯ"
    /// ("01-KL/TƯ", "05-CT/T.Ư") is written "TW".
    static let issuerSpellings: [(written: String, canonical: String)] = [
        ("TƯ", "TW"),
        ("T.Ư", "TW"),
        ("T.W", "TW"),
    ]

    /// Party kind segments printed in mixed case, by their folded form, each with a symbol
    /// typed otherwise: "03-Ctr/TU" is "03-CTr/TU". Any other kind segment stays as typed.
    static let kindSpellings: [(folded: String, canonical: String, example: String)] = [
        ("ctr", "CTr", "03-Ctr/TU"),
        ("ttr", "TTr", "12-Ttr/VPTW"),
        ("qdi", "QĐi", "08-Qđi/TW"),
    ]

    /// The canonical form of a Party kind segment (see ``kindSpellings``).
    static func kindSegment(_ written: String, folded: String) -> String {
        kindSpellings.first { $0.folded == folded }?.canonical ?? written
    }

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

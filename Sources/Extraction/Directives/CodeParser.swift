import VietnameseText

/// A document symbol read from the text: "05-CT/TW", "1234/QĐ-UBND", "30/2020/NĐ-CP".
struct DirectiveCode: Sendable, Equatable {
    /// The symbol's shape.
    enum Shape: Sendable, Equatable {
        /// `number-KIND/issuer`: "05-CT/TW", "08-QĐi/TW", "8011-CV/BTCTW".
        case party
        /// `number/KIND-issuer`: "1234/QĐ-UBND", "05/CT-TTg".
        case stateAdministrative
        /// `number/year/KIND-issuer` or `number/year/issuerTerm`: "30/2020/NĐ-CP", "80/2015/QH13".
        case stateNormative
    }

    let shape: Shape
    /// The document number as written ("05").
    let number: String
    /// Canonical symbol: no spaces, ASCII hyphens, letters as written.
    let code: String
    /// The kind the symbol's kind segment names, when it names one.
    let kind: DirectiveKind?
    /// The kind an issuer-only normative symbol implies ("80/2015/QH13" → Luật); a kind
    /// word before the symbol overrides it ("Nghị quyết số 43/2022/QH15").
    var impliedKind: DirectiveKind? = nil
    /// Code points of the whole symbol.
    let range: Range<Int>
}

/// Reads document symbols in their three shapes (see ``DirectiveCode/Shape``).
enum DirectiveCodeParser {
    static let normative = Pattern(
        #"(\d{1,5})\s*/\s*((?:19|20)\d{2})\s*/\s*([a-z]{1,8})(\d{0,2})(?:-([a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11})*))?(?![a-z0-9])"#)
    static let administrative = Pattern(
        #"(\d{1,5})\s*/\s*([a-z]{1,5})-([a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11})*)(?![a-z0-9])"#)
    static let party = Pattern(
        #"(\d{1,5})\s*-\s*([a-z]{1,4})\s*/\s*([a-z]{1,10}(?:-[a-z]{1,10})?)(?![a-z0-9])"#)
    /// Where a symbol may start when it stands without a kind word ("theo 05-CT/TW").
    static let bareStart = Pattern(
        #"(?<![a-z0-9/.,-])\d{1,5}\s*(?:-\s*[a-z]{1,4}\s*/|/\s*(?:(?:19|20)\d{2}\s*/\s*)?[a-z])"#)

    /// The symbol starting exactly at `position`, if one does. The symbol is read within
    /// 80 code points in a long text, within the whole of a short one.
    static func code(in text: AnalyzedText, at position: Int) -> DirectiveCode? {
        guard position >= 0, position <= text.count else { return nil }
        let near = min(text.count, position + 80)
        let upper = text.count > 160 && DirectiveMatching.isFaithfulWindow(text, position..<near)
            ? near : DirectiveMatching.upper(at: position, bound: text.count)
        return text.folded.withUnsafeBufferPointer { bytes -> DirectiveCode? in
            if let match = DirectiveScan.normative(bytes, position, upper), let range3 = match[3], let number = match[1] {
                let series = text.foldedSlice(range3)
                guard match[5] == nil else {
                    return make(.stateNormative, text, match.range, number, DirectiveKinds.kind(stateCode: series))
                }
                let termDigits = match[4].map { text.foldedSlice($0) } ?? ""
                guard !termDigits.isEmpty else { return nil }
                var code = make(.stateNormative, text, match.range, number, nil)
                code.impliedKind = DirectiveKinds.kind(normativeIssuer: series + termDigits)
                return code
            }
            if let match = DirectiveScan.administrative(bytes, position, upper), let kindRange = match[2], let number = match[1] {
                let kind = DirectiveKinds.kind(stateCode: text.foldedSlice(kindRange))
                return make(.stateAdministrative, text, match.range, number, kind)
            }
            if let match = DirectiveScan.party(bytes, position, upper), let kindRange = match[2], let number = match[1] {
                let kind = DirectiveKinds.kind(partyCode: text.foldedSlice(kindRange))
                return make(.party, text, match.range, number, kind)
            }
            return nil
        }
    }

    /// Every symbol in the text, whether or not a kind word stands before it.
    static func allCodes(in text: AnalyzedText, wordStarts: WordStarts? = nil) -> [DirectiveCode] {
        guard text.containsFolded("/") else { return [] }
        let starts = (wordStarts ?? WordStarts(text)).positions
        return text.folded.withUnsafeBufferPointer { DirectiveScan.bareStarts($0, trying: starts) }
            .compactMap { code(in: text, at: $0) }
    }

    static func make(_ shape: DirectiveCode.Shape, _ text: AnalyzedText, _ range: Range<Int>,
                     _ numberRange: Range<Int>, _ kind: DirectiveKind?) -> DirectiveCode {
        DirectiveCode(shape: shape, number: text.slice(numberRange), code: canonical(text, range),
                      kind: kind, range: range)
    }

    /// Symbols compared the scorer's way: case-insensitive, leading zeros of the number dropped.
    static func sameCode(_ lhs: String, _ rhs: String) -> Bool {
        func key(_ code: String) -> String { String(Folding.key(code).drop { $0 == "0" }) }
        return key(lhs) == key(rhs)
    }

    /// The symbol without spaces and with every dash as "-": "05 – CT/TW" → "05-CT/TW".
    static func canonical(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for index in range {
            let byte = text.ascii[index]
            if byte == UInt8(ascii: " ") || byte == 0x09 || byte == 0x0A { continue }
            view.append(byte == UInt8(ascii: "-") ? "-" : text.scalars[index])
        }
        return Normalization.nfc(String(view))
    }
}

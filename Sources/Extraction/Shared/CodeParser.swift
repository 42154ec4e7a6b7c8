import ExtractionEngine
import Records
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
        return text.folded.withView { bytes -> DirectiveCode? in
            strictCode(text, bytes, position, upper) ?? looseCode(text, bytes, position, upper)
        }
    }

    /// A symbol in one of the three shapes as the expressions read it.
    static func strictCode(_ text: AnalyzedText, _ bytes: FoldedScan.Bytes, _ position: Int, _ upper: Int) -> DirectiveCode? {
            if let match = SymbolScan.normative(bytes, position, upper), let range3 = match[3], let number = match[1] {
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
            if let match = SymbolScan.administrative(bytes, position, upper), let kindRange = match[2], let number = match[1],
               let issuer = match[3] {
                if DirectiveKinds.partyStyleIssuers.contains(DirectiveKinds.issuer(canonical(text, issuer))),
                   DirectiveKinds.kind(partyCode: text.foldedSlice(kindRange)) != nil {
                    return party(text, match.range, number: number, kind: kindRange, issuer: issuer)
                }
                let kind = DirectiveKinds.kind(stateCode: text.foldedSlice(kindRange))
                return make(.stateAdministrative, text, match.range, number, kind)
            }
            if let match = SymbolScan.party(bytes, position, upper), let kindRange = match[2], let number = match[1],
               let issuer = match[3] {
                let issuerEnd = dottedCentralIssuerEnd(bytes, issuer, upper) ?? issuer.upperBound
                return party(text, position..<issuerEnd, number: number, kind: kindRange, issuer: issuer.lowerBound..<issuerEnd)
            }
            return nil
    }

    /// Symbols as typed on real pages, where the expressions find none, each read only with
    /// the case that shows it is a symbol: a Party symbol without its hyphen ("87HD/BTGTW",
    /// "48 HD/BTGTW", "08 QĐi/TW": a known Party kind code written in capitals), and a State
    /// symbol with spaces around its last hyphen ("1234/QĐ - UBND", "01/2021/TT - BNV": the
    /// issuer in capitals, so "80/2015/QH13 - một …" stays a Luật without issuer).
    static func looseCode(_ text: AnalyzedText, _ bytes: FoldedScan.Bytes, _ position: Int, _ upper: Int) -> DirectiveCode? {
        guard let numberEnd = FoldedScan.digitRun(bytes, at: position, upper: upper, 1...5) else { return nil }
        let afterNumber = FoldedScan.skipSpaces(bytes, from: numberEnd, upper: upper)
        guard afterNumber < upper else { return nil }
        if FoldedScan.isLowerLetter(bytes[afterNumber]) {
            let kindEnd = FoldedScan.skip(bytes, from: afterNumber, upper: upper, while: FoldedScan.isLowerLetter)
            let slash = FoldedScan.skipSpaces(bytes, from: kindEnd, upper: upper)
            let kindCode = text.foldedSlice(afterNumber..<kindEnd)
            guard kindEnd - afterNumber <= 4, slash < upper, bytes[slash] == UInt8(ascii: "/"),
                  text.isUppercase(at: afterNumber), DirectiveKinds.kind(partyCode: kindCode) != nil else { return nil }
            let issuer = FoldedScan.skipSpaces(bytes, from: slash + 1, upper: upper)
            let issuerEnd = FoldedScan.skip(bytes, from: issuer, upper: upper, while: FoldedScan.isLowerLetter)
            guard (1...10).contains(issuerEnd - issuer), isCapitals(text, issuer..<issuerEnd),
                  issuerEnd == upper || !FoldedScan.isLowerAlphanumeric(bytes[issuerEnd]) else { return nil }
            let end = dottedCentralIssuerEnd(bytes, issuer..<issuerEnd, upper) ?? issuerEnd
            return party(text, position..<end, number: position..<numberEnd, kind: afterNumber..<kindEnd, issuer: issuer..<end)
        }
        guard bytes[afterNumber] == UInt8(ascii: "/") else { return nil }
        var series = FoldedScan.skipSpaces(bytes, from: afterNumber + 1, upper: upper)
        var normative = false
        if let yearEnd = FoldedScan.digitRun(bytes, at: series, upper: upper, 4...4),
           FoldedScan.has(bytes, "19", at: series, upper: upper) || FoldedScan.has(bytes, "20", at: series, upper: upper) {
            let slash = FoldedScan.skipSpaces(bytes, from: yearEnd, upper: upper)
            guard slash < upper, bytes[slash] == UInt8(ascii: "/") else { return nil }
            series = FoldedScan.skipSpaces(bytes, from: slash + 1, upper: upper)
            normative = true
        }
        let seriesEnd = FoldedScan.skip(bytes, from: series, upper: upper, while: FoldedScan.isLowerLetter)
        guard (1...(normative ? 8 : 5)).contains(seriesEnd - series) else { return nil }
        let termEnd = normative ? FoldedScan.skip(bytes, from: seriesEnd, upper: upper, while: FoldedScan.isDigit) : seriesEnd
        let dash = FoldedScan.skipSpaces(bytes, from: termEnd, upper: upper)
        guard termEnd - seriesEnd <= 2, dash < upper, bytes[dash] == UInt8(ascii: "-") else { return nil }
        let issuer = FoldedScan.skipSpaces(bytes, from: dash + 1, upper: upper)
        guard dash > termEnd || issuer > dash + 1, let end = SymbolScan.segments(bytes, issuer, upper),
              let firstEnd = SymbolScan.segment(bytes, issuer, upper), isCapitals(text, issuer..<firstEnd) else { return nil }
        let kind = DirectiveKinds.kind(stateCode: text.foldedSlice(series..<seriesEnd))
        return make(normative ? .stateNormative : .stateAdministrative, text, position..<end, position..<numberEnd, kind)
    }

    /// True when every letter of `range` is a capital ("BYT", "QH13"), the first one too.
    static func isCapitals(_ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        guard let first = range.first, text.isUppercase(at: first) else { return false }
        return text.folded.withView { bytes in
            range.allSatisfy { !FoldedScan.isLowerLetter(bytes[$0]) || text.isUppercase(at: $0) }
        }
    }

    /// "T.Ư", "T.W": the central issuer with a dot, read past its one-letter first part.
    static func dottedCentralIssuerEnd(_ bytes: FoldedScan.Bytes, _ issuer: Range<Int>, _ upper: Int) -> Int? {
        let end = issuer.upperBound
        guard issuer.count == 1, bytes[issuer.lowerBound] == UInt8(ascii: "t"), end + 2 <= upper,
              bytes[end] == UInt8(ascii: "."), bytes[end + 1] == UInt8(ascii: "u") || bytes[end + 1] == UInt8(ascii: "w"),
              end + 2 == upper || !FoldedScan.isLowerAlphanumeric(bytes[end + 2]) else { return nil }
        return end + 2
    }

    /// A Party symbol `number-KIND/issuer` from its parts, in canonical form whatever stood
    /// between them.
    static func party(_ text: AnalyzedText, _ range: Range<Int>, number: Range<Int>, kind: Range<Int>,
                      issuer: Range<Int>) -> DirectiveCode {
        let kindSegment = DirectiveKinds.kindSegment(canonical(text, kind), folded: text.foldedSlice(kind))
        let code = canonical(text, number) + "-" + kindSegment + "/" + DirectiveKinds.issuer(canonical(text, issuer))
        return DirectiveCode(shape: .party, number: text.slice(number), code: code,
                             kind: DirectiveKinds.kind(partyCode: text.foldedSlice(kind)), range: range)
    }

    /// Every symbol in the text, whether or not a kind word stands before it. A bare symbol
    /// opens with a digit after no letter or digit, so only the starts of digit runs
    /// (``WordStarts/digitRunStarts``) are tried.
    static func allCodes(in text: AnalyzedText, wordStarts: WordStarts? = nil) -> [DirectiveCode] {
        guard text.containsFolded("/") else { return [] }
        let starts = (wordStarts ?? WordStarts(text)).digitRunStarts
        return text.folded.withView { SymbolScan.bareStarts($0, trying: starts) }
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
        // The scalars' UTF-8 gathered in an array: a scalar view appended one scalar at a
        // time cost several times as much.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(range.count * 3)
        for index in range {
            let byte = text.ascii[index]
            if byte == UInt8(ascii: " ") || byte == 0x09 || byte == 0x0A { continue }
            let scalar = byte == UInt8(ascii: "-") ? "-" : text.scalars[index]
            if scalar.isASCII {
                utf8.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { utf8.append($0) }
            }
        }
        return Normalization.nfc(String(decoding: utf8, as: UTF8.self))
    }
}

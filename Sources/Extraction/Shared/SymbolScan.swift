import ExtractionEngine
import VietnameseText

/// The document symbols' expressions ("05-CT/TW", "30/2020/NĐ-CP", "12/KH-UBND") compiled
/// by hand over ``AnalyzedText/folded``, read within `lower..<upper` as ``DirectiveScan``'s.
enum SymbolScan {
    typealias Bytes = FoldedScan.Bytes

    /// The end of a symbol's issuer segments from `position`:
    /// `[a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11})*` followed by `(?![a-z0-9])`, or nil
    /// when not even the first segment stands there.
    static func segments(_ bytes: Bytes, _ position: Int, _ upper: Int) -> Int? {
        guard let first = segment(bytes, position, upper) else { return nil }
        var end = first
        while end < upper, bytes[end] == UInt8(ascii: "-"), let next = segment(bytes, end + 1, upper) { end = next }
        return end
    }

    /// One whole segment `[a-z][a-z0-9]{0,11}` ending before a byte that is no letter or digit.
    @inline(__always) static func segment(_ bytes: Bytes, _ position: Int, _ upper: Int) -> Int? {
        guard position < upper, FoldedScan.isLowerLetter(bytes[position]) else { return nil }
        let end = FoldedScan.skip(bytes, from: position, upper: upper, while: FoldedScan.isLowerAlphanumeric)
        return end - position <= 12 ? end : nil
    }

    /// `(\d{1,5})\s*<separator>\s*` at `lower`: the number's end and where the rest starts.
    @inline(__always) static func number(_ bytes: Bytes, _ lower: Int, _ upper: Int,
                                         then separator: UInt8) -> (numberEnd: Int, rest: Int)? {
        guard let numberEnd = FoldedScan.digitRun(bytes, at: lower, upper: upper, 1...5) else { return nil }
        let mark = FoldedScan.skipSpaces(bytes, from: numberEnd, upper: upper)
        guard mark < upper, bytes[mark] == separator else { return nil }
        return (numberEnd, FoldedScan.skipSpaces(bytes, from: mark + 1, upper: upper))
    }

    /// ``DirectiveCodeParser/normative`` anchored at `lower`: `(\d{1,5})\s*/\s*((?:19|20)\d{2})\s*/\s*
    /// ([a-z]{1,8})(\d{0,2})(?:-([a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11})*))?(?![a-z0-9])`.
    static func normative(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard let (numberEnd, year) = number(bytes, lower, upper, then: UInt8(ascii: "/")),
              FoldedScan.has(bytes, "19", at: year, upper: upper) || FoldedScan.has(bytes, "20", at: year, upper: upper),
              let yearEnd = FoldedScan.digitRun(bytes, at: year, upper: upper, 4...4) else { return nil }
        let slash = FoldedScan.skipSpaces(bytes, from: yearEnd, upper: upper)
        guard slash < upper, bytes[slash] == UInt8(ascii: "/") else { return nil }
        let series = FoldedScan.skipSpaces(bytes, from: slash + 1, upper: upper)
        let seriesEnd = FoldedScan.skip(bytes, from: series, upper: upper, while: FoldedScan.isLowerLetter)
        guard (1...8).contains(seriesEnd - series),
              let termEnd = FoldedScan.digitRun(bytes, at: seriesEnd, upper: upper, 0...2) else { return nil }
        var end = termEnd
        var issuer: Range<Int>?
        if termEnd < upper, bytes[termEnd] == UInt8(ascii: "-"), let issuerEnd = segments(bytes, termEnd + 1, upper) {
            issuer = (termEnd + 1)..<issuerEnd
            end = issuerEnd
        } else if end < upper, FoldedScan.isLowerAlphanumeric(bytes[end]) {
            return nil
        }
        return DirectiveMatch(range: lower..<end, groups: [lower..<numberEnd, year..<yearEnd, series..<seriesEnd,
                                                          seriesEnd..<termEnd, issuer])
    }

    /// ``DirectiveCodeParser/administrative`` anchored at `lower`: `(\d{1,5})\s*/\s*([a-z]{1,5})-
    /// ([a-z][a-z0-9]{0,11}(?:-[a-z][a-z0-9]{0,11})*)(?![a-z0-9])`.
    static func administrative(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard let (numberEnd, kind) = number(bytes, lower, upper, then: UInt8(ascii: "/")) else { return nil }
        let kindEnd = FoldedScan.skip(bytes, from: kind, upper: upper, while: FoldedScan.isLowerLetter)
        guard (1...5).contains(kindEnd - kind), kindEnd < upper, bytes[kindEnd] == UInt8(ascii: "-"),
              let end = segments(bytes, kindEnd + 1, upper) else { return nil }
        return DirectiveMatch(range: lower..<end, groups: [lower..<numberEnd, kind..<kindEnd, (kindEnd + 1)..<end])
    }

    /// ``DirectiveCodeParser/party`` anchored at `lower`: `(\d{1,5})\s*-\s*([a-z]{1,4})\s*/\s*
    /// ([a-z]{1,10}(?:-[a-z]{1,10})?)(?![a-z0-9])`.
    static func party(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard let (numberEnd, kind) = number(bytes, lower, upper, then: UInt8(ascii: "-")) else { return nil }
        let kindEnd = FoldedScan.skip(bytes, from: kind, upper: upper, while: FoldedScan.isLowerLetter)
        guard (1...4).contains(kindEnd - kind) else { return nil }
        let slash = FoldedScan.skipSpaces(bytes, from: kindEnd, upper: upper)
        guard slash < upper, bytes[slash] == UInt8(ascii: "/") else { return nil }
        let issuer = FoldedScan.skipSpaces(bytes, from: slash + 1, upper: upper)
        let firstEnd = FoldedScan.skip(bytes, from: issuer, upper: upper, while: FoldedScan.isLowerLetter)
        guard (1...10).contains(firstEnd - issuer) else { return nil }
        var end = firstEnd
        if firstEnd < upper, bytes[firstEnd] == UInt8(ascii: "-") {
            let secondEnd = FoldedScan.skip(bytes, from: firstEnd + 1, upper: upper, while: FoldedScan.isLowerLetter)
            if (1...10).contains(secondEnd - firstEnd - 1),
               secondEnd == upper || !FoldedScan.isLowerAlphanumeric(bytes[secondEnd]) {
                end = secondEnd
            }
        }
        guard end == upper || !FoldedScan.isLowerAlphanumeric(bytes[end]) else { return nil }
        return DirectiveMatch(range: lower..<end, groups: [lower..<numberEnd, kind..<kindEnd, issuer..<end])
    }

    /// The starts of ``DirectiveCodeParser/bareStart`` matches in the whole text:
    /// `(?<![a-z0-9/.,-])\d{1,5}\s*(?:-\s*[a-z]{1,4}\s*/|/\s*(?:(?:19|20)\d{2}\s*/\s*)?[a-z])`.
    static func bareStarts(_ bytes: Bytes) -> [Int] {
        var starts: [Int] = []
        let upper = bytes.count
        var position = 0
        while position < upper {
            if let end = bareStart(bytes, position, upper) {
                starts.append(position)
                position = end
            } else {
                position += 1
            }
        }
        return starts
    }

    /// ``bareStarts(_:)`` trying only `wordStarts` (``WordStarts/positions``): a bare symbol
    /// opens with a digit after no letter or digit, so only where a word starts.
    static func bareStarts(_ bytes: Bytes, trying wordStarts: some Sequence<Int>) -> [Int] {
        var starts: [Int] = []
        let upper = bytes.count
        var next = 0
        for position in wordStarts where position >= next {
            if let end = bareStart(bytes, position, upper) {
                starts.append(position)
                next = end
            }
        }
        return starts
    }

    @inline(__always) static func bareStart(_ bytes: Bytes, _ position: Int, _ upper: Int) -> Int? {
        guard FoldedScan.isDigit(bytes[position]) else { return nil }
        if position > 0 {
            let before = bytes[position - 1]
            if FoldedScan.isLowerAlphanumeric(before) || before == UInt8(ascii: "/") || before == UInt8(ascii: ".")
                || before == UInt8(ascii: ",") || before == UInt8(ascii: "-") { return nil }
        }
        guard let numberEnd = FoldedScan.digitRun(bytes, at: position, upper: upper, 1...5) else { return nil }
        let mark = FoldedScan.skipSpaces(bytes, from: numberEnd, upper: upper)
        guard mark < upper else { return nil }
        if bytes[mark] == UInt8(ascii: "-") {
            let kind = FoldedScan.skipSpaces(bytes, from: mark + 1, upper: upper)
            let kindEnd = FoldedScan.skip(bytes, from: kind, upper: upper, while: FoldedScan.isLowerLetter)
            guard (1...4).contains(kindEnd - kind) else { return nil }
            let slash = FoldedScan.skipSpaces(bytes, from: kindEnd, upper: upper)
            return slash < upper && bytes[slash] == UInt8(ascii: "/") ? slash + 1 : nil
        }
        guard bytes[mark] == UInt8(ascii: "/") else { return nil }
        let next = FoldedScan.skipSpaces(bytes, from: mark + 1, upper: upper)
        if FoldedScan.has(bytes, "19", at: next, upper: upper) || FoldedScan.has(bytes, "20", at: next, upper: upper),
           next + 4 <= upper, FoldedScan.isDigit(bytes[next + 2]), FoldedScan.isDigit(bytes[next + 3]) {
            let slash = FoldedScan.skipSpaces(bytes, from: next + 4, upper: upper)
            if slash < upper, bytes[slash] == UInt8(ascii: "/") {
                let letter = FoldedScan.skipSpaces(bytes, from: slash + 1, upper: upper)
                if letter < upper, FoldedScan.isLowerLetter(bytes[letter]) { return letter + 1 }
            }
        }
        return next < upper && FoldedScan.isLowerLetter(bytes[next]) ? next + 1 : nil
    }
}

import ExtractionEngine
import VietnameseText

/// The directive rules' expressions compiled by hand over ``AnalyzedText/folded``. Each
/// function reads only `lower..<upper`, the range the expression was searched in (opaque
/// bounds: nothing before `lower` is seen, look-aheads at `upper` see nothing), and
/// returns exactly the match the expression finds anchored at `lower` (or, for the
/// searching ones, the matches it finds in the range).
///
/// Runs of digits or letters are read whole where the expression's counted repetition
/// is followed by something that cannot continue the run, which is what the repetition
/// amounts to after backtracking.
enum DirectiveScan {
    typealias Bytes = FoldedScan.Bytes

    // MARK: Titles

    static let kindNames: [[UInt8]] = DirectiveKinds.allNames.map { Array($0.utf8) }

    /// ``kindNames`` by first byte, each list in the alternation's order: only those can
    /// match where that byte stands.
    static let kindNamesByInitial: [[[UInt8]]] = FoldedScan.byInitial(kindNames)

    /// ``DirectiveTitleRules/title`` anchored at `lower`:
    /// `(names)(?:\s+(so)\s*:?\s*|\s+)(?=\d)`, the names tried longest first.
    static func title(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard lower < upper else { return nil }
        for name in kindNamesByInitial[Int(bytes[lower])] where FoldedScan.has(bytes, name, at: lower, upper: upper) {
            let nameEnd = lower + name.count
            let spacesEnd = FoldedScan.skipSpaces(bytes, from: nameEnd, upper: upper)
            guard spacesEnd > nameEnd else { continue }
            if FoldedScan.has(bytes, "so", at: spacesEnd, upper: upper) {
                var end = FoldedScan.skipSpaces(bytes, from: spacesEnd + 2, upper: upper)
                if end < upper, bytes[end] == UInt8(ascii: ":") { end += 1 }
                end = FoldedScan.skipSpaces(bytes, from: end, upper: upper)
                if end < upper, FoldedScan.isDigit(bytes[end]) {
                    return DirectiveMatch(range: lower..<end, groups: [lower..<nameEnd, spacesEnd..<(spacesEnd + 2)])
                }
            }
            if spacesEnd < upper, FoldedScan.isDigit(bytes[spacesEnd]) {
                return DirectiveMatch(range: lower..<spacesEnd, groups: [lower..<nameEnd, nil])
            }
        }
        return nil
    }

    /// ``DirectiveTitleRules/kindName`` anchored at `lower`: `(?:names)(?![a-z0-9])`.
    static func kindName(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Range<Int>? {
        guard lower < upper else { return nil }
        for name in kindNamesByInitial[Int(bytes[lower])] where FoldedScan.has(bytes, name, at: lower, upper: upper) {
            let end = lower + name.count
            if end == upper || !FoldedScan.isLowerAlphanumeric(bytes[end]) { return lower..<end }
        }
        return nil
    }

    /// True when ``DirectiveTitleRules/soBeforeSymbol`` matches in `lower..<upper`:
    /// `(?<![a-z])so\s*:?\s*$`.
    static func endsWithSo(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Bool {
        for position in lower..<max(lower, upper) where FoldedScan.has(bytes, "so", at: position, upper: upper) {
            if position > lower, FoldedScan.isLowerLetter(bytes[position - 1]) { continue }
            var end = FoldedScan.skipSpaces(bytes, from: position + 2, upper: upper)
            if end < upper, bytes[end] == UInt8(ascii: ":") { end += 1 }
            end = FoldedScan.skipSpaces(bytes, from: end, upper: upper)
            if FoldedScan.isEnd(bytes, end, upper: upper) { return true }
        }
        return false
    }

    // MARK: Tails

    /// `\s*,?\s*` at `position`.
    @inline(__always) static func commaGap(_ bytes: Bytes, _ position: Int, _ upper: Int) -> Int {
        var end = FoldedScan.skipSpaces(bytes, from: position, upper: upper)
        if end < upper, bytes[end] == UInt8(ascii: ",") { end += 1 }
        return FoldedScan.skipSpaces(bytes, from: end, upper: upper)
    }

    /// `literal\s+` at `position`: the end of the spaces, or nil.
    @inline(__always) static func word(_ bytes: Bytes, _ literal: StaticString, at position: Int, _ upper: Int) -> Int? {
        guard FoldedScan.has(bytes, literal, at: position, upper: upper) else { return nil }
        let start = position + literal.utf8CodeUnitCount
        let end = FoldedScan.skipSpaces(bytes, from: start, upper: upper)
        return end > start ? end : nil
    }

    /// `\s*,?\s*\(?\s*(?:(?:duoc\s+)?ban hanh\s+|ky\s+)?ngay\s+`: where the day starts.
    static func dateOpening(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Int? {
        var position = commaGap(bytes, lower, upper)
        if position < upper, bytes[position] == UInt8(ascii: "(") { position += 1 }
        position = FoldedScan.skipSpaces(bytes, from: position, upper: upper)
        if let issued = word(bytes, "ban hanh", at: word(bytes, "duoc", at: position, upper) ?? position, upper) {
            position = issued
        } else if let signed = word(bytes, "ky", at: position, upper) {
            position = signed
        }
        return word(bytes, "ngay", at: position, upper)
    }

    /// `(?![0-9])\s*\)?` after a year ending at `position`: where the match ends.
    @inline(__always) static func closing(_ bytes: Bytes, _ position: Int, _ upper: Int) -> Int {
        let end = FoldedScan.skipSpaces(bytes, from: position, upper: upper)
        return end < upper && bytes[end] == UInt8(ascii: ")") ? end + 1 : end
    }

    /// ``DirectiveTailRules/numericDate`` anchored at `lower`: groups day, separator, month, year.
    static func numericDate(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard let day = dateOpening(bytes, lower, upper),
              let dayEnd = FoldedScan.digitRun(bytes, at: day, upper: upper, 1...2) else { return nil }
        let separator = FoldedScan.skipSpaces(bytes, from: dayEnd, upper: upper)
        guard separator < upper else { return nil }
        let mark = bytes[separator]
        guard mark == UInt8(ascii: "/") || mark == UInt8(ascii: ".") || mark == UInt8(ascii: "-") else { return nil }
        let month = FoldedScan.skipSpaces(bytes, from: separator + 1, upper: upper)
        guard let monthEnd = FoldedScan.digitRun(bytes, at: month, upper: upper, 1...2) else { return nil }
        let second = FoldedScan.skipSpaces(bytes, from: monthEnd, upper: upper)
        guard second < upper, bytes[second] == mark else { return nil }
        let year = FoldedScan.skipSpaces(bytes, from: second + 1, upper: upper)
        guard let yearEnd = FoldedScan.digitRun(bytes, at: year, upper: upper, 4...4) else { return nil }
        return DirectiveMatch(range: lower..<closing(bytes, yearEnd, upper),
                              groups: [day..<dayEnd, separator..<(separator + 1), month..<monthEnd, year..<yearEnd])
    }

    /// ``DirectiveTailRules/wordDate`` anchored at `lower`: groups day, month, year.
    static func wordDate(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard let day = dateOpening(bytes, lower, upper),
              let dayEnd = FoldedScan.digitRun(bytes, at: day, upper: upper, 1...2) else { return nil }
        let monthWord = FoldedScan.skipSpaces(bytes, from: dayEnd, upper: upper)
        guard monthWord > dayEnd, let month = word(bytes, "thang", at: monthWord, upper),
              let monthEnd = FoldedScan.digitRun(bytes, at: month, upper: upper, 1...2) else { return nil }
        let afterSpaces = FoldedScan.skipSpaces(bytes, from: monthEnd, upper: upper)
        var yearWord = afterSpaces
        if afterSpaces < upper, bytes[afterSpaces] == UInt8(ascii: ",") {
            yearWord = FoldedScan.skipSpaces(bytes, from: afterSpaces + 1, upper: upper)
            guard yearWord > afterSpaces + 1 else { return nil }
        } else {
            guard afterSpaces > monthEnd else { return nil }
        }
        guard let year = word(bytes, "nam", at: yearWord, upper),
              let yearEnd = FoldedScan.digitRun(bytes, at: year, upper: upper, 4...4) else { return nil }
        return DirectiveMatch(range: lower..<closing(bytes, yearEnd, upper),
                              groups: [day..<dayEnd, month..<monthEnd, year..<yearEnd])
    }

    /// ``DirectiveTailRules/issueYear`` anchored at `lower`: `\s*,?\s*nam\s+(?:19|20)\d{2}(?![0-9])`.
    static func issueYear(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Int? {
        guard let year = word(bytes, "nam", at: commaGap(bytes, lower, upper), upper),
              FoldedScan.has(bytes, "19", at: year, upper: upper) || FoldedScan.has(bytes, "20", at: year, upper: upper),
              let end = FoldedScan.digitRun(bytes, at: year, upper: upper, 4...4) else { return nil }
        return end
    }

    /// ``DirectiveTailRules/issuerIntro`` anchored at `lower`: `\s*,?\s*(cua|do)\s+`, with the word.
    static func issuerIntro(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> (end: Int, word: Range<Int>)? {
        let start = commaGap(bytes, lower, upper)
        if let end = word(bytes, "cua", at: start, upper) { return (end, start..<(start + 3)) }
        if let end = word(bytes, "do", at: start, upper) { return (end, start..<(start + 2)) }
        return nil
    }

    /// ``DirectiveTailRules/issuedAfterBody`` anchored at `lower`: `\s+(?:da\s+)?ban hanh(?![a-z])`.
    static func issuedAfterBody(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Int? {
        let start = FoldedScan.skipSpaces(bytes, from: lower, upper: upper)
        guard start > lower else { return nil }
        let verb = word(bytes, "da", at: start, upper) ?? start
        guard FoldedScan.has(bytes, "ban hanh", at: verb, upper: upper) else { return nil }
        let end = verb + 8
        return end == upper || !FoldedScan.isLowerLetter(bytes[end]) ? end : nil
    }

    /// ``DirectiveTailRules/term`` anchored at `lower`:
    /// `\s*,?\s*\(?\s*khoa\s+([ivxlc]+)(?![a-z0-9])(\s*\))?`, with the numeral.
    static func term(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> (end: Int, numeral: Range<Int>)? {
        var position = commaGap(bytes, lower, upper)
        if position < upper, bytes[position] == UInt8(ascii: "(") { position += 1 }
        position = FoldedScan.skipSpaces(bytes, from: position, upper: upper)
        guard let numeral = word(bytes, "khoa", at: position, upper) else { return nil }
        let numeralEnd = FoldedScan.skip(bytes, from: numeral, upper: upper, while: isRomanDigit)
        guard numeralEnd > numeral, numeralEnd == upper || !FoldedScan.isLowerAlphanumeric(bytes[numeralEnd]) else {
            return nil
        }
        let close = FoldedScan.skipSpaces(bytes, from: numeralEnd, upper: upper)
        let end = close < upper && bytes[close] == UInt8(ascii: ")") ? close + 1 : numeralEnd
        return (end, numeral..<numeralEnd)
    }

    @inline(__always) static func isRomanDigit(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "i") || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "x")
            || byte == UInt8(ascii: "l") || byte == UInt8(ascii: "c")
    }

    /// `(?:lan thu\s+[a-z0-9]+|trung uong\s+[0-9]+)` or `(?:trung uong\s+[0-9]+|lan thu\s+[a-z0-9]+)`
    /// at `position`, in the order given: the end, or nil.
    static func plenumNumber(_ bytes: Bytes, _ position: Int, _ upper: Int, centralFirst: Bool) -> Int? {
        func numbered() -> Int? {
            guard let digits = word(bytes, "lan thu", at: position, upper) else { return nil }
            let end = FoldedScan.skip(bytes, from: digits, upper: upper, while: FoldedScan.isLowerAlphanumeric)
            return end > digits ? end : nil
        }
        func central() -> Int? {
            guard let digits = word(bytes, "trung uong", at: position, upper) else { return nil }
            let end = FoldedScan.skip(bytes, from: digits, upper: upper, while: FoldedScan.isDigit)
            return end > digits ? end : nil
        }
        return centralFirst ? central() ?? numbered() : numbered() ?? central()
    }

    /// ``DirectiveTailRules/conference`` anchored at `lower`:
    /// `\s*,?\s*hoi nghi\s+(?:lan thu\s+[a-z0-9]+|trung uong\s+[0-9]+)?\s*(?:cua\s+)?`.
    static func conference(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Int? {
        guard let after = word(bytes, "hoi nghi", at: commaGap(bytes, lower, upper), upper) else { return nil }
        let numbered = plenumNumber(bytes, after, upper, centralFirst: false) ?? after
        let spaces = FoldedScan.skipSpaces(bytes, from: numbered, upper: upper)
        return word(bytes, "cua", at: spaces, upper) ?? spaces
    }

    /// ``DirectiveTailRules/conferenceName`` anchored at `lower`:
    /// `hoi nghi\s+(?:ban chap hanh\s+)?(trung uong\s+[0-9]+|lan thu\s+[a-z0-9]+)?`, with the name.
    static func conferenceName(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> DirectiveMatch? {
        guard var position = word(bytes, "hoi nghi", at: lower, upper) else { return nil }
        position = word(bytes, "ban chap hanh", at: position, upper) ?? position
        guard let end = plenumNumber(bytes, position, upper, centralFirst: true) else {
            return DirectiveMatch(range: lower..<position, groups: [nil])
        }
        return DirectiveMatch(range: lower..<end, groups: [position..<end])
    }

    static let listWords: [[UInt8]] = ["va", "cung", "hoac"].map { Array($0.utf8) }

    /// ``DirectiveIssuerSharing/listSeparator`` anchored at `lower`:
    /// `\s*(?:,|\s(?:va|cung|hoac))\s*(?:(?:va|cung)\s+)?`.
    static func listSeparator(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Int? {
        let spaces = FoldedScan.skipSpaces(bytes, from: lower, upper: upper)
        var position: Int
        if spaces < upper, bytes[spaces] == UInt8(ascii: ",") {
            position = spaces + 1
        } else if spaces > lower, let word = listWords.first(where: { FoldedScan.has(bytes, $0, at: spaces, upper: upper) }) {
            position = spaces + word.count
        } else {
            return nil
        }
        position = FoldedScan.skipSpaces(bytes, from: position, upper: upper)
        return word(bytes, "va", at: position, upper) ?? word(bytes, "cung", at: position, upper) ?? position
    }

    /// The matches of ``DirectiveIssuerSharing/issuance`` in `lower..<upper`:
    /// `(?<![a-z])ban hanh(?![a-z])`.
    static func issuances(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var position = lower
        while position + 8 <= upper {
            if bytes[position] == UInt8(ascii: "b"), FoldedScan.has(bytes, "ban hanh", at: position, upper: upper),
               position == lower || !FoldedScan.isLowerLetter(bytes[position - 1]),
               position + 8 == upper || !FoldedScan.isLowerLetter(bytes[position + 8]) {
                found.append(position..<(position + 8))
                position += 8
            } else {
                position += 1
            }
        }
        return found
    }
}

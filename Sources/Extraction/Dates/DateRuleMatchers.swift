import ExtractionEngine
import VietnameseText

/// A date rule's match: where it ends and its capture groups, in code points.
struct DateRuleMatch: Sendable {
    let end: Int
    let groups: [Range<Int>]
}

/// Finds a rule's match starting exactly at a position of the folded bytes searched up to
/// `upper` (the whole text), or nil.
typealias DateRuleMatcher = @Sendable (_ bytes: FoldedScan.Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch?

/// The ``DatePatterns`` expressions compiled by hand: each function accepts exactly the
/// matches its rule's expression finds at a position, with the same groups. Runs of digits
/// are read whole, which is what the expressions' `[0-9]{m,n}` followed by a non-digit
/// amounts to after backtracking.
enum DateRuleMatchers {
    typealias Bytes = FoldedScan.Bytes

    /// `(?<![0-9/.,])([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})(?![0-9])`
    @Sendable static func numericDay(_ bytes: Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch? {
        guard FoldedScan.isDigit(bytes[position]), !follows(bytes, position, "0123456789/.,"),
              let dayEnd = FoldedScan.digitRun(bytes, at: position, upper: upper, 1...2), dayEnd < upper else { return nil }
        let separator = bytes[dayEnd]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-"),
              let monthEnd = FoldedScan.digitRun(bytes, at: dayEnd + 1, upper: upper, 1...2),
              monthEnd < upper, bytes[monthEnd] == separator,
              let yearEnd = FoldedScan.digitRun(bytes, at: monthEnd + 1, upper: upper, 4...4) else { return nil }
        return DateRuleMatch(end: yearEnd, groups: [position..<dayEnd, dayEnd..<(dayEnd + 1),
                                                    (dayEnd + 1)..<monthEnd, (monthEnd + 1)..<yearEnd])
    }

    /// `\bngay[ \t]+([0-9]{1,2})[ \t]+thang[ \t]+([0-9]{1,2})` joint `([0-9]{4})(?![0-9])`
    @Sendable static func dayInWords(_ bytes: Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch? {
        guard bytes[position] == UInt8(ascii: "n"), FoldedScan.isWordBoundary(bytes, position, lower: 0, upper: upper),
              let dayStart = FoldedScan.word(bytes, "ngay", thenBlanksAt: position, upper: upper),
              let dayEnd = FoldedScan.digitRun(bytes, at: dayStart, upper: upper, 1...2) else { return nil }
        let monthWord = FoldedScan.skipBlanks(bytes, from: dayEnd, upper: upper)
        guard monthWord > dayEnd, let monthStart = FoldedScan.word(bytes, "thang", thenBlanksAt: monthWord, upper: upper),
              let monthEnd = FoldedScan.digitRun(bytes, at: monthStart, upper: upper, 1...2),
              let yearStart = monthYearJoint(bytes, monthEnd, upper),
              let yearEnd = FoldedScan.digitRun(bytes, at: yearStart, upper: upper, 4...4) else { return nil }
        return DateRuleMatch(end: yearEnd, groups: [dayStart..<dayEnd, monthStart..<monthEnd, yearStart..<yearEnd])
    }

    /// The quarter numerals in the expression's order of alternatives.
    static let quarterNumerals: [[UInt8]] = ["iv", "iii", "ii", "i"].map { Array($0.utf8) }

    /// `\bquy[ \t]+(iv|iii|ii|i|[1-4])` joint `([0-9]{4})(?![0-9])`
    @Sendable static func quarter(_ bytes: Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch? {
        guard bytes[position] == UInt8(ascii: "q"), FoldedScan.isWordBoundary(bytes, position, lower: 0, upper: upper),
              let numeralStart = FoldedScan.word(bytes, "quy", thenBlanksAt: position, upper: upper),
              numeralStart < upper else { return nil }
        var numeralEnds: [Int] = quarterNumerals.compactMap { numeral in
            FoldedScan.has(bytes, numeral, at: numeralStart, upper: upper) ? numeralStart + numeral.count : nil
        }
        if bytes[numeralStart] &- UInt8(ascii: "1") < 4 { numeralEnds.append(numeralStart + 1) }
        for numeralEnd in numeralEnds {
            guard let yearStart = monthYearJoint(bytes, numeralEnd, upper),
                  let yearEnd = FoldedScan.digitRun(bytes, at: yearStart, upper: upper, 4...4) else { continue }
            return DateRuleMatch(end: yearEnd, groups: [numeralStart..<numeralEnd, yearStart..<yearEnd])
        }
        return nil
    }

    /// `\bthang[ \t]+([0-9]{1,2})` joint `([0-9]{4})(?![0-9])`
    @Sendable static func monthInWords(_ bytes: Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch? {
        guard bytes[position] == UInt8(ascii: "t"), FoldedScan.isWordBoundary(bytes, position, lower: 0, upper: upper),
              let monthStart = FoldedScan.word(bytes, "thang", thenBlanksAt: position, upper: upper),
              let monthEnd = FoldedScan.digitRun(bytes, at: monthStart, upper: upper, 1...2),
              let yearStart = monthYearJoint(bytes, monthEnd, upper),
              let yearEnd = FoldedScan.digitRun(bytes, at: yearStart, upper: upper, 4...4) else { return nil }
        return DateRuleMatch(end: yearEnd, groups: [monthStart..<monthEnd, yearStart..<yearEnd])
    }

    /// `(?<![0-9/.,\-])([0-9]{1,2})/([0-9]{4})(?![0-9])`
    @Sendable static func numericMonth(_ bytes: Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch? {
        guard FoldedScan.isDigit(bytes[position]), !follows(bytes, position, "0123456789/.,-"),
              let monthEnd = FoldedScan.digitRun(bytes, at: position, upper: upper, 1...2),
              monthEnd < upper, bytes[monthEnd] == UInt8(ascii: "/"),
              let yearEnd = FoldedScan.digitRun(bytes, at: monthEnd + 1, upper: upper, 4...4) else { return nil }
        return DateRuleMatch(end: yearEnd, groups: [position..<monthEnd, (monthEnd + 1)..<yearEnd])
    }

    /// `(?<![0-9a-z/.,])(?:nam[ \t]+)?([0-9]{4})(?![0-9a-z])(?![.,][0-9])`
    @Sendable static func year(_ bytes: Bytes, _ position: Int, _ upper: Int) -> DateRuleMatch? {
        let first = bytes[position]
        guard FoldedScan.isDigit(first) || first == UInt8(ascii: "n") else { return nil }
        if position > 0 {
            let before = bytes[position - 1]
            guard !FoldedScan.isLowerAlphanumeric(before), before != UInt8(ascii: "/"), before != UInt8(ascii: "."),
                  before != UInt8(ascii: ",") else { return nil }
        }
        let yearStart = FoldedScan.word(bytes, "nam", thenBlanksAt: position, upper: upper) ?? position
        guard yearStart + 4 <= upper else { return nil }
        for index in yearStart..<(yearStart + 4) where !FoldedScan.isDigit(bytes[index]) { return nil }
        let yearEnd = yearStart + 4
        if yearEnd < upper {
            let next = bytes[yearEnd]
            if FoldedScan.isLowerAlphanumeric(next) { return nil }
            if next == UInt8(ascii: ".") || next == UInt8(ascii: ","), yearEnd + 1 < upper,
               FoldedScan.isDigit(bytes[yearEnd + 1]) { return nil }
        }
        return DateRuleMatch(end: yearEnd, groups: [yearStart..<yearEnd])
    }

    /// ``DatePatterns/monthYearJoint`` after `position`: where the year starts, or nil.
    /// `[ \t]*[/.\-][ \t]*` or `[ \t]*,?[ \t]+nam[ \t]+`.
    static func monthYearJoint(_ bytes: Bytes, _ position: Int, _ upper: Int) -> Int? {
        let afterBlanks = FoldedScan.skipBlanks(bytes, from: position, upper: upper)
        guard afterBlanks < upper else { return nil }
        let byte = bytes[afterBlanks]
        if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") {
            return FoldedScan.skipBlanks(bytes, from: afterBlanks + 1, upper: upper)
        }
        let wordStart: Int
        if byte == UInt8(ascii: ",") {
            wordStart = FoldedScan.skipBlanks(bytes, from: afterBlanks + 1, upper: upper)
            guard wordStart > afterBlanks + 1 else { return nil }
        } else {
            guard afterBlanks > position else { return nil }
            wordStart = afterBlanks
        }
        return FoldedScan.word(bytes, "nam", thenBlanksAt: wordStart, upper: upper)
    }

    /// True when the byte before `position` is one of `set` (a look-behind).
    @inline(__always) static func follows(_ bytes: Bytes, _ position: Int, _ set: StaticString) -> Bool {
        guard position > 0 else { return false }
        let byte = bytes[position - 1]
        let pointer = set.utf8Start
        for offset in 0..<set.utf8CodeUnitCount where pointer[offset] == byte { return true }
        return false
    }
}

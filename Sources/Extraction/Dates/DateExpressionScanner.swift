import ExtractionEngine
import VietnameseText

/// A date expression found in a text: its code-point range, the rule that found it and its value.
struct DateExpression: Hashable, Sendable {
    let range: Range<Int>
    let rule: String
    let value: CalendarValue
}

/// Finds every date expression (days, months, quarters, years) by the ``DatePatterns`` rules.
enum DateExpressionScanner {
    /// All valid expressions in text order. A rejected match (a code, an impossible day)
    /// still claims its text, so no later rule reads a piece of it as a date. Days written
    /// without a year (``YearlessDates``) take the year of the span they open, else that of
    /// `article`, the article's own date; without either they are left out.
    /// `wordStarts` are the text's ``WordStarts`` when the caller has them.
    static func scan(_ text: AnalyzedText, article: CalendarValue? = nil, wordStarts: WordStarts? = nil) -> [DateExpression] {
        var claimed = ClaimedPositions(count: text.count)
        var found: [DateExpression] = []
        let candidates = wordStarts.map { candidateStarts(in: text, wordStarts: $0) } ?? candidateStarts(in: text)
        for (ruleIndex, rule) in DatePatterns.rules.enumerated() {
            for match in matches(of: rule, in: text, candidates: candidates) {
                let range = match.range.clamped(to: 0..<text.count)
                if claimed.overlaps(range) { continue }
                claimed.claim(range)
                guard !isCode(match.range, in: text),
                      !isBlocked(match.range, after: blockedWords[ruleIndex], in: text),
                      !startsWithCollidingWord(match.range, in: text) else { continue }
                // The groups' text only for a match the tests keep (a closure, not the method
                // reference, which copied the text for every match).
                let groups = match.groups.isEmpty ? [""] : match.groups.map { text.foldedSlice($0) }
                guard let value = rule.build(groups) else { continue }
                if DocumentDateLine.holds(match.range, in: text) { continue }
                found.append(DateExpression(range: match.range, rule: rule.name, value: value))
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        let yearless = YearlessDates.find(in: text, claimed: claimed, wordStarts: wordStarts)
        var resolved = found
        var next = 0
        for date in yearless {
            while next < found.count, found[next].range.lowerBound < date.range.upperBound { next += 1 }
            guard let value = YearlessDates.value(of: date, closedBy: next < found.count ? found[next] : nil,
                                                  in: text, article: article) else { continue }
            resolved.append(DateExpression(range: date.range, rule: YearlessDates.ruleName, value: value))
        }
        resolved += SharedDates.find(in: text, claimed: claimed, resolved: resolved, wordStarts: wordStarts)
        return resolved.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Each rule's ``DateExpressionRule/blockedAfter`` as bytes.
    static let blockedWords: [[[UInt8]]] = DatePatterns.rules.map { $0.blockedAfter.map { Array($0.utf8) } }

    /// The rule's matches left to right without overlap, as its expression would find them,
    /// trying only `candidates` (``candidateStarts(in:)``, by default).
    static func matches(of rule: DateExpressionRule, in text: AnalyzedText,
                        candidates: [Int]? = nil) -> [(range: Range<Int>, groups: [Range<Int>])] {
        let candidates = candidates ?? candidateStarts(in: text)
        var starts = [Bool](repeating: false, count: 256)
        for byte in rule.starts.utf8 { starts[Int(byte)] = true }
        return text.folded.withView { bytes in
            var matches: [(range: Range<Int>, groups: [Range<Int>])] = []
            var end = 0
            for position in candidates where position >= end && starts[Int(bytes[position])] {
                guard let match = rule.match(bytes, position, bytes.count) else { continue }
                matches.append((position..<match.end, match.groups))
                end = match.end
            }
            return matches
        }
    }

    /// Where a date rule may start: a run of digits (every rule's look-behind refuses a digit
    /// before its number), or the opening of a date word ("nga", "nam", "quy", "tha") after
    /// no letter or digit (the rules' `\b` and look-behinds refuse those before a date word).
    static func candidateStarts(in text: AnalyzedText) -> [Int] {
        return text.folded.withView { bytes in
            var candidates: [Int] = []
            var previous: UInt8 = 0x20
            let count = bytes.count
            for position in 0..<count {
                let byte = bytes[position]
                if FoldedScan.isDigit(byte) {
                    if !FoldedScan.isDigit(previous) { candidates.append(position) }
                } else if FoldedScan.isLowerLetter(byte), !FoldedScan.isLowerAlphanumeric(previous), position + 2 < count,
                          isDateWordOpening(byte, bytes[position + 1], bytes[position + 2]) {
                    candidates.append(position)
                }
                previous = byte
            }
            return candidates
        }
    }

    /// ``candidateStarts(in:)`` from the text's ``WordStarts``: its runs of digits, and its
    /// words that open with a date word.
    static func candidateStarts(in text: AnalyzedText, wordStarts: WordStarts) -> [Int] {
        wordStarts.withOpenings { positions, openings in
            var candidates: [Int] = []
            var digits = wordStarts.digitRunStarts.makeIterator()
            var nextDigit = digits.next()
            for index in 0..<positions.count {
                // A word opening with a digit opens a run of digits too: taken from those. Bytes
                // past the end read 0, which opens no date word.
                let opening = openings[index]
                guard isDateWordOpening(UInt8(truncatingIfNeeded: opening >> 24), UInt8(truncatingIfNeeded: opening >> 16),
                                        UInt8(truncatingIfNeeded: opening >> 8)) else { continue }
                let position = Int(positions[index])
                while let digit = nextDigit, digit < position {
                    candidates.append(digit)
                    nextDigit = digits.next()
                }
                candidates.append(position)
            }
            while let digit = nextDigit {
                candidates.append(digit)
                nextDigit = digits.next()
            }
            return candidates
        }
    }

    /// True for the first three bytes of the date words the rules start with: "nga", "nam",
    /// "quy", "tha".
    @inline(__always) static func isDateWordOpening(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second, third) {
        case (UInt8(ascii: "n"), UInt8(ascii: "g"), UInt8(ascii: "a")), (UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "m")),
             (UInt8(ascii: "q"), UInt8(ascii: "u"), UInt8(ascii: "y")), (UInt8(ascii: "t"), UInt8(ascii: "h"), UInt8(ascii: "a")):
            return true
        default:
            return false
        }
    }

    /// "30/2020/NĐ-CP": the numbers run on into a slash or dash and letters.
    private static func isCode(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        let upper = min(text.count, range.upperBound + 4)
        guard range.upperBound <= upper else { return false }
        return text.folded.withView { isCodeContinuation($0, at: range.upperBound, upper: upper) }
    }

    /// ``DatePatterns/codeContinuation`` at `position`: `[ \t]*[/\-][ \t]*[a-z]`.
    static func isCodeContinuation(_ bytes: FoldedScan.Bytes, at position: Int, upper: Int) -> Bool {
        var index = FoldedScan.skipBlanks(bytes, from: position, upper: upper)
        guard index < upper, bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "-") else { return false }
        index = FoldedScan.skipBlanks(bytes, from: index + 1, upper: upper)
        return index < upper && FoldedScan.isLowerLetter(bytes[index])
    }

    /// True when one of `words` ends right before `range` (a whole word, spaces between).
    private static func isBlocked(_ range: Range<Int>, after words: [[UInt8]], in text: AnalyzedText) -> Bool {
        guard !words.isEmpty else { return false }
        let folded = text.folded
        var end = range.lowerBound
        while end > 0 && (folded[end - 1] == UInt8(ascii: " ") || folded[end - 1] == UInt8(ascii: "\t")) {
            end -= 1
        }
        return words.contains { word in
            let start = end - word.count
            guard start >= 0, folded[start..<end].elementsEqual(word) else { return false }
            return start == 0 || !text.isWordCharacter(at: start - 1)
        }
    }

    /// The folded forms of ``DatePatterns/collidingWords``: only a word folding to one of
    /// them can be one.
    private static let collidingFolded: [[UInt8]] = Array(Set(DatePatterns.collidingWords.map { Array(Folding.key($0).utf8) }))

    private static func startsWithCollidingWord(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound && text.isWordCharacter(at: end) && !isDigit(text.folded[end]) { end += 1 }
        guard end > range.lowerBound,
              collidingFolded.contains(where: { text.folded[range.lowerBound..<end].elementsEqual($0) }) else { return false }
        return DatePatterns.collidingWords.contains(TextWords.lowercased(text, range.lowerBound..<end))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

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
    /// still claims its text, so no later rule reads a piece of it as a date.
    static func scan(_ text: AnalyzedText) -> [DateExpression] {
        var claimed: [Range<Int>] = []
        var found: [DateExpression] = []
        for rule in DatePatterns.rules {
            if let literal = rule.literal, !text.containsFolded(literal) { continue }
            for match in rule.pattern.matches(in: text) {
                if claimed.contains(where: { $0.overlaps(match.range) }) { continue }
                claimed.append(match.range)
                let groups = (1...max(1, match.groups.count)).map { index in
                    match[index].map(text.foldedSlice) ?? ""
                }
                guard !isCode(match.range, in: text),
                      !isBlocked(match.range, after: rule.blockedAfter, in: text),
                      !startsWithCollidingWord(match.range, in: text),
                      let value = rule.build(groups) else { continue }
                found.append(DateExpression(range: match.range, rule: rule.name, value: value))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "30/2020/NĐ-CP": the numbers run on into a slash or dash and letters.
    private static func isCode(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        DatePatterns.codeContinuation.match(in: text, at: range.upperBound, limit: range.upperBound + 4) != nil
    }

    /// True when one of `words` ends right before `range` (a whole word, spaces between).
    private static func isBlocked(_ range: Range<Int>, after words: [String], in text: AnalyzedText) -> Bool {
        guard !words.isEmpty else { return false }
        var end = range.lowerBound
        while end > 0 && (text.folded[end - 1] == UInt8(ascii: " ") || text.folded[end - 1] == UInt8(ascii: "\t")) {
            end -= 1
        }
        let before = text.foldedSlice(max(0, end - 24)..<end)
        return words.contains { word in
            guard before.hasSuffix(word) else { return false }
            let start = end - word.utf8.count
            return start == 0 || !text.isWordCharacter(at: start - 1)
        }
    }

    private static func startsWithCollidingWord(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound && text.isWordCharacter(at: end) && !isDigit(text.folded[end]) { end += 1 }
        guard end > range.lowerBound else { return false }
        return DatePatterns.collidingWords.contains(text.slice(range.lowerBound..<end).lowercased())
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

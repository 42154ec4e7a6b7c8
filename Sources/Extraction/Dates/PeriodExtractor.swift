import ExtractionEngine
import Records
import VietnameseText

/// Finds every span with both ends stated ("giai đoạn 2021 – 2025", "(2020 – 2022)",
/// "19/5/1890 - 19/5/2022", "từ năm 2021 đến hết tháng 9/2022"), each end in the precision
/// written; one item per (start, end), labelled from its first labelled mention.
/// Open spans ("từ năm 2017 đến nay") and ranges of quantities are not periods.
public struct PeriodExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Period] {
        extract(from: text, expressions: DateExpressionScanner.scan(text))
    }

    /// The periods of `text` given its scanned date expressions (shared with ``DateExtractor``).
    func extract(from text: AnalyzedText, expressions: [DateExpression]) -> [Period] {
        guard expressions.count >= 2 else { return [] }
        var items: [Period] = []
        var indexByKey: [String: Int] = [:]
        for index in 0..<(expressions.count - 1) {
            let first = expressions[index], second = expressions[index + 1]
            guard let found = span(from: first, to: second, in: text) else { continue }
            let key = found.start + "|" + found.end
            if let existing = indexByKey[key] {
                items[existing].mentions.append(found.mentions[0])
                if items[existing].label == nil { items[existing].label = found.label }
            } else {
                indexByKey[key] = items.count
                items.append(found)
            }
        }
        return items
    }

    private func span(from first: DateExpression, to second: DateExpression, in text: AnalyzedText) -> Period? {
        guard first.range.upperBound <= second.range.lowerBound,
              second.value.firstDay >= first.value.firstDay else { return nil }
        let between = first.range.upperBound..<second.range.lowerBound
        let opening = max(0, first.range.lowerBound - PeriodPatterns.lookBehind)..<first.range.lowerBound
        var mentionStart = first.range.lowerBound
        var label: String?
        let joined = text.folded.withView { bytes -> Bool in
            guard !PeriodMatchers.hasLineFeed(bytes, between.lowerBound, between.upperBound) else { return false }
            if let match = PeriodMatchers.labelBefore(bytes, opening.lowerBound, opening.upperBound),
               match.range.upperBound == first.range.lowerBound {
                label = PeriodPatterns.labels.first { $0.folded.utf8.elementsEqual(bytes[match.label]) }?.label
                mentionStart = match.range.lowerBound
            } else if let match = PeriodMatchers.fromBefore(bytes, opening.lowerBound, opening.upperBound),
                      match.upperBound == first.range.lowerBound {
                mentionStart = match.lowerBound
            }
            if PeriodMatchers.isDash(bytes, between.lowerBound, between.upperBound) { return true }
            return PeriodMatchers.isThrough(bytes, between.lowerBound, between.upperBound)
                && PeriodMatchers.hasThroughOpening(bytes, opening.lowerBound, opening.upperBound)
        }
        guard joined else { return nil }
        let bothYears: Bool
        switch (first.value, second.value) {
        case (.year, .year): bothYears = true
        default: bothYears = false
        }
        if label == nil && bothYears && isFollowedByQuantityWord(second.range.upperBound, in: text) { return nil }
        return Period(start: first.value.iso, end: second.value.iso, label: label,
                      mentions: [Mention(mentionStart..<second.range.upperBound)])
    }

    private func isFollowedByQuantityWord(_ position: Int, in text: AnalyzedText) -> Bool {
        var start = position
        while start < text.count && (text.folded[start] == UInt8(ascii: " ") || text.folded[start] == UInt8(ascii: "\t")) {
            start += 1
        }
        if start < text.count && text.folded[start] == UInt8(ascii: "%") { return true }
        var end = start
        while end < text.count && text.isWordCharacter(at: end) { end += 1 }
        return end > start && PeriodPatterns.quantityWords.contains(TextWords.lowercased(text, start..<end))
    }
}

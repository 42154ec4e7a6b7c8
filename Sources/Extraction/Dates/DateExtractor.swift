import VietnameseText

/// Finds every calendar date the text states to the day, month or quarter
/// (`2016-05-15`, `2022-05`, `2022-Q4`), one item per value with all its mentions.
/// Bare years, dates without a year and document codes are not dates.
public struct DateExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [DateItem] {
        extract(from: DateExpressionScanner.scan(text))
    }

    /// The items of expressions already scanned from a text (shared with ``PeriodExtractor``).
    func extract(from expressions: [DateExpression]) -> [DateItem] {
        var items: [DateItem] = []
        var indexByValue: [String: Int] = [:]
        for expression in expressions where expression.value.isDateItem {
            let value = expression.value.iso
            let mention = Mention(expression.range)
            if let index = indexByValue[value] {
                items[index].mentions.append(mention)
            } else {
                indexByValue[value] = items.count
                items.append(DateItem(value: value, mentions: [mention]))
            }
        }
        return items
    }
}

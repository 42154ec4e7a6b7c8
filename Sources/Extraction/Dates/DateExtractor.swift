import Records
import VietnameseText

/// Finds every calendar date the text states to the day, month or quarter
/// (`2016-05-15`, `2022-05`, `2022-Q4`), one item per value with all its mentions.
/// Bare years and document codes are not dates; a day without a year is one only when its
/// year is known (the span it opens, or the article's date).
public struct DateExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [DateItem] {
        extract(from: DateExpressionScanner.scan(text))
    }

    /// The items of a text whose article is dated `published` (ISO): a day written without
    /// its year ("Chiều 24/7") takes the article's year (see ``FactExtractor``).
    public func extract(from text: AnalyzedText, published: String?) -> [DateItem] {
        extract(from: DateExpressionScanner.scan(text, article: YearlessDates.articleDate(published)))
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

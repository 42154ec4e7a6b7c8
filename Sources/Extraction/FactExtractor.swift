import ExtractionEngine
import Records
import VietnameseText

/// Runs every extractor over one text. Pure: String in, values out; safe to call from
/// many threads at once.
public struct FactExtractor: Sendable {
    public init() {}

    public func extract(from text: String) -> Facts {
        extract(from: AnalyzedText(text))
    }

    public func extract(from text: AnalyzedText) -> Facts {
        extract(from: text, before: .never) ?? Facts()
    }

    /// The facts of `text`, or nil when `deadline` passed first. The deadline is checked
    /// between the extractors and inside the long loops of the directive, figure, model and
    /// person rules, so a pathological text is cut soon after its time is up.
    public func extract(from text: AnalyzedText, before deadline: Deadline) -> Facts? {
        extract(from: text, published: nil, before: deadline)
    }

    /// The facts of `text`, whose article is dated `published` (ISO, "2024-07-24" or with a
    /// time; nil when unknown): a day the text writes without its year ("Chiều 24/7") takes
    /// the article's year. Nil when `deadline` passed first.
    public func extract(from text: AnalyzedText, published: String?, before deadline: Deadline) -> Facts? {
        var facts = Facts()
        let wordStarts = WordStarts(text)
        var check = DeadlineCheck(deadline)
        facts.directives = DirectiveExtractor().extract(from: text, wordStarts: wordStarts, check: &check)
        if check.hasPassed(cost: .max) { return nil }
        let quotes = QuoteScanner.spans(in: text)
        facts.figures = FigureExtractor().extract(from: text, quotes: quotes, check: &check)
        if check.hasPassed(cost: .max) { return nil }
        facts.models = ModelExtractor().extract(from: text, quotes: quotes, wordStarts: wordStarts, check: &check)
        if check.hasPassed(cost: .max) { return nil }
        let expressions = DateExpressionScanner.scan(text, article: YearlessDates.articleDate(published),
                                                      wordStarts: wordStarts)
        facts.dates = DateExtractor().extract(from: expressions)
        facts.periods = PeriodExtractor().extract(from: text, expressions: expressions)
        if check.hasPassed(cost: .max) { return nil }
        facts.people = QuotedTitleNames.removing(PersonExtractor().extract(from: text, check: &check), in: text,
                                                 quotes: quotes)
        if check.hasPassed(cost: .max) { return nil }
        facts.themes = ThemeExtractor().extract(from: text, quotes: quotes)
        if check.hasPassed(cost: .max) { return nil }
        return facts
    }
}

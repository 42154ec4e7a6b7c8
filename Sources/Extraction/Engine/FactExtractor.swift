import VietnameseText

/// Runs every extractor over one text. Pure: String in, values out; safe to call from
/// many threads at once.
public struct FactExtractor: Sendable {
    public init() {}

    public func extract(from text: String) -> Facts {
        extract(from: AnalyzedText(text))
    }

    public func extract(from text: AnalyzedText) -> Facts {
        var facts = Facts()
        let wordStarts = WordStarts(text)
        facts.directives = DirectiveExtractor().extract(from: text, wordStarts: wordStarts)
        let quotes = QuoteScanner.spans(in: text)
        facts.figures = FigureExtractor().extract(from: text, quotes: quotes)
        facts.models = ModelExtractor().extract(from: text, quotes: quotes, wordStarts: wordStarts)
        let expressions = DateExpressionScanner.scan(text)
        facts.dates = DateExtractor().extract(from: expressions)
        facts.periods = PeriodExtractor().extract(from: text, expressions: expressions)
        facts.people = PersonExtractor().extract(from: text)
        facts.themes = ThemeExtractor().extract(from: text, quotes: quotes)
        return facts
    }
}

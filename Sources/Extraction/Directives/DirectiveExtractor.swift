import VietnameseText

/// Finds Directive items. (Scaffold: the rules land with the extractor issue.)
public struct DirectiveExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Directive] {
        []
    }
}

import VietnameseText

/// Finds Figure items. (Scaffold: the rules land with the extractor issue.)
public struct FigureExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Figure] {
        []
    }
}

import VietnameseText

/// Finds Theme items. (Scaffold: the rules land with the extractor issue.)
public struct ThemeExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Theme] {
        []
    }
}

import VietnameseText

/// Finds DateItem items. (Scaffold: the rules land with the extractor issue.)
public struct DateExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [DateItem] {
        []
    }
}

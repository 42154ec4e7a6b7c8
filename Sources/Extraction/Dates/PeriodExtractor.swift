import VietnameseText

/// Finds Period items. (Scaffold: the rules land with the extractor issue.)
public struct PeriodExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Period] {
        []
    }
}

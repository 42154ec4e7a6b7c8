import VietnameseText

/// Finds Model items. (Scaffold: the rules land with the extractor issue.)
public struct ModelExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Model] {
        []
    }
}

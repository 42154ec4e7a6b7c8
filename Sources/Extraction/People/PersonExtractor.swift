import VietnameseText

/// Finds Person items. (Scaffold: the rules land with the extractor issue.)
public struct PersonExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Person] {
        []
    }
}

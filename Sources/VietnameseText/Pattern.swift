import Foundation

/// A compiled regular expression over ``AnalyzedText``'s folded ASCII text.
///
/// NSRegularExpression runs ~15× faster than Swift `Regex` here; matching an immutable
/// expression from several threads is safe, hence `@unchecked Sendable`.
public struct Pattern: @unchecked Sendable {
    public let source: String
    let expression: NSRegularExpression

    /// Compiles `source`; a pattern is program data, so a bad one is a programming error
    /// caught by the rule tables' tests.
    public init(_ source: String, caseInsensitive: Bool = false) {
        self.source = source
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            expression = try NSRegularExpression(pattern: source, options: options)
        } catch {
            preconditionFailure("invalid rule pattern \(source): \(error)")
        }
    }

    /// One match: the whole range and each capture group's range, in code points.
    public struct Match: Sendable {
        public let range: Range<Int>
        public let groups: [Range<Int>?]

        /// The range of capture group `index` (1-based), or nil when it did not take part.
        public subscript(_ index: Int) -> Range<Int>? {
            index >= 1 && index <= groups.count ? groups[index - 1] : nil
        }
    }

    /// All matches in the folded (lower-case) text.
    public func matches(in text: AnalyzedText, range: Range<Int>? = nil) -> [Match] {
        matches(inASCII: text.foldedString, range: range)
    }

    /// All matches in the case-preserving ASCII text.
    public func matchesCasePreserving(in text: AnalyzedText, range: Range<Int>? = nil) -> [Match] {
        matches(inASCII: text.asciiString, range: range)
    }

    /// The first match starting exactly at `position` in the folded text, if any.
    public func match(in text: AnalyzedText, at position: Int, limit: Int? = nil) -> Match? {
        let end = min(text.count, limit ?? text.count)
        guard position <= end else { return nil }
        guard let result = expression.firstMatch(
            in: text.foldedString, options: [.anchored],
            range: NSRange(location: position, length: end - position)) else { return nil }
        return Self.convert(result)
    }

    func matches(inASCII string: String, range: Range<Int>?) -> [Match] {
        let searchRange = range.map { NSRange(location: $0.lowerBound, length: $0.count) }
            ?? NSRange(location: 0, length: string.utf8.count)
        return expression.matches(in: string, options: [], range: searchRange).map(Self.convert)
    }

    static func convert(_ result: NSTextCheckingResult) -> Match {
        var groups: [Range<Int>?] = []
        if result.numberOfRanges > 1 {
            for index in 1..<result.numberOfRanges {
                let range = result.range(at: index)
                groups.append(range.location == NSNotFound ? nil : range.location..<(range.location + range.length))
            }
        }
        let whole = result.range
        return Match(range: whole.location..<(whole.location + whole.length), groups: groups)
    }
}

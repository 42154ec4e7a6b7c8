import VietnameseText

/// A quotation in the text: “…”, «…» or "…", within one paragraph.
struct QuotedSpan: Sendable, Equatable {
    /// The quotation with its marks.
    let outer: Range<Int>
    /// The quoted words, without the marks.
    let inner: Range<Int>
}

/// Finds quotations. Shared by the extractors: models and themes are named in them, and
/// numbers inside them are not figures.
enum QuoteScanner {
    /// Longest quotation considered, in code points.
    static let maxLength = 600

    /// The quotations of `text` in order. Curly and guillemet quotes pair open with close;
    /// straight quotes pair in turn. None spans a line break.
    static func spans(in text: AnalyzedText) -> [QuotedSpan] {
        text.scalars.withUnsafeBufferPointer { scalars in
            var spans: [QuotedSpan] = []
            var index = 0
            while index < scalars.count {
                guard let closer = closer(of: scalars[index]) else { index += 1; continue }
                var end = index + 1
                var found = false
                while end < scalars.count, end - index <= maxLength {
                    let candidate = scalars[end]
                    if candidate == "\n" { break }
                    if candidate == closer { found = true; break }
                    end += 1
                }
                if found, end > index + 1 {
                    spans.append(QuotedSpan(outer: index..<(end + 1), inner: (index + 1)..<end))
                    index = end + 1
                } else {
                    index += 1
                }
            }
            return spans
        }
    }

    /// The closing mark of an opening one, or nil.
    @inline(__always)
    static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // Every opening mark is `"`, `«` or in U+2018–U+201E: one test skips all other scalars.
        guard scalar == "\"" || scalar == "\u{00AB}" || (scalar.value >= 0x2018 && scalar.value <= 0x201E) else { return nil }
        switch scalar {
        case "\u{201C}", "\u{201E}": return "\u{201D}"
        case "\u{00AB}": return "\u{00BB}"
        case "\u{2018}": return "\u{2019}"
        case "\"": return "\""
        default: return nil
        }
    }

    /// True when `position` lies inside one of `spans` (sorted, as `spans(in:)` returns them).
    static func contains(_ spans: [QuotedSpan], _ position: Int) -> Bool {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].outer.upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].outer.contains(position)
    }
}

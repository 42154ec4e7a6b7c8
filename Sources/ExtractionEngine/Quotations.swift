import VietnameseText

/// A quotation in the text: “…”, «…», "…", ''…'', ‘…’ or '…', within one paragraph.
package struct QuotedSpan: Sendable, Equatable {
    /// The quotation with its marks.
    package let outer: Range<Int>
    /// The quoted words, without the marks.
    package let inner: Range<Int>
    /// The quotations inside this one, outermost first ("“… ‘là đạo đức, là văn minh’”").
    package var inside: [QuotedSpan] = []

    /// This quotation and every one inside it, in text order.
    package var withInside: [QuotedSpan] {
        inside.isEmpty ? [self] : [self] + inside.flatMap(\.withInside)
    }
}

/// Finds quotations. Shared by the extractors: models and themes are named in them, and
/// numbers inside them are not figures.
///
/// Marks pair by position, not by code point, as people type them: “…" and "…” mixed in
/// one list, ''…'' for a double quote, ‘…’ inside “…”, no space after a colon ("Năm 2024:“…”"),
/// a word glued to a closing mark ("Bác”năm"). A mark opens where a space, a line start or an
/// opening punctuation mark stands before it and a word after it; it closes where a word or
/// punctuation stands before it and a space, punctuation or the line end after it. Only where
/// the position says neither (or both) does the mark's own shape decide (“ opens, ” closes,
/// " and '' close an open quotation or else open one, and so does a lone ' of the single
/// family: 'Hũ gạo tiết kiệm'). A ’ or ' between two letters is an apostrophe ("K’Ho", "K'Ho"). Closing marks close the innermost open quotation of their family
/// (double: “ ” „ " '' « »; single: ‘ ’). The outermost quotations are returned, each with
/// those inside it (``QuotedSpan/inside``): a model named inside a quoted speech.
package enum QuoteScanner {
    /// Longest quotation considered, in code points.
    package static let maxLength = 600

    /// What a mark's own shape says it does when its position says nothing.
    package enum Shape: UInt8 { case opens, closes, either }

    /// One quotation mark: where it stands (two code points for ''), its family and shape.
    package struct Mark {
        package let range: Range<Int>
        package let isSingle: Bool
        package let shape: Shape
    }

    /// The quotations of `text` in order. None spans a line break.
    package static func spans(in text: AnalyzedText) -> [QuotedSpan] {
        text.folded.withUnsafeBufferPointer { folded in
            text.scalars.withUnsafeBufferPointer { scalars in
                spans(scalars, folded: folded)
            }
        }
    }

    /// ``spans(in:)`` over the text's scalars and folded bytes.
    private static func spans(_ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                              folded: UnsafeBufferPointer<UInt8>) -> [QuotedSpan] {
        precondition(folded.count == scalars.count, "one folded byte per scalar")
        var spans: [QuotedSpan] = []
        var open: [Mark] = []
        var paragraph: [QuotedSpan] = []
        var index = 0
        let count = scalars.count
        func closeParagraph() {
            guard !paragraph.isEmpty else { return }
            // Closed inner quotations come before the outer ones that hold them.
            paragraph.sort { $0.outer.lowerBound < $1.outer.lowerBound }
            spans += nest(paragraph[...])
            paragraph.removeAll(keepingCapacity: true)
        }
        while index < count {
            // Every mark folds to `"` or `'` and the line feed to itself: the scalars
            // between are skipped on their folded bytes.
            index = nextMarkOrLineFeed(folded, from: index)
            guard index < count else { break }
            let scalar = scalars[index]
            // Every mark and the line feed are below U+00BC or in U+2018–U+201F.
            let value = scalar.value
            guard value < 0xBC || (value &- 0x2018) <= 7 else { index += 1; continue }
            if scalar == "\n" {
                open.removeAll(keepingCapacity: true)
                closeParagraph()
                index += 1
                continue
            }
            guard let mark = mark(at: index, scalar, scalars) else { index += 1; continue }
            index = mark.range.upperBound
            let before = mark.range.lowerBound > 0 ? scalars[mark.range.lowerBound - 1] : nil
            let after = mark.range.upperBound < count ? scalars[mark.range.upperBound] : nil
            if mark.isSingle, mark.shape != .opens, let before, let after,
               ScalarClass.isWordCharacter(before), ScalarClass.isWordCharacter(after) {
                continue
            }
            let opens = opensByPosition(before: before, after: after)
            let closes = closesByPosition(before: before, after: after)
            let isClosing: Bool
            if opens != closes {
                isClosing = closes
            } else {
                switch mark.shape {
                case .opens: isClosing = false
                case .closes: isClosing = true
                case .either: isClosing = open.contains { $0.isSingle == mark.isSingle }
                }
            }
            guard isClosing else { open.append(mark); continue }
            guard let partner = open.lastIndex(where: { $0.isSingle == mark.isSingle }) else { continue }
            let opener = open[partner]
            open.removeSubrange(partner...)
            let inner = trimmedInner(opener.range.upperBound..<mark.range.lowerBound, scalars)
            guard !inner.isEmpty, mark.range.upperBound - opener.range.lowerBound <= maxLength + 1 else { continue }
            if scalars[opener.range.lowerBound] == "'" || scalars[mark.range.lowerBound] == "'", opener.range.count == 1,
               mark.range.lowerBound - opener.range.upperBound > maxLoneQuoteLength
                || inner.contains(where: { scalars[$0] == "\"" }) {
                continue
            }
            paragraph.append(QuotedSpan(outer: opener.range.lowerBound..<mark.range.upperBound, inner: inner))
        }
        closeParagraph()
        return spans
    }

    /// The outermost of `sorted` (ordered by start, properly nested), each holding those inside it.
    package static func nest(_ sorted: ArraySlice<QuotedSpan>) -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        var index = sorted.startIndex
        while index < sorted.endIndex {
            var span = sorted[index]
            var end = index + 1
            while end < sorted.endIndex, sorted[end].outer.upperBound <= span.outer.upperBound { end += 1 }
            if end > index + 1 { span.inside = nest(sorted[(index + 1)..<end]) }
            result.append(span)
            index = end
        }
        return result
    }

    /// The first position from `start` whose byte ``isMarkOrLineFeed(_:)``, or the end: eight
    /// bytes at a time (a byte equal to one of the three leaves a zero byte in the word xored
    /// with it, found by the borrow into its top bit), then byte by byte in the last word.
    @inline(__always)
    package static func nextMarkOrLineFeed(_ folded: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = folded.count
        var index = start
        if let base = folded.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while index &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let quote = word ^ (ones &* 0x22)
                let apostrophe = word ^ (ones &* 0x27)
                let lineFeed = word ^ (ones &* 0x0A)
                // Only bytes above a zero byte may be flagged wrongly: the lowest flag is right.
                let found = ((quote &- ones) & ~quote | (apostrophe &- ones) & ~apostrophe
                             | (lineFeed &- ones) & ~lineFeed) & high
                if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < count, !isMarkOrLineFeed(folded[index]) { index += 1 }
        return index
    }

    /// True for the folded bytes of the marks (`"`, `'`) and of the line feed.
    @inline(__always)
    package static func isMarkOrLineFeed(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0x0A
    }

    /// The mark starting at `index`, or nil when `scalar` opens none.
    @inline(__always)
    package static func mark(at index: Int, _ scalar: Unicode.Scalar, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Mark? {
        // Every mark is `"`, `'`, `«`, `»` or in U+2018–U+201F: one test skips all other scalars.
        let value = scalar.value
        guard value == 0x22 || value == 0x27 || value == 0xAB || value == 0xBB || (value >= 0x2018 && value <= 0x201F)
        else { return nil }
        switch value {
        case 0x22: return Mark(range: index..<(index + 1), isSingle: false, shape: .either)
        case 0x27:
            guard index + 1 < scalars.count, scalars[index + 1] == "'" else { return loneApostrophe(at: index, scalars) }
            return Mark(range: index..<(index + 2), isSingle: false, shape: .either)
        case 0x201C, 0x201E, 0x201F, 0xAB: return Mark(range: index..<(index + 1), isSingle: false, shape: .opens)
        case 0x201D, 0xBB: return Mark(range: index..<(index + 1), isSingle: false, shape: .closes)
        case 0x2018: return Mark(range: index..<(index + 1), isSingle: true, shape: .opens)
        case 0x2019: return Mark(range: index..<(index + 1), isSingle: true, shape: .closes)
        default: return nil
        }
    }

    /// A lone straight ' as a single quotation mark, or nil where it is a prime or an
    /// apostrophe: after a digit ("90'", "32' 15"), before one ("Xuân '75"), after a lone
    /// capital ("K 'Ho"). It opens only a name: ``maxLoneQuoteLength`` code points at most.
    @inline(never)
    package static func loneApostrophe(at index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Mark? {
        let before = index > 0 ? scalars[index - 1] : nil
        let after = index + 1 < scalars.count ? scalars[index + 1] : nil
        if let before, before.properties.numericType != nil { return nil }
        if let after, after.properties.numericType != nil { return nil }
        if index >= 2, before == " ", scalars[index - 2].properties.isUppercase,
           index < 3 || !ScalarClass.isWordCharacter(scalars[index - 3]) {
            return nil
        }
        return Mark(range: index..<(index + 1), isSingle: true, shape: .either)
    }

    /// Longest quotation between lone straight ' marks, in code points: a name, not a passage.
    package static let maxLoneQuoteLength = 90

    /// A space or nothing (the paragraph's edge).
    @inline(__always)
    package static func isBlank(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{00A0}"
    }

    /// What may stand right before an opening mark besides a space: "(“", ":“", ",“".
    @inline(__always)
    package static func opensAfter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", ":", ";", ",", "-", "/", "\u{2013}", "\u{2014}": return true
        default: return isQuoteMark(scalar)
        }
    }

    /// What may stand right after a closing mark besides a space: "”,", "”.", "”)".
    @inline(__always)
    package static func closesBefore(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "-", "/", "\u{2013}", "\u{2014}", "\u{2026}": return true
        default: return isQuoteMark(scalar)
        }
    }

    @inline(__always)
    package static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x22 || value == 0x27 || value == 0xAB || value == 0xBB || (value >= 0x2018 && value <= 0x201F)
    }

    /// True when the mark's neighbours say it opens: a word (or another mark) after it, a
    /// space, the line start or opening punctuation before it.
    @inline(__always)
    package static func opensByPosition(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard !isBlank(after) else { return false }
        guard let before else { return true }
        return isBlank(before) || opensAfter(before)
    }

    /// True when the mark's neighbours say it closes: a word or punctuation before it, a
    /// space, the line end or closing punctuation after it.
    @inline(__always)
    package static func closesByPosition(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard !isBlank(before) else { return false }
        guard let after else { return true }
        return isBlank(after) || closesBefore(after)
    }

    /// The quoted words without surrounding spaces or a separator typed inside the closing
    /// mark ("bình yên;''").
    package static func trimmedInner(_ range: Range<Int>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(scalars[lower]) { lower += 1 }
        while upper > lower, isBlank(scalars[upper - 1]) || scalars[upper - 1] == ";" || scalars[upper - 1] == "," {
            upper -= 1
        }
        return lower..<upper
    }

    /// True when `position` lies inside one of `spans` (sorted, as `spans(in:)` returns them).
    package static func contains(_ spans: [QuotedSpan], _ position: Int) -> Bool {
        index(of: position, in: spans) != nil
    }

    /// The index of the span of `spans` (sorted, as `spans(in:)` returns them) that holds `position`.
    package static func index(of position: Int, in spans: [QuotedSpan]) -> Int? {
        var low = 0
        var high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].outer.upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].outer.contains(position) ? low : nil
    }
}

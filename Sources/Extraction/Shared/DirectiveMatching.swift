import VietnameseText

/// A pattern match with its ranges in the document's code points.
struct DirectiveMatch: Sendable {
    let range: Range<Int>
    let groups: [Range<Int>?]

    /// The range of capture group `index` (1-based), or nil when it did not take part.
    subscript(_ index: Int) -> Range<Int>? {
        index >= 1 && index <= groups.count ? groups[index - 1] : nil
    }
}

/// The reach of the directive rules: each expression reads a window of a few hundred code
/// points from where it is tried (which used to be cut out as a text of its own), so the
/// hand-compiled matchers are given the same bounds.
enum DirectiveMatching {
    static let defaultWindow = 240

    /// The range as a text of its own, when its code points line up with the document's.
    static func window(_ text: AnalyzedText, _ range: Range<Int>) -> AnalyzedText? {
        let window = AnalyzedText(text.slice(range))
        return window.count == range.count ? window : nil
    }

    /// True when ``window(_:_:)`` would give the range as a text of its own. Only a
    /// combining mark (U+0300–U+037F, what NFC looks for) can make it fail, so the range is
    /// read as a text only when it holds one.
    static func isFaithfulWindow(_ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        let clamped = range.clamped(to: 0..<text.count)
        guard text.holdsCombiningMark(in: clamped) else { return true }
        return window(text, range) != nil
    }

    /// The end of the range a rule matched at `position` reads: ``defaultWindow`` code points,
    /// within `bound` (the end of the text or window the rule runs on).
    @inline(__always) static func upper(at position: Int, bound: Int, length: Int = defaultWindow) -> Int {
        min(bound, position + length)
    }
}

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

/// Runs patterns over a small window of the text instead of the whole document.
///
/// `Pattern` bridges the whole folded text on every call, so anchored look-ups at many
/// positions of a long report would cost time proportional to the report each; a window
/// of a few hundred code points keeps each look-up cheap.
enum DirectiveMatching {
    static let defaultWindow = 240

    /// The match anchored at `position`, within `length` code points.
    static func match(_ pattern: Pattern, in text: AnalyzedText, at position: Int,
                      length: Int = defaultWindow) -> DirectiveMatch? {
        guard position >= 0, position <= text.count else { return nil }
        let end = min(text.count, position + length)
        guard text.count > 2 * defaultWindow, let window = window(text, position..<end) else {
            return pattern.match(in: text, at: position, limit: end).map { DirectiveMatch(range: $0.range, groups: $0.groups) }
        }
        return pattern.match(in: window, at: 0).map { shifted($0, by: position) }
    }

    /// All matches inside `range`; the pattern sees nothing outside it.
    static func matches(_ pattern: Pattern, in text: AnalyzedText, range: Range<Int>) -> [DirectiveMatch] {
        let range = range.clamped(to: 0..<text.count)
        guard text.count > 2 * defaultWindow, let window = window(text, range) else {
            return pattern.matches(in: text, range: range).map { DirectiveMatch(range: $0.range, groups: $0.groups) }
        }
        return pattern.matches(in: window).map { shifted($0, by: range.lowerBound) }
    }

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
        guard text.scalars[clamped].contains(where: { $0.value >= 0x300 && $0.value < 0x380 }) else { return true }
        return window(text, range) != nil
    }

    /// The end of the range a rule matched at `position` reads: ``defaultWindow`` code points,
    /// within `bound` (the end of the text or window the rule runs on).
    @inline(__always) static func upper(at position: Int, bound: Int, length: Int = defaultWindow) -> Int {
        min(bound, position + length)
    }

    static func shifted(_ match: Pattern.Match, by offset: Int) -> DirectiveMatch {
        DirectiveMatch(range: (match.range.lowerBound + offset)..<(match.range.upperBound + offset),
                       groups: match.groups.map { $0.map { ($0.lowerBound + offset)..<($0.upperBound + offset) } })
    }
}

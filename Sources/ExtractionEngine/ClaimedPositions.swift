/// The code points of a text that earlier matches claimed: a later match overlapping one is
/// skipped. One flag per code point, so a long text with many matches stays linear (a list of
/// claimed ranges, searched for each match, made long texts quadratic). Ranges are clamped
/// to the text.
package struct ClaimedPositions {
    private var claimed: [Bool]

    package init(count: Int) {
        claimed = [Bool](repeating: false, count: count)
    }

    /// True when a code point of `range` is claimed.
    package func overlaps(_ range: Range<Int>) -> Bool {
        range.clamped(to: claimed.indices).contains { claimed[$0] }
    }

    /// Claims every code point of `range`.
    package mutating func claim(_ range: Range<Int>) {
        for position in range.clamped(to: claimed.indices) { claimed[position] = true }
    }
}

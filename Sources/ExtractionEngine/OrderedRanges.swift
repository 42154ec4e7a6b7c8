/// Look-ups in ordered, non-overlapping ranges (the sentences of a text).
package enum OrderedRanges {
    /// The range of `sentences` (ordered, not overlapping) holding `position`, by binary search.
    package static func range(containing position: Int, in sentences: [Range<Int>]) -> Range<Int>? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= position { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(position) ? sentences[low] : nil
    }
}

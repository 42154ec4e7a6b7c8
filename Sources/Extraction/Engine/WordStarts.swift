import VietnameseText

/// Where the folded words of a text start: every position whose byte is a letter or digit
/// (`[a-z0-9]`) and whose previous byte is not (or which opens the text). Found once per
/// text for the scanners whose matches can only open there (the directives' kind words and
/// bare symbols, the models' introducing words), which then try those positions only.
struct WordStarts: Sendable {
    /// The positions, ascending.
    let positions: [Int]

    init(_ text: AnalyzedText) {
        positions = text.folded.withUnsafeBufferPointer { folded in
            let count = folded.count
            // At most one start in every two bytes, and one slot for the write past the last.
            return [Int](unsafeUninitializedCapacity: count / 2 + 2) { buffer, found in
                var starts = 0
                var previous = false
                for position in 0..<count {
                    let current = FoldedScan.isLowerAlphanumeric(folded[position])
                    buffer[starts] = position
                    starts &+= current && !previous ? 1 : 0
                    previous = current
                }
                found = starts
            }
        }
    }
}

import VietnameseText

/// Where the folded words of a text start: every position whose byte is a letter or digit
/// (`[a-z0-9]`) and whose previous byte is not (or which opens the text). Found once per
/// text for the scanners whose matches can only open there (the directives' kind words and
/// bare symbols, the models' introducing words), which then try those positions only.
package struct WordStarts: Sendable {
    /// The positions, 32-bit (a document is at most 32 MB): a long text has a word start
    /// every five or six code points.
    private let starts: [Int32]

    /// The positions, ascending.
    package var positions: LazyMapSequence<[Int32], Int> { starts.lazy.map { Int($0) } }

    package init(_ text: AnalyzedText) {
        starts = text.folded.withUnsafeBufferPointer { folded in
            let count = folded.count
            // Words are maximal runs, so at most one code point in two opens one: one pass
            // writes the positions into scratch room for that many (plus one slot for the
            // write past the last), and the array takes only those found.
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: count / 2 + 2) { buffer in
                var found = 0
                var previous = false
                for position in 0..<count {
                    let current = FoldedScan.isLowerAlphanumeric(folded[position])
                    buffer[found] = Int32(truncatingIfNeeded: position)
                    found &+= current && !previous ? 1 : 0
                    previous = current
                }
                return Array(buffer[0..<found])
            }
        }
    }
}

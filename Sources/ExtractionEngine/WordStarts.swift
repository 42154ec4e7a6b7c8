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
            var total = 0
            var previous = false
            for position in 0..<count {
                let current = FoldedScan.isLowerAlphanumeric(folded[position])
                total &+= current && !previous ? 1 : 0
                previous = current
            }
            // One slot more than the starts, for the write past the last.
            return [Int32](unsafeUninitializedCapacity: total + 1) { buffer, found in
                var starts = 0
                var previous = false
                for position in 0..<count {
                    let current = FoldedScan.isLowerAlphanumeric(folded[position])
                    buffer[starts] = Int32(truncatingIfNeeded: position)
                    starts &+= current && !previous ? 1 : 0
                    previous = current
                }
                found = starts
            }
        }
    }
}

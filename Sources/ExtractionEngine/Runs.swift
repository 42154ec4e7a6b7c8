/// Maximal runs of consecutive positions that satisfy a test: the words of a range when the
/// test is "letter or digit".
package enum Runs {
    /// The runs of `range` whose every position passes `isMember`, in order.
    package static func of(_ range: Range<Int>, where isMember: (Int) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in range {
            if isMember(index) {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(first..<index)
                start = nil
            }
        }
        if let first = start { runs.append(first..<range.upperBound) }
        return runs
    }
}

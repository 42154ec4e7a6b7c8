/// Comparison of folded word sequences that forgives one misread letter, as OCR misreads a
/// scanned motto ("ĐẢNG CỘNG SẲẢN VIỆT NAM" folds to "dang cong saan viet nam").
public enum NearMatch {
    /// True when `words` equals `expected` word for word, except at most one word of three
    /// letters or more that is one edit (insertion, deletion or substitution) away.
    public static func words<Words: Collection>(_ words: Words, nearlyEqual expected: [String]) -> Bool
    where Words.Element: StringProtocol {
        guard words.count == expected.count else { return false }
        var misread = 0
        for (word, wanted) in zip(words, expected) where word != wanted {
            guard wanted.count >= 3, isOneEditAway(Array(word.utf8), Array(wanted.utf8)) else { return false }
            misread += 1
            if misread > 1 { return false }
        }
        return true
    }

    /// True when `a` and `b` differ by exactly one inserted, deleted or substituted byte.
    static func isOneEditAway(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            return zip(a, b).filter { $0 != $1 }.count == 1
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count - short.count == 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...].elementsEqual(long[(i + 1)...])
    }
}

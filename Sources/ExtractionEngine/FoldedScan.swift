import VietnameseText

/// Byte tests over ``AnalyzedText/folded`` that stand in for the regular-expression
/// pieces the date, period and directive rules were written with, with ICU's meaning of
/// each piece on ASCII: `\w` is `[A-Za-z0-9_]`, `\s` is `[\t\n\v\f\r ]`, and `$`
/// (without multi-line mode) holds at the end of the searched range or before a line
/// terminator (`\n`, `\v`, `\f`, `\r`, `\r\n`) that ends it.
///
/// Every function reads `bytes` only inside `lower..<upper`, the range the expression was
/// given: a look-behind or `\b` at `lower` sees nothing before it, as with the opaque
/// bounds `NSRegularExpression` searches with.
public enum FoldedScan {
    public typealias Bytes = BufferView<UInt8>

    @inlinable @inline(__always) public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inlinable @inline(__always) public static func isLowerLetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// `[a-z0-9]`.
    @inlinable @inline(__always) public static func isLowerAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLowerLetter(byte) }

    /// ICU `\w` on an ASCII byte.
    @inlinable @inline(__always) public static func isRegexWord(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLowerLetter(byte) || byte &- 0x41 < 26 || byte == 0x5F
    }

    /// `[ \t]`.
    @inlinable @inline(__always) public static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// ICU `\s` on an ASCII byte.
    @inlinable @inline(__always) public static func isRegexSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }

    /// ICU `\b` at `position`, with nothing before `lower` or from `upper` on.
    @inlinable @inline(__always) public static func isWordBoundary(_ bytes: Bytes, _ position: Int, lower: Int, upper: Int) -> Bool {
        let before = position > lower && isRegexWord(bytes[position - 1])
        let after = position < upper && isRegexWord(bytes[position])
        return before != after
    }

    /// ICU `$` (not multi-line) at `position` of the range ending at `upper`.
    @inlinable @inline(__always) public static func isEnd(_ bytes: Bytes, _ position: Int, upper: Int) -> Bool {
        if position == upper { return true }
        if position == upper - 1 { return bytes[position] &- 0x0A < 4 }
        return position == upper - 2 && bytes[position] == 0x0D && bytes[position + 1] == 0x0A
    }

    /// The end of the run of bytes satisfying `test` from `position`, before `upper`.
    @inlinable @inline(__always) public static func skip(_ bytes: Bytes, from position: Int, upper: Int,
                                       while test: (UInt8) -> Bool) -> Int {
        var index = position
        while index < upper && test(bytes[index]) { index += 1 }
        return index
    }

    @inlinable @inline(__always) public static func skipBlanks(_ bytes: Bytes, from position: Int, upper: Int) -> Int {
        skip(bytes, from: position, upper: upper, while: isBlank)
    }

    @inlinable @inline(__always) public static func skipSpaces(_ bytes: Bytes, from position: Int, upper: Int) -> Int {
        skip(bytes, from: position, upper: upper, while: isRegexSpace)
    }

    /// The end of `digits{min,max}` followed by a non-digit (or `upper`), or nil: the
    /// whole run of digits at `position` must have a length in `min...max`.
    @inlinable @inline(__always) public static func digitRun(_ bytes: Bytes, at position: Int, upper: Int,
                                           _ lengths: ClosedRange<Int>) -> Int? {
        let end = skip(bytes, from: position, upper: upper, while: isDigit)
        return lengths.contains(end - position) ? end : nil
    }

    /// True when `literal` stands at `position`, before `upper`.
    @inlinable @inline(__always) public static func has(_ bytes: Bytes, _ literal: StaticString, at position: Int, upper: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position >= 0, position + count <= upper else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    /// True when `literal` stands at `position`, before `upper`.
    @inlinable @inline(__always) public static func has(_ bytes: Bytes, _ literal: [UInt8], at position: Int, upper: Int) -> Bool {
        guard position >= 0, position + literal.count <= upper else { return false }
        for offset in 0..<literal.count where bytes[position + offset] != literal[offset] { return false }
        return true
    }

    /// For each pair of bytes (`first << 8 | second`), whether one of `words` opens with it;
    /// a word of one byte opens every pair that starts with its byte.
    package static func openingPairs(_ words: [[UInt8]]) -> [Bool] {
        var table = [Bool](repeating: false, count: 1 << 16)
        for word in words {
            guard let first = word.first else { continue }
            if word.count == 1 {
                for second in 0..<256 { table[Int(first) << 8 | second] = true }
            } else {
                table[Int(first) << 8 | Int(word[1])] = true
            }
        }
        return table
    }

    /// True when one of the words of `pairs` (``openingPairs(_:)``) may start at `position`.
    @inlinable @inline(__always) public static func mayOpen(_ bytes: Bytes, at position: Int, _ pairs: [Bool]) -> Bool {
        let second = position + 1 < bytes.count ? Int(bytes[position + 1]) : 0
        return pairs[Int(bytes[position]) << 8 | second]
    }

    /// `literal[ \t]+` at `position`: the end of the blanks, or nil.
    @inlinable @inline(__always) public static func word(_ bytes: Bytes, _ literal: StaticString, thenBlanksAt position: Int,
                                       upper: Int) -> Int? {
        guard has(bytes, literal, at: position, upper: upper) else { return nil }
        let start = position + literal.utf8CodeUnitCount
        let end = skipBlanks(bytes, from: start, upper: upper)
        return end > start ? end : nil
    }

    /// `words` by first byte, each list in the given order: only those can match where that byte stands.
    package static func byInitial(_ words: [[UInt8]]) -> [[[UInt8]]] {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in words { if let first = word.first { table[Int(first)].append(word) } }
        return table
    }
}

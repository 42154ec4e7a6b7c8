import Foundation
import VietnameseText

/// Word-level helpers over a range of a text, for the model and theme rules.
public enum TextWords {
    /// The words of the folded range, split at spaces and punctuation other than "-".
    package static func words(_ text: AnalyzedText, _ range: Range<Int>) -> [String] {
        let range = range.clamped(to: 0..<text.count)
        let folded = text.folded
        var words: [String] = []
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound {
            let isWordByte = index < range.upperBound
                && (FoldedScan.isLowerAlphanumeric(folded[index]) || folded[index] == UInt8(ascii: "-"))
            guard !isWordByte else { continue }
            if index > start, !(index == start + 1 && folded[start] == UInt8(ascii: "-")) {
                words.append(String(decoding: folded[start..<index], as: UTF8.self))
            }
            start = index + 1
        }
        return words
    }

    /// The lower-cased original words of a range, split at spaces and punctuation, in the
    /// contract's tone-mark style: the words of `Normalization.field(text.slice(range)).lowercased()`.
    ///
    /// Read scalar by scalar where every scalar of the range is a character of its own (Latin,
    /// Vietnamese, general punctuation: no combining mark, no joiner), so that a character is
    /// a letter or digit exactly when its scalar is; through the normalised string otherwise.
    package static func originalWords(_ text: AnalyzedText, _ range: Range<Int>) -> [String] {
        let range = range.clamped(to: 0..<text.count)
        return scalarWords(text.scalars[range]) ?? normalisedWords(text, range)
    }

    /// The first `count` of ``originalWords(_:_:)`` (fewer when the range holds fewer).
    package static func originalWords(_ text: AnalyzedText, _ range: Range<Int>, first count: Int) -> [String] {
        let range = range.clamped(to: 0..<text.count)
        return scalarWords(text.scalars[range], first: count) ?? Array(normalisedWords(text, range).prefix(count))
    }

    /// The words of scalars that all stand alone (``standsAlone(_:)``), or nil when one does
    /// not; only the first `limit` words when one is given (the scalars read up to the end of
    /// the last one must stand alone).
    package static func scalarWords(_ scalars: ArraySlice<Unicode.Scalar>, first limit: Int = .max) -> [String]? {
        var words: [String] = []
        var start: Int?
        for index in scalars.indices {
            let scalar = scalars[index]
            guard standsAlone(scalar) else { return nil }
            if ScalarClass.isWordCharacter(scalar) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(word(scalars[first..<index]))
                start = nil
                if words.count == limit { return words }
            }
        }
        if let first = start { words.append(word(scalars[first..<scalars.endIndex])) }
        return words
    }

    /// The words of `Normalization.field(text.slice(range)).lowercased()`, split at characters
    /// that are neither letters nor digits.
    package static func normalisedWords(_ text: AnalyzedText, _ range: Range<Int>) -> [String] {
        Normalization.field(text.slice(range)).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }

    /// True when a scalar forms a character by itself next to any scalar of the same sets,
    /// and its Unicode properties are answered by ``ScalarClass``'s table: below U+0300,
    /// Latin Extended Additional (Vietnamese), general punctuation but the joiners.
    @inlinable @inline(__always) public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x300 || (value >= 0x1E00 && value < 0x1F00)
            || (value >= 0x2000 && value < 0x2070 && value != 0x200C && value != 0x200D)
    }

    /// One word of letters and digits, tone marks on the first vowel, lower-cased:
    /// `ToneMarks.firstVowelStyle(word).lowercased()`, scalar by scalar where the tone marks
    /// cannot move (no toned vowel after `o`/`u`) and each scalar lower-cases to one scalar.
    package static func word(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        word(text.scalars[range])
    }

    package static func word(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var movesMarks = false
        let table = lowercaseScalars
        // Written in place: a word of up to 15 bytes stays a small string, without a buffer.
        let word = String(unsafeUninitializedCapacity: scalars.count * 3) { buffer -> Int in
            var count = 0
            var previous: UInt32 = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = Folding.lowercase(UInt8(value))
                    count += 1
                    previous = value
                    continue
                }
                let afterOU = previous == 0x6F || previous == 0x75 || previous == 0x4F || previous == 0x55
                guard !(afterOU && secondVowelMarks.contains(value)), value < UInt32(table.count),
                      let lower = Unicode.Scalar(table[Int(value)]), lower.value != unmappedLowercase else {
                    movesMarks = true
                    return 0
                }
                UTF8.encode(lower) { byte in
                    buffer[count] = byte
                    count += 1
                }
                previous = value
            }
            return count
        }
        return movesMarks ? normalisedWord(scalars) : word
    }

    /// `text.slice(range).lowercased()`, written from the scalars without the slice:
    /// `lowercased()` maps scalar by scalar, and each scalar below U+1F00 whose lower case is
    /// one scalar below U+10000 maps through ``lowercaseScalars``; a range holding any other
    /// takes the String path.
    package static func lowercased(_ text: AnalyzedText, _ range: Range<Int>) -> String {
        let scalars = text.scalars[range.clamped(to: 0..<text.count)]
        let table = lowercaseScalars
        var mapped = true
        let lower = String(unsafeUninitializedCapacity: scalars.count * 3) { buffer -> Int in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = Folding.lowercase(UInt8(value))
                    count += 1
                    continue
                }
                guard value < UInt32(table.count), case let mapping = table[Int(value)], mapping < 0x10000,
                      mapping != unmappedLowercase else {
                    mapped = false
                    return 0
                }
                if mapping < 0x80 {
                    buffer[count] = UInt8(mapping)
                    count += 1
                } else if mapping < 0x800 {
                    buffer[count] = UInt8(0xC0 | mapping >> 6)
                    buffer[count + 1] = UInt8(0x80 | mapping & 0x3F)
                    count += 2
                } else {
                    buffer[count] = UInt8(0xE0 | mapping >> 12)
                    buffer[count + 1] = UInt8(0x80 | mapping >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | mapping & 0x3F)
                    count += 3
                }
            }
            return count
        }
        return mapped ? lower : text.slice(range).lowercased()
    }

    package static func normalisedWord(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return ToneMarks.firstVowelStyle(String(view)).lowercased()
    }

    /// `a`, `e`, `y` (either case) with a tone mark: after `o`/`u` the only vowels whose mark
    /// ``ToneMarks/firstVowelStyle(_:)`` moves.
    package static let secondVowelMarks: Set<UInt32> = {
        var marks = Set<UInt32>()
        for base in "aeyAEY".unicodeScalars {
            for tone in ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"] {
                let composed = (String(base) + tone).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1, let scalar = composed.first { marks.insert(scalar.value) }
            }
        }
        return marks
    }()

    package static let unmappedLowercase: UInt32 = 0xFFFF

    /// The lower-case mapping of each scalar below U+1F00 when it is a single scalar,
    /// ``unmappedLowercase`` when it is not.
    package static let lowercaseScalars: [UInt32] = (0..<UInt32(0x1F00)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return unmappedLowercase }
        // A scalar that lower-casing leaves alone maps to itself: the mapping's String is built
        // only for the others (the table equals the mapping's everywhere; tested).
        guard scalar.properties.changesWhenLowercased else { return value }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first else { return unmappedLowercase }
        return lower.value
    }

    /// True when the words of a phrase (``needle(_:)``) occur as whole words in `words`.
    package static func contains(_ words: [String], needle: [String]) -> Bool {
        guard let first = needle.first, needle.count <= words.count else { return false }
        search: for start in 0...(words.count - needle.count) where CanonicalEquality.equal(words[start], first) {
            for offset in 1..<needle.count where !CanonicalEquality.equal(words[start + offset], needle[offset]) {
                continue search
            }
            return true
        }
        return false
    }

    /// `words.starts(with: prefix)`, each pair of words compared by ``CanonicalEquality``.
    package static func starts(_ words: ArraySlice<String>, with prefix: [String]) -> Bool {
        guard prefix.count <= words.count else { return false }
        var index = words.startIndex
        for word in prefix {
            guard CanonicalEquality.equal(words[index], word) else { return false }
            index += 1
        }
        return true
    }

    /// `words.starts(with: prefix)`, each pair of words compared by ``CanonicalEquality``.
    package static func starts(_ words: [String], with prefix: [String]) -> Bool {
        guard prefix.count <= words.count else { return false }
        for index in prefix.indices where !CanonicalEquality.equal(words[index], prefix[index]) { return false }
        return true
    }

    package static func needle(_ phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return scalarWords(scalars[...]) ?? Normalization.field(phrase).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The words of a range (runs of letters and digits) as ranges.
    package static func wordRanges(_ text: AnalyzedText, _ range: Range<Int>) -> [Range<Int>] {
        Runs.of(range.clamped(to: 0..<text.count)) { text.isWordCharacter(at: $0) }
    }

    /// True when any folded byte of the range is one of `characters`.
    package static func containsAny(_ text: AnalyzedText, _ range: Range<Int>, of characters: String) -> Bool {
        let set = ByteSet(characters)
        return text.folded.withUnsafeBufferPointer { bytes in
            range.clamped(to: 0..<text.count).contains { set.contains(bytes[$0]) }
        }
    }

    /// The range without leading and trailing spaces.
    package static func trimmed(_ text: AnalyzedText, _ range: Range<Int>, also extra: String = "") -> Range<Int> {
        let extra = ByteSet(extra)
        func strip(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || extra.contains(byte) }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, strip(text.folded[lower]) { lower += 1 }
        while upper > lower, strip(text.folded[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The range without a trailing ellipsis ("…", "...") and the spaces before it.
    package static func withoutTrailingEllipsis(_ text: AnalyzedText, _ range: Range<Int>) -> Range<Int> {
        trimmed(text, range, also: ".")
    }
}

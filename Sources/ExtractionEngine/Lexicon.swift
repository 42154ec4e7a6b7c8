import VietnameseText

/// A fixed set of words, each with a small integer id, and the look-up of a word of a text
/// by its code-point range, without building a String for it.
///
/// A word of the text is compared in its lower-case form with the tone mark of a final
/// `oa`/`oe`/`uy` on the first vowel, by canonical equivalence: ``id(in:_:)`` gives the id of
/// the entry equal to `ToneMarks.firstVowelStyle(text.slice(range).lowercased())`, or 0.
/// Plain Latin and Vietnamese letters are compared scalar by scalar; anything else (and a
/// tone mark to move) takes the String path, so the answer is the same either way.
public final class Lexicon: Sendable {
    /// The entries by id; id 0 is no entry.
    package let words: [String]
    /// The NFC scalars of all entries, one after another; entry `id` is
    /// `scalars[scalarStarts[id]..<scalarStarts[id + 1]]`.
    private let scalars: [UInt32]
    private let scalarStarts: [Int]
    /// Ids by the NFC scalars of the entry: NFC strings are equal exactly when their scalars
    /// are, and scalars hash without the normalising String hash.
    private let idByWord: [[UInt32]: Int32]
    /// Open-addressing table from the packed folded form to the first of `foldedIDs`.
    @usableFromInline let slots: [Slot]
    private let foldedIDs: [Int32]
    @usableFromInline let mask: Int
    /// One bit per slot: set where some key's probe starts, so most misses end here.
    @usableFromInline let homes: [UInt64]
    /// Entries whose folded form is longer than ``FoldedKey`` holds.
    private let longEntries: [[UInt8]: [Int32]]
    /// ``LowerCase/table``, held here so a look-up does not pass the global's lazy-init check.
    private let lowerTable = LowerCase.table
    /// ``LowerCase/toneFlags``, held here for the same reason.
    private let toneFlags = LowerCase.toneFlags

    @usableFromInline struct Slot: Sendable {
        @usableFromInline var key = FoldedKey()
        @usableFromInline var first: Int32 = 0
        @usableFromInline var count: Int32 = 0
        /// The entry spelt with the folded bytes themselves (all ASCII), or 0: the answer for
        /// a word of ASCII scalars only.
        @usableFromInline var ascii: Int32 = 0
    }

    /// Up to 16 folded bytes packed in two integers (folded letters are never 0).
    @frozen public struct FoldedKey: Hashable, Sendable {
        public var low: UInt64
        public var high: UInt64

        @inlinable public init(low: UInt64 = 0, high: UInt64 = 0) {
            self.low = low
            self.high = high
        }

        @inlinable public var isEmpty: Bool { low == 0 }

        @inlinable @inline(__always)
        public var hash: Int { Int(truncatingIfNeeded: ((low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> 32) }
    }

    /// Builds the lexicon of `words`, each in its comparison form (lower-case, tone mark on
    /// the first vowel); canonically equal entries share one id.
    package init(_ entries: some Sequence<String>) {
        var words = [""]
        var scalars: [UInt32] = []
        var scalarStarts = [0, 0]
        var idByWord: [[UInt32]: Int32] = [:]
        var longEntries: [[UInt8]: [Int32]] = [:]
        var byFolded: [FoldedKey: [Int32]] = [:]
        let expected = entries.underestimatedCount
        idByWord.reserveCapacity(expected)
        byFolded.reserveCapacity(expected)
        for entry in entries where !entry.isEmpty {
            let word = Normalization.nfc(entry)
            let wordScalars = word.unicodeScalars.map(\.value)
            guard idByWord[wordScalars] == nil else { continue }
            let id = Int32(words.count)
            words.append(word)
            scalars.append(contentsOf: wordScalars)
            scalarStarts.append(scalars.count)
            idByWord[wordScalars] = id
            let folded = word.unicodeScalars.map { Folding.lowercase(Folding.ascii($0)) }
            if let key = Self.pack(folded[...]) {
                byFolded[key, default: []].append(id)
            } else {
                longEntries[folded, default: []].append(id)
            }
        }
        var capacity = 64
        while capacity < byFolded.count * 4 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [Slot](repeating: Slot(), count: capacity)
        var homes = [UInt64](repeating: 0, count: capacity / 64)
        var foldedIDs: [Int32] = []
        for (key, ids) in byFolded {
            var index = key.hash & mask
            homes[index >> 6] |= 1 << UInt64(index & 63)
            while !slots[index].key.isEmpty { index = (index + 1) & mask }
            let ascii = ids.first { id in
                words[Int(id)].unicodeScalars.allSatisfy { $0.isASCII && UInt32(Folding.lowercase(Folding.ascii($0))) == $0.value }
            } ?? 0
            slots[index] = Slot(key: key, first: Int32(foldedIDs.count), count: Int32(ids.count), ascii: ascii)
            foldedIDs.append(contentsOf: ids)
        }
        self.words = words
        self.scalars = scalars
        self.scalarStarts = scalarStarts
        self.idByWord = idByWord
        self.slots = slots
        self.foldedIDs = foldedIDs
        self.mask = mask
        self.homes = homes
        self.longEntries = longEntries
    }

    /// Number of ids, 0 included.
    package var count: Int { words.count }

    /// The id of an entry given in its comparison form, or 0.
    package func id(of word: String) -> Int32 {
        idByWord[Normalization.nfc(word).unicodeScalars.map(\.value)] ?? 0
    }

    /// The entry of id `id` ("" for 0).
    package subscript(_ id: Int32) -> String { words[Int(id)] }

    /// The id of the word of `text` at `range`, or 0 when it is no entry.
    package func id(in text: AnalyzedText, _ range: Range<Int>) -> Int32 {
        guard !range.isEmpty else { return 0 }
        if range.count <= 16 {
            return id(folded: text.folded.withUnsafeBufferPointer { Self.pack($0, range) }, in: text, range)
        }
        guard let ids = longEntries[Array(text.folded[range])] else { return 0 }
        return text.scalars.withUnsafeBufferPointer { scalars in
            ids.withUnsafeBufferPointer { match(text, scalars, range, $0) }
        }
    }

    /// ``id(in:_:)`` for a word of at most 16 code points whose folded form `key` packs.
    @inlinable @inline(__always)
    public func id(folded key: FoldedKey, in text: AnalyzedText, _ range: Range<Int>) -> Int32 {
        guard let slot = slot(of: key) else { return 0 }
        return id(in: slot, text, range)
    }

    /// ``id(in:_:)`` with the text's folded bytes and scalars at hand, for callers that look
    /// up many words of one text.
    @inline(__always)
    package func id(in text: AnalyzedText, folded: UnsafeBufferPointer<UInt8>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
            _ range: Range<Int>) -> Int32 {
        guard !range.isEmpty else { return 0 }
        guard range.count <= 16 else { return id(in: text, range) }
        guard let slot = slot(of: Self.pack(folded, range)) else { return 0 }
        return id(in: slot, text, scalars, range)
    }

    /// ``id(folded:in:_:)`` with the text's scalars at hand.
    @inline(__always)
    package func id(folded key: FoldedKey, in text: AnalyzedText, scalars: UnsafeBufferPointer<Unicode.Scalar>,
            _ range: Range<Int>) -> Int32 {
        guard let slot = slot(of: key) else { return 0 }
        return id(in: slot, text, scalars, range)
    }

    /// The slot of the folded form `key`, or nil when no entry folds to it.
    @inlinable @inline(__always)
    func slot(of key: FoldedKey) -> Slot? {
        var index = key.hash & mask
        guard homes[index >> 6] & (1 << UInt64(index & 63)) != 0 else { return nil }
        while true {
            let slot = slots[index]
            if slot.key.isEmpty { return nil }
            if slot.key == key { return slot }
            index = (index + 1) & mask
        }
    }

    /// ``id(in:_:_:_:)`` with the text's scalars.
    @usableFromInline func id(in slot: Slot, _ text: AnalyzedText, _ range: Range<Int>) -> Int32 {
        text.scalars.withUnsafeBufferPointer { scalars in
            id(in: slot, text, scalars, range)
        }
    }

    /// The entry of `slot` (the word's folded form) that the word at `range` is, or 0.
    @inline(__always)
    private func id(in slot: Slot, _ text: AnalyzedText, _ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                    _ range: Range<Int>) -> Int32 {
        if Self.isASCII(scalars, range) { return slot.ascii }
        return foldedIDs.withUnsafeBufferPointer { ids in
            match(text, scalars, range, UnsafeBufferPointer(rebasing: ids[Int(slot.first)..<Int(slot.first + slot.count)]))
        }
    }

    /// True when the word's scalars are all ASCII: its lower case is its folded bytes.
    @inline(__always)
    private static func isASCII(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        for index in range where scalars[index].value >= 0x80 { return false }
        return true
    }

    /// The entry among `candidates` (of the word's folded form) that the word is, or 0.
    private func match(_ text: AnalyzedText, _ textScalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                       _ candidates: UnsafeBufferPointer<Int32>) -> Int32 {
        if range.count <= 16, let id = fastMatch(textScalars, range, candidates) { return id }
        let key = ToneMarks.firstVowelStyle(text.slice(range).lowercased())
        return candidates.first { words[Int($0)] == key } ?? 0
    }

    /// The answer from the scalars when every one is a plain letter with a one-scalar lower
    /// case and no tone mark would move; nil when the String path must decide.
    private func fastMatch(_ textScalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                           _ candidates: UnsafeBufferPointer<Int32>) -> Int32? {
        lowerTable.withUnsafeBufferPointer { table in
            toneFlags.withUnsafeBufferPointer { flags in
                fastMatch(textScalars, table, flags, range, candidates)
            }
        }
    }

    private func fastMatch(_ textScalars: UnsafeBufferPointer<Unicode.Scalar>, _ table: UnsafeBufferPointer<UInt32>,
                           _ flags: UnsafeBufferPointer<UInt8>,
                           _ range: Range<Int>, _ candidates: UnsafeBufferPointer<Int32>) -> Int32? {
        var lowered = (UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0),
                       UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0), UInt32(0))
        return withUnsafeMutableBytes(of: &lowered) { raw -> Int32? in
            let buffer = raw.bindMemory(to: UInt32.self)
            var previous: UInt32 = 0
            for offset in 0..<range.count {
                let value = textScalars[range.lowerBound + offset].value
                guard value < UInt32(table.count) else { return nil }
                let lower = table[Int(value)]
                guard lower != 0 else { return nil }
                buffer[offset] = lower
                if LowerCase.movesTone(after: previous, lower, flags) {
                    if offset + 1 == range.count {
                        // A final "oá", "uỷ": the mark moves to the first vowel unless "qu" or
                        // a vowel before "oa"/"oe" shows the pair is not the nucleus.
                        let before = offset >= 2 ? buffer[offset - 2] : 0
                        if before != 0x71 && !(previous == 0x6F && LowerCase.isVowel(before, flags)),
                           let moved = LowerCase.toneMoved(first: previous, lower) {
                            buffer[offset - 1] = moved.first
                            buffer[offset] = moved.second
                        }
                    } else if !LowerCase.isASCIILetter(textScalars[range.lowerBound + offset + 1].value) {
                        return nil
                    }
                    // Before an ASCII letter the mark stays ("hoạch", "đoàn").
                }
                previous = lower
            }
            return scalars.withUnsafeBufferPointer { entries in
                scalarStarts.withUnsafeBufferPointer { starts in
                    for id in candidates {
                        let start = starts[Int(id)]
                        guard starts[Int(id) + 1] - start == range.count else { continue }
                        var equal = true
                        for offset in 0..<range.count where entries[start + offset] != buffer[offset] {
                            equal = false
                            break
                        }
                        if equal { return id }
                    }
                    return 0
                }
            }
        }
    }

    /// ``pack(_:_:)`` over a view of the folded bytes: the bytes of `range` (at most 16),
    /// each half big-endian in its integer (`"ab"` → `0x6162`).
    ///
    /// Where the 16 bytes from the range's start lie inside the view, two unaligned loads,
    /// byte swaps and shifts give the key; the byte loop only near the view's end.
    @inlinable @inline(__always)
    public static func pack(_ folded: BufferView<UInt8>, _ range: Range<Int>) -> FoldedKey {
        let length = range.count
        if length > 0, length <= 16, range.lowerBound >= 0, range.lowerBound &+ 16 <= folded.count,
           let base = folded.base.baseAddress {
            let raw = UnsafeRawPointer(base + range.lowerBound)
            let first = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
            if length <= 8 {
                return FoldedKey(low: first >> UInt64(truncatingIfNeeded: (8 &- length) &* 8), high: 0)
            }
            let second = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            return FoldedKey(low: first, high: second >> UInt64(truncatingIfNeeded: (16 &- length) &* 8))
        }
        return packByBytes(folded, range)
    }

    /// ``pack(_:_:)`` byte by byte: the definition the loads in ``pack(_:_:)`` give.
    @inlinable
    public static func packByBytes(_ folded: BufferView<UInt8>, _ range: Range<Int>) -> FoldedKey {
        var key = FoldedKey()
        for index in range {
            if index - range.lowerBound < 8 {
                key.low = key.low << 8 | UInt64(folded[index])
            } else {
                key.high = key.high << 8 | UInt64(folded[index])
            }
        }
        return key
    }

    @inline(__always)
    package static func pack(_ folded: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> FoldedKey {
        pack(BufferView(folded), range)
    }

    package static func pack(_ folded: ArraySlice<UInt8>) -> FoldedKey? {
        guard folded.count <= 16 else { return nil }
        var key = FoldedKey()
        var offset = 0
        for byte in folded {
            if offset < 8 { key.low = key.low << 8 | UInt64(byte) } else { key.high = key.high << 8 | UInt64(byte) }
            offset += 1
        }
        return key
    }
}

/// Lower case of the scalars a Vietnamese word is made of, for ``Lexicon``.
package enum LowerCase {
    /// The one-scalar lower case of ASCII and of Latin-1, Latin Extended-A/B and Latin
    /// Extended Additional letters, as `Unicode.Scalar.Properties.lowercaseMapping` gives it;
    /// 0 for any other scalar (combining marks, multi-scalar mappings, other scripts).
    package static let table: [UInt32] = (0..<UInt32(0x1F00)).map { value in
        guard value < 0x80 || (0xC0..<0x250).contains(value) || (0x1E00..<0x1F00).contains(value),
              let scalar = Unicode.Scalar(value) else { return 0 }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard mapping.count == 1, let lower = mapping.first,
              lower.value < 0x80 || (0xC0..<0x250).contains(lower.value) || (0x1E00..<0x1F00).contains(lower.value),
              lower.properties.canonicalCombiningClass == .notReordered,
              Normalization.nfc(String(lower)).unicodeScalars.map(\.value) == [lower.value]
        else { return 0 }
        return lower.value
    }

    /// Per scalar below U+1F00, as bits: ``tonedABit``, ``tonedEBit``, ``tonedYBit`` for the
    /// toned forms of `a` and `e` (after `o`) and of `y` (after `u`), the pairs whose mark
    /// ``ToneMarks/firstVowelStyle(_:)`` may move, and ``vowelBit`` for the lower-case
    /// Vietnamese vowels, toned or not.
    package static let toneFlags: [UInt8] = {
        var flags = [UInt8](repeating: 0, count: table.count)
        for (base, bit) in [("a", tonedABit), ("e", tonedEBit), ("y", tonedYBit)] {
            for tone in tones {
                let composed = Normalization.nfc(base + tone).unicodeScalars
                if composed.count == 1, let scalar = composed.first { flags[Int(scalar.value)] |= bit }
            }
        }
        for base in "aăâeêioôơuưy".unicodeScalars {
            flags[Int(base.value)] |= vowelBit
            for tone in tones {
                let composed = Normalization.nfc(String(base) + tone).unicodeScalars
                if composed.count == 1, let scalar = composed.first { flags[Int(scalar.value)] |= vowelBit }
            }
        }
        return flags
    }()

    package static let tonedABit: UInt8 = 1, tonedEBit: UInt8 = 2, tonedYBit: UInt8 = 4, vowelBit: UInt8 = 8

    /// True for a lower-case Vietnamese vowel, toned or not (`flags` is ``toneFlags``).
    @inline(__always)
    package static func isVowel(_ value: UInt32, _ flags: UnsafeBufferPointer<UInt8>) -> Bool {
        value < UInt32(flags.count) && flags[Int(value)] & vowelBit != 0
    }

    private static let tones = ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]

    /// Toned `a`/`e`/`y` → (toneless vowel, `o` with the tone, `u` with the tone).
    private static let toneMoves: [UInt32: (base: UInt32, o: UInt32, u: UInt32)] = {
        var table: [UInt32: (UInt32, UInt32, UInt32)] = [:]
        for base in ["a", "e", "y"] {
            for tone in tones {
                guard let toned = single(base + tone), let o = single("o" + tone), let u = single("u" + tone),
                      let plain = base.unicodeScalars.first?.value else { continue }
                table[toned] = (plain, o, u)
            }
        }
        return table
    }()

    private static func single(_ text: String) -> UInt32? {
        let scalars = Normalization.nfc(text).unicodeScalars
        return scalars.count == 1 ? scalars.first?.value : nil
    }

    /// The pair `first` (`o` or `u`) + toned `second` with the mark on `first`: "oá" → "óa".
    package static func toneMoved(first: UInt32, _ second: UInt32) -> (first: UInt32, second: UInt32)? {
        guard let move = toneMoves[second] else { return nil }
        return (first == 0x6F ? move.o : move.u, move.base)
    }

    @inline(__always)
    package static func isASCIILetter(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }

    /// True when `lower` after `previous` (both lower case) is a toned `oa`, `oe` or `uy`
    /// (`flags` is ``toneFlags``, `lower` one of ``table``'s values).
    @inline(__always)
    package static func movesTone(after previous: UInt32, _ lower: UInt32, _ flags: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lower >= 0xC0, lower < UInt32(flags.count) else { return false }
        if previous == 0x6F { return flags[Int(lower)] & (tonedABit | tonedEBit) != 0 }
        if previous == 0x75 { return flags[Int(lower)] & tonedYBit != 0 }
        return false
    }
}

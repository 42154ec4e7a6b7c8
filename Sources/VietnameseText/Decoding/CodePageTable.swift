/// A single-byte code page decoded by table, with the output the C library's iconv gives:
/// each byte's character, and a letter followed by a combining tone mark written as the one
/// precomposed letter iconv's CP1258 decoder makes of the pair (it holds a letter back to
/// combine it with the next byte's mark; a letter it composes is not combined again).
///
/// The tables are read from iconv itself when first used, so the two cannot disagree: one
/// conversion of every byte, one of every letter followed by every mark. A document with a
/// byte iconv rejects is left to iconv (``decode(_:)`` returns nil), which reports it.
struct CodePageTable: Sendable {
    /// Each byte's scalar value; `rejected` for a byte iconv rejects.
    let scalars: [UInt32]
    /// The bytes whose character is a combining mark, in table order.
    let marks: [UInt8]
    /// Position of a byte in ``marks``, or -1.
    let markIndex: [Int8]
    /// The letter composed of byte `letter` followed by mark `m`, at `letter * marks.count + m`;
    /// 0 when iconv keeps the two apart.
    let compositions: [UInt32]
    /// Each byte's character as ``encode(_:)`` gives it; 0 for a byte iconv rejects.
    let encoded: [UInt32]
    /// ``compositions`` as ``encode(_:)`` gives them; 0 where there is none.
    let encodedCompositions: [UInt32]
    /// True when every byte below 0x80 is its own ASCII character and no mark: eight such
    /// bytes before a byte that is no mark are copied as they are.
    let keepsASCII: Bool

    static let rejected: UInt32 = .max

    /// Windows-1258, or nil when iconv does not convert it as a single-byte code page here.
    static let windows1258 = CodePageTable(iconvName: "CP1258")

    /// The table of `iconvName`, or nil when iconv lacks the encoding or does not give one
    /// character for each byte.
    init?(iconvName: String) {
        // Every byte, each followed by a space (which combines with nothing): a rejected byte
        // gives U+FFFD, which no byte of a code page stands for.
        var probe: [UInt8] = []
        for byte in 0...255 { probe += [UInt8(byte), 0x20] }
        guard let singles = try? IconvConverter.convert(probe, from: iconvName, lenient: true) else { return nil }
        var scalars: [UInt32] = []
        var iterator = singles.unicodeScalars.makeIterator()
        for _ in 0...255 {
            guard let scalar = iterator.next(), iterator.next() == " " else { return nil }
            scalars.append(scalar == "\u{FFFD}" ? Self.rejected : scalar.value)
        }
        // Every character must fit the three UTF-8 bytes ``decode(_:)`` writes for it.
        guard iterator.next() == nil, scalars.allSatisfy({ $0 < 0x10000 || $0 == Self.rejected }) else { return nil }
        let marks = (0...255).map(UInt8.init).filter { (0x0300..<0x0370).contains(scalars[Int($0)]) }
        var markIndex = [Int8](repeating: -1, count: 256)
        for (index, mark) in marks.enumerated() { markIndex[Int(mark)] = Int8(index) }
        // Every accepted byte but the space before every mark, each pair closed by a space.
        let letters = (0...255).map(UInt8.init).filter { $0 != 0x20 && scalars[Int($0)] != Self.rejected }
        var pairs: [UInt8] = []
        for letter in letters { for mark in marks { pairs += [letter, mark, 0x20] } }
        var compositions = [UInt32](repeating: 0, count: 256 * marks.count)
        if !marks.isEmpty {
            guard let converted = try? IconvConverter.convert(pairs, from: iconvName, lenient: false) else { return nil }
            var groups = converted.unicodeScalars.split(separator: " ", omittingEmptySubsequences: false)
            guard groups.last?.isEmpty == true else { return nil }
            groups.removeLast()
            guard groups.count == letters.count * marks.count else { return nil }
            var group = 0
            for letter in letters {
                for (index, mark) in marks.enumerated() {
                    let scalarsOut = Array(groups[group])
                    group += 1
                    if scalarsOut.count == 1, scalarsOut[0].value < 0x10000 {
                        compositions[Int(letter) * marks.count + index] = scalarsOut[0].value
                    } else if scalarsOut.map(\.value) != [scalars[Int(letter)], scalars[Int(mark)]] {
                        return nil
                    }
                }
            }
        }
        self.scalars = scalars
        self.marks = marks
        self.markIndex = markIndex
        self.compositions = compositions
        encoded = scalars.map { $0 == Self.rejected ? 0 : Self.encode($0) }
        encodedCompositions = compositions.map { $0 == 0 ? 0 : Self.encode($0) }
        keepsASCII = (0..<0x80).allSatisfy { scalars[$0] == UInt32($0) && markIndex[$0] < 0 }
    }

    /// `bytes` decoded as iconv decodes them, or nil when a byte is one iconv rejects.
    ///
    /// A byte followed by a mark it composes with gives the composed letter; any other byte
    /// its own character (the letter iconv holds back is written when the next byte does
    /// not combine with it, as here).
    func decode(_ bytes: [UInt8]) -> String? {
        let markCount = marks.count
        let keepsASCII = keepsASCII
        var rejectedByte = false
        let text = encoded.withUnsafeBufferPointer { encoded in
            markIndex.withUnsafeBufferPointer { markIndex in
                encodedCompositions.withUnsafeBufferPointer { compositions in
                    bytes.withUnsafeBufferPointer { input in
                        // Each character is stored as four bytes, of which the next one overwrites the last.
                        String(unsafeUninitializedCapacity: input.count * 3 + 1) { output in
                            guard let base = output.baseAddress else { return 0 }
                            let raw = UnsafeMutableRawPointer(base)
                            let count = input.count
                            var written = 0
                            var index = 0
                            while index < count {
                                // Markup and spaces: eight ASCII bytes whose last combines with
                                // no mark after it are their own UTF-8.
                                if keepsASCII, index &+ 8 < count, let inputBase = input.baseAddress {
                                    let word = UnsafeRawPointer(inputBase).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                                    if word & 0x8080_8080_8080_8080 == 0, markIndex[Int(input[index &+ 8])] < 0 {
                                        raw.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
                                        written &+= 8
                                        index &+= 8
                                        continue
                                    }
                                }
                                let byte = Int(input[index])
                                var code = encoded[byte]
                                if code == 0 {
                                    rejectedByte = true
                                    return 0
                                }
                                if index &+ 1 < count {
                                    let mark = Int(markIndex[Int(input[index &+ 1])])
                                    if mark >= 0, case let composed = compositions[byte &* markCount &+ mark], composed != 0 {
                                        code = composed
                                        index &+= 1
                                    }
                                }
                                raw.storeBytes(of: code.littleEndian, toByteOffset: written, as: UInt32.self)
                                written &+= Int(code >> 24)
                                index &+= 1
                            }
                            return written
                        }
                    }
                }
            }
        }
        return rejectedByte ? nil : text
    }

    /// The UTF-8 bytes of `value` (a scalar below U+10000) in the low three bytes, first
    /// byte lowest, and their count in the high byte.
    static func encode(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return 1 << 24 | value }
        if value < 0x800 { return 2 << 24 | (0x80 | value & 0x3F) << 8 | (0xC0 | value >> 6) }
        return 3 << 24 | (0x80 | value & 0x3F) << 16 | (0x80 | value >> 6 & 0x3F) << 8 | (0xE0 | value >> 12)
    }
}

/// Line ends of a text found on its UTF-8 bytes, for rules that read a text line by line
/// without splitting all of it.
public enum LineBreaks {
    /// The UTF-8 offset of the first line feed or carriage return of `text` at or after
    /// `offset`, or the text's UTF-8 length when there is none.
    public static func next(in text: String, from offset: Int) -> Int {
        let utf8 = text.utf8
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var index = offset
            // Eight bytes at a time while none is a line feed or carriage return: a zero byte
            // of the word xored with either, found by (x - 0x01…) & ~x & 0x80….
            if let base = bytes.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let high: UInt64 = 0x8080_8080_8080_8080
                while index + 8 <= bytes.count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    let feeds = word ^ (ones &* 0x0A), returns = word ^ (ones &* 0x0D)
                    if ((feeds &- ones) & ~feeds | (returns &- ones) & ~returns) & high != 0 { break }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D { return index }
                index += 1
            }
            return bytes.count
        }) {
            return found
        }
        var position = offset
        var index = utf8.index(utf8.startIndex, offsetBy: offset)
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D { return position }
            position += 1
            utf8.formIndex(after: &index)
        }
        return position
    }
}

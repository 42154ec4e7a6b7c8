/// Finds the charset an HTML page declares in its `<meta>` tags, by scanning bytes.
///
/// Works on raw bytes before decoding: every encoding the decoder reads keeps ASCII
/// markup as ASCII. Recognises `<meta charset="…">` and `<meta http-equiv="Content-Type"
/// content="text/html; charset=…">` with attributes in any order, any case, with double,
/// single or no quotes; skips comments.
enum CharsetSniffer {
    /// How many leading bytes are scanned.
    static let window = 4096

    static func sniff(_ bytes: [UInt8]) -> String? {
        let end = min(bytes.count, window)
        var index = 0
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if matches(bytes, at: index, "<!--", end: end) {
                index = skipComment(bytes, from: index + 4, end: end)
                continue
            }
            if matches(bytes, at: index, "<meta", end: end), index + 5 < end,
               isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "/") {
                let (attributes, next) = readAttributes(bytes, from: index + 5, end: end)
                if let charset = charset(in: attributes) { return charset }
                index = next
                continue
            }
            index += 1
        }
        return nil
    }

    private static func charset(in attributes: [(name: String, value: String)]) -> String? {
        if let declared = attributes.first(where: { $0.name == "charset" }) {
            let label = CharsetAliases.normalizedLabel(declared.value)
            return label.isEmpty ? nil : label
        }
        guard attributes.contains(where: { $0.name == "http-equiv" && $0.value.lowercased() == "content-type" }),
              let content = attributes.first(where: { $0.name == "content" })?.value
        else { return nil }
        return charsetParameter(in: Array(content.utf8))
    }

    /// The value of `charset=` in a Content-Type value such as "text/html; charset=UTF-8".
    static func charsetParameter(in bytes: [UInt8]) -> String? {
        let lower = bytes.map(asciiLowercase)
        let key = Array("charset".utf8)
        var index = 0
        while index + key.count <= lower.count {
            guard lower[index..<(index + key.count)].elementsEqual(key) else { index += 1; continue }
            var cursor = index + key.count
            while cursor < lower.count, isSpace(lower[cursor]) { cursor += 1 }
            guard cursor < lower.count, lower[cursor] == UInt8(ascii: "=") else { index += 1; continue }
            cursor += 1
            while cursor < lower.count, isSpace(lower[cursor]) { cursor += 1 }
            var quote: UInt8?
            if cursor < lower.count, lower[cursor] == UInt8(ascii: "\"") || lower[cursor] == UInt8(ascii: "'") {
                quote = lower[cursor]
                cursor += 1
            }
            let start = cursor
            while cursor < lower.count {
                let byte = lower[cursor]
                if let quote, byte == quote { break }
                if quote == nil, isSpace(byte) || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"")
                    || byte == UInt8(ascii: "'") { break }
                cursor += 1
            }
            let label = String(decoding: lower[start..<cursor], as: UTF8.self)
            return label.isEmpty ? nil : label
        }
        return nil
    }

    private static func readAttributes(_ bytes: [UInt8], from start: Int, end: Int)
        -> (attributes: [(name: String, value: String)], next: Int)
    {
        var attributes: [(name: String, value: String)] = []
        var index = start
        while index < end {
            while index < end, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < end, bytes[index] != UInt8(ascii: ">") else { return (attributes, index + 1) }
            let nameStart = index
            while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index].map(asciiLowercase), as: UTF8.self)
            while index < end, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < end, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < end, isSpace(bytes[index]) { index += 1 }
                if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    let valueStart = index
                    while index < end, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if !name.isEmpty { attributes.append((name, value)) }
        }
        return (attributes, index)
    }

    private static func skipComment(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            if matches(bytes, at: index, "-->", end: end) { return index + 3 }
            index += 1
        }
        return end
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ literal: StaticString, end: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= end else { return false }
        return literal.withUTF8Buffer { needle in
            for offset in 0..<count where asciiLowercase(bytes[index + offset]) != needle[offset] { return false }
            return true
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}

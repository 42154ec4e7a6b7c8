import VietnameseText

/// A JSON value with ordered object keys, so records serialise with keys in the
/// contract's order, byte-for-byte the same on every run.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// `.string(value)` or `.null`.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// `.number(value)` or `.null`.
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// Compact JSON text (no spaces, no newline), UTF-8 kept as is.
    public var serialized: String {
        String(decoding: serializedUTF8, as: UTF8.self)
    }

    /// ``serialized`` as its UTF-8 bytes, for writers of bytes: no String is made, so the
    /// bytes are not validated again.
    public var serializedUTF8: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(to: &out)
        return out
    }

    /// Appends the compact JSON text's UTF-8 to `out`.
    public func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): Self.writeNumber(value, to: &out)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `value` as ``format(_:)`` prints it.
    static func writeNumber(_ value: Double, to out: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 1e15 {
            writeInteger(Int64(value), to: &out)
        } else {
            out.append(contentsOf: format(value).utf8)
        }
    }

    /// Integers print without a fraction (16700, 3000000000); others in shortest form (99.7).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Appends the decimal digits of `value` (with its sign), as `String(value)` prints them.
    static func writeInteger(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64) = (0, 0)
        var count = 0
        repeat {
            let digit = UInt64(magnitude % 10) + 0x30
            if count < 8 { digits.0 |= digit << (8 * count) } else { digits.1 |= digit << (8 * (count - 8)) }
            magnitude /= 10
            count += 1
        } while magnitude > 0
        while count > 0 {
            count -= 1
            let digit = count < 8 ? digits.0 >> (8 * count) : digits.1 >> (8 * (count - 8))
            out.append(UInt8(truncatingIfNeeded: digit))
        }
    }

    /// Appends `value` quoted and escaped. Runs of bytes that need no escape (almost all
    /// of a record's text) are appended whole; only `"`, `\\`, controls and U+2028/U+2029
    /// are written one by one.
    static func writeString(_ value: String, to out: inout [UInt8]) {
        var value = value
        out.append(UInt8(ascii: "\""))
        value.withUTF8 { bytes in
            var runStart = 0
            var index = ByteSearch.firstJSONEscapeCandidate(in: bytes, from: 0)
            while index < bytes.count {
                let (escape, length) = escaped(bytes, at: index)
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    escape.withUTF8Buffer { out.append(contentsOf: $0) }
                    runStart = index + length
                }
                index = ByteSearch.firstJSONEscapeCandidate(in: bytes, from: index + length)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The escape for the character whose UTF-8 starts at `index` (nil when it needs none)
    /// and how many bytes it covers.
    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (StaticString?, Int) {
        switch bytes[index] {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0x08: return ("\\b", 1)
        case 0x0C: return ("\\f", 1)
        case let byte where byte < 0x20: return (controlEscapes[Int(byte)], 1)
        case 0xE2:
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return (nil, 1) }
            switch bytes[index + 2] {
            case 0xA8: return ("\\u2028", 3)
            case 0xA9: return ("\\u2029", 3)
            default: return (nil, 1)
            }
        default: return (nil, 1)
        }
    }

    /// `\u00XX` for the control bytes without a short escape.
    private static let controlEscapes: [StaticString] = [
        "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
        "\\u0008", "\\u0009", "\\u000a", "\\u000b", "\\u000c", "\\u000d", "\\u000e", "\\u000f",
        "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
        "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f",
    ]
}

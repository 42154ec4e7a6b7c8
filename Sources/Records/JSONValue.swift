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
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += Self.format(value)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    /// Integers print without a fraction (16700, 3000000000); others in shortest form (99.7).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Appends `value` quoted and escaped. Runs of bytes that need no escape (almost all
    /// of a record's text) are appended as one slice of `value`; only `"`, `\\`, controls
    /// and U+2028/U+2029 are written one by one.
    static func writeString(_ value: String, to out: inout String) {
        // Offsets of the bytes that need escaping, found on the contiguous UTF-8 in one pass;
        // the runs between them are appended as slices of `value`.
        let stops: [Int]? = value.utf8.withContiguousStorageIfAvailable { bytes in
            var stops: [Int] = []
            for (offset, byte) in bytes.enumerated() where needsEscapeCheck[Int(byte)] { stops.append(offset) }
            return stops
        }
        guard let stops else {
            writeStringSlowly(value, to: &out)
            return
        }
        out += "\""
        let utf8 = value.utf8
        var runStart = utf8.startIndex
        for offset in stops {
            let index = utf8.index(utf8.startIndex, offsetBy: offset)
            guard index >= runStart else { continue }
            let (escape, next) = escaped(utf8, at: index)
            guard let escape else { continue }
            out += Substring(utf8[runStart..<index])
            out += escape
            runStart = next
        }
        out += Substring(utf8[runStart..<utf8.endIndex])
        out += "\""
    }

    /// The escape for the character whose UTF-8 starts at `index` (nil when it needs none)
    /// and the index after it.
    private static func escaped(_ utf8: String.UTF8View, at index: String.Index) -> (String?, String.Index) {
        let next = utf8.index(after: index)
        switch utf8[index] {
        case 0x22: return ("\\\"", next)
        case 0x5C: return ("\\\\", next)
        case 0x0A: return ("\\n", next)
        case 0x0D: return ("\\r", next)
        case 0x09: return ("\\t", next)
        case 0x08: return ("\\b", next)
        case 0x0C: return ("\\f", next)
        case let byte where byte < 0x20:
            let hex = String(byte, radix: 16)
            return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, next)
        case 0xE2:
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            guard next != utf8.endIndex, utf8[next] == 0x80 else { return (nil, next) }
            let thirdIndex = utf8.index(after: next)
            guard thirdIndex != utf8.endIndex else { return (nil, next) }
            switch utf8[thirdIndex] {
            case 0xA8: return ("\\u2028", utf8.index(after: thirdIndex))
            case 0xA9: return ("\\u2029", utf8.index(after: thirdIndex))
            default: return (nil, next)
            }
        default: return (nil, next)
        }
    }

    /// Bytes that are, or may start, a character JSON text must escape.
    static let needsEscapeCheck: [Bool] = (0..<256).map { (value: Int) -> Bool in
        value < 0x20 || value == 0x22 || value == 0x5C || value == 0xE2
    }

    /// ``writeString(_:to:)`` for a string without contiguous UTF-8 (bridged): byte by byte.
    static func writeStringSlowly(_ value: String, to out: inout String) {
        out += "\""
        let utf8 = value.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let (escape, next) = escaped(utf8, at: index)
            if let escape {
                out += Substring(utf8[runStart..<index])
                out += escape
                runStart = next
            }
            index = next
        }
        out += Substring(utf8[runStart..<utf8.endIndex])
        out += "\""
    }
}

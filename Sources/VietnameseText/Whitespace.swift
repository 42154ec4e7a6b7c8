extension String {
    /// Runs of whitespace collapsed to one space, trimmed.
    public var squeezedSpaces: String {
        var source = self
        return source.withUTF8 { bytes in
            Whitespace.isSqueezed(bytes) ? self : String(squeezingSpacesIn: bytes)
        }
    }

    /// The UTF-8 `bytes` with runs of whitespace (``Unicode/Scalar/isFastWhitespace``)
    /// collapsed to one space and trimmed; ill-formed bytes become U+FFFD.
    public init(squeezingSpacesIn bytes: UnsafeBufferPointer<UInt8>) {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        var runStart = 0
        while index < bytes.count {
            let lead = bytes[index]
            // Visible ASCII and the lead bytes no whitespace scalar starts with: no decoding.
            if lead > 0x20 && lead < 0x80 { index += 1; continue }
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let end = Swift.min(bytes.count, index + length)
            if Whitespace.isWhitespace(bytes, at: index, length: end - index) {
                if runStart < index {
                    if pendingSpace { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    pendingSpace = false
                }
                pendingSpace = pendingSpace || !out.isEmpty
                runStart = end
            }
            index = end
        }
        if runStart < bytes.count {
            if pendingSpace { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        self = String(decoding: out, as: UTF8.self)
    }
}

/// Whitespace and scalar tests on UTF-8 bytes, for scans that never make a String.
public enum Whitespace {
    /// The six ASCII White_Space bytes: space, tab, LF, VT, FF, CR.
    @inline(__always)
    public static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// ``Unicode/Scalar/isFastWhitespace`` of the scalar encoded at `bytes[index..<index+length]`;
    /// only the lead bytes of whitespace scalars (U+0085, U+00A0, U+1680, U+2000…, U+3000) decode.
    @inline(__always)
    public static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return isASCIISpace(lead) }
        guard lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 else { return false }
        // E1 BA and E1 BB open the Vietnamese letters U+1E80–U+1EFF: no decoding.
        if lead == 0xE1, length > 1, bytes[index + 1] & 0xFE == 0xBA { return false }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)?.isFastWhitespace ?? false
    }

    /// True when `String(squeezingSpacesIn:)` would return the bytes unchanged: no
    /// whitespace at either end, and none inside but single ASCII spaces.
    public static func isSqueezed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x80 { previousWasSpace = false; index += 1; continue }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                index += 1
                continue
            }
            if byte < 0x20 { if byte >= 0x09 && byte <= 0x0D { return false }; previousWasSpace = false; index += 1; continue }
            let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            if (byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3)
                && isWhitespace(bytes, at: index, length: Swift.min(length, bytes.count - index)) { return false }
            previousWasSpace = false
            index += length
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// The first scalar of UTF-8 `bytes`, as `String(decoding:as:)` would read it.
    public static func firstScalar(of bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): return scalar
        case .error: return "\u{FFFD}"
        case .emptyInput: return nil
        }
    }

    /// The last scalar of UTF-8 `bytes`, as `String(decoding:as:)` would read it.
    public static func lastScalar(of bytes: [UInt8]) -> Unicode.Scalar? {
        guard !bytes.isEmpty else { return nil }
        var start = bytes.count - 1
        while start > 0 && bytes.count - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.last
    }
}

extension Unicode.Scalar {
    /// Whitespace test with an ASCII fast path.
    public var isFastWhitespace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: true
        case 0..<0x80: false
        // The rest of Unicode's White_Space set, spelled out: no property lookup per letter.
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
/// Turns a document's bytes into NFC text.
///
/// Precedence: byte-order mark (UTF-8, UTF-16 LE/BE) > the charset the server declared >
/// the page's `<meta>` charset (HTML only) > valid UTF-8 > windows-1258, the common
/// encoding of older Vietnamese portals. UTF-16 without a BOM is recognised by its NUL
/// pattern. Two tolerances for mislabelled pages: a single-byte label over bytes that are
/// valid UTF-8 with non-ASCII sequences reads them as UTF-8, and a UTF-8 page with a few
/// stray bytes keeps UTF-8 with U+FFFD for the strays instead of becoming mojibake.
public enum TextDecoding {
    /// Valid multi-byte sequences needed per ill-formed byte to keep reading as UTF-8.
    static let strayByteRatio = 10

    /// Decodes `bytes`; `declaredCharset` is the HTTP Content-Type charset, if any.
    public static func decode(_ bytes: [UInt8], isHTML: Bool, declaredCharset: String? = nil)
        throws(DecodingError) -> DecodedText
    {
        if ByteProfile.isBlank(bytes[...]) { throw .empty }
        if let format = ByteSignatures.match(bytes) { throw .binary(reason: format) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8OrFallback(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try finish(utf16(bytes, from: 2, littleEndian: true), "utf-16le")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try finish(utf16(bytes, from: 2, littleEndian: false), "utf-16be")
        }
        if let guess = ByteProfile.utf16WithoutBOM(bytes) {
            let little = guess == .littleEndian
            return try finish(utf16(bytes, from: 0, littleEndian: little), little ? "utf-16le" : "utf-16be")
        }

        let label = try labelledEntry(bytes, isHTML: isHTML, declaredCharset: declaredCharset)
        try rejectBinary(bytes, allowsControlBytes: label?.canonical == "tcvn3")
        if let label, label.family == .legacy {
            return try finish(legacy(bytes, as: label))
        }
        // A server that says UTF-8 by default over a page that is not: the page's own
        // legacy label, if it has a usable one, says what to fall back to.
        let pageLabel = declaredCharset != nil && isHTML ? (try? legacyMetaEntry(bytes)) ?? nil : nil
        return try utf8OrFallback(bytes, fallback: pageLabel ?? Self.fallback)
    }

    /// The encoding of invalid UTF-8 that names no other.
    static let fallback = CharsetEntry(
        canonical: "windows-1258", iconvName: "CP1258", family: .legacy, labels: [])

    private static func legacyMetaEntry(_ bytes: [UInt8]) throws(DecodingError) -> CharsetEntry? {
        guard let sniffed = CharsetSniffer.sniff(bytes), let entry = CharsetAliases.entry(for: sniffed) else {
            return nil
        }
        return try usable(entry)
    }

    /// The charset the page declares in its `<meta>` tags, lower-cased, if any.
    public static func sniffCharset(html bytes: [UInt8]) -> String? {
        CharsetSniffer.sniff(bytes)
    }

    /// The encoding named by the server, else by the page; nil when neither names one
    /// (or they name UTF-8 / UTF-16, which the byte checks handle).
    private static func labelledEntry(_ bytes: [UInt8], isHTML: Bool, declaredCharset: String?)
        throws(DecodingError) -> CharsetEntry?
    {
        if let declaredCharset, !CharsetAliases.normalizedLabel(declaredCharset).isEmpty {
            guard let entry = CharsetAliases.entry(for: declaredCharset) else {
                throw .unsupported(charset: CharsetAliases.normalizedLabel(declaredCharset))
            }
            return try usable(entry)
        }
        return isHTML ? try legacyMetaEntry(bytes) : nil
    }

    private static func usable(_ entry: CharsetEntry) throws(DecodingError) -> CharsetEntry? {
        switch entry.family {
        case .unsupported: throw .unsupported(charset: entry.canonical)
        case .legacy: return entry
        case .utf8, .utf16LittleEndian, .utf16BigEndian: return nil
        }
    }

    private static func rejectBinary(_ bytes: [UInt8], allowsControlBytes: Bool) throws(DecodingError) {
        if let offset = ByteProfile.firstNUL(bytes) { throw .binary(reason: "NUL byte at offset \(offset)") }
        if !allowsControlBytes, ByteProfile.controlShare(bytes) > ByteProfile.controlShareLimit {
            throw .binary(reason: "too many control bytes")
        }
    }

    private static func utf8OrFallback(_ bytes: [UInt8], fallback: CharsetEntry = fallback)
        throws(DecodingError) -> DecodedText
    {
        switch UTF8Validation.check(bytes) {
        case .valid:
            return try finishValidUTF8(bytes)
        case .truncated(let tailStart):
            return try finish(String(decoding: bytes[..<tailStart], as: UTF8.self) + "\u{FFFD}", "utf-8")
        case .invalid:
            let tally = UTF8Validation.tally(bytes)
            if tally.multiByte >= strayByteRatio * tally.invalid {
                return try finish(String(decoding: bytes, as: UTF8.self), "utf-8")
            }
            return try finish(convert(bytes, canonical: fallback.canonical, iconvName: fallback.iconvName, lenient: true))
        }
    }

    /// Valid UTF-8 stays bytes, normalised to NFC as bytes (``Normalization/nfcUTF8(_:)``),
    /// when it holds a visible ASCII character; otherwise it takes the String path of
    /// ``finish(_:_:)``, which decides the same: NFC keeps such a character or composes it
    /// with the marks after it into a letter (or a symbol such as ≠), never into whitespace,
    /// so the text is not blank.
    private static func finishValidUTF8(_ bytes: [UInt8]) throws(DecodingError) -> DecodedText {
        // An ASCII byte other than the six ASCII White_Space ones is a visible character.
        let hasVisibleASCII = bytes.contains { $0 < 0x80 && !(0x09...0x0D).contains($0) && $0 != 0x20 }
        guard hasVisibleASCII else { return try finish(String(decoding: bytes, as: UTF8.self), "utf-8") }
        let isNFC = bytes.withUnsafeBufferPointer { !Normalization.mayNeedNormalization(utf8: $0) }
        if isNFC { return DecodedText(validUTF8: bytes, encoding: "utf-8") }
        return DecodedText(validUTF8: bytes.withUnsafeBufferPointer(Normalization.nfcUTF8), encoding: "utf-8")
    }

    private static func legacy(_ bytes: [UInt8], as entry: CharsetEntry) throws(DecodingError) -> (String, String) {
        if case .valid(multiByte: true) = UTF8Validation.check(bytes) {
            return (String(decoding: bytes, as: UTF8.self), "utf-8")
        }
        let canonical = entry.canonical == "us-ascii" && bytes.contains(where: { $0 >= 0x80 })
            ? "windows-1252" : entry.canonical
        return try convert(bytes, canonical: canonical, iconvName: entry.iconvName, lenient: false)
    }

    private static func convert(_ bytes: [UInt8], canonical: String, iconvName: String, lenient: Bool)
        throws(DecodingError) -> (String, String)
    {
        // Windows-1258 by table, as iconv reads it; a byte iconv rejects is left to iconv.
        if iconvName == "CP1258", let text = CodePageTable.windows1258?.decode(bytes) { return (text, canonical) }
        do {
            return (try IconvConverter.convert(bytes, from: iconvName, lenient: lenient), canonical)
        } catch {
            switch error {
            case .unknownEncoding: throw .unsupported(charset: canonical)
            case .invalidSequence(let offset): throw .invalid(encoding: canonical, offset: offset)
            }
        }
    }

    private static func utf16(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> String {
        let pairs = (bytes.count - start) / 2
        var units = [UInt16]()
        units.reserveCapacity(pairs)
        for pair in 0..<pairs {
            let first = UInt16(bytes[start + 2 * pair])
            let second = UInt16(bytes[start + 2 * pair + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
        }
        let text = String(decoding: units, as: UTF16.self)
        return (bytes.count - start) % 2 == 1 ? text + "\u{FFFD}" : text
    }

    private static func finish(_ decoded: (String, String)) throws(DecodingError) -> DecodedText {
        try finish(decoded.0, decoded.1)
    }

    private static func finish(_ text: String, _ encoding: String) throws(DecodingError) -> DecodedText {
        let normalized = Normalization.nfc(text)
        if normalized.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw .empty
        }
        return DecodedText(text: normalized, encoding: encoding)
    }
}

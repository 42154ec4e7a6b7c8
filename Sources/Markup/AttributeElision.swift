/// The attributes whose values the reading of a page's text needs; libxml2 may be given the
/// others' quoted values as empty (``ScriptBodies/skips(in:eliding:)``), which spares its
/// parser the character-by-character copy of long `title`, `href` and `alt` values (a third
/// of a portal page's bytes).
///
/// What reads values on that path: the page scan (`class`, `id`, `style`, `hidden`,
/// `itemprop`, `datetime`, `content`), the page metadata (`meta`'s `content`, `property`,
/// `name`, `itemprop`, `http-equiv`; an image's `class`, `id`, `src` and, for a logo, `alt`),
/// the publication markers (`class`, `datetime`, `itemprop`, `content`) and a portal's
/// content XPath (the attributes it names).
struct AttributeElision: Sendable {
    /// Lower-case names whose values are kept on every element.
    static let read = [
        "class", "id", "style", "hidden", "itemprop", "datetime", "content", "property", "name", "http-equiv",
    ]

    /// ``read`` and the names a content XPath reads, as ``packed(_:_:)`` keys (names of at
    /// most eight bytes) and as bytes (longer names).
    private let keptKeys: [UInt64]
    private let keptLong: [[UInt8]]
    /// `<style>` bodies may be left out too (``ScriptBodies/skips(in:eliding:)``): without a
    /// content XPath, which could test an element's text, style text included.
    let skipsStyleBodies: Bool

    /// The elision for a page read with `contentXPath`; nil, nothing elided, when the
    /// expression may read attributes it does not name (`@*`, the `attribute::` axis).
    init?(contentXPath: String?) {
        var kept = Self.read.map { Array($0.utf8) }
        if let contentXPath {
            let bytes = Array(contentXPath.utf8)
            if contentXPath.contains("attribute::") { return nil }
            var index = 0
            while index < bytes.count {
                defer { index += 1 }
                guard bytes[index] == UInt8(ascii: "@") else { continue }
                var end = index + 1
                while end < bytes.count && bytes[end] == 0x20 { end += 1 }
                let start = end
                while end < bytes.count && Self.isNameByte(bytes[end]) { end += 1 }
                guard end > start else { return nil }
                kept.append(bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            }
        }
        keptKeys = kept.filter { $0.count <= 8 }.map { name in
            name.withUnsafeBufferPointer { Self.packed($0.baseAddress!, 0..<name.count) }
        }
        keptLong = kept.filter { $0.count > 8 }
        skipsStyleBodies = contentXPath == nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A || byte >= 0x80
    }

    /// `alt`, `src`, `class` and `id` as ``packed(_:_:)`` keys.
    static let altKey: UInt64 = 0x74_6C_61
    static let srcKey: UInt64 = 0x63_72_73
    static let classKey: UInt64 = 0x73_73_61_6C_63
    static let idKey: UInt64 = 0x64_69

    /// The name `base[name]` (no NUL in it), ASCII upper case lowered as libxml2 lowers
    /// attribute names, as a number: its bytes from the lowest; 0 for names over eight bytes.
    @inline(__always)
    static func packed(_ base: UnsafePointer<UInt8>, _ name: Range<Int>) -> UInt64 {
        guard name.count <= 8 else { return 0 }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for index in name {
            var byte = base[index]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            // At most 8 bytes: the shift stays below 64 (masking shifts, no overflow checks).
            key |= UInt64(byte) &<< shift
            shift &+= 8
        }
        return key
    }

    /// True when the value of the attribute named `base[name]`, whose ``packed(_:_:)`` key
    /// is `key`, is read; on an `img` element when `onImage` (its `src`, which the scanner
    /// still elides when ``mayMarkLogo(_:_:_:)`` says it holds no logo hint).
    func keeps(_ key: UInt64, _ base: UnsafePointer<UInt8>, _ name: Range<Int>, onImage: Bool) -> Bool {
        guard key != 0 else {
            return keptLong.contains { candidate in
                guard candidate.count == name.count else { return false }
                for offset in 0..<candidate.count {
                    var byte = base[name.lowerBound + offset]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    if byte != candidate[offset] { return false }
                }
                return true
            }
        }
        return keptKeys.contains(key) || (onImage && key == Self.srcKey)
    }

    /// True when an image's attribute with ``packed(_:_:)`` key `key` is its `class`, `id`
    /// or `src` and its value `base[value]` may hold a ``MarkupVocabulary/logoHints`` word:
    /// one in ASCII in any case, or a byte that is no plain ASCII or a character reference
    /// (`&`), left undecided.
    static func mayMarkLogo(_ key: UInt64, _ base: UnsafePointer<UInt8>, _ value: Range<Int>) -> Bool {
        guard key == classKey || key == idKey || key == srcKey else { return false }
        var index = value.lowerBound
        while index < value.upperBound {
            let byte = base[index]
            if byte >= 0x80 || byte == 0x26 { return true }
            let lower = byte | 0x20
            // "logo", "brand", "banner"
            if lower == 0x6C && matches("logo", base, index, value.upperBound)
                || lower == 0x62 && (matches("brand", base, index, value.upperBound)
                    || matches("banner", base, index, value.upperBound)) {
                return true
            }
            index += 1
        }
        return false
    }

    @inline(__always)
    private static func matches(_ word: StaticString, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard end - start >= length else { return false }
        for offset in 0..<length {
            var byte = base[start + offset]
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if byte != word.utf8Start[offset] { return false }
        }
        return true
    }
}

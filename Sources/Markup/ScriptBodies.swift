import VietnameseText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the bodies of JavaScript `<script>` elements in a page, as libxml2 2.9.14's HTML
/// parser reads them in recovery mode, so that the parse can be given the page without
/// them: the element stays, empty. Nothing in the extraction reads script text, and it is
/// about a fifth of a news page's bytes.
///
/// A start tag counts where libxml2 reads one: outside comments, outside the raw text of
/// other `<script>` and `<style>` elements and outside quoted attribute values. A body runs
/// from the start tag's `>` to the first `</script` in any case. Only scripts without a
/// `type` or with a JavaScript type are skipped (`application/ld+json` and templates stay).
/// Where the scan could read the page otherwise than libxml2 (an unterminated comment or
/// quote, a script inside `<title>` or `<textarea>`, a NUL byte, an odd tag), it gives up
/// and nothing is skipped.
enum ScriptBodies {
    /// The byte ranges of the script bodies libxml2 would read in `bytes`, in order and
    /// disjoint; empty when there is none or when the page is unclear.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        skips(in: bytes, eliding: nil).map(\.range)
    }

    /// A run of the page libxml2 is not given: a script body, or the quoted value of an
    /// attribute that ``AttributeElision`` says nothing reads.
    struct Skip: Equatable {
        var range: Range<Int>
        /// libxml2 is given ``elidedMarker`` in place of the bytes (an `img`'s `alt`, which
        /// the page metadata reads for a logo: on the marker it asks for the page again whole).
        var marked: Bool
    }

    /// What libxml2 reads in place of a marked value: U+E000, a private-use character.
    static let elidedMarker = "\u{E000}"
    static let elidedMarkerBytes: [UInt8] = [0xEE, 0x80, 0x80]
    /// Shorter values are given to libxml2 as they are (too short to matter).
    static let minimumElidedBytes = 8

    /// The script bodies and, with `elision`, the attribute values libxml2 need not be given
    /// in `bytes`, in order and disjoint; empty when the page is unclear.
    static func skips(in bytes: UnsafeBufferPointer<UInt8>, eliding elision: AttributeElision?) -> [Skip] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var scanner = Scanner(base: base, count: bytes.count, elision: elision)
        return scanner.run() ?? []
    }

    private struct Scanner {
        let base: UnsafePointer<UInt8>
        let count: Int
        var index = 0
        /// Inside `<title>` or `<textarea>`, where libxml2 would make a script's text part
        /// of the element's text.
        var inTextElement = false

        let elision: AttributeElision?

        init(base: UnsafePointer<UInt8>, count: Int, elision: AttributeElision?) {
            self.base = base
            self.count = count
            self.elision = elision
        }

        /// The skips, or nil when the page is unclear.
        mutating func run() -> [Skip]? {
            // libxml2 reads a NUL as the end of its input in places.
            if memchr(base, 0, count) != nil { return nil }
            var ranges: [Skip] = []
            while let open = find(0x3C, from: index) {
                guard open + 1 < count else { return ranges }
                let next = base[open + 1]
                if next == 0x21 {
                    guard skipDeclaration(at: open) else { return nil }
                } else if next == 0x3F || next == 0x2F {
                    // A processing instruction or an end tag runs to the next `>`; one with a
                    // `<` before it could be read in more than one way.
                    guard let close = find(0x3E, from: open + 2), find(0x3C, from: open + 2, before: close) == nil
                    else { return nil }
                    if next == 0x2F {
                        if hasName("title", at: open + 2) || hasName("textarea", at: open + 2) { inTextElement = false }
                    }
                    index = close + 1
                } else if isLetter(next) {
                    guard let body = startTag(at: open, into: &ranges) else { return nil }
                    index = body
                } else if next == 0x5F || next == 0x3A || next == 0x2E {
                    return nil
                } else {
                    index = open + 1
                }
            }
            return ranges
        }

        /// Reads the start tag at `open` (and, for `script` and `style`, its raw text and end
        /// tag); returns where the scan goes on, or nil when unclear.
        private mutating func startTag(at open: Int, into ranges: inout [Skip]) -> Int? {
            var cursor = open + 1
            let nameStart = cursor
            cursor = nameEnd(from: cursor)
            let name = nameStart..<cursor
            let isScript = equals(name, "script")
            let isStyle = equals(name, "style")
            skipBlanks(&cursor)
            var isJavaScript = true
            // Values are elided outside `<title>` and `<textarea>` only, whose text libxml2
            // may read otherwise than as tags.
            let eliding = elision != nil && !inTextElement
            let isImage = eliding && equals(name, "img")
            var altSkip: Int?
            var isLogoImage = false
            // libxml2's attribute loop (htmlParseStartTag): a name and an optional `= value`,
            // or a bogus token dumped up to a blank or the end of the tag.
            while true {
                guard cursor < count else { return nil }
                let byte = base[cursor]
                if byte == 0x3E { break }
                if byte == 0x2F && cursor + 1 < count && base[cursor + 1] == 0x3E { break }
                if isNameStart(byte) {
                    let attributeStart = cursor
                    cursor = nameEnd(from: cursor)
                    let attribute = attributeStart..<cursor
                    skipBlanks(&cursor)
                    if cursor < count && base[cursor] == 0x3D {
                        cursor += 1
                        skipBlanks(&cursor)
                        guard cursor < count else { return nil }
                        let valueStart: Int
                        let valueEnd: Int
                        let quote = base[cursor]
                        if quote == 0x22 || quote == 0x27 {
                            guard let close = find(quote, from: cursor + 1) else { return nil }
                            valueStart = cursor + 1
                            valueEnd = close
                            cursor = close + 1
                        } else {
                            valueStart = cursor
                            while cursor < count && base[cursor] != 0x3E && !isBlank(base[cursor]) { cursor += 1 }
                            valueEnd = cursor
                        }
                        if isScript && equals(attribute, "type") && !Self.isJavaScriptType(base, valueStart..<valueEnd) {
                            isJavaScript = false
                        }
                        if let elision, eliding {
                            let value = valueStart..<valueEnd
                            let key = AttributeElision.packed(base, attribute)
                            let isQuoted = quote == 0x22 || quote == 0x27
                            if isImage && key == AttributeElision.altKey {
                                if isQuoted && value.count >= minimumElidedBytes {
                                    altSkip = ranges.count
                                    ranges.append(Skip(range: value, marked: true))
                                }
                            } else if !elision.keeps(key, base, attribute, onImage: isImage)
                                        || isImage && key == AttributeElision.srcKey
                                            && !AttributeElision.mayMarkLogo(key, base, value) {
                                // An image's source is read only for a logo hint: one without
                                // any reads as the empty value does.
                                if isQuoted && value.count >= minimumElidedBytes {
                                    ranges.append(Skip(range: value, marked: false))
                                }
                            } else if isImage && !isLogoImage && AttributeElision.mayMarkLogo(key, base, value) {
                                isLogoImage = true
                            }
                        }
                    } else if isScript && equals(attribute, "type") {
                        isJavaScript = false
                    }
                } else {
                    while cursor < count && !isBlank(base[cursor]) && base[cursor] != 0x3E
                            && !(base[cursor] == 0x2F && cursor + 1 < count && base[cursor + 1] == 0x3E) {
                        cursor += 1
                    }
                }
                skipBlanks(&cursor)
            }
            let selfClosed = base[cursor] == 0x2F
            let tagEnd = cursor + (selfClosed ? 2 : 1)
            // An image whose own class, id or source names a logo has its `alt` read: given whole.
            if isLogoImage, let altSkip { ranges.remove(at: altSkip) }
            if equals(name, "title") || equals(name, "textarea") {
                if !selfClosed { inTextElement = true }
                return tagEnd
            }
            guard isScript || isStyle else { return tagEnd }
            guard !selfClosed, !inTextElement else { return nil }
            let endName: StaticString = isScript ? "script" : "style"
            // A body opening with `</` or `<` and a letter is read as a tag before the raw text.
            if tagEnd + 1 < count && base[tagEnd] == 0x3C && (isLetter(base[tagEnd + 1]) || base[tagEnd + 1] == 0x2F) {
                guard base[tagEnd + 1] == 0x2F, hasName(endName, at: tagEnd + 2) else { return nil }
            }
            guard let endTag = rawTextEnd(from: tagEnd, name: endName) else { return nil }
            var after = endTag + 2 + endName.utf8CodeUnitCount
            guard after < count, !isNameByte(base[after]) else { return nil }
            skipBlanks(&after)
            guard after < count, base[after] == 0x3E else { return nil }
            if isScript && isJavaScript && endTag > tagEnd { ranges.append(Skip(range: tagEnd..<endTag, marked: false)) }
            if isStyle, let elision, elision.skipsStyleBodies, Self.styleBodyIsUnread(base, tagEnd..<endTag) {
                ranges.append(Skip(range: tagEnd..<endTag, marked: false))
            }
            return after + 1
        }

        /// The first `</name` (any case) from `start`.
        private func rawTextEnd(from start: Int, name: StaticString) -> Int? {
            var cursor = start
            while let open = find(0x3C, from: cursor) {
                if open + 1 < count && base[open + 1] == 0x2F && matches(name, at: open + 2) { return open }
                cursor = open + 1
            }
            return nil
        }

        /// Skips `<!--…-->` or `<!DOCTYPE…>` at `open`; any other `<!` is text to libxml2.
        private mutating func skipDeclaration(at open: Int) -> Bool {
            if open + 3 < count && base[open + 2] == 0x2D && base[open + 3] == 0x2D {
                let start = open + 4
                // Comments closed early (`<!-->`, `<!--->`) or by `--!>` differ between versions.
                if start < count && base[start] == 0x3E { return false }
                if start + 1 < count && base[start] == 0x2D && base[start + 1] == 0x3E { return false }
                var cursor = start
                while let close = find(0x3E, from: cursor) {
                    if close >= start + 2 && base[close - 1] == 0x2D && base[close - 2] == 0x2D {
                        index = close + 1
                        return true
                    }
                    if close >= start + 3 && base[close - 1] == 0x21 && base[close - 2] == 0x2D && base[close - 3] == 0x2D {
                        return false
                    }
                    cursor = close + 1
                }
                return false
            }
            if matches("doctype", at: open + 2) {
                guard let close = find(0x3E, from: open + 2) else { return false }
                // A quoted `>` would end the declaration later.
                var quote: UInt8?
                for position in (open + 2)..<close {
                    let byte = base[position]
                    if let current = quote {
                        if byte == current { quote = nil }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    }
                }
                guard quote == nil else { return false }
                index = close + 1
                return true
            }
            index = open + 1
            return true
        }

        /// True when nothing reads the style text `base[body]`: the page scan drops `<style>`,
        /// and the metadata's welcome-line test (the only reader of a leaf's text) passes over
        /// a text whose first byte after ASCII whitespace is ASCII and opens no welcome prefix
        /// (``PlainTextCleaner/opensWithOtherLetter(_:)``), as it passes over an empty element.
        static func styleBodyIsUnread(_ base: UnsafePointer<UInt8>, _ body: Range<Int>) -> Bool {
            var index = body.lowerBound
            while index < body.upperBound && Whitespace.isASCIISpace(base[index]) { index += 1 }
            guard index < body.upperBound else { return false }
            let byte = base[index]
            return byte < 0x80 && !PlainTextCleaner.opensAWelcomePrefix[Int(Folding.lowercase(byte))]
        }

        static let javaScriptTypes: [[UInt8]] = [
            "", "text/javascript", "application/javascript", "application/x-javascript", "text/x-javascript",
            "text/ecmascript", "application/ecmascript", "text/jscript", "module",
        ].map { Array($0.utf8) }

        /// True for a `type` value naming JavaScript (ASCII case and surrounding blanks aside);
        /// a value with a character reference is not read.
        static func isJavaScriptType(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Bool {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper && isBlank(base[lower]) { lower += 1 }
            while upper > lower && isBlank(base[upper - 1]) { upper -= 1 }
            let length = upper - lower
            return javaScriptTypes.contains { type in
                type.count == length && type.indices.allSatisfy { offset in
                    let byte = base[lower + offset]
                    return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == type[offset]
                }
            }
        }

        private func find(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
            let limit = end ?? count
            guard start < limit, let found = memchr(base + start, Int32(byte), limit - start) else { return nil }
            return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
        }

        /// Past a name as libxml2's `htmlParseHTMLName` reads it: at most 100 bytes.
        private func nameEnd(from start: Int) -> Int {
            let limit = min(count, start + 100)
            var cursor = start
            while cursor < limit && isNameByte(base[cursor]) { cursor += 1 }
            return cursor
        }

        private func equals(_ range: Range<Int>, _ name: StaticString) -> Bool {
            range.count == name.utf8CodeUnitCount && matches(name, at: range.lowerBound)
        }

        /// True when the bytes at `start` are `name` in any ASCII case.
        private func matches(_ name: StaticString, at start: Int) -> Bool {
            let length = name.utf8CodeUnitCount
            guard start + length <= count else { return false }
            let expected = name.utf8Start
            for offset in 0..<length where base[start + offset] | 0x20 != expected[offset] { return false }
            return true
        }

        /// True when `name` (any case) is the whole name of the tag starting at `start`.
        private func hasName(_ name: StaticString, at start: Int) -> Bool {
            let end = start + name.utf8CodeUnitCount
            return matches(name, at: start) && (end >= count || !isNameByte(base[end]))
        }

        private func skipBlanks(_ cursor: inout Int) {
            while cursor < count && isBlank(base[cursor]) { cursor += 1 }
        }

        private func isNameStart(_ byte: UInt8) -> Bool {
            isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
        }

        /// ASCII letters and digits, `:`, `-`, `_` and `.`: one bit test (the page's attribute
        /// names are read byte by byte, the scan's hottest loop).
        private func isNameByte(_ byte: UInt8) -> Bool {
            // Bits 0x2D, 0x2E and 0x30…0x3A; then, from 0x40, 0x41…0x5A, 0x5F and 0x61…0x7A.
            let below64: UInt64 = 0x07FF_6000_0000_0000
            let from64: UInt64 = 0x07FF_FFFE_87FF_FFFE
            if byte < 64 { return below64 &>> UInt64(byte) & 1 != 0 }
            return byte < 128 && from64 &>> UInt64(byte &- 64) & 1 != 0
        }

        private func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        }

        /// libxml2's `IS_BLANK_CH`: no form feed.
        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }

        private func isBlank(_ byte: UInt8) -> Bool { Self.isBlank(byte) }
    }
}

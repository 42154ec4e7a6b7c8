/// Tells an HTML page from plain text by its first bytes, as the WHATWG MIME Sniffing
/// standard does for `text/html` ("rules for identifying an unknown MIME type"), so a page
/// saved as `.aspx`, `.php` or without an extension is read as the page it is.
///
/// After a byte order mark and whitespace the bytes must open one of the standard's tags,
/// case-insensitively, followed by a tag-terminating byte: `<!DOCTYPE HTML`, `<HTML`,
/// `<HEAD`, `<SCRIPT`, `<IFRAME`, `<H1`, `<DIV`, `<FONT`, `<TABLE`, `<A`, `<STYLE`,
/// `<TITLE`, `<B`, `<BODY`, `<BR`, `<P` or `<!--`. Beyond the standard: `<META` and `<LINK`
/// also count; a comment not followed by a space or `>` (`<!--[if IE]>…-->`) and an
/// `<?xml …?>` declaration are skipped and the bytes after them decide; a tag name may also
/// end with a tab, line break or `/` (`<html\n  lang="vi">`, `<br/>`). UTF-16 with a byte
/// order mark is read through its ASCII characters.
public enum HTMLSniffer {
    /// How many leading bytes decide: what a reader needs to hand over.
    public static let headerLength = 4096

    /// The tags the standard names (without `<`), plus `meta` and `link`.
    static let openings: [[UInt8]] = [
        "!doctype html", "html", "head", "script", "iframe", "h1", "div", "font", "table", "a",
        "style", "title", "b", "body", "br", "p", "meta", "link",
    ].map { Array($0.utf8) }

    /// True when `bytes` (the start of a file, `headerLength` bytes are enough) open an HTML page.
    public static func isHTML(_ bytes: some Collection<UInt8>) -> Bool {
        var header = Array(bytes.prefix(headerLength))
        if header.starts(with: [0xFE, 0xFF] as [UInt8]) || header.starts(with: [0xFF, 0xFE] as [UInt8]) {
            header = asciiOfUTF16(header)
        } else if header.starts(with: [0xEF, 0xBB, 0xBF] as [UInt8]) {
            header.removeFirst(3)
        }
        var index = 0
        while true {
            while index < header.count, isWhitespace(header[index]) { index += 1 }
            guard index < header.count, header[index] == UInt8(ascii: "<") else { return false }
            let rest = header[(index + 1)...]
            if rest.starts(with: Array("!--".utf8)) {
                let after = index + 4
                if after < header.count, isTagEnd(header[after]) { return true }
                guard let close = find(Array("-->".utf8), in: header, from: after) else { return false }
                index = close + 3
                continue
            }
            if rest.starts(with: Array("?xml".utf8)) {
                guard let close = find(Array("?>".utf8), in: header, from: index + 5) else { return false }
                index = close + 2
                continue
            }
            return openings.contains { opening in
                let end = index + 1 + opening.count
                guard end < header.count else { return false }
                return zip(opening, header[(index + 1)..<end]).allSatisfy { $0 == lowercased($1) } && isTagEnd(header[end])
            }
        }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    /// The standard's tag-terminating bytes (space, `>`) and the other whitespace and `/`.
    private static func isTagEnd(_ byte: UInt8) -> Bool {
        byte == 0x3E || byte == 0x2F || isWhitespace(byte)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The code units of UTF-16 text after its byte order mark, each ASCII one as its byte and
    /// any other as 0 (which no opening matches).
    private static func asciiOfUTF16(_ bytes: [UInt8]) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        return stride(from: 2, to: bytes.count - 1, by: 2).map { offset in
            let (high, low) = bigEndian ? (bytes[offset], bytes[offset + 1]) : (bytes[offset + 1], bytes[offset])
            return high == 0 && low < 0x80 ? low : 0
        }
    }
}

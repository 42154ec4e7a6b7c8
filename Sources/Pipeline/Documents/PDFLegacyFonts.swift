import Foundation
import VietnameseText

/// The fonts of a PDF's text, as poppler's `pdftohtml -xml` gives them: one span per run
/// of text in one font on one line, with its box in points from the page's top left.
struct PDFFontSpans {
    struct Span: Sendable, Equatable {
        var text: String
        var font: String
        var x0, y0, x1, y1: Double
    }

    /// Spans by page number (1-based).
    var pages: [Int: [Span]] = [:]

    /// A font's name as the PDF gives it without the subset tag ("BAAAAA+") and a style
    /// suffix (".VnTimeH-Bold", "VNI-Times,BoldItalic").
    static func baseName(_ name: String) -> String {
        var base = Substring(name)
        if let plus = base.firstIndex(of: "+"), base.distance(from: base.startIndex, to: plus) == 6 {
            base = base[base.index(after: plus)...]
        }
        if let comma = base.firstIndex(of: ",") { base = base[..<comma] }
        for style in ["-BoldItalic", "-BoldOblique", "-Bold", "-Italic", "-Oblique", "-Regular", "-Roman"]
        where base.hasSuffix(style) {
            base = base.dropLast(style.count)
            break
        }
        return String(base)
    }

    /// The legacy font the PDF font `name` draws, or nil.
    static func legacyFont(named name: String) -> LegacyFont? {
        LegacyFont(fontName: baseName(name))
    }

    /// Parses `pdftohtml -xml -zoom 1` output: `<fontspec id family>` rows name the fonts, and
    /// each `<text top left width height font>` row is one span (its markup and entities
    /// undone).
    init(xml: String) {
        var fonts: [String: String] = [:]
        var page = 0
        for row in xml.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = row.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("<page ") {
                page = Self.attribute("number", in: line).flatMap { Int($0) } ?? page + 1
            } else if line.hasPrefix("<fontspec ") {
                if let id = Self.attribute("id", in: line), let family = Self.attribute("family", in: line) {
                    fonts[id] = family
                }
            } else if line.hasPrefix("<text "), let close = line.firstIndex(of: ">") {
                let head = line[..<close]
                guard let font = Self.attribute("font", in: head).flatMap({ fonts[$0] }),
                      let top = Self.attribute("top", in: head).flatMap(Double.init),
                      let left = Self.attribute("left", in: head).flatMap(Double.init),
                      let width = Self.attribute("width", in: head).flatMap(Double.init),
                      let height = Self.attribute("height", in: head).flatMap(Double.init) else { continue }
                var body = line[line.index(after: close)...]
                if body.hasSuffix("</text>") { body = body.dropLast(7) }
                let text = Self.unescaped(Self.withoutTags(body))
                guard !text.isEmpty else { continue }
                pages[page, default: []].append(Span(text: text, font: font, x0: left, y0: top,
                                                     x1: left + width, y1: top + height))
            }
        }
    }

    /// True when some span is in a legacy font.
    var hasLegacyFonts: Bool {
        pages.values.contains { $0.contains { Self.legacyFont(named: $0.font) != nil } }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return unescaped(rest[..<end])
    }

    static func withoutTags(_ text: Substring) -> Substring {
        guard text.contains("<") else { return text }
        var out = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return Substring(out)
    }

    static func unescaped(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#160;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Text of a PDF typed in legacy Vietnamese fonts (TCVN3 `.VnTime`, `.VnTimeH`; VNI
/// `VNI-Times`): such fonts map their codes to the Windows characters they replace, so the
/// text layer reads "Häc tËp"; each word is converted by the fonts of its characters.
struct PDFLegacyText {
    /// Characters converted from each encoding, and the fonts they were in (subset tags
    /// and styles left out).
    var converted: [LegacyFontEncoding: Int] = [:]
    var fontNames: Set<String> = []
    /// True when no font named the encoding and the text's statistics chose it.
    var detected = false

    /// The encoding most characters were converted from.
    var encoding: LegacyFontEncoding? {
        converted.filter { $0.value > 0 }.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key
    }

    var message: String {
        let count = converted.values.reduce(0, +)
        if detected {
            return "no font named the encoding: the text layer reads as \(encoding == .vni ? "VNI" : "TCVN3 (ABC)"); \(count) characters converted to Unicode"
        }
        return "\(count) characters in legacy Vietnamese fonts (\(fontNames.sorted().joined(separator: ", "))) converted to Unicode"
    }

    /// Converts the words of `layout` that lie in spans of legacy fonts.
    mutating func convert(_ layout: inout PageLayout, spans: PDFFontSpans) {
        for pageIndex in layout.pages.indices {
            guard let pageSpans = spans.pages[layout.pages[pageIndex].number],
                  pageSpans.contains(where: { PDFFontSpans.legacyFont(named: $0.font) != nil }) else { continue }
            for lineIndex in layout.pages[pageIndex].lines.indices {
                for wordIndex in layout.pages[pageIndex].lines[lineIndex].words.indices {
                    let word = layout.pages[pageIndex].lines[lineIndex].words[wordIndex]
                    layout.pages[pageIndex].lines[lineIndex].words[wordIndex].text = convert(word, in: pageSpans)
                }
            }
        }
    }

    /// `word` converted by the fonts of the spans it lies in: one font for the whole word
    /// when it lies in one span; else its characters found in the spans' text, each run of
    /// one font converted by it.
    mutating func convert(_ word: PageLayout.Word, in spans: [PDFFontSpans.Span]) -> String {
        let height = max(1, word.y1 - word.y0)
        let touching = spans.filter { span in
            let vertical = min(word.y1, span.y1) - max(word.y0, span.y0)
            let horizontal = min(word.x1, span.x1) - max(word.x0, span.x0)
            return vertical > 0.5 * min(height, max(1, span.y1 - span.y0)) && horizontal > 0
        }.sorted { $0.x0 < $1.x0 }
        guard touching.contains(where: { PDFFontSpans.legacyFont(named: $0.font) != nil }) else { return word.text }
        if Set(touching.map(\.font)).count == 1 {
            return decode(word.text, font: touching[0].font)
        }
        // The spans' characters, each with its font, blanks left out; the word is found there.
        var characters: [(Character, String)] = []
        for span in touching {
            for character in span.text where !character.isWhitespace { characters.append((character, span.font)) }
        }
        let wanted = Array(word.text)
        var fonts: [String]?
        if wanted.count <= characters.count {
            for start in 0...(characters.count - wanted.count)
            where (0..<wanted.count).allSatisfy({ characters[start + $0].0 == wanted[$0] }) {
                fonts = (0..<wanted.count).map { characters[start + $0].1 }
                break
            }
        }
        guard let fonts else {
            let widest = touching.max { min(word.x1, $0.x1) - max(word.x0, $0.x0) < min(word.x1, $1.x1) - max(word.x0, $1.x0) }
            return widest.map { decode(word.text, font: $0.font) } ?? word.text
        }
        var out = ""
        var start = 0
        while start < wanted.count {
            var end = start + 1
            while end < wanted.count, fonts[end] == fonts[start] { end += 1 }
            out += decode(String(wanted[start..<end]), font: fonts[start])
            start = end
        }
        return out
    }

    mutating func decode(_ text: String, font name: String) -> String {
        guard let font = PDFFontSpans.legacyFont(named: name) else { return text }
        let decoded = font.decode(text)
        let count = decoded.unicodeScalars.count { !$0.isASCII }
        if count > 0 {
            converted[font.encoding, default: 0] += count
            fontNames.insert(PDFFontSpans.baseName(name))
        }
        return decoded
    }

    /// Every word of `layout` converted from `encoding`: the text of fonts that a PDF named
    /// otherwise (a substitute font, a renamed subset) but that reads as legacy text.
    mutating func convertAll(_ layout: inout PageLayout, from encoding: LegacyFontEncoding) {
        let font = LegacyFont(encoding: encoding)
        for pageIndex in layout.pages.indices {
            for lineIndex in layout.pages[pageIndex].lines.indices {
                for wordIndex in layout.pages[pageIndex].lines[lineIndex].words.indices {
                    let text = layout.pages[pageIndex].lines[lineIndex].words[wordIndex].text
                    let decoded = font.decode(text)
                    converted[encoding, default: 0] += decoded.unicodeScalars.count { !$0.isASCII }
                    layout.pages[pageIndex].lines[lineIndex].words[wordIndex].text = decoded
                }
            }
        }
    }
}

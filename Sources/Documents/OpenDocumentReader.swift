import Foundation

/// Reads the text of an OpenDocument text (.odt): `content.xml`, with the styles and font
/// faces of `styles.xml` and `content.xml`.
struct OpenDocumentReader {
    static let mimeType = "application/vnd.oasis.opendocument.text"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

    /// True when the archive's `mimetype` entry names an OpenDocument text.
    static func isOpenDocumentText(_ archive: inout OfficeArchive) throws(OfficeError) -> Bool {
        guard archive.contains("mimetype"), let bytes = try archive.read("mimetype") else { return false }
        let value = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return value == mimeType || value == "application/vnd.oasis.opendocument.text-template"
    }

    /// Font faces (declared name → family) and styles ("family:name" → font and parent).
    private var faces: [String: String] = [:]
    private var fonts: [String: String] = [:]
    private var parents: [String: String] = [:]
    private var defaultFonts: [String: String] = [:]
    private var collector = ParagraphCollector()

    static func read(_ archive: inout OfficeArchive) throws(OfficeError) -> OfficeText {
        var reader = OpenDocumentReader()
        if let bytes = try archive.read("styles.xml"), OfficeReader.mentionsLegacyFont(bytes),
           let tree = XMLTree(bytes), let root = tree.root {
            reader.learnStyles(root)
        }
        guard let bytes = try archive.read("content.xml") else { throw .parse("the archive has no content.xml") }
        guard let tree = XMLTree(bytes), let root = tree.root else { throw .parse("content.xml is not well-formed XML") }
        reader.learnStyles(root)
        guard let body = root.child(office, "body"), let text = body.child(office, "text") else {
            throw .parse("content.xml has no office:body/office:text")
        }
        var paragraphs: [String] = []
        reader.block(text, into: &paragraphs)
        for paragraph in paragraphs { reader.collector.add(paragraph) }
        return reader.collector.result(.odt)
    }

    private mutating func learnStyles(_ root: XMLNode) {
        for section in root.children {
            switch (section.namespace, section.name) {
            case (Self.office, "font-face-decls"):
                for face in section.children where face.isElement(Self.style, "font-face") {
                    if let name = face.attribute(Self.style, "name") {
                        faces[name] = face.attribute(Self.svg, "font-family").map(Self.unquoted) ?? name
                    }
                }
            case (Self.office, "styles"), (Self.office, "automatic-styles"):
                for style in section.children {
                    let family = style.attribute(Self.style, "family") ?? ""
                    let properties = style.child(Self.style, "text-properties")
                    let font = properties.flatMap { $0.attribute(Self.style, "font-name") ?? $0.attribute(Self.fo, "font-family").map(Self.unquoted) }
                    if style.isElement(Self.style, "default-style") {
                        if let font { defaultFonts[family] = font }
                    } else if style.isElement(Self.style, "style"), let name = style.attribute(Self.style, "name") {
                        let key = family + ":" + name
                        if let font { fonts[key] = font }
                        if let parent = style.attribute(Self.style, "parent-style-name") { parents[key] = family + ":" + parent }
                    }
                }
            default:
                continue
            }
        }
    }

    private static func unquoted(_ value: String) -> String {
        value.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
    }

    /// The font family of style `name` of `family`, following parents, else the family's default.
    private func font(family: String, name: String?) -> String? {
        var key = family + ":" + (name ?? "")
        for _ in 0..<32 {
            if let font = fonts[key] { return faces[font] ?? font }
            guard let parent = parents[key] else { break }
            key = parent
        }
        return defaultFonts[family].map { faces[$0] ?? $0 }
    }

    private mutating func block(_ node: XMLNode, into paragraphs: inout [String]) {
        for element in node.children {
            switch (element.namespace, element.name) {
            case (Self.text, "p"), (Self.text, "h"):
                paragraph(element, into: &paragraphs)
            case (Self.text, "list"), (Self.text, "list-item"), (Self.text, "list-header"), (Self.text, "section"),
                 (Self.table, "table"), (Self.table, "table-header-rows"), (Self.table, "table-rows"),
                 (Self.table, "table-row-group"), (Self.table, "table-row"), (Self.table, "table-cell"),
                 (Self.draw, "frame"), (Self.draw, "text-box"):
                block(element, into: &paragraphs)
            default:
                continue
            }
        }
    }

    private mutating func paragraph(_ node: XMLNode, into paragraphs: inout [String]) {
        let font = font(family: "paragraph", name: node.attribute(Self.text, "style-name"))
        var text = ""
        var boxes: [String] = []
        inline(node, font: font, text: &text, boxes: &boxes)
        paragraphs.append(text)
        paragraphs += boxes
    }

    private mutating func inline(_ node: XMLNode, font: String?, text: inout String, boxes: inout [String]) {
        for content in node.contents {
            switch content {
            case .text(let piece):
                text += collector.decode(piece, fontName: font)
            case .element(let element):
                switch (element.namespace, element.name) {
                case (Self.text, "s"):
                    text += String(repeating: " ", count: max(1, min(1000, Int(element.attribute(Self.text, "c") ?? "1") ?? 1)))
                case (Self.text, "tab"):
                    text += "\t"
                case (Self.text, "line-break"):
                    text += "\n"
                case (Self.text, "span"):
                    let spanFont = element.attribute(Self.text, "style-name").flatMap { self.font(family: "text", name: $0) }
                    inline(element, font: spanFont ?? font, text: &text, boxes: &boxes)
                case (Self.text, "note"), (Self.office, "annotation"), (Self.office, "annotation-end"),
                     (Self.text, "page-number"), (Self.text, "page-count"), (Self.text, "tracked-changes"),
                     (Self.text, "bookmark-ref"), (Self.text, "soft-page-break"):
                    continue
                case (Self.draw, "frame"), (Self.draw, "a"):
                    block(element, into: &boxes)
                default:
                    if element.namespace == Self.text { inline(element, font: font, text: &text, boxes: &boxes) }
                }
            }
        }
    }
}

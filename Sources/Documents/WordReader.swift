/// Reads the text of a .docx (WordprocessingML) document: `word/document.xml` (or the
/// part `[Content_Types].xml` names), with the fonts of `word/styles.xml`.
struct WordReader {
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let mainContentTypes = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ]

    /// The main document part `[Content_Types].xml` names (without the leading "/"), or nil
    /// when the archive is no Word document.
    static func mainPart(_ archive: inout OfficeArchive) throws(OfficeError) -> String? {
        guard let bytes = try archive.read("[Content_Types].xml") else { return nil }
        guard let tree = XMLTree(bytes), let root = tree.root else { return nil }
        for child in root.children where child.name == "Override" {
            if let type = child.attribute("", "ContentType"), mainContentTypes.contains(type),
               let part = child.attribute("", "PartName") {
                return part.hasPrefix("/") ? String(part.dropFirst()) : part
            }
        }
        return nil
    }

    private var styles = Styles()
    private var collector = ParagraphCollector()

    static func read(_ archive: inout OfficeArchive, mainPart: String) throws(OfficeError) -> OfficeText {
        var reader = WordReader()
        let folder = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        if let styleBytes = try archive.read(folder.isEmpty ? "styles.xml" : folder + "/styles.xml"),
           OfficeReader.mentionsLegacyFont(styleBytes), let tree = XMLTree(styleBytes), let root = tree.root {
            reader.styles = Styles(root)
        }
        guard let bytes = try archive.read(mainPart) else { throw .parse("the archive has no \(mainPart)") }
        guard let tree = XMLTree(bytes), let root = tree.root else { throw .parse("\(mainPart) is not well-formed XML") }
        guard let body = reader.child(root, "body") else { throw .parse("\(mainPart) has no w:body") }
        var paragraphs: [String] = []
        reader.block(body, into: &paragraphs)
        for paragraph in paragraphs { reader.collector.add(paragraph) }
        return reader.collector.result(.docx)
    }

    private func isW(_ node: XMLNode, _ name: String) -> Bool {
        node.name == name && Self.namespaces.contains(node.namespace)
    }

    private func child(_ node: XMLNode, _ name: String) -> XMLNode? {
        node.children.first { isW($0, name) }
    }

    private func value(_ node: XMLNode?, _ name: String = "val") -> String? {
        guard let node else { return nil }
        for namespace in Self.namespaces {
            if let value = node.attribute(namespace, name) { return value }
        }
        return nil
    }

    /// Block-level content: paragraphs, tables cell by cell, content controls.
    private mutating func block(_ node: XMLNode, into paragraphs: inout [String]) {
        for element in node.children {
            if element.namespace == Self.compatibility {
                if element.name == "AlternateContent", let choice = element.children.first {
                    block(choice, into: &paragraphs)
                }
                continue
            }
            guard Self.namespaces.contains(element.namespace) else { continue }
            switch element.name {
            case "p":
                paragraph(element, into: &paragraphs)
            case "tbl", "tr", "tc", "customXml", "sdtContent":
                block(element, into: &paragraphs)
            case "sdt":
                if let content = child(element, "sdtContent") { block(content, into: &paragraphs) }
            default:
                continue
            }
        }
    }

    private mutating func paragraph(_ node: XMLNode, into paragraphs: inout [String]) {
        let style = value(child(node, "pPr").flatMap { child($0, "pStyle") })
        var text = ""
        var boxes: [String] = []
        inline(node, paragraphStyle: style, text: &text, boxes: &boxes)
        paragraphs.append(text)
        paragraphs += boxes
    }

    private mutating func inline(_ node: XMLNode, paragraphStyle: String?, text: inout String, boxes: inout [String]) {
        for element in node.children {
            if element.namespace == Self.compatibility {
                if element.name == "AlternateContent", let choice = element.children.first {
                    inline(choice, paragraphStyle: paragraphStyle, text: &text, boxes: &boxes)
                }
                continue
            }
            guard Self.namespaces.contains(element.namespace) else { continue }
            switch element.name {
            case "r":
                run(element, paragraphStyle: paragraphStyle, text: &text, boxes: &boxes)
            case "hyperlink", "ins", "smartTag", "customXml", "fldSimple", "bdo", "dir", "moveTo", "sdtContent":
                inline(element, paragraphStyle: paragraphStyle, text: &text, boxes: &boxes)
            case "sdt":
                if let content = child(element, "sdtContent") {
                    inline(content, paragraphStyle: paragraphStyle, text: &text, boxes: &boxes)
                }
            default:
                continue
            }
        }
    }

    private mutating func run(_ node: XMLNode, paragraphStyle: String?, text: inout String, boxes: inout [String]) {
        var piece = ""
        for element in node.children {
            guard Self.namespaces.contains(element.namespace) else {
                textBoxes(element, into: &boxes)
                continue
            }
            switch element.name {
            case "t": piece += element.ownText
            case "tab", "ptab": piece += "\t"
            case "br", "cr": piece += "\n"
            case "softHyphen": piece += "\u{AD}"
            case "noBreakHyphen": piece += "-"
            case "drawing", "pict", "object": textBoxes(element, into: &boxes)
            default: continue
            }
        }
        guard !piece.isEmpty else { return }
        text += collector.decode(piece, fontName: font(of: node, paragraphStyle: paragraphStyle))
    }

    /// Paragraphs of the text boxes under `node` (the first choice of alternate content only:
    /// the fallback repeats it).
    private mutating func textBoxes(_ node: XMLNode, into boxes: inout [String]) {
        if node.namespace == Self.compatibility && node.name == "AlternateContent" {
            if let choice = node.children.first { textBoxes(choice, into: &boxes) }
            return
        }
        if isW(node, "txbxContent") {
            block(node, into: &boxes)
            return
        }
        for element in node.children { textBoxes(element, into: &boxes) }
    }

    /// The font that draws a run's non-ASCII characters: the run's own (`w:hAnsi`, else
    /// `w:ascii`), its character style's, its paragraph style's, the document default.
    /// nil when the font comes from the theme or is not named.
    private func font(of run: XMLNode, paragraphStyle: String?) -> String? {
        let properties = child(run, "rPr")
        if let fonts = properties.flatMap({ child($0, "rFonts") }) {
            if let name = value(fonts, "hAnsi") ?? value(fonts, "ascii") { return name }
            if value(fonts, "hAnsiTheme") != nil || value(fonts, "asciiTheme") != nil { return nil }
        }
        if let characterStyle = value(properties.flatMap { child($0, "rStyle") }),
           let font = styles.font(characterStyle) {
            return font
        }
        if let font = styles.font(paragraphStyle ?? styles.defaultParagraphStyle ?? "") { return font }
        return styles.defaultFont
    }

    /// Fonts of `word/styles.xml`: each style's own font and the style it is based on.
    struct Styles {
        var fonts: [String: String] = [:]
        var basedOn: [String: String] = [:]
        var defaultParagraphStyle: String?
        var defaultFont: String?

        init() {}

        init(_ root: XMLNode) {
            func isW(_ node: XMLNode, _ name: String) -> Bool {
                node.name == name && WordReader.namespaces.contains(node.namespace)
            }
            func attribute(_ node: XMLNode, _ name: String) -> String? {
                WordReader.namespaces.lazy.compactMap { node.attribute($0, name) }.first
            }
            func fontName(_ runProperties: XMLNode?) -> String? {
                guard let fonts = runProperties?.children.first(where: { isW($0, "rFonts") }) else { return nil }
                return attribute(fonts, "hAnsi") ?? attribute(fonts, "ascii")
            }
            for element in root.children {
                if isW(element, "docDefaults") {
                    let runDefault = element.children.first { isW($0, "rPrDefault") }
                    defaultFont = fontName(runDefault?.children.first { isW($0, "rPr") })
                } else if isW(element, "style"), let id = attribute(element, "styleId") {
                    if attribute(element, "type") == "paragraph", attribute(element, "default") == "1" {
                        defaultParagraphStyle = id
                    }
                    if let font = fontName(element.children.first { isW($0, "rPr") }) { fonts[id] = font }
                    if let base = element.children.first(where: { isW($0, "basedOn") }).flatMap({ attribute($0, "val") }) {
                        basedOn[id] = base
                    }
                }
            }
        }

        /// The font of style `id` or of the nearest style it is based on.
        func font(_ id: String) -> String? {
            var current = id
            for _ in 0..<32 {
                if let font = fonts[current] { return font }
                guard let base = basedOn[current] else { return nil }
                current = base
            }
            return nil
        }
    }
}

import CLibXML2

/// One pass over the document tree: block elements with their text statistics, the page's
/// paragraphs in reading order, and the dated elements, all outside the dropped regions.
struct PageScan {
    struct Block {
        var tag: String
        var parent: Int
        var start: Int
        var end: Int
        var classWeight: Int
        var label: String
        var ownChars = 0
        var ownLinkChars = 0
        var commas = 0
        var totalChars = 0
        var totalLinkChars = 0

        var linkDensity: Double { totalChars == 0 ? 0 : Double(totalLinkChars) / Double(totalChars) }
    }

    struct Paragraph {
        var text: String
        var chars: Int
        var linkChars: Int
        var block: Int
        var position: Int
        var inAuthorHint: Bool
        var inDateHint: Bool
        /// Inside an element the strictest removal would drop (kept by a relaxed pass).
        var inMarkedRegion: Bool
    }

    private(set) var blocks: [Block] = []
    private(set) var paragraphs: [Paragraph] = []
    /// `datetime`/`content` values of `<time>` and `itemprop=datePublished` elements, with position.
    private(set) var machineDates: [(value: String, position: Int)] = []

    private var blockStack: [Int] = []
    private var buffer = ""
    private var bufferChars = 0
    private var bufferLinkChars = 0
    private var bufferPosition = 0
    private var bufferAuthor = false
    private var bufferDate = false
    private var bufferMarked = false
    private var markedDepth = 0
    private var position = 0
    private var linkDepth = 0
    private var authorDepth = 0
    private var dateDepth = 0

    /// How much the class/id words may remove.
    enum Removal: CaseIterable {
        /// Strong and weak negative words remove elements.
        case full
        /// Only strong negative words remove elements.
        case strongOnly
        /// Class/id words only weigh; nothing is removed for them.
        case none
    }

    let removal: Removal

    init(root: HTMLNode, removal: Removal = .full) {
        self.removal = removal
        walk(root.pointer)
        flush()
        for index in blocks.indices.reversed() {
            blocks[index].totalChars += blocks[index].ownChars
            blocks[index].totalLinkChars += blocks[index].ownLinkChars
            let parent = blocks[index].parent
            if parent >= 0 {
                blocks[parent].totalChars += blocks[index].totalChars
                blocks[parent].totalLinkChars += blocks[index].totalLinkChars
            }
        }
    }

    private enum Step {
        case enter(xmlNodePtr)
        case exit(name: String, block: Bool, link: Bool, author: Bool, date: Bool, marked: Bool)
    }

    private mutating func walk(_ root: xmlNodePtr) {
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .exit(_, let isBlock, let isLink, let isAuthor, let isDate, let isMarked):
                if isMarked { markedDepth -= 1 }
                if isBlock {
                    flush()
                    if let index = blockStack.popLast() { blocks[index].end = position }
                }
                if isLink { linkDepth -= 1 }
                if isAuthor { authorDepth -= 1 }
                if isDate { dateDepth -= 1 }
            case .enter(let node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { addText(String(cString: content)) }
                case XML_ELEMENT_NODE:
                    enterElement(node, stack: &stack)
                default:
                    break
                }
            }
        }
    }

    private mutating func enterElement(_ node: xmlNodePtr, stack: inout [Step]) {
        guard let rawName = node.pointee.name else { return }
        let name = String(cString: rawName).lowercased()
        position += 1
        if name == "br" || name == "hr" { flush(); return }
        let element = HTMLNode(node, inUnowned: ())
        let hints = ClassHints(element, removal: removal)
        let isBlock = MarkupVocabulary.blockElements.contains(name)
        if name != "html" && name != "body"
            && (MarkupVocabulary.droppedElements.contains(name) || hints.removes || element.isHidden) {
            if isBlock || MarkupVocabulary.droppedElements.contains(name) { flush() }
            return
        }
        if name == "time" || element.rawAttribute("itemprop")?.lowercased() == "datepublished" {
            if let value = element.rawAttribute("datetime") ?? element.rawAttribute("content") {
                machineDates.append((value, position))
            }
        }
        if isBlock {
            flush()
            blocks.append(Block(tag: name, parent: blockStack.last ?? -1, start: position, end: position,
                                classWeight: hints.weight, label: hints.label))
            blockStack.append(blocks.count - 1)
        }
        let isLink = name == "a"
        if isLink { linkDepth += 1 }
        if hints.author { authorDepth += 1 }
        if hints.date { dateDepth += 1 }
        let isMarked = hints.removesInFull && name != "html" && name != "body"
        if isMarked { markedDepth += 1 }
        stack.append(.exit(name: name, block: isBlock, link: isLink, author: hints.author, date: hints.date,
                           marked: isMarked))
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        for child in children.reversed() { stack.append(.enter(child)) }
    }

    private mutating func addText(_ text: String) {
        var chars = 0
        var commas = 0
        for scalar in text.unicodeScalars {
            if scalar == "," { commas += 1 }
            if !scalar.isFastWhitespace { chars += 1 }
        }
        if chars == 0 {
            if !buffer.isEmpty { buffer += " " }
            return
        }
        if bufferChars == 0 {
            bufferPosition = position
            bufferAuthor = authorDepth > 0
            bufferDate = dateDepth > 0
            bufferMarked = markedDepth > 0
        }
        if let previous = buffer.unicodeScalars.last, previous.properties.isLowercase,
           let next = text.unicodeScalars.first, next.properties.isUppercase {
            buffer += " "
        }
        buffer += text
        bufferChars += chars
        if linkDepth > 0 { bufferLinkChars += chars }
        if let block = blockStack.last {
            blocks[block].ownChars += chars
            blocks[block].commas += commas
            if linkDepth > 0 { blocks[block].ownLinkChars += chars }
        }
    }

    private mutating func flush() {
        defer {
            buffer = ""
            bufferChars = 0
            bufferLinkChars = 0
        }
        guard bufferChars > 0 else { return }
        let text = buffer.squeezedSpaces
        guard !text.isEmpty else { return }
        paragraphs.append(Paragraph(text: text, chars: bufferChars, linkChars: bufferLinkChars,
                                    block: blockStack.last ?? -1, position: bufferPosition,
                                    inAuthorHint: bufferAuthor, inDateHint: bufferDate, inMarkedRegion: bufferMarked))
    }
}

/// What an element's class and id say about it.
struct ClassHints {
    var weight = 0
    var removes = false
    /// Whether the strictest removal (``PageScan/Removal/full``) drops the element.
    var removesInFull = false
    var author = false
    var date = false
    var label = ""

    /// Only this much of a class or id is read; longer values are junk or attacks.
    static let maximumChars = 200

    init(_ element: HTMLNode, removal: PageScan.Removal = .full) {
        let raw = [element.rawAttribute("class"), element.rawAttribute("id")]
            .compactMap { $0?.prefix(Self.maximumChars) }.joined(separator: " ").lowercased()
        label = raw
        guard !raw.isEmpty else { return }
        let bytes = Array(raw.utf8)
        let positive = HintTable.positive.matches(bytes)
        let strong = HintTable.strongNegative.matches(bytes)
        let weak = HintTable.weakNegative.matches(bytes)
        let tokens = raw.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let tokenNegative = tokens.contains { MarkupVocabulary.negativeTokens.contains(String($0)) }
        removesInFull = strong || tokenNegative || (weak && !positive)
        switch removal {
        case .full: removes = strong || tokenNegative || (weak && !positive)
        case .strongOnly: removes = strong || tokenNegative
        case .none: removes = false
        }
        weight = (positive ? 25 : 0) - (weak ? 25 : 0)
        author = HintTable.author.matches(bytes)
        date = HintTable.date.matches(bytes)
    }
}

/// A list of class/id fragments searched as bytes (the hot path of the scan).
struct HintTable: Sendable {
    let fragments: [[UInt8]]

    init(_ words: [String]) { fragments = words.map { Array($0.utf8) } }

    static let positive = HintTable(MarkupVocabulary.positiveHints)
    static let strongNegative = HintTable(MarkupVocabulary.strongNegativeHints)
    static let weakNegative = HintTable(MarkupVocabulary.weakNegativeHints)
    static let author = HintTable(MarkupVocabulary.authorHints)
    static let date = HintTable(MarkupVocabulary.dateHints)

    /// True when any fragment occurs in `haystack`.
    func matches(_ haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { hay in
            for needle in fragments {
                let found = needle.withUnsafeBufferPointer { Self.occurs($0, in: hay) }
                if found { return true }
            }
            return false
        }
    }

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        guard count > 0, count <= hay.count else { return false }
        let head = needle[0]
        var start = 0
        let last = hay.count - count
        while start <= last {
            if hay[start] == head {
                var offset = 1
                while offset < count && hay[start + offset] == needle[offset] { offset += 1 }
                if offset == count { return true }
            }
            start += 1
        }
        return false
    }
}

extension HTMLNode {
    /// A node view used only during a walk that its document outlives.
    init(_ pointer: xmlNodePtr, inUnowned: Void) {
        self.pointer = pointer
        self.document = nil
    }

    /// Attribute lookup without lower-casing the name.
    func rawAttribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { LibXML.release(value) }
        return String(cString: value)
    }

    /// True for elements hidden by `hidden` or an inline `display:none`/`visibility:hidden`.
    var isHidden: Bool {
        if xmlHasProp(pointer, "hidden") != nil { return true }
        guard let style = rawAttribute("style") else { return false }
        let compact = style.prefix(ClassHints.maximumChars).lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}

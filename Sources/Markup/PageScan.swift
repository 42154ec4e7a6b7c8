internal import CLibXML2

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
        case exit(block: Bool, link: Bool, author: Bool, date: Bool, marked: Bool)
    }

    private mutating func walk(_ root: xmlNodePtr) {
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .exit(let isBlock, let isLink, let isAuthor, let isDate, let isMarked):
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
        stack.append(.exit(block: isBlock, link: isLink, author: hints.author, date: hints.date, marked: isMarked))
        var child = node.pointee.last
        while let current = child {
            stack.append(.enter(current))
            child = current.pointee.prev
        }
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

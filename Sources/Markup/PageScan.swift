internal import CLibXML2
import VietnameseText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over the document tree: block elements with their text statistics, the page's
/// paragraphs in reading order, and the dated elements, all outside the dropped regions.
struct PageScan {
    struct Block {
        var tag: String
        /// ``ContentScoring/baseScore(_:)`` of the tag.
        var baseScore: Double
        /// The tag is one of ``MarkupVocabulary/paragraphElements``.
        var isParagraph: Bool
        var parent: Int
        var start: Int
        var end: Int
        var classWeight: Int
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
    /// The paragraph being gathered, UTF-8, whitespace squeezed.
    private var buffer: [UInt8] = []
    /// Whitespace followed the buffer's text: a space goes before the next text.
    private var pendingSpace = false
    /// Reused for each element's lower-cased class and id.
    private var labelScratch: [UInt8] = []
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
    /// Tables read once per scan rather than through their static accessors per element.
    private let kindTable = ElementKind.table
    private let plainElement = Self.plainElementKind
    private let hintTable = HintTable.all
    /// Whether an element this scan reached is removed under ``Removal/full`` but not under
    /// ``Removal/strongOnly`` or the reverse: when false, a scan with either removal reaches
    /// the same elements and decides the same, so it gives this scan.
    private(set) var differsFromStrongOnly = false
    /// The same between ``Removal/strongOnly`` and ``Removal/none``.
    private(set) var differsFromNone = false

    /// Whether a scan of the same root with `other` removal can differ from this one.
    func mayDiffer(under other: Removal) -> Bool {
        switch (removal, other) {
        case (.full, .strongOnly), (.strongOnly, .full): differsFromStrongOnly
        case (.strongOnly, .none), (.none, .strongOnly): differsFromNone
        case (.full, .none), (.none, .full): differsFromStrongOnly || differsFromNone
        default: false
        }
    }

    init(root: HTMLNode, removal: Removal = .full, deadline: Deadline = .never) {
        self.removal = removal
        walk(root.pointer, deadline: deadline)
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

    /// Walks the tree; stops early, leaving the scan partial, once `deadline` has passed.
    private mutating func walk(_ root: xmlNodePtr, deadline: Deadline) {
        var stack: [Step] = [.enter(root)]
        var check = DeadlineCheck(deadline, every: 4096)
        while let step = stack.popLast(), !check.hasPassed() {
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
                    if let content = node.pointee.content {
                        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
                        addText(UnsafeBufferPointer(start: content, count: length))
                    }
                case XML_ELEMENT_NODE:
                    enterElement(node, stack: &stack)
                default:
                    break
                }
            }
        }
    }

    /// An element name's roles in the scan.
    struct ElementKind: Sendable {
        let name: String
        let isBlock: Bool
        let isDropped: Bool
        /// `br` and `hr`: end the paragraph, nothing more.
        let isBreak: Bool
        /// `html` and `body`: never removed.
        let isRoot: Bool
        let isLink: Bool
        let isTime: Bool
        /// What ``ContentScoring`` reads of a block with this name.
        let baseScore: Double
        let isParagraph: Bool

        init(name: String) {
            self.name = name
            baseScore = ContentScoring.baseScore(name)
            isParagraph = MarkupVocabulary.paragraphElements.contains(name)
            isBlock = MarkupVocabulary.blockElements.contains(name)
            isDropped = MarkupVocabulary.droppedElements.contains(name)
            isBreak = name == "br" || name == "hr"
            isRoot = name == "html" || name == "body"
            isLink = name == "a"
            isTime = name == "time"
        }

        /// Every name with a role, by ``packed(_:)`` key; names not here have none.
        static let known: [UInt64: ElementKind] = {
            var table: [UInt64: ElementKind] = [:]
            let names = MarkupVocabulary.blockElements.union(MarkupVocabulary.droppedElements)
                .union(["br", "hr", "html", "body", "a", "time"])
            for name in names {
                let key = name.withCString { packed(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
                if let key { table[key] = ElementKind(name: name) }
            }
            return table
        }()

        /// ``known`` as an open-addressed table by a multiplicative hash of the key.
        static let table = KindTable(known)

        /// A name of one to eight ASCII bytes, lower-cased, as a number; nil for others.
        static func packed(_ name: UnsafePointer<UInt8>) -> UInt64? {
            var key: UInt64 = 0
            var index = 0
            while name[index] != 0 {
                guard index < 8, name[index] < 0x80 else { return nil }
                key |= UInt64(Folding.lowercase(name[index])) << (8 * UInt64(index))
                index += 1
            }
            return index == 0 ? nil : key
        }
    }

    /// Element kinds by packed name, looked up with one multiply and a short probe.
    struct KindTable: Sendable {
        private static let bits: UInt64 = 9
        private var keys: [UInt64]
        private var kinds: [ElementKind?]

        init(_ known: [UInt64: ElementKind]) {
            let size = 1 << Int(Self.bits)
            precondition(known.count < size / 2, "element kind table too small")
            keys = [UInt64](repeating: 0, count: size)
            kinds = [ElementKind?](repeating: nil, count: size)
            for (key, kind) in known {
                var slot = Self.slot(key)
                while kinds[slot] != nil { slot = (slot + 1) & (size - 1) }
                keys[slot] = key
                kinds[slot] = kind
            }
        }

        private static func slot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
        }

        /// The kind of packed name `key` (never 0), nil for names without a role.
        func kind(of key: UInt64) -> ElementKind? {
            var slot = Self.slot(key)
            while let kind = kinds[slot] {
                if keys[slot] == key { return kind }
                slot = (slot + 1) & (kinds.count - 1)
            }
            return nil
        }
    }

    /// A name's kind: by table for short ASCII names (no String made), by String for others.
    private func kind(of rawName: UnsafePointer<xmlChar>) -> ElementKind {
        if let key = ElementKind.packed(rawName) {
            return kindTable.kind(of: key) ?? plainElement
        }
        return ElementKind(name: String(cString: rawName).lowercased())
    }

    private static let plainElementKind = ElementKind(name: "")

    private mutating func enterElement(_ node: xmlNodePtr, stack: inout [Step]) {
        guard let rawName = node.pointee.name else { return }
        let kind = kind(of: rawName)
        position += 1
        if kind.isBreak { flush(); return }
        let attributes = ElementAttributes(node)
        let hints = ClassHints(attributes, removal: removal, scratch: &labelScratch, table: hintTable)
        let isBlock = kind.isBlock
        let isHidden = !kind.isRoot && !kind.isDropped && attributes.isHidden
        if !kind.isRoot && !kind.isDropped && !isHidden {
            if hints.removesInFull != hints.removesStrongly { differsFromStrongOnly = true }
            if hints.removesStrongly { differsFromNone = true }
        }
        if !kind.isRoot && (kind.isDropped || hints.removes || isHidden) {
            if isBlock || kind.isDropped { flush() }
            return
        }
        if kind.isTime || attributes.isDatePublished {
            if let value = attributes.datetime ?? attributes.content {
                machineDates.append((value.string, position))
            }
        }
        if isBlock {
            flush()
            blocks.append(Block(tag: kind.name, baseScore: kind.baseScore, isParagraph: kind.isParagraph,
                                parent: blockStack.last ?? -1, start: position, end: position,
                                classWeight: hints.weight))
            blockStack.append(blocks.count - 1)
        }
        let isLink = kind.isLink
        if isLink { linkDepth += 1 }
        if hints.author { authorDepth += 1 }
        if hints.date { dateDepth += 1 }
        let isMarked = hints.removesInFull && !kind.isRoot
        if isMarked { markedDepth += 1 }
        stack.append(.exit(block: isBlock, link: isLink, author: hints.author, date: hints.date, marked: isMarked))
        var child = node.pointee.last
        while let current = child {
            stack.append(.enter(current))
            child = current.pointee.prev
        }
    }

    /// Adds a text node's bytes (libxml2's UTF-8) to the paragraph, squeezing whitespace as
    /// it goes (the buffer never starts or ends with a space; `pendingSpace` holds one):
    /// counts its non-space scalars and commas, and puts a space between a lower-case letter
    /// and an upper-case one that markup alone separated ("…Ban</span><span>Tuyên…").
    private mutating func addText(_ text: UnsafeBufferPointer<UInt8>) {
        if !buffer.isEmpty, !pendingSpace, Self.endsLowercase(buffer), Self.startsUppercase(text) {
            pendingSpace = true
        }
        var chars = 0
        var commas = 0
        var index = 0
        // The run of text appended at the next break: `text[runStart..<runEnd]`. A lone space
        // after its text stays in the run (it is what squeezing leaves) until whitespace
        // follows it; any other whitespace ends the run before it.
        var runStart = 0
        var runEnd = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte > 0x20 && byte < 0x80 {
                chars += 1
                if byte == 0x2C { commas += 1 }
                index += 1
                runEnd = index
                continue
            }
            if byte >= 0x80 && byte < 0xC0 { index += 1; runEnd = index; continue }
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            // U+1680 is the only whitespace led by 0xE1, the lead of every Vietnamese letter
            // of U+1EA0–U+1EF9: its second byte settles most of them.
            let isSpace = byte < 0x80
                ? Whitespace.isASCIISpace(byte)
                : (byte == 0xC2 || byte == 0xE2 || byte == 0xE3
                    || (byte == 0xE1 && (index + 1 == count || text[index + 1] & 0x3F == 0x1A)))
                    && Whitespace.isWhitespace(text, at: index, length: min(length, count - index))
            if isSpace {
                if byte == 0x20 && runEnd == index && runStart < runEnd {
                    index += 1
                    continue
                }
                appendRun(text, from: runStart, to: runEnd)
                if !buffer.isEmpty { pendingSpace = true }
                runStart = min(count, index + length)
                runEnd = runStart
            } else {
                chars += 1
                runEnd = min(count, index + length)
            }
            index += length
        }
        appendRun(text, from: runStart, to: runEnd)
        if runEnd < count && !buffer.isEmpty { pendingSpace = true }
        guard chars > 0 else { return }
        if bufferChars == 0 {
            bufferPosition = position
            bufferAuthor = authorDepth > 0
            bufferDate = dateDepth > 0
            bufferMarked = markedDepth > 0
        }
        bufferChars += chars
        if linkDepth > 0 { bufferLinkChars += chars }
        if let block = blockStack.last {
            blocks[block].ownChars += chars
            blocks[block].commas += commas
            if linkDepth > 0 { blocks[block].ownLinkChars += chars }
        }
    }

    /// Whether the buffer's last scalar is lower-case; ASCII decided on the byte.
    static func endsLowercase(_ buffer: [UInt8]) -> Bool {
        if let last = buffer.last, last < 0x80 { return last >= 0x61 && last <= 0x7A }
        return Whitespace.lastScalar(of: buffer)?.properties.isLowercase ?? false
    }

    /// Whether the text's first scalar is upper-case; ASCII decided on the byte.
    static func startsUppercase(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = text.first, first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return Whitespace.firstScalar(of: text)?.properties.isUppercase ?? false
    }

    /// Appends `text[start..<end]` (no whitespace in it), after the pending space if any.
    private mutating func appendRun(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard start < end else { return }
        if pendingSpace && !buffer.isEmpty { buffer.append(0x20) }
        pendingSpace = false
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
    }

    private mutating func flush() {
        defer {
            buffer.removeAll(keepingCapacity: true)
            pendingSpace = false
            bufferChars = 0
            bufferLinkChars = 0
        }
        guard bufferChars > 0 else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        guard !text.isEmpty else { return }
        paragraphs.append(Paragraph(text: text, chars: bufferChars, linkChars: bufferLinkChars,
                                    block: blockStack.last ?? -1, position: bufferPosition,
                                    inAuthorHint: bufferAuthor, inDateHint: bufferDate, inMarkedRegion: bufferMarked))
    }
}

internal import CLibXML2
internal import CLibXMLArena
import VietnameseText

/// A parsed HTML (or, through ``init(xml:)``, XML) document owning its libxml2 tree; the
/// tree is freed with the object.
///
/// Not `Sendable`: libxml2 trees must not be shared between threads.
public final class HTMLDocument {
    /// Largest accepted input, in UTF-8 bytes.
    public static let maximumBytes = 32 * 1024 * 1024

    /// `XML_PARSE_HUGE` lifts libxml2's nesting limit of 256 elements, past which its HTML
    /// parser stopped and dropped the rest of the page; the time and memory it would
    /// guard are bounded by the size limit, the arena cap and the document's deadline.
    static let parseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// Options for text already decoded to UTF-8: the page's own charset declaration is
    /// ignored. Read in pieces (``PagePieces``), the page is named "UTF-8": with no encoding
    /// named, libxml2 2.9 read such input as Latin-1.
    static let utf8ParseOptions: Int32 = parseOptions | Int32(HTML_PARSE_IGNORE_ENC.rawValue)

    let pointer: htmlDocPtr
    /// The arena the tree was allocated in (nil: malloc), released after the tree.
    private let arena: OpaquePointer?

    /// Parses `html` (already decoded) as UTF-8 with recovery, no network and no diagnostics.
    public convenience init(_ html: String) throws(MarkupError) {
        try self.init(DecodedText(text: html, encoding: "utf-8"))
    }

    /// Parses decoded text's UTF-8 bytes in place, without making a String of the page.
    /// Past `deadline` libxml2 is given no more of the page and the parse ends with
    /// ``MarkupError/outOfTime``: its time is checked between pieces of a few kilobytes.
    public convenience init(_ decoded: DecodedText, deadline: Deadline = .never) throws(MarkupError) {
        try self.init(decoded, deadline: deadline, skippingScriptBodies: false)
    }

    /// Parses decoded text, giving libxml2 the page without the bodies of its JavaScript
    /// `<script>` elements when `skippingScriptBodies` (see ``ScriptBodies``): the elements
    /// stay, empty, and the rest of the tree is the same. With `elision` (and
    /// `skippingScriptBodies`) the quoted values of the attributes it does not keep are
    /// given as empty, an image's `alt` as ``ScriptBodies/elidedMarker``. For readers of the
    /// page's text only.
    convenience init(_ decoded: DecodedText, deadline: Deadline = .never, skippingScriptBodies: Bool,
                     eliding elision: AttributeElision? = nil) throws(MarkupError) {
        let (parsed, arena) = try decoded.withUTF8 { (bytes) throws(MarkupError) in
            try Self.parse(utf8: bytes, deadline: deadline, skippingScriptBodies: skippingScriptBodies, eliding: elision)
        }
        try self.init(parsed: parsed, arena: arena)
    }

    private init(parsed: htmlDocPtr, arena: OpaquePointer?) throws(MarkupError) {
        pointer = parsed
        self.arena = arena
        guard xmlDocGetRootElement(parsed) != nil else { throw .noContent }
    }

    private static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, deadline: Deadline, skippingScriptBodies: Bool,
                              eliding elision: AttributeElision?) throws(MarkupError) -> (htmlDocPtr, OpaquePointer?) {
        guard bytes.count <= maximumBytes else { throw .tooLarge(bytes: bytes.count) }
        guard bytes.contains(where: { $0 > 0x20 }) else { throw .noContent }
        if HTMLPrescan.hasElement(withMoreAttributesThan: HTMLPrescan.maximumAttributes, in: bytes) {
            throw .tooManyAttributes(limit: HTMLPrescan.maximumAttributes)
        }
        // libxml2 ends the DOCTYPE at its first `>`: an internal subset is blanked out
        // first, or the rest of it would be read as text.
        if let subset = HTMLPrescan.internalSubset(in: bytes) {
            var copy = Array(bytes)
            for index in subset { copy[index] = 0x20 }
            return try copy.withUnsafeBufferPointer { (copied) throws(MarkupError) in
                try parse(utf8: copied, deadline: deadline, skippingScriptBodies: skippingScriptBodies, eliding: elision)
            }
        }
        LibXML.prepareThread()
        var input = PagePieces(bytes: bytes, deadline: deadline,
                               skipping: skippingScriptBodies ? ScriptBodies.skips(in: bytes, eliding: elision) : [])
        let (parsed, arena) = LibXML.inArena(limit: LibXML.arenaLimit(forInput: bytes.count)) {
            withUnsafeMutablePointer(to: &input) { context in
                htmlReadIO(PagePieces.read, nil, context, nil, "UTF-8", utf8ParseOptions)
            }
        }
        if input.wasCut {
            if let parsed { LibXML.freeDocument(parsed, arena: arena) } else { LibXML.releaseArena(arena) }
            throw .outOfTime
        }
        guard let parsed else {
            LibXML.releaseArena(arena)
            throw .parse(reason: "libxml2 returned no document")
        }
        return (parsed, arena)
    }

    /// The page handed to libxml2's pull parser a piece at a time, as it asks for more (at
    /// most a few kilobytes each time; the parser's own reading of files): the same parse as
    /// from memory, with a point between pieces where the deadline is asked. Once it has
    /// passed, libxml2 is told the page ended, so it closes what is open and returns at once.
    /// The bytes of the `skipping` ranges (in order, disjoint) are passed over.
    private struct PagePieces {
        let bytes: UnsafeBufferPointer<UInt8>
        let deadline: Deadline
        let skipped: [ScriptBodies.Skip]
        var nextSkipped = 0
        var offset = 0
        /// Bytes of ``ScriptBodies/elidedMarkerBytes`` still to be given (from its end).
        var pendingMarker = 0
        private(set) var wasCut = false

        init(bytes: UnsafeBufferPointer<UInt8>, deadline: Deadline, skipping skipped: [ScriptBodies.Skip] = []) {
            self.bytes = bytes
            self.deadline = deadline
            self.skipped = skipped
        }

        static let read: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return -1 }
            return context.assumingMemoryBound(to: PagePieces.self).pointee.copy(into: buffer, length: Int(length))
        }

        private mutating func copy(into buffer: UnsafeMutablePointer<CChar>, length: Int) -> Int32 {
            guard offset < bytes.count || pendingMarker > 0, !wasCut, let start = bytes.baseAddress else { return 0 }
            if deadline.hasPassed {
                wasCut = true
                return 0
            }
            var written = 0
            while written < length && (offset < bytes.count || pendingMarker > 0) {
                if pendingMarker > 0 {
                    let marker = ScriptBodies.elidedMarkerBytes
                    buffer[written] = CChar(bitPattern: marker[marker.count - pendingMarker])
                    pendingMarker -= 1
                    written += 1
                    continue
                }
                var end = bytes.count
                if nextSkipped < skipped.count {
                    let skip = skipped[nextSkipped]
                    if offset >= skip.range.lowerBound {
                        offset = max(offset, skip.range.upperBound)
                        if skip.marked { pendingMarker = ScriptBodies.elidedMarkerBytes.count }
                        nextSkipped += 1
                        continue
                    }
                    end = skip.range.lowerBound
                }
                let count = min(length - written, end - offset)
                UnsafeMutableRawPointer(buffer + written).copyMemory(from: start + offset, byteCount: count)
                written += count
                offset += count
            }
            return Int32(written)
        }
    }

    static let xmlParseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses `bytes` as XML (RSS, Atom, sitemaps) in the encoding the document declares:
    /// no network, no external DTD, entities not substituted, and a document whose DTD
    /// declares entities refused, so neither external files nor entity expansion are reached.
    /// Nodes are read with the same ``HTMLNode`` API; element names are local names.
    /// Past `deadline` libxml2 is given no more of the document (it is read in pieces, as
    /// HTML is) and the parse ends with ``MarkupError/outOfTime``.
    public init(xml bytes: [UInt8], deadline: Deadline = .never) throws(MarkupError) {
        guard bytes.count <= Self.maximumBytes else { throw .tooLarge(bytes: bytes.count) }
        LibXML.prepareThread()
        var wasCut = false
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            var input = PagePieces(bytes: buffer, deadline: deadline)
            let parsed = withUnsafeMutablePointer(to: &input) { context in
                xmlReadIO(PagePieces.read, nil, context, nil, nil, Self.xmlParseOptions)
            }
            wasCut = input.wasCut
            return parsed
        }
        if wasCut {
            if let parsed { LibXML.freeDocument(parsed, arena: nil) }
            throw .outOfTime
        }
        guard let parsed else { throw .parse(reason: "not well-formed XML") }
        pointer = parsed
        arena = nil
        if let subset = parsed.pointee.intSubset, subset.pointee.entities != nil || subset.pointee.pentities != nil {
            throw .parse(reason: "XML with entity declarations is not read")
        }
        guard xmlDocGetRootElement(parsed) != nil else { throw .noContent }
    }

    deinit { LibXML.freeDocument(pointer, arena: arena) }

    /// Bytes of arena chunks the tree holds (0 without an arena).
    var arenaFootprint: Int {
        arena.map { Int(baocao_arena_footprint($0)) } ?? 0
    }

    /// The root element (`html`).
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map { HTMLNode($0, in: self) }
    }

    /// The `body` element, or the root when the document has none.
    public var body: HTMLNode? {
        guard let root else { return nil }
        return root.children.first { $0.name == "body" } ?? root
    }

    /// All elements named `name` (lower-case), in document order.
    public func elements(named name: String) -> [HTMLNode] {
        guard let root else { return [] }
        var found: [HTMLNode] = []
        root.forEachElement { if $0.name == name { found.append($0) } }
        return found
    }
}

/// A node of an ``HTMLDocument``; keeps its document alive.
public struct HTMLNode {
    let pointer: xmlNodePtr
    let document: HTMLDocument?

    init(_ pointer: xmlNodePtr, in document: HTMLDocument?) {
        self.pointer = pointer
        self.document = document
    }

    /// True for element nodes.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// True for text and CDATA nodes.
    public var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The lower-case element name ("" for non-elements).
    public var name: String {
        guard isElement, let raw = pointer.pointee.name else { return "" }
        return String(cString: raw).lowercased()
    }

    /// True for an element named `lowercaseName` (ASCII, any case in the source); compares
    /// libxml2's bytes, so it builds no String.
    func hasName(_ lowercaseName: StaticString) -> Bool {
        guard isElement, var raw = pointer.pointee.name else { return false }
        var expected = lowercaseName.utf8Start
        for _ in 0..<lowercaseName.utf8CodeUnitCount {
            var byte = raw.pointee
            if byte >= 65 && byte <= 90 { byte += 32 }
            guard byte == expected.pointee else { return false }
            raw += 1
            expected += 1
        }
        return raw.pointee == 0
    }

    /// The value of attribute `name`, if present.
    public func attribute(_ name: String) -> String? {
        guard isElement, let value = xmlGetProp(pointer, name) else { return nil }
        defer { LibXML.release(value) }
        return String(cString: value)
    }

    /// All attributes as (lower-case name, value) pairs, in source order.
    public var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        var result: [(name: String, value: String)] = []
        var attr = pointer.pointee.properties
        while let current = attr {
            if let rawName = current.pointee.name {
                let name = String(cString: rawName)
                result.append((name.lowercased(), attribute(name) ?? ""))
            }
            attr = current.pointee.next
        }
        return result
    }

    /// The parent element, if any.
    public var parent: HTMLNode? {
        guard let up = pointer.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(up, in: document)
    }

    /// Child nodes (elements, text, comments…) in order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(HTMLNode(current, in: document))
            child = current.pointee.next
        }
        return result
    }

    /// The node's own text for text nodes ("" otherwise).
    public var text: String {
        guard isText, let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    /// All descendant text, concatenated as in the source.
    public var textContent: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { LibXML.release(content) }
        return String(cString: content)
    }

    /// True for an element whose children are all text (a leaf of the element tree).
    public var hasOnlyTextChildren: Bool {
        guard isElement, pointer.pointee.children != nil else { return false }
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { return false }
            child = current.pointee.next
        }
        return true
    }

    /// Calls `body` with each scalar of the node's direct text children after leading ASCII
    /// whitespace (U+FFFD for ill-formed bytes) until it returns false. Reads libxml2's
    /// buffers; builds no String. For an element with only text children these are the
    /// scalars of `textContent`.
    func forEachDirectTextScalar(_ body: (Unicode.Scalar) -> Bool) {
        var started = false
        var child = pointer.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               var byte = current.pointee.content {
                while byte.pointee != 0 {
                    let value = byte.pointee
                    let space = Whitespace.isASCIISpace(value)
                    if (!space || started) && value & 0xC0 != 0x80 {
                        started = true
                        guard body(Self.scalar(at: byte)) else { return }
                    }
                    byte += 1
                }
            }
            child = current.pointee.next
        }
    }

    /// How many ASCII non-whitespace bytes the node's direct text children hold, counting
    /// stops past `limit`.
    func directASCIINonSpaceCount(limit: Int) -> Int {
        var count = 0
        var child = pointer.pointee.children
        while let current = child, count <= limit {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               var byte = current.pointee.content {
                while byte.pointee != 0 && count <= limit {
                    let value = byte.pointee
                    if value < 0x80 && !Whitespace.isASCIISpace(value) { count += 1 }
                    byte += 1
                }
            }
            child = current.pointee.next
        }
        return count
    }

    /// The scalar whose UTF-8 starts at `bytes` (NUL-terminated).
    private static func scalar(at bytes: UnsafePointer<xmlChar>) -> Unicode.Scalar {
        let lead = bytes.pointee
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var available = 1
        while available < length && bytes[available] != 0 { available += 1 }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(start: bytes, count: available).makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// Calls `body` for this node (when an element) and every descendant element, in document order.
    public func forEachElement(_ body: (HTMLNode) -> Void) {
        var stack: [xmlNodePtr] = [pointer]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE { body(HTMLNode(node, in: document)) }
            var child = node.pointee.last
            while let current = child {
                stack.append(current)
                child = current.pointee.prev
            }
        }
    }
}

extension HTMLNode: Hashable {
    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

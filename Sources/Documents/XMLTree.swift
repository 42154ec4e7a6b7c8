import CLibXML2

/// A parsed XML part of an office document, freed when the value goes away.
///
/// Parsed without network access, without entity substitution (no "billion laughs") and
/// with libxml2's default depth and size limits; attribute values and text are read
/// straight from the tree, so nothing libxml2 allocates is freed outside ``deinit``.
final class XMLTree {
    let document: xmlDocPtr

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// The tree of `bytes`, or nil when they are not well-formed XML.
    init?(_ bytes: [UInt8]) {
        _ = Self.initialized
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard bytes.count < Int(Int32.max) else { return nil }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), nil, nil, Self.options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    var root: XMLNode? {
        xmlDocGetRootElement(document).map(XMLNode.init)
    }
}

/// An element of an ``XMLTree``, valid while the tree lives.
struct XMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    /// The element's local name (without prefix).
    var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element's namespace URI, or "" without one.
    var namespace: String {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
    }

    /// True when the element is `name` in the namespace `namespace`.
    func isElement(_ namespace: String, _ name: String) -> Bool {
        self.name == name && self.namespace == namespace
    }

    /// The child elements, in document order.
    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(node)) }
            child = node.pointee.next
        }
        return result
    }

    /// One child of an element: its text or a child element, in document order.
    enum Content {
        case text(String)
        case element(XMLNode)
    }

    /// The element's text children and child elements, in document order.
    var contents: [Content] {
        var result: [Content] = []
        var child = pointer.pointee.children
        while let node = child {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                result.append(.element(XMLNode(node)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { result.append(.text(String(cString: content))) }
            default:
                break
            }
            child = node.pointee.next
        }
        return result
    }

    /// The first child element `name` in `namespace`.
    func child(_ namespace: String, _ name: String) -> XMLNode? {
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE {
                let element = XMLNode(node)
                if element.isElement(namespace, name) { return element }
            }
            child = node.pointee.next
        }
        return nil
    }

    /// The value of the attribute `name` in `namespace` ("" for an attribute without a
    /// prefix), or nil.
    func attribute(_ namespace: String, _ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let attributeName = current.pointee.name.map { String(cString: $0) } ?? ""
            let attributeNamespace = current.pointee.ns?.pointee.href.map { String(cString: $0) } ?? ""
            if attributeName == name && attributeNamespace == namespace {
                return Self.text(of: current.pointee.children)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text of the element's own text children (not of its child elements).
    var ownText: String {
        Self.text(of: pointer.pointee.children)
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
               let content = current.pointee.content {
                result += String(cString: content)
            }
            node = current.pointee.next
        }
        return result
    }
}

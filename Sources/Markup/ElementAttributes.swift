internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attributes the page scan reads, found in one pass over an element's attribute list.
///
/// Values point into libxml2's tree (no copy) when the attribute holds one text node, as
/// every attribute of a parsed HTML page does; otherwise they are read through `xmlGetProp`,
/// whose answers these always equal (first attribute of that name, no namespace).
struct ElementAttributes {
    /// One attribute value: libxml2's bytes, or a String when the value was assembled.
    enum Value {
        case bytes(UnsafeBufferPointer<UInt8>)
        case string(String)

        var string: String {
            switch self {
            case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
            case .string(let string): string
            }
        }

        /// Calls `body` with the value's UTF-8 bytes.
        func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            switch self {
            case .bytes(let bytes): return body(bytes)
            case .string(var string): return string.withUTF8(body)
            }
        }
    }

    var classValue: Value?
    var id: Value?
    var style: Value?
    var itemprop: Value?
    var datetime: Value?
    var content: Value?
    var hasHidden = false

    init(_ node: xmlNodePtr) {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name, let field = Self.field(name) else { continue }
            // `xmlHasProp` ignores namespaces; `xmlGetProp` reads only attributes without one.
            if field == .hidden { hasHidden = true; continue }
            guard current.pointee.ns == nil else { continue }
            switch field {
            case .classValue: if classValue == nil { classValue = Self.value(current, node: node) }
            case .id: if id == nil { id = Self.value(current, node: node) }
            case .style: if style == nil { style = Self.value(current, node: node) }
            case .itemprop: if itemprop == nil { itemprop = Self.value(current, node: node) }
            case .datetime: if datetime == nil { datetime = Self.value(current, node: node) }
            case .content: if content == nil { content = Self.value(current, node: node) }
            case .hidden: break
            }
        }
    }

    private enum Field { case classValue, id, style, itemprop, datetime, content, hidden }

    /// The field an attribute name (exact bytes, as `xmlGetProp` compares) stands for; the
    /// first byte picks the candidates, so most names are passed over without a length.
    private static func field(_ name: UnsafePointer<xmlChar>) -> Field? {
        func equals(_ expected: StaticString) -> Bool {
            let bytes = expected.utf8Start
            // A shorter name meets its NUL, which no expected byte equals, and stops here.
            for index in 0..<expected.utf8CodeUnitCount where name[index] != bytes[index] { return false }
            return name[expected.utf8CodeUnitCount] == 0
        }
        switch name[0] {
        case UInt8(ascii: "i"): return equals("id") ? .id : equals("itemprop") ? .itemprop : nil
        case UInt8(ascii: "c"): return equals("class") ? .classValue : equals("content") ? .content : nil
        case UInt8(ascii: "s"): return equals("style") ? .style : nil
        case UInt8(ascii: "h"): return equals("hidden") ? .hidden : nil
        case UInt8(ascii: "d"): return equals("datetime") ? .datetime : nil
        default: return nil
        }
    }

    /// The value `xmlGetProp(node, name)` gives: the first attribute named `name` without a
    /// namespace; libxml2's bytes when it holds one text node.
    static func value(of node: xmlNodePtr, named name: StaticString) -> Value? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, let attributeName = current.pointee.name,
               strcmp(UnsafeRawPointer(attributeName).assumingMemoryBound(to: CChar.self),
                      UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)) == 0 {
                return value(current, node: node)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    private static func value(_ attribute: xmlAttrPtr, node: xmlNodePtr) -> Value? {
        if let child = attribute.pointee.children, child.pointee.next == nil,
           child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
            let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            return .bytes(UnsafeBufferPointer(start: content, count: length))
        }
        guard let name = attribute.pointee.name, let value = xmlGetProp(node, name) else { return nil }
        defer { LibXML.release(value) }
        return .string(String(cString: value))
    }
}

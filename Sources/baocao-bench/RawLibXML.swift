import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// The floor: libxml2 alone, called as a C program would call it. One reused parser
/// context, `htmlCtxtReadMemory` on the page's bytes (libxml2 reads the `<meta>` charset
/// itself), then a pointer walk over every text node summing its bytes. No Swift strings,
/// no allocation per node.
final class RawLibXML {
    /// The options Markup's `HTMLDocument` parses with.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    private let context: htmlParserCtxtPtr

    init?() {
        xmlInitParser()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let context = htmlNewParserCtxt() else { return nil }
        self.context = context
    }

    deinit { htmlFreeParserCtxt(context) }

    /// libxml2's allocation functions as the process started (the C library's), read
    /// before Markup installs its arenas; `run` reads them first.
    nonisolated(unsafe) static let defaultAllocator: (xmlFreeFunc?, xmlMallocFunc?, xmlReallocFunc?, xmlStrdupFunc?) = {
        var functions: (xmlFreeFunc?, xmlMallocFunc?, xmlReallocFunc?, xmlStrdupFunc?) = (nil, nil, nil, nil)
        xmlMemGet(&functions.0, &functions.1, &functions.2, &functions.3)
        return functions
    }()

    /// Runs `body` with libxml2 on its default allocator, as a C program would call it, and
    /// puts back the functions installed before. Between BaoCao's phases no tree of an
    /// arena is alive, and blocks the arena functions took from malloc are malloc's.
    static func withDefaultAllocator<T>(_ body: () throws -> T) rethrows -> T {
        var current: (xmlFreeFunc?, xmlMallocFunc?, xmlReallocFunc?, xmlStrdupFunc?) = (nil, nil, nil, nil)
        xmlMemGet(&current.0, &current.1, &current.2, &current.3)
        let original = defaultAllocator
        xmlMemSetup(original.0, original.1, original.2, original.3)
        defer { xmlMemSetup(current.0, current.1, current.2, current.3) }
        return try body()
    }

    /// Bytes of text in the page's text and CDATA nodes, or nil when libxml2 returns no tree.
    func textBytes(of page: UnsafeRawBufferPointer) -> Int? {
        guard let base = page.baseAddress,
              let document = htmlCtxtReadMemory(context, base.assumingMemoryBound(to: CChar.self),
                                                Int32(page.count), nil, nil, Self.options)
        else { return nil }
        defer { xmlFreeDoc(document) }
        var total = 0
        var node = xmlDocGetRootElement(document)
        while let current = node {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                total += Int(xmlStrlen(content))
            }
            if type == XML_ELEMENT_NODE, let child = current.pointee.children {
                node = child
                continue
            }
            var up: xmlNodePtr? = current
            node = nil
            while let climbing = up {
                if let next = climbing.pointee.next {
                    node = next
                    break
                }
                let parent = climbing.pointee.parent
                up = parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? $0 : nil }
            }
        }
        return total
    }
}

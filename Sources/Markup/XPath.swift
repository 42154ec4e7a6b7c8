internal import CLibXML2

extension HTMLDocument {
    /// The elements `xpath` (XPath 1.0) selects, in document order; throws for an
    /// expression libxml2 cannot compile.
    public func elements(matchingXPath xpath: String) throws(MarkupError) -> [HTMLNode] {
        LibXML.prepareThread()
        guard let context = xmlXPathNewContext(pointer) else { throw .parse(reason: "no XPath context") }
        defer { xmlXPathFreeContext(context) }
        let result = xpath.withCString { text in
            xmlXPathEvalExpression(UnsafeRawPointer(text).assumingMemoryBound(to: xmlChar.self), context)
        }
        guard let result else { throw .parse(reason: "invalid XPath \(xpath)") }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval, let table = set.pointee.nodeTab else {
            return []
        }
        var nodes: [HTMLNode] = []
        for index in 0..<Int(set.pointee.nodeNr) {
            if let node = table[index], node.pointee.type == XML_ELEMENT_NODE { nodes.append(HTMLNode(node, in: self)) }
        }
        return nodes
    }

    /// True when libxml2 compiles `xpath`: for checking configuration before any page is read.
    public static func isValidXPath(_ xpath: String) -> Bool {
        LibXML.prepareThread()
        let compiled = xpath.withCString { text in
            xmlXPathCompile(UnsafeRawPointer(text).assumingMemoryBound(to: xmlChar.self))
        }
        guard let compiled else { return false }
        xmlXPathFreeCompExpr(compiled)
        return true
    }
}

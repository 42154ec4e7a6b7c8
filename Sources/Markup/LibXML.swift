import CLibXML2

/// libxml2 version the module was built against (scaffold; the parser wrapper lands with issue 2).
public let libxml2Version = LIBXML_DOTTED_VERSION

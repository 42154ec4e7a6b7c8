internal import CLibXML2
import VietnameseText

/// Metadata the page declares about itself: meta tags, `<title>`, logo text.
struct PageMetadata {
    /// Meta names/properties carrying the publication time, most specific first.
    static let publishedKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date",
        "dcterms.date", "dcterms.created", "article:published", "sailthru.date", "parsely-pub-date",
        "created-date", "citation_publication_date",
    ]
    static let authorKeys = ["author", "article:author", "dc.creator", "byl", "parsely-author"]
    static let siteKeys = ["og:site_name", "application-name", "apple-mobile-web-app-title", "publisher"]

    var values: [String: String] = [:]
    var documentTitle: String?
    var logoText: String?
    /// The portal named by a welcome line ("Chào mừng bạn đến với …").
    var welcomeSite: String?
    /// A logo's `alt` was read as ``ScriptBodies/elidedMarker``: the page was parsed without
    /// it, and `logoText` (so `site`) is not known.
    private(set) var readElidedValue = false

    init(_ document: HTMLDocument) {
        guard let root = xmlDocGetRootElement(document.pointer) else { return }
        // Elements in document order, by raw pointer: no node value, no String per element.
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE {
                read(HTMLNode(node, inUnowned: ()), named: node.pointee.name.flatMap(Self.packedIfRead))
            }
            // Only elements and nodes with children can hold an element.
            var child = node.pointee.last
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE || current.pointee.children != nil { stack.append(current) }
                child = current.pointee.prev
            }
        }
        if documentTitle?.isEmpty == true { documentTitle = nil }
        documentTitleParts = documentTitle.map { TitleText.split($0, knownHeadline: ogTitle) }
        site = Self.site(values: values, welcomeSite: welcomeSite, titleSite: documentTitleParts?.site, logoText: logoText)
        authors = Self.authors(values: values, site: site)
        published = Self.published(values: values)
    }

    /// ``PageScan/ElementKind/packed(_:)`` keys of the names read here (checked by tests).
    static var metaKey: UInt64 { 0x61_74_65_6D }
    static var titleKey: UInt64 { 0x65_6C_74_69_74 }
    static var imgKey: UInt64 { 0x67_6D_69 }

    /// The packed name of a name that may be one read here (first letter m, t or i), nil for others.
    private static func packedIfRead(_ name: UnsafePointer<xmlChar>) -> UInt64? {
        let first = Folding.lowercase(name.pointee)
        guard first == 0x6D || first == 0x74 || first == 0x69 else { return nil }
        return PageScan.ElementKind.packed(name)
    }

    /// Takes what one element declares; `key` is its ``PageScan/ElementKind/packed(_:)`` name.
    private mutating func read(_ element: HTMLNode, named key: UInt64?) {
        if key == Self.metaKey {
            let node = element.pointer
            guard let content = ElementAttributes.value(of: node, named: "content")?.string.squeezedSpaces,
                  !content.isEmpty else { return }
            for key: StaticString in ["property", "name", "itemprop", "http-equiv"] {
                if let name = ElementAttributes.value(of: node, named: key)?.string.lowercased(), values[name] == nil {
                    values[name] = content
                }
            }
        } else if key == Self.titleKey {
            if documentTitle == nil { documentTitle = element.textContent.squeezedSpaces }
        } else if key == Self.imgKey {
            guard logoText == nil else { return }
            // The marks are read before the alt text: most images are no logo.
            guard Self.hasLogoMarks(element.pointer), let value = element.attribute("alt") else { return }
            if value == ScriptBodies.elidedMarker {
                readElidedValue = true
                return
            }
            let alt = value.squeezedSpaces
            guard !alt.isEmpty, alt.utf8.contains(0x20), alt.contains(" ") else { return }
            logoText = alt
        } else if welcomeSite == nil, element.hasOnlyTextChildren, PlainTextCleaner.mayOpenWithWelcome(element) {
            welcomeSite = PlainTextCleaner.welcomeSite(in: element.textContent)
        }
    }

    /// True when the image's or its parent element's class or id, or the image's `src`,
    /// holds a ``MarkupVocabulary/logoHints`` word in any case. Hints hold no space, so each
    /// value is searched alone; ASCII values as bytes, others lower-cased as Strings.
    static func hasLogoMarks(_ image: xmlNodePtr) -> Bool {
        func marks(_ value: ElementAttributes.Value?) -> Bool {
            guard let value else { return false }
            if case .bytes(let bytes) = value, !bytes.contains(where: { $0 >= 0x80 }) { return containsLogoHint(bytes) }
            let lowered = value.string.lowercased()
            return MarkupVocabulary.logoHints.contains(where: { ByteSearch.contains(lowered, $0) })
        }
        if marks(ElementAttributes.value(of: image, named: "class")) || marks(ElementAttributes.value(of: image, named: "id"))
            || marks(ElementAttributes.value(of: image, named: "src")) { return true }
        guard let parent = image.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return false }
        return marks(ElementAttributes.value(of: parent, named: "class")) || marks(ElementAttributes.value(of: parent, named: "id"))
    }

    static let logoHintBytes = MarkupVocabulary.logoHints.map { Array($0.utf8) }
    /// By byte: whether a logo hint opens with it.
    static let opensALogoHint: [Bool] = (0..<256).map { byte in logoHintBytes.contains { $0.first == UInt8(byte) } }

    /// True when ASCII `bytes`, lower-cased, contain a ``MarkupVocabulary/logoHints`` word;
    /// one pass, hints tried where their first byte stands.
    static func containsLogoHint(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices where opensALogoHint[Int(Folding.lowercase(bytes[start]))] {
            for hint in logoHintBytes where hint.count <= bytes.count - start {
                var matched = 0
                while matched < hint.count && Folding.lowercase(bytes[start + matched]) == hint[matched] { matched += 1 }
                if matched == hint.count { return true }
            }
        }
        return false
    }

    /// `documentTitle` split into headline and portal name (``TitleText/split(_:)``).
    private(set) var documentTitleParts: (headline: String, site: String?)?
    /// The publication time the meta tags give, normalised.
    private(set) var published: String?
    /// Meta authors that name a person (not the portal, a company or a URL).
    private(set) var authors: [String] = []
    /// The portal's name: from meta tags, a welcome line, the `<title>` or the logo.
    private(set) var site: String?

    var ogTitle: String? { values["og:title"] ?? values["twitter:title"] }

    private static func published(values: [String: String]) -> String? {
        for key in publishedKeys {
            if let value = values[key], let date = PublishedDate.fromMachineValue(value) { return date }
        }
        return nil
    }

    /// Words of organisations that portals put in `meta name=author` instead of a person.
    static let organisationWords = ["corp", "team", "channel", "company", "cong ty", "jsc", "group", "media",
                                    "bao ", "tap chi", "online", "news", "admin", "webmaster", "editor"]

    private static func authors(values: [String: String], site: String?) -> [String] {
        let siteKey = site.map { Folding.key($0) }
        return authorKeys.compactMap { values[$0] }.filter { value in
            let folded = Folding.key(value)
            return value.count <= 60 && value.contains(" ") && !value.contains(".") && !value.contains("/")
                && !value.contains(",") && !value.contains(where: \.isNumber)
                && !organisationWords.contains { ByteSearch.contains(folded, $0) }
                && !(siteKey.map { ByteSearch.contains($0, folded) || ByteSearch.contains(folded, $0) } ?? false)
        }.map { Normalization.nfc($0.squeezedSpaces) }
    }

    private static func site(values: [String: String], welcomeSite: String?, titleSite: String?,
                             logoText: String?) -> String? {
        let name = siteKeys.lazy.compactMap { values[$0] }.first { !$0.contains("://") }
            ?? welcomeSite
            ?? titleSite
            ?? logoText
        return name.map { Normalization.nfc($0.squeezedSpaces) }
    }
}

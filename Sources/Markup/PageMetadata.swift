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

    init(_ document: HTMLDocument) {
        guard let root = document.root else { return }
        root.forEachElement { element in
            if element.hasName("meta") {
                guard let content = element.attribute("content")?.squeezedSpaces, !content.isEmpty else { return }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = element.attribute(key)?.lowercased(), values[name] == nil {
                        values[name] = content
                    }
                }
            } else if element.hasName("title") {
                if documentTitle == nil { documentTitle = element.textContent.squeezedSpaces }
            } else if element.hasName("img") {
                guard logoText == nil, let alt = element.attribute("alt")?.squeezedSpaces, !alt.isEmpty else { return }
                let marks = [element.attribute("class"), element.attribute("id"), element.attribute("src"),
                             element.parent?.attribute("class"), element.parent?.attribute("id")]
                    .compactMap { $0?.lowercased() }.joined(separator: " ")
                if MarkupVocabulary.logoHints.contains(where: { ByteSearch.contains(marks, $0) }), alt.contains(" ") { logoText = alt }
            } else {
                if welcomeSite == nil, element.hasOnlyTextChildren, PlainTextCleaner.mayOpenWithWelcome(element) {
                    welcomeSite = PlainTextCleaner.welcomeSite(in: element.textContent)
                }
            }
        }
        if documentTitle?.isEmpty == true { documentTitle = nil }
        documentTitleParts = documentTitle.map { TitleText.split($0) }
        site = Self.site(values: values, welcomeSite: welcomeSite, titleSite: documentTitleParts?.site, logoText: logoText)
        authors = Self.authors(values: values, site: site)
        published = Self.published(values: values)
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

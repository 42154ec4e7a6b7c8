/// The readable part of a page: its article text and the article's own metadata.
public struct PageContent: Sendable, Equatable {
    /// The article headline.
    public var title: String?
    /// ISO 8601 publication date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS+07:00`).
    public var published: String?
    /// Bylines and signatures.
    public var authors: [String]
    /// The portal or publication name.
    public var site: String?
    /// Article paragraphs (headings included, title excluded), joined by a blank line, NFC.
    public var text: String
    /// True when `published` came only from the portal's "today" header ("Hôm nay: …"), not
    /// from the article's dateline or metadata: the date the page was shown, perhaps not the
    /// article's.
    public var publishedFromPortalHeader = false
    /// The text opens with an official document's kind line ("KẾ HOẠCH") and no header above
    /// it: a class the scan removes ("vb-header") may have held the header.
    var opensWithBareKindLine = false

    /// Creates page content; `text` is expected to be NFC with paragraphs joined by "\n\n".
    public init(title: String? = nil, published: String? = nil, authors: [String] = [],
                site: String? = nil, text: String) {
        self.title = title
        self.published = published
        self.authors = authors
        self.site = site
        self.text = text
    }
}

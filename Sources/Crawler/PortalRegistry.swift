import Foundation
import Markup
import Pipeline

/// One portal of the registry: where its crawl starts, which of its URLs are articles,
/// and hints for pages the generic reader gets wrong.
public struct Portal: Sendable, Equatable {
    public var name: String
    /// Listing pages, RSS/Atom feeds or sitemaps; what each is, is read from the response.
    public var start: [URL]
    /// Article pages: a link is fetched as an article when it matches one of these.
    public var allow: [URLPattern]
    /// Further listing pages (pagination) to follow beyond what rel="next" and page-number
    /// links show.
    public var listing: [URLPattern]
    /// Hosts the crawl may visit: the start URLs' hosts and any listed under `hosts:`.
    public var hosts: Set<String>
    /// XPath of the article's container, when the generic main-text finder is not enough.
    public var contentXPath: String?
    /// The pages' encoding, when the server and the pages do not say it right.
    public var encoding: String?
    /// Marked `example: true`: URLs not checked against the live portal.
    public var isExample = false
    /// `allow_private_addresses: true`: the portal is on an internal network on purpose.
    public var allowsPrivateAddresses = false
    /// The province the portal belongs to, its canonical name as the registry writes it:
    /// the `province` of every record crawled from it.
    public var province: String?

    /// Where this portal's requests may go.
    public var scope: HostScope { HostScope(hosts: hosts, allowsPrivateAddresses: allowsPrivateAddresses) }

    /// A portal on the hosts of `start` plus `extraHosts`.
    public init(name: String, start: [URL], allow: [URLPattern], listing: [URLPattern] = [],
                extraHosts: [String] = [], contentXPath: String? = nil, encoding: String? = nil) {
        self.name = name
        self.start = start
        self.allow = allow
        self.listing = listing
        hosts = Set(start.compactMap { $0.host?.lowercased() } + extraHosts.map { $0.lowercased() })
        self.contentXPath = contentXPath
        self.encoding = encoding
    }

    static let keys = ["name", "start", "allow", "listing", "hosts", "content_xpath", "encoding", "example",
                       "allow_private_addresses", "province"]

    init(_ node: ConfigNode) throws(ConfigError) {
        let entries = try node.mapping(known: Self.keys)
        guard let nameNode = entries["name"] else { throw node.error("a portal needs a name") }
        guard let startNode = entries["start"] else { throw node.error("a portal needs start: URLs") }
        guard let allowNode = entries["allow"] else { throw node.error("a portal needs allow: patterns for its article pages") }
        var start: [URL] = []
        for item in try startNode.sequenceOrSingle() {
            let text = try item.string()
            guard let url = CrawlURL.normalized(text) else { throw item.error("expected an http:// or https:// URL, got \"\(text)\"") }
            start.append(url)
        }
        guard !start.isEmpty else { throw startNode.error("give at least one start URL") }
        self.init(
            name: try nameNode.string(), start: start,
            allow: try allowNode.strings().map(URLPattern.init),
            listing: try entries["listing"]?.strings().map(URLPattern.init) ?? [],
            extraHosts: try entries["hosts"]?.strings() ?? [],
            contentXPath: try entries["content_xpath"]?.string(),
            encoding: try entries["encoding"]?.string())
        if allow.isEmpty { throw allowNode.error("give at least one pattern") }
        if let xpath = contentXPath, !HTMLDocument.isValidXPath(xpath) {
            throw (entries["content_xpath"] ?? node).error("not a valid XPath expression: \(xpath)")
        }
        isExample = try entries["example"]?.bool() ?? false
        allowsPrivateAddresses = try entries["allow_private_addresses"]?.bool() ?? false
        if let provinceNode = entries["province"] {
            let text = try provinceNode.string().trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw provinceNode.error("province: give the province's canonical name, e.g. An Giang") }
            guard !text.contains(where: { $0.isNewline }) else { throw provinceNode.error("province: one line of text") }
            province = text.precomposedStringWithCanonicalMapping
        }
    }

    /// An article page: matches `allow` and is not one of the listing pages.
    public func isArticle(_ url: URL) -> Bool {
        allow.contains { $0.matches(url) } && !isListing(url)
    }

    /// The `allow:` pattern `url` matches first, if any.
    public func allowRule(for url: URL) -> URLPattern? { allow.first { $0.matches(url) } }

    /// The `listing:` pattern `url` matches first, if any.
    public func listingRule(for url: URL) -> URLPattern? { listing.first { $0.matches(url) } }

    /// A link to an office document or a PDF (by its path's extension): kept in the crawl
    /// state for the document readers, never extracted as a page nor counted as a failure.
    public static func documentType(of url: URL) -> String? {
        let name = url.path.lowercased()
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        let ext = String(name[name.index(after: dot)...])
        return documentExtensions.contains(ext) ? ext : nil
    }

    static let documentExtensions: Set<String> = ["pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx"]

    /// A start URL or a page matching `listing`: read for links, not extracted.
    public func isListing(_ url: URL) -> Bool {
        start.contains(url) || listing.contains { $0.matches(url) }
    }
}

/// The portal registry file (`pipelines/portals.yml`):
///
/// ```yaml
/// portals:
///   - name: tuyengiao-angiang
///     start: [https://tuyengiao.angiang.gov.vn/tin-tuc, https://tuyengiao.angiang.gov.vn/rss]
///     allow: ["/tin-tuc/*.html"]          # article pages (shell patterns on path?query,
///                                         # or on the whole URL when they start with http)
///     listing: ["/tin-tuc?page=*"]        # optional: pagination to follow
///     hosts: [angiang.gov.vn]             # optional: more hosts of the same portal
///     content_xpath: "//div[@id='content']"
///     encoding: windows-1258
///     allow_private_addresses: true       # optional: the portal is on an internal network
///     province: An Giang                  # optional: canonical province name, given to its records
/// ```
public struct PortalRegistry: Sendable, Equatable {
    public var file: String
    public var portals: [Portal]

    public static func load(_ path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> PortalRegistry {
        try PortalRegistry(ConfigNode.load(path, environment: environment))
    }

    public init(file: String, portals: [Portal]) {
        self.file = file
        self.portals = portals
    }

    public init(_ root: ConfigNode) throws(ConfigError) {
        file = root.file
        let entries = try root.mapping(known: ["portals"])
        guard let list = entries["portals"] else { throw root.error("a registry needs portals:") }
        portals = []
        var names = Set<String>()
        for item in try list.sequence() {
            let portal = try Portal(item)
            guard names.insert(portal.name).inserted else { throw item.error("portal \"\(portal.name)\" is listed twice") }
            portals.append(portal)
        }
        if portals.isEmpty { throw list.error("the registry lists no portals") }
    }
}

/// A shell pattern over a URL: on the path and query (`/tin-tuc/*.html`, `/list?page=*`),
/// or on the whole URL when it starts with `http://` or `https://`.
public struct URLPattern: Sendable, Equatable {
    public let text: String
    private let wholeURL: Bool
    private let pattern: ShellPattern

    public init(_ text: String) {
        self.text = text
        wholeURL = text.hasPrefix("http://") || text.hasPrefix("https://")
        pattern = ShellPattern(text)
    }

    /// Matches the percent-encoded form or the decoded one, so `/tin-tức/*` works as written.
    public func matches(_ url: URL) -> Bool {
        let text = wholeURL ? url.absoluteString : CrawlURL.pathAndQuery(url)
        if pattern.matches(text) { return true }
        guard let decoded = text.removingPercentEncoding, decoded != text else { return false }
        return pattern.matches(decoded)
    }

    public static func == (lhs: URLPattern, rhs: URLPattern) -> Bool { lhs.text == rhs.text }
}

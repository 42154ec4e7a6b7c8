import Foundation
import Markup
import VietnameseText

/// A link found on a listing page, in a feed or in a sitemap.
public struct DiscoveredLink: Sendable, Equatable {
    public var url: URL
    /// True when the page marks it as the next page of the listing.
    public var isNextPage: Bool
}

/// What a fetched discovery page turned out to be, and the links it holds.
public struct DiscoveredPage: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case listing = "listing page"
        case rss = "RSS feed"
        case atom = "Atom feed"
        case sitemap
        case sitemapIndex = "sitemap index"
    }

    public var kind: Kind
    public var links: [DiscoveredLink]
}

/// Reads links out of listing pages (HTML), RSS and Atom feeds and sitemaps with libxml2.
/// No expressions over markup: links come from the parsed tree, relative ones resolved
/// against the page (or its `<base href>`).
public enum LinkDiscovery {
    /// Link texts that mean "next page" on Vietnamese portals, compared folded (lower
    /// case, no tone marks).
    static let nextPageLabels: Set<String> = Set([
        "Trang sau", "Trang tiếp", "Tiếp", "Tiếp theo", "Sau", "Xem tiếp", "Next", "»", "›", ">", ">>", "»»",
    ].map(Folding.key))

    /// Reads the links of `bytes` fetched from `url`; `contentType` is the response's, and
    /// `encoding` a portal's hint that overrides its charset. Past `deadline` (the time budget
    /// a page's extraction has, or the night's end) the parse stops and the page's links are
    /// given up (``MarkupError/outOfTime``): libxml2 is fed the page in pieces, as for articles.
    public static func links(in bytes: [UInt8], from url: URL, contentType: String?,
                             encoding: String? = nil, deadline: Deadline = .never) throws(MarkupError) -> DiscoveredPage {
        if looksLikeXML(bytes, contentType: contentType), let page = try? xmlLinks(bytes, from: url, deadline: deadline) {
            return page
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes, isHTML: true, declaredCharset: encoding ?? ContentType.charset(contentType))
        } catch {
            throw .parse(reason: error.description)
        }
        let links = htmlLinks(try HTMLDocument(decoded, deadline: deadline), from: url)
        if deadline.hasPassed { throw .outOfTime }
        return DiscoveredPage(kind: .listing, links: links)
    }

    static func looksLikeXML(_ bytes: [UInt8], contentType: String?) -> Bool {
        if let type = ContentType.mediaType(contentType), type.hasSuffix("xml"), type != "application/xhtml+xml" { return true }
        let head = bytes.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        let start = String(decoding: head.prefix(64), as: UTF8.self).lowercased()
        return ["<?xml", "<rss", "<feed", "<urlset", "<sitemapindex"].contains { start.hasPrefix($0) }
            && !String(decoding: head, as: UTF8.self).lowercased().contains("<html")
    }

    /// Links of an RSS, Atom or sitemap document; throws for other XML.
    static func xmlLinks(_ bytes: [UInt8], from url: URL, deadline: Deadline = .never) throws(MarkupError) -> DiscoveredPage {
        let document = try HTMLDocument(xml: bytes, deadline: deadline)
        guard let root = document.root else { throw .noContent }
        var texts: [String] = []
        let kind: DiscoveredPage.Kind
        switch root.name {
        case "rss", "rdf":
            kind = .rss
            root.forEachElement { element in
                guard element.name == "item" else { return }
                if let link = element.children.first(where: { $0.name == "link" }) {
                    texts.append(link.textContent)
                } else if let guid = element.children.first(where: { $0.name == "guid" }), guid.attribute("isPermaLink") != "false" {
                    texts.append(guid.textContent)
                } else if let about = element.attribute("about") {
                    texts.append(about)
                }
            }
        case "feed":
            kind = .atom
            root.forEachElement { element in
                guard element.name == "entry" else { return }
                let links = element.children.filter { $0.name == "link" }
                let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
                if let href = alternate?.attribute("href") { texts.append(href) }
            }
        case "urlset", "sitemapindex":
            kind = root.name == "urlset" ? .sitemap : .sitemapIndex
            let entry = root.name == "urlset" ? "url" : "sitemap"
            root.forEachElement { element in
                guard element.name == entry, let loc = element.children.first(where: { $0.name == "loc" }) else { return }
                texts.append(loc.textContent)
            }
        default:
            throw .parse(reason: "XML root <\(root.name)> is not a feed or a sitemap")
        }
        let links = texts.compactMap { CrawlURL.normalized($0, relativeTo: url) }.map { DiscoveredLink(url: $0, isNextPage: false) }
        if deadline.hasPassed { throw .outOfTime }
        return DiscoveredPage(kind: kind, links: unique(links))
    }

    /// The `a`, `area` and `link rel=next` links of an HTML page.
    static func htmlLinks(_ document: HTMLDocument, from url: URL) -> [DiscoveredLink] {
        let base = document.elements(named: "base").first?.attribute("href")
            .flatMap { CrawlURL.normalized($0, relativeTo: url) } ?? url
        var links: [DiscoveredLink] = []
        for name in ["link", "a", "area"] {
            for element in document.elements(named: name) {
                guard let href = element.attribute("href"), let target = CrawlURL.normalized(href, relativeTo: base) else { continue }
                let rel = Set((element.attribute("rel") ?? "").lowercased().split(separator: " ").map(String.init))
                if name == "link" && !rel.contains("next") { continue }
                links.append(DiscoveredLink(url: target, isNextPage: rel.contains("next") || isNextPageText(element.textContent)))
            }
        }
        return unique(links)
    }

    /// True for a link text that is a page number (`2`, `[3]`) or a "next page" label.
    static func isNextPageText(_ text: String) -> Bool {
        let folded = Folding.key(text).trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "[]()")))
        guard !folded.isEmpty else { return false }
        if folded.count <= 3, folded.allSatisfy(\.isNumber) { return true }
        let words = folded.squeezedSpaces
        if nextPageLabels.contains(words) { return true }
        let bare = words.trimmingCharacters(in: CharacterSet.alphanumerics.inverted)
        return !bare.isEmpty && nextPageLabels.contains(bare)
    }

    /// First occurrence of each URL, with the next-page mark if any occurrence has it.
    static func unique(_ links: [DiscoveredLink]) -> [DiscoveredLink] {
        var order: [URL] = []
        var merged: [URL: DiscoveredLink] = [:]
        for link in links {
            if var existing = merged[link.url] {
                existing.isNextPage = existing.isNextPage || link.isNextPage
                merged[link.url] = existing
            } else {
                merged[link.url] = link
                order.append(link.url)
            }
        }
        return order.compactMap { merged[$0] }
    }
}

/// Reading a `Content-Type` header.
enum ContentType {
    /// `text/html` of `text/html; charset=utf-8`, lower-cased.
    static func mediaType(_ header: String?) -> String? {
        guard let header else { return nil }
        let type = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return type?.isEmpty == false ? type : nil
    }

    /// The `charset` parameter, if any.
    static func charset(_ header: String?) -> String? {
        guard let header else { return nil }
        for parameter in header.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

/// The rules of a robots.txt (RFC 9309) for one user agent: `Allow`/`Disallow` with `*`
/// and `$`, the longest matching rule deciding (`Allow` on a tie), plus `Crawl-delay` and
/// `Sitemap` lines.
public struct RobotsTxt: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// Seconds between requests the site asks for, if it says.
    public var crawlDelay: Double?
    /// Sitemap URLs the file lists (for any agent).
    public var sitemaps: [String]

    /// Everything allowed: what a missing robots.txt (4xx) means.
    public static let allowAll = RobotsTxt(rules: [], crawlDelay: nil, sitemaps: [])
    /// Nothing allowed: what an unreachable robots.txt (5xx, network error) means.
    public static let disallowAll = RobotsTxt(rules: [Rule(allow: false, pattern: "/")], crawlDelay: nil, sitemaps: [])

    init(rules: [Rule], crawlDelay: Double?, sitemaps: [String]) {
        self.rules = rules
        self.crawlDelay = crawlDelay
        self.sitemaps = sitemaps
    }

    /// Parses `text` for the agent whose product token is `agent` (e.g. `BaoCao-crawler`):
    /// the groups naming it, else the `*` groups.
    public init(_ text: String, agent: String) {
        struct Group {
            var agents: [String] = []
            var rules: [Rule] = []
            var delay: Double?
        }
        var groups: [Group] = []
        var current: Group?
        var collectingAgents = false
        var sitemaps: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "user-agent":
                if !collectingAgents {
                    if let current { groups.append(current) }
                    current = Group()
                    collectingAgents = true
                }
                current?.agents.append(value.lowercased())
            case "allow", "disallow":
                collectingAgents = false
                guard current != nil, !(field == "disallow" && value.isEmpty) else { continue }
                if !value.isEmpty { current?.rules.append(Rule(allow: field == "allow", pattern: value)) }
            case "crawl-delay":
                collectingAgents = false
                current?.delay = Double(value)
            case "sitemap":
                if !value.isEmpty { sitemaps.append(value) }
            default:
                continue
            }
        }
        if let current { groups.append(current) }
        let token = agent.lowercased()
        var chosen = groups.filter { group in group.agents.contains { $0 != "*" && token.hasPrefix($0) } }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        self.init(rules: chosen.flatMap(\.rules), crawlDelay: chosen.compactMap(\.delay).max(), sitemaps: sitemaps)
    }

    /// The text of a robots.txt body; when the body was cut at a limit, its last line,
    /// probably cut too, is dropped.
    public static func text(of bytes: [UInt8], truncated: Bool) -> String {
        var bytes = bytes[...]
        if truncated, let end = bytes.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            bytes = bytes[..<end]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `pathAndQuery` (e.g. `/tin-tuc/a.html?x=1`) may be fetched.
    public func allows(_ pathAndQuery: String) -> Bool {
        if pathAndQuery == "/robots.txt" { return true }
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, pathAndQuery) {
            guard let chosen = best else { best = rule; continue }
            if rule.pattern.count > chosen.pattern.count || (rule.pattern.count == chosen.pattern.count && rule.allow) {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    /// Robots pattern match: a prefix match where `*` is any run of characters and a
    /// final `$` anchors the end.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Array(pattern.utf8)
        let anchored = pattern.last == UInt8(ascii: "$")
        if anchored { pattern.removeLast() }
        let text = Array(path.utf8)
        // Classic wildcard matching with backtracking to the last star.
        var p = 0, t = 0
        var star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                mark = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p == pattern.count, !anchored {
                return true
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}

import Foundation
import Pipeline

/// The `crawl:` section of a pipeline file: where the portal registry is, where crawl
/// state lives, and how politely to fetch.
///
/// ```yaml
/// crawl:
///   registry: pipelines/portals.yml
///   state: sqlite:output/crawl.sqlite   # default: the sqlite or postgres sink
///   user_agent: "BaoCao-crawler/1.0 (+https://example.org/baocao)"
///   per_host_delay: 2s
///   per_host_concurrency: 1
///   timeout: 20s
///   retries: 2
///   backoff: 1s
///   max_page_size: 8 MB
///   max_redirects: 5
///   max_pages_per_portal: 500
///   max_listing_pages: 20
///   allow_private_addresses: false      # or a list of host names / addresses
///   gone_after: 2                       # nights of 404/410 before a URL is gone
///   host_deadline: 30m                  # time one host may take in a night
///   deadline: 5h                        # time the whole night may take (none by default)
/// ```
public struct CrawlSettings: Sendable, Equatable {
    /// Path of the portal registry (YAML), relative to the current directory.
    public var registry: String
    /// Database URL of the crawl state; nil means the pipeline's database sink.
    public var state: String?
    public var userAgent = CrawlSettings.defaultUserAgent
    /// Least time between the starts of two requests to one host.
    public var perHostDelay: Duration = .seconds(1)
    /// Requests in flight to one host at a time.
    public var perHostConcurrency = 1
    /// Time allowed for one response, headers and body: a body that trickles in is cut there.
    public var timeout: Duration = .seconds(20)
    /// Time one host may take in a night, from its first request: later requests to it fail (`deadline`).
    public var hostDeadline: Duration = .seconds(30 * 60)
    /// Time the whole night may take, from its start: then no further request starts, those
    /// in flight are cut, and the pages not fetched are left for the next night (not failures).
    /// nil: no limit.
    public var deadline: Duration?
    /// Nights in a row a URL must answer 404 or 410 before it is marked gone (then it is no
    /// longer fetched, nor counted as failed, unless a listing links it again).
    public var goneAfter = 2
    /// Further attempts after a 5xx answer, a timeout or a lost connection; never after a 4xx,
    /// a name that does not resolve, or a malformed response.
    public var retries = 2
    /// Wait before the first retry; doubled for each further one.
    public var backoff: Duration = .seconds(1)
    /// Larger pages are abandoned while downloading and rejected (`too_large`).
    public var maxPageSize = 8 << 20
    public var maxRedirects = 5
    /// Article pages fetched per portal and run.
    public var maxPagesPerPortal = 500
    /// Listing pages (start pages and their pagination) fetched per portal and run.
    public var maxListingPages = 20
    /// Private, loopback and link-local addresses the crawler may connect to.
    public var privateAddresses = PrivateAddressPolicy.none

    public static let defaultUserAgent = "BaoCao-crawler/1.0 (+https://github.com/baocao; nightly portal crawl)"

    public static let keys = [
        "registry", "state", "user_agent", "per_host_delay", "per_host_concurrency", "timeout", "retries",
        "backoff", "max_page_size", "max_redirects", "max_pages_per_portal", "max_listing_pages",
        "allow_private_addresses", "gone_after", "host_deadline", "deadline",
    ]

    /// Default settings for the registry at `registry`.
    public init(registry: String) {
        self.registry = registry
    }

    /// Reads the `crawl:` section; a relative registry path is taken from the current directory.
    public init(_ node: ConfigNode) throws(ConfigError) {
        let entries = try node.mapping(known: Self.keys)
        guard let registryNode = entries["registry"] else { throw node.error("a crawl needs registry: (the portal list)") }
        registry = try registryNode.string()
        state = try entries["state"]?.string()
        if let value = entries["user_agent"] {
            userAgent = try value.string()
            guard !userAgent.trimmingCharacters(in: .whitespaces).isEmpty else { throw value.error("the User-Agent must name the tool") }
        }
        if let value = entries["per_host_delay"] { perHostDelay = try value.duration() }
        if let value = entries["per_host_concurrency"] { perHostConcurrency = try value.int(in: 1...16) }
        if let value = entries["timeout"] {
            timeout = try value.duration()
            guard timeout > .zero else { throw value.error("the timeout must be longer than zero") }
        }
        if let value = entries["retries"] { retries = try value.int(in: 0...10) }
        if let value = entries["backoff"] { backoff = try value.duration() }
        if let value = entries["max_page_size"] { maxPageSize = try value.byteSize() }
        if let value = entries["max_redirects"] { maxRedirects = try value.int(in: 0...20) }
        if let value = entries["max_pages_per_portal"] { maxPagesPerPortal = try value.int(in: 1...1_000_000) }
        if let value = entries["max_listing_pages"] { maxListingPages = try value.int(in: 1...10_000) }
        if let value = entries["allow_private_addresses"] { privateAddresses = try PrivateAddressPolicy(value) }
        if let value = entries["gone_after"] { goneAfter = try value.int(in: 1...365) }
        if let value = entries["deadline"] {
            let night = try value.duration()
            guard night > .zero else { throw value.error("the night's deadline must be longer than zero") }
            deadline = night
        }
        if let value = entries["host_deadline"] {
            hostDeadline = try value.duration()
            guard hostDeadline > .zero else { throw value.error("the host deadline must be longer than zero") }
        }
    }

    /// The `crawl:` section of a pipeline file, or nil when it has none.
    public static func load(pipeline path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> CrawlSettings? {
        try CrawlSettings(pipeline: ConfigNode.load(path, environment: environment))
    }

    /// The `crawl:` section of a parsed pipeline file, or nil when it has none.
    public init?(pipeline root: ConfigNode) throws(ConfigError) {
        guard let node = try root.mapping(known: PipelineDefinition.keys)["crawl"] else { return nil }
        try self.init(node)
    }
}

/// Which private addresses (loopback, RFC 1918, link-local, unique local) may be fetched:
/// none by default, so a registry entry or a redirect cannot reach internal services.
public enum PrivateAddressPolicy: Sendable, Equatable {
    case none
    case all
    /// Only these hosts (names or literal addresses), lower-cased.
    case hosts(Set<String>)

    init(_ node: ConfigNode) throws(ConfigError) {
        if case .scalar = node.node {
            self = try node.bool() ? .all : .none
        } else {
            self = .hosts(Set(try node.strings().map { $0.lowercased() }))
        }
    }

    func permits(_ host: String) -> Bool {
        switch self {
        case .none: false
        case .all: true
        case .hosts(let hosts): hosts.contains(host.lowercased())
        }
    }
}

import AsyncHTTPClient
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// A page the server sent (2xx).
public struct FetchedPage: Sendable {
    /// The URL after redirects.
    public var url: URL
    public var status: Int
    public var bytes: [UInt8]
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
}

/// What a fetch came to.
public enum FetchResult: Sendable {
    case page(FetchedPage)
    /// 304: the copy the validators name is still current.
    case notModified(etag: String?, lastModified: String?)
    case failed(FetchFailure)
}

/// Why a URL could not be fetched; becomes a reject with the URL and the HTTP status.
public struct FetchFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case http, timeout, network, robots
        case tooLarge = "too_large"
        case offsite
        case offsiteRedirect = "offsite_redirect"
        case redirectLimit = "redirect_limit"
        case privateAddress = "private_address"
        case scheme
    }

    public var kind: Kind
    public var url: URL
    /// The HTTP status when the server answered.
    public var status: Int?
    public var message: String

    public var description: String { message }

    /// Worth another attempt: a 5xx answer, a timeout or a lost connection. Never a 4xx.
    var isRetryable: Bool {
        switch kind {
        case .http: (status ?? 0) >= 500
        case .timeout, .network: true
        default: false
        }
    }
}

/// Where one portal's requests may go: its hosts, and whether those may be private addresses.
public struct HostScope: Sendable, Equatable {
    public var hosts: Set<String>
    /// The registry entry says the portal lives on an internal address.
    public var allowsPrivateAddresses: Bool

    public init(hosts: Set<String>, allowsPrivateAddresses: Bool = false) {
        self.hosts = hosts
        self.allowsPrivateAddresses = allowsPrivateAddresses
    }
}

/// Conditional-request validators from the last fetch of a URL.
public struct Validators: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// Fetches pages politely and safely: robots.txt, per-host delay and concurrency, a
/// User-Agent naming the tool, timeouts, retries with exponential backoff on 5xx and
/// timeouts, a size limit, gzip, and redirects followed one hop at a time only to allowed
/// hosts over http(s), never to private addresses the settings do not name.
public final class PageFetcher: Sendable {
    let settings: CrawlSettings
    let client: HTTPClient
    let gate: HostGate
    let robots: RobotsCache
    let logger: Logger
    /// Whether each host seen is private, resolved once per run.
    private let privateHosts = NIOLockedValueBox<[String: Bool]>([:])

    /// A fetcher with its own HTTP client; call ``shutdown()`` when done.
    public init(settings: CrawlSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: Self.timeAmount(settings.timeout), read: Self.timeAmount(settings.timeout)),
            decompression: .enabled(limit: .size(settings.maxPageSize)))
        configuration.httpVersion = .http1Only
        configuration.connectionPool = .init(idleTimeout: .seconds(30),
                                             concurrentHTTP1ConnectionsPerHostSoftLimit: settings.perHostConcurrency)
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        gate = HostGate(concurrency: settings.perHostConcurrency)
        robots = RobotsCache(agent: Self.productToken(settings.userAgent))
    }

    /// Closes the HTTP client's connections; call once when the crawl is done.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `url`, asking conditionally when `validators` are given, for a portal whose
    /// requests stay within `scope`. Retries 5xx answers and timeouts with exponential backoff.
    public func fetch(_ url: URL, validators: Validators = Validators(), scope: HostScope) async -> FetchResult {
        if let refusal = refusal(for: url, scope: scope, redirected: false) { return .failed(refusal) }
        let verdict = await robots.rules(for: url, scope: scope, using: self)
        guard verdict.rules.allows(CrawlURL.pathAndQuery(url)) else {
            return .failed(FetchFailure(kind: .robots, url: url, status: nil,
                                        message: "disallowed by robots.txt\(verdict.note.map { " (\($0))" } ?? "")"))
        }
        return await fetchWithRetries(url, validators: validators, scope: scope, crawlDelay: verdict.rules.crawlDelay)
    }

    /// Fetches without the robots check (robots.txt itself goes through here).
    func fetchWithRetries(_ url: URL, validators: Validators, scope: HostScope, crawlDelay: Double?) async -> FetchResult {
        var attempt = 0
        while true {
            let result = await fetchFollowingRedirects(url, validators: validators, scope: scope, crawlDelay: crawlDelay)
            guard case .failed(let failure) = result, failure.isRetryable, attempt < settings.retries else { return result }
            let wait = settings.backoff * (1 << attempt)
            logger.info("retrying after \(failure.message) in \(wait)", metadata: ["url": "\(url.absoluteString)"])
            attempt += 1
            try? await Task.sleep(for: wait)
        }
    }

    private func fetchFollowingRedirects(_ start: URL, validators: Validators, scope: HostScope,
                                         crawlDelay: Double?) async -> FetchResult {
        var url = start
        var redirects = 0
        while true {
            let location: String, status: Int
            // The validators came from the page at the end of the chain; every hop carries them.
            switch await fetchOnce(url, validators: validators, crawlDelay: crawlDelay) {
            case .done(let result): return result
            case .redirect(let target, let code): (location, status) = (target, code)
            }
            guard let next = CrawlURL.normalized(location, relativeTo: url) else {
                return .failed(FetchFailure(kind: .scheme, url: start, status: status,
                                            message: "HTTP \(status) redirect from \(url.absoluteString) to a non-http(s) location \(location)"))
            }
            redirects += 1
            guard redirects <= settings.maxRedirects else {
                return .failed(FetchFailure(kind: .redirectLimit, url: start, status: status,
                                            message: "HTTP \(status): more than \(settings.maxRedirects) redirects"))
            }
            if let refusal = refusal(for: next, scope: scope, redirected: true) {
                return .failed(FetchFailure(kind: refusal.kind, url: start, status: status,
                                            message: "HTTP \(status) redirect to \(next.absoluteString): \(refusal.message)"))
            }
            url = next
        }
    }

    /// Why `url` must not be fetched, if it must not.
    func refusal(for url: URL, scope: HostScope, redirected: Bool) -> FetchFailure? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return FetchFailure(kind: .scheme, url: url, status: nil, message: "only http and https URLs are fetched")
        }
        let host = url.host?.lowercased() ?? ""
        guard scope.hosts.contains(host) else {
            return FetchFailure(kind: redirected ? .offsiteRedirect : .offsite, url: url, status: nil,
                                message: "host \(host) is not one of the portal's hosts (\(scope.hosts.sorted().joined(separator: ", ")))")
        }
        if !scope.allowsPrivateAddresses, !settings.privateAddresses.permits(host), isPrivate(host) {
            return FetchFailure(kind: .privateAddress, url: url, status: nil,
                                message: "host \(host) is a private or loopback address; crawl it only if the portal's registry entry or crawl.allow_private_addresses names it")
        }
        return nil
    }

    private func isPrivate(_ host: String) -> Bool {
        if let known = privateHosts.withLockedValue({ $0[host] }) { return known }
        let answer = CrawlURL.isPrivate(host: host)
        privateHosts.withLockedValue { $0[host] = answer }
        return answer
    }

    private enum Attempt {
        case done(FetchResult)
        case redirect(location: String, status: Int)
    }

    private func fetchOnce(_ url: URL, validators: Validators, crawlDelay: Double?) async -> Attempt {
        let host = CrawlURL.hostKey(url)
        let delay = max(settings.perHostDelay, .milliseconds(Int64(min(crawlDelay ?? 0, 60) * 1000)))
        await gate.acquire(host, delay: delay)
        let result = await exchange(url, validators: validators)
        await gate.release(host)
        return result
    }

    private func exchange(_ url: URL, validators: Validators) async -> Attempt {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(request, timeout: Self.timeAmount(settings.timeout), logger: nil)
            let status = Int(response.status.code)
            let headers = response.headers
            if [301, 302, 303, 307, 308].contains(status) {
                guard let location = headers.first(name: "Location") else {
                    return .done(.failed(FetchFailure(kind: .http, url: url, status: status, message: "HTTP \(status) without a Location")))
                }
                return .redirect(location: location, status: status)
            }
            if status == 304 {
                return .done(.notModified(etag: headers.first(name: "ETag") ?? validators.etag,
                                          lastModified: headers.first(name: "Last-Modified") ?? validators.lastModified))
            }
            guard (200..<300).contains(status) else {
                return .done(.failed(FetchFailure(kind: .http, url: url, status: status,
                                                  message: "HTTP \(status) \(response.status.reasonPhrase)")))
            }
            if let length = headers.first(name: "Content-Length").flatMap(Int.init), length > settings.maxPageSize,
               headers.first(name: "Content-Encoding") == nil {
                return .done(.failed(tooLarge(url, status: status, bytes: length)))
            }
            var bytes: [UInt8] = []
            for try await buffer in response.body {
                guard bytes.count + buffer.readableBytes <= settings.maxPageSize else {
                    return .done(.failed(tooLarge(url, status: status, bytes: bytes.count + buffer.readableBytes)))
                }
                bytes.append(contentsOf: buffer.readableBytesView)
            }
            return .done(.page(FetchedPage(url: url, status: status, bytes: bytes, contentType: headers.first(name: "Content-Type"),
                                           etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"))))
        } catch {
            return .done(.failed(failure(for: error, url: url)))
        }
    }

    private func tooLarge(_ url: URL, status: Int, bytes: Int) -> FetchFailure {
        FetchFailure(kind: .tooLarge, url: url, status: status,
                     message: "HTTP \(status): page of more than \(bytes) bytes exceeds max_page_size \(settings.maxPageSize)")
    }

    private func failure(for error: any Error, url: URL) -> FetchFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout:
                return FetchFailure(kind: .timeout, url: url, status: nil, message: "timed out after \(settings.timeout) (\(error))")
            default:
                return FetchFailure(kind: .network, url: url, status: nil, message: "\(error)")
            }
        }
        if error is NIOHTTPDecompression.DecompressionError {
            return FetchFailure(kind: .tooLarge, url: url, status: nil,
                                message: "decompressed page exceeds max_page_size \(settings.maxPageSize) (\(error))")
        }
        return FetchFailure(kind: .network, url: url, status: nil, message: String(describing: error))
    }

    /// `BaoCao-crawler` of `BaoCao-crawler/1.0 (+https://…)`: what robots.txt groups name.
    static func productToken(_ userAgent: String) -> String {
        String(userAgent.prefix { !$0.isWhitespace && $0 != "/" })
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// robots.txt per host, fetched once per run and followed through redirects within the
/// portal's hosts: a 4xx (or a redirect elsewhere) means no rules; a 5xx, a timeout or an
/// unreachable host means nothing may be fetched there this run (RFC 9309, 2.3.1).
actor RobotsCache {
    struct Verdict: Sendable {
        var rules: RobotsTxt
        /// Why the rules are what they are when robots.txt could not be read.
        var note: String?
    }

    private let agent: String
    private var entries: [String: Task<Verdict, Never>] = [:]

    init(agent: String) {
        self.agent = agent
    }

    func rules(for url: URL, scope: HostScope, using fetcher: PageFetcher) async -> Verdict {
        let key = (url.scheme ?? "http") + "://" + CrawlURL.hostKey(url)
        if let task = entries[key] { return await task.value }
        let agent = agent
        let task = Task<Verdict, Never> {
            guard let robotsURL = URL(string: key + "/robots.txt") else { return Verdict(rules: .allowAll, note: nil) }
            switch await fetcher.fetchWithRetries(robotsURL, validators: Validators(), scope: scope, crawlDelay: nil) {
            case .page(let page):
                return Verdict(rules: RobotsTxt(String(decoding: page.bytes, as: UTF8.self), agent: agent), note: nil)
            case .notModified:
                return Verdict(rules: .allowAll, note: nil)
            case .failed(let failure) where failure.isRetryable:
                return Verdict(rules: .disallowAll, note: "robots.txt unreadable: \(failure.message)")
            case .failed:
                return Verdict(rules: .allowAll, note: nil)
            }
        }
        entries[key] = task
        return await task.value
    }
}

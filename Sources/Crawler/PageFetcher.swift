import AsyncHTTPClient
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import Storage
import VietnameseText

/// A page the server sent (2xx).
public struct FetchedPage: Sendable {
    /// The URL after redirects.
    public var url: URL
    public var status: Int
    public var bytes: [UInt8]
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
    /// The body was cut at the limit the caller asked for (robots.txt over 500 KiB).
    public var truncated = false
}

/// One HTTP exchange as it went over the wire, redirects, errors and 304s included: what a
/// page archive (WARC) keeps. Every response the fetcher receives passes through
/// ``ExchangeRecorder/record(_:)`` once, in ``PageFetcher``'s one place that talks HTTP.
public struct Exchange: Sendable {
    public var url: URL
    public var requestHeaders: [(name: String, value: String)]
    public var status: Int
    public var responseHeaders: [(name: String, value: String)]
    /// The body as received after content decoding (gzip undone), possibly cut at a limit.
    public var body: [UInt8]
    public var date: Date
}

/// Receives every exchange of a crawl (for an archive of the raw responses).
public protocol ExchangeRecorder: Sendable {
    func record(_ exchange: Exchange) async
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
        /// The host name does not resolve: not retried.
        case dns
        /// The server's answer is not well-formed HTTP (a header overflow, a bad status line): not retried.
        case protocolError = "protocol"
        /// The host's time for the night (`host_deadline`) is used up.
        case deadline
        /// The night ended (its `deadline` passed, or a signal stopped the crawl) before or
        /// while the URL was fetched: left for the next night, not a failure.
        case stopped
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

    /// Worth another attempt: a 5xx answer (500–599, not a made-up status such as 999), a
    /// timeout or a lost or refused connection. Never a 4xx, a name that does not resolve, a
    /// malformed response or a spent deadline.
    var isRetryable: Bool {
        switch kind {
        case .http: (500...599).contains(status ?? 0)
        case .timeout, .network: true
        default: false
        }
    }

    /// The site could not be reached (RFC 9309 2.3.1.4 "unreachable"): a server error, a
    /// timeout, no connection. A name that does not resolve is not: its pages fail on their own.
    var isUnreachable: Bool {
        switch kind {
        case .http: (status ?? 0) >= 500
        case .timeout, .network, .deadline: true
        default: false
        }
    }

    /// What identifies this trouble from one night to the next (`http 404`, `timeout`).
    public var key: String { status.map { "\(kind.rawValue) \($0)" } ?? kind.rawValue }
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

/// How much of a body to read.
struct BodyLimit: Sendable {
    var bytes: Int
    /// Cut the body at `bytes` and keep what came (robots.txt), instead of failing `too_large`.
    var truncates: Bool

    /// RFC 9309 2.5: crawlers must parse at least the first 500 KiB of a robots.txt.
    static let robots = BodyLimit(bytes: 500 << 10, truncates: true)
}

/// Fetches pages politely and safely: robots.txt, per-host delay and concurrency, a
/// User-Agent naming the tool, a total deadline per response and per host, retries with
/// exponential backoff on 5xx, timeouts and lost connections, a size limit, gzip, and
/// redirects followed one hop at a time only to allowed hosts over http(s), never to
/// private addresses the settings do not name.
public final class PageFetcher: Sendable {
    let settings: CrawlSettings
    let client: HTTPClient
    let configuration: HTTPClient.Configuration
    let gate: HostGate
    let robots: RobotsCache
    let logger: Logger
    /// How host names become addresses (getaddrinfo; tests put a resolver that changes its mind here).
    let resolve: @Sendable (String) -> [IPAddress]
    /// Each host name's addresses, resolved once per run: the guard checks them and the
    /// connection goes to the first, so a resolver answering differently later (DNS
    /// rebinding) cannot lead a request to an address the guard never saw.
    private let resolutions = NIOLockedValueBox<[String: Resolution]>([:])
    /// One HTTP client per pinned host name (its `dnsOverride` names the checked address).
    private let pinnedClients = NIOLockedValueBox<[String: HTTPClient]>([:])
    /// When each host's first request of the night started (for `host_deadline`).
    private let hostStarts = NIOLockedValueBox<[String: ContinuousClock.Instant]>([:])
    let recorder: (any ExchangeRecorder)?
    /// The end of the night: its deadline, or the signal that stops the crawl. Past it no
    /// request starts and those in flight are cut (``FetchFailure/Kind/stopped``).
    let night: Deadline

    /// A fetcher with its own HTTP client; call ``shutdown()`` when done. `robots` are the
    /// robots.txt copies cached by earlier crawls, `saveRobots` stores a newly fetched one,
    /// `recorder` receives every exchange, and `night` ends every fetch.
    public convenience init(settings: CrawlSettings, logger: Logger, robots cached: [String: CachedRobots] = [:],
                saveRobots: @escaping @Sendable (CachedRobots) async -> Void = { _ in },
                recorder: (any ExchangeRecorder)? = nil, night: Deadline = .never) {
        self.init(settings: settings, logger: logger, robots: cached, saveRobots: saveRobots, recorder: recorder,
                  night: night, resolve: CrawlURL.resolve)
    }

    init(settings: CrawlSettings, logger: Logger, robots cached: [String: CachedRobots] = [:],
         saveRobots: @escaping @Sendable (CachedRobots) async -> Void = { _ in },
         recorder: (any ExchangeRecorder)? = nil, night: Deadline = .never, resolve: @escaping @Sendable (String) -> [IPAddress]) {
        self.settings = settings
        self.night = night
        self.resolve = resolve
        self.logger = logger
        self.recorder = recorder
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: Self.timeAmount(settings.timeout), read: Self.timeAmount(settings.timeout)),
            decompression: .enabled(limit: .size(settings.maxPageSize)))
        configuration.httpVersion = .http1Only
        // A connection that cannot be made fails at once, so the crawl's own retries decide:
        // a name that does not resolve is not retried, a refused connection is.
        configuration.connectionPool = .init(idleTimeout: .seconds(30),
                                             concurrentHTTP1ConnectionsPerHostSoftLimit: settings.perHostConcurrency)
        configuration.connectionPool.retryConnectionEstablishment = false
        self.configuration = configuration
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        gate = HostGate(concurrency: settings.perHostConcurrency)
        robots = RobotsCache(agent: Self.productToken(settings.userAgent), cached: cached, save: saveRobots)
    }

    /// Closes the HTTP client's connections; call once when the crawl is done.
    public func shutdown() async {
        try? await client.shutdown()
        for pinned in pinnedClients.withLockedValue({ Array($0.values) }) {
            try? await pinned.shutdown()
        }
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

    /// The `Sitemap:` URLs of the robots.txt of `url`'s host.
    public func robotsSitemaps(for url: URL, scope: HostScope) async -> [String] {
        if refusal(for: url, scope: scope, redirected: false) != nil { return [] }
        return await robots.rules(for: url, scope: scope, using: self).rules.sitemaps
    }

    /// Whether robots.txt lets `url` be fetched, and its note when it could not be read.
    public func robotsAllows(_ url: URL, scope: HostScope) async -> (allowed: Bool, note: String?) {
        let verdict = await robots.rules(for: url, scope: scope, using: self)
        return (verdict.rules.allows(CrawlURL.pathAndQuery(url)), verdict.note)
    }

    /// Fetches without the robots check (robots.txt itself goes through here).
    func fetchWithRetries(_ url: URL, validators: Validators, scope: HostScope, crawlDelay: Double?,
                          limit: BodyLimit? = nil) async -> FetchResult {
        let limit = limit ?? BodyLimit(bytes: settings.maxPageSize, truncates: false)
        var attempt = 0
        while true {
            let result = await fetchFollowingRedirects(url, validators: validators, scope: scope, crawlDelay: crawlDelay, limit: limit)
            guard case .failed(let failure) = result, failure.isRetryable, attempt < settings.retries else { return result }
            let wait = settings.backoff * (1 << attempt)
            logger.info("retrying after \(failure.message) in \(wait)", metadata: ["url": "\(url.absoluteString)"])
            attempt += 1
            try? await Task.sleep(for: wait)
        }
    }

    private func fetchFollowingRedirects(_ start: URL, validators: Validators, scope: HostScope,
                                         crawlDelay: Double?, limit: BodyLimit) async -> FetchResult {
        var url = start
        var redirects = 0
        while true {
            let location: String, status: Int
            // The validators came from the page at the end of the chain; every hop carries them.
            switch await fetchOnce(url, validators: validators, crawlDelay: crawlDelay, limit: limit) {
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

    struct Resolution: Sendable {
        var isPrivate: Bool
        /// The address connections to a host name go to; nil for a literal address or a name
        /// that did not resolve (its fetch fails on its own).
        var address: String?
    }

    /// The host's resolution for this run: the first one made wins, for every later request.
    func resolution(_ host: String) -> Resolution {
        if let known = resolutions.withLockedValue({ $0[host] }) { return known }
        let name = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        let answer: Resolution
        if name == "localhost" || name.hasSuffix(".localhost") {
            answer = Resolution(isPrivate: true, address: nil)
        } else if let literal = IPAddress(name) {
            answer = Resolution(isPrivate: literal.isPrivate, address: nil)
        } else {
            let addresses = resolve(name)
            answer = Resolution(isPrivate: addresses.contains { $0.isPrivate }, address: addresses.first?.text)
        }
        return resolutions.withLockedValue { resolutions in
            if let first = resolutions[host] { return first }
            resolutions[host] = answer
            return answer
        }
    }

    private func isPrivate(_ host: String) -> Bool { resolution(host).isPrivate }

    /// The client that connects to the address `url`'s host was checked at (keeping the
    /// name for the Host header, TLS SNI and certificate checks).
    private func client(for url: URL) -> HTTPClient {
        let host = url.host?.lowercased() ?? ""
        guard let address = resolution(host).address else { return client }
        return pinnedClients.withLockedValue { clients in
            if let pinned = clients[host] { return pinned }
            var configuration = configuration
            configuration.dnsOverride = [host: address]
            let pinned = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            clients[host] = pinned
            return pinned
        }
    }

    private enum Attempt {
        case done(FetchResult)
        case redirect(location: String, status: Int)
    }

    private func fetchOnce(_ url: URL, validators: Validators, crawlDelay: Double?, limit: BodyLimit) async -> Attempt {
        let host = CrawlURL.hostKey(url)
        let delay = max(settings.perHostDelay, .milliseconds(Int64(min(crawlDelay ?? 0, 60) * 1000)))
        await gate.acquire(host, delay: delay)
        guard !night.hasPassed else {
            await gate.release(host)
            return .done(.failed(stopped(url)))
        }
        let now = ContinuousClock.now
        let hostEnd = hostStarts.withLockedValue { starts in
            let start = starts[host] ?? now
            starts[host] = start
            return start + settings.hostDeadline
        }
        guard now < hostEnd else {
            await gate.release(host)
            return .done(.failed(FetchFailure(kind: .deadline, url: url, status: nil,
                                              message: "host \(host) used up its host_deadline of \(settings.hostDeadline) tonight")))
        }
        var deadline = min(now + settings.timeout, hostEnd)
        if let nightEnd = night.instant { deadline = min(deadline, nightEnd) }
        let result = await exchange(url, validators: validators, limit: limit, deadline: deadline)
        await gate.release(host)
        return result
    }

    private func stopped(_ url: URL) -> FetchFailure {
        FetchFailure(kind: .stopped, url: url, status: nil,
                     message: night.isCancelled ? "the crawl was stopped" : "the night's deadline passed")
    }

    /// One request and its whole response within `deadline`: a server that sends its
    /// headers or its body too slowly (one byte a second) is cut there.
    private func exchange(_ url: URL, validators: Validators, limit: BodyLimit,
                          deadline: ContinuousClock.Instant) async -> Attempt {
        let limits = "timeout \(settings.timeout), host_deadline \(settings.hostDeadline)"
        return await withTaskGroup(of: Attempt?.self) { group in
            group.addTask { await self.exchangeUnbounded(url, validators: validators, limit: limit, deadline: deadline) }
            group.addTask { [night] in
                // Woken every 100 ms to see whether a signal ended the night.
                while ContinuousClock.now < deadline, !night.isCancelled, !Task.isCancelled {
                    try? await Task.sleep(until: min(deadline, .now + .milliseconds(100)), clock: .continuous)
                }
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            if first == nil, night.hasPassed { return .done(.failed(stopped(url))) }
            return first ?? .done(.failed(FetchFailure(
                kind: .timeout, url: url, status: nil,
                message: "no complete response (headers and body) before the deadline (\(limits))")))
        }
    }

    private func exchangeUnbounded(_ url: URL, validators: Validators, limit: BodyLimit,
                                   deadline: ContinuousClock.Instant) async -> Attempt {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: settings.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let remaining = ContinuousClock.now.duration(to: deadline)
            let response = try await client(for: url).execute(request, timeout: Self.timeAmount(max(remaining, .milliseconds(1))), logger: nil)
            let status = Int(response.status.code)
            let headers = response.headers
            if let recorder {
                let requestHeaders = request.headers.map { (name: $0.name, value: $0.value) }
                let responseHeaders = headers.map { (name: $0.name, value: $0.value) }
                let record = { (body: [UInt8]) in
                    await recorder.record(Exchange(url: url, requestHeaders: requestHeaders, status: status,
                                                   responseHeaders: responseHeaders, body: body, date: Date()))
                }
                let attempt = try await read(response, url: url, validators: validators, limit: limit)
                if case .done(.page(let page)) = attempt { await record(page.bytes) } else { await record([]) }
                return attempt
            }
            return try await read(response, url: url, validators: validators, limit: limit)
        } catch {
            return .done(.failed(failure(for: error, url: url)))
        }
    }

    /// What a response comes to: a redirect to follow, a 304, a failure, or a page read up to `limit`.
    private func read(_ response: HTTPClientResponse, url: URL, validators: Validators, limit: BodyLimit) async throws -> Attempt {
        do {
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
            if !limit.truncates, let length = headers.first(name: "Content-Length").flatMap(Int.init), length > limit.bytes,
               headers.first(name: "Content-Encoding") == nil {
                return .done(.failed(tooLarge(url, status: status, bytes: length)))
            }
            var bytes: [UInt8] = []
            var truncated = false
            do {
                for try await buffer in response.body {
                    guard bytes.count + buffer.readableBytes <= limit.bytes else {
                        guard limit.truncates else {
                            return .done(.failed(tooLarge(url, status: status, bytes: bytes.count + buffer.readableBytes)))
                        }
                        bytes.append(contentsOf: buffer.readableBytesView.prefix(limit.bytes - bytes.count))
                        truncated = true
                        break
                    }
                    bytes.append(contentsOf: buffer.readableBytesView)
                }
            } catch let error as NIOHTTPDecompression.DecompressionError where limit.truncates && !bytes.isEmpty {
                // A compressed robots.txt past the decompression limit: keep what came.
                logger.debug("\(url.absoluteString): cut at \(bytes.count) bytes (\(error))")
                truncated = true
            }
            return .done(.page(FetchedPage(url: url, status: status, bytes: bytes, contentType: headers.first(name: "Content-Type"),
                                           etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"),
                                           truncated: truncated)))
        }
    }

    private func tooLarge(_ url: URL, status: Int, bytes: Int) -> FetchFailure {
        FetchFailure(kind: .tooLarge, url: url, status: status,
                     message: "HTTP \(status): page of more than \(bytes) bytes exceeds max_page_size \(settings.maxPageSize)")
    }

    private func failure(for error: any Error, url: URL) -> FetchFailure {
        if let error = error as? NIOConnectionError, error.connectionErrors.isEmpty,
           error.dnsAError != nil || error.dnsAAAAError != nil {
            return FetchFailure(kind: .dns, url: url, status: nil, message: "host \(error.host) does not resolve (\(error))")
        }
        if error is HTTPParserError {
            return FetchFailure(kind: .protocolError, url: url, status: nil, message: "malformed HTTP response: \(error)")
        }
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

/// robots.txt per origin, read once per run from the copy an earlier crawl cached (when
/// under 24 hours old, RFC 9309 2.4) or fetched and cached, and followed through redirects
/// within the portal's hosts. A 4xx (or a redirect elsewhere) means no rules; a 5xx, a
/// timeout or an unreachable host means the last cached copy, else nothing may be fetched
/// there this run (RFC 9309 2.3.1.4). Only the first 500 KiB are read (RFC 9309 2.5).
actor RobotsCache {
    struct Verdict: Sendable {
        var rules: RobotsTxt
        /// Why the rules are what they are when robots.txt could not be read in full.
        var note: String?
    }

    static let freshFor: TimeInterval = 24 * 3600

    private let agent: String
    private let cached: [String: CachedRobots]
    private let save: @Sendable (CachedRobots) async -> Void
    private var entries: [String: Task<Verdict, Never>] = [:]

    init(agent: String, cached: [String: CachedRobots] = [:], save: @escaping @Sendable (CachedRobots) async -> Void = { _ in }) {
        self.agent = agent
        self.cached = cached
        self.save = save
    }

    func rules(for url: URL, scope: HostScope, using fetcher: PageFetcher) async -> Verdict {
        let key = (url.scheme ?? "http") + "://" + CrawlURL.hostKey(url)
        if let task = entries[key] { return await task.value }
        let agent = agent
        let copy = cached[key]
        let save = save
        let task = Task<Verdict, Never> {
            if let copy, let fetched = Self.date(copy.fetchedAt), Date().timeIntervalSince(fetched) < Self.freshFor,
               fetched <= Date().addingTimeInterval(60) {
                return Self.verdict(copy, agent: agent, note: nil)
            }
            guard let robotsURL = URL(string: key + "/robots.txt") else { return Verdict(rules: .allowAll, note: nil) }
            switch await fetcher.fetchWithRetries(robotsURL, validators: Validators(), scope: scope, crawlDelay: nil, limit: .robots) {
            case .page(let page):
                let text = RobotsTxt.text(of: page.bytes, truncated: page.truncated)
                await save(CachedRobots(origin: key, fetchedAt: Timestamp.now(), status: page.status, body: text))
                return Verdict(rules: RobotsTxt(text, agent: agent),
                               note: page.truncated ? "robots.txt over \(BodyLimit.robots.bytes >> 10) KiB: its first \(BodyLimit.robots.bytes >> 10) KiB read" : nil)
            case .notModified:
                return Verdict(rules: .allowAll, note: nil)
            case .failed(let failure) where failure.isUnreachable:
                if let copy {
                    return Self.verdict(copy, agent: agent, note: "robots.txt unreachable (\(failure.message)): using the copy of \(copy.fetchedAt)")
                }
                return Verdict(rules: .disallowAll, note: "robots.txt unreachable: \(failure.message)")
            case .failed(let failure):
                if let status = failure.status, (400..<500).contains(status) {
                    await save(CachedRobots(origin: key, fetchedAt: Timestamp.now(), status: status, body: ""))
                }
                return Verdict(rules: .allowAll, note: nil)
            }
        }
        entries[key] = task
        return await task.value
    }

    private static func verdict(_ copy: CachedRobots, agent: String, note: String?) -> Verdict {
        guard (200..<300).contains(copy.status) else { return Verdict(rules: .allowAll, note: note) }
        return Verdict(rules: RobotsTxt(copy.body, agent: agent), note: note)
    }

    private static func date(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}

import Foundation
import Logging
import Pipeline
import Records
import Storage

/// What one portal's crawl came to.
public struct PortalSummary: Sendable, Equatable {
    public var portal: String
    /// Articles whose first record was stored (never fetched, or never read, before).
    public var new = 0
    /// Articles whose bytes differ from the last run's record: record replaced.
    public var changed = 0
    /// Articles the server answered 304 for, or with the same bytes as last time.
    public var unchanged = 0
    /// Articles and discovery pages that became rejects.
    public var failed = 0
    /// Discovery pages (listings, feeds, sitemaps) fetched, and of those not modified.
    public var listings = 0
    public var listingsUnchanged = 0
    /// Links robots.txt disallows, left alone.
    public var disallowed = 0

    public init(portal: String) {
        self.portal = portal
    }

    /// `tuyengiao-angiang: 3 new, 1 changed, 40 unchanged, 2 failed (5 listing pages, 4 not modified; 1 disallowed by robots.txt)`
    public var line: String {
        var line = "\(portal): \(new) new, \(changed) changed, \(unchanged) unchanged, \(failed) failed"
        line += " (\(listings) listing page\(listings == 1 ? "" : "s"), \(listingsUnchanged) not modified"
        if disallowed > 0 { line += "; \(disallowed) disallowed by robots.txt" }
        return line + ")"
    }
}

/// A whole crawl: one summary per portal, in registry order.
public struct CrawlSummary: Sendable, Equatable {
    public var portals: [PortalSummary]
    public var elapsed: Duration

    public var failed: Int { portals.map(\.failed).reduce(0, +) }
    public var new: Int { portals.map(\.new).reduce(0, +) }
    public var changed: Int { portals.map(\.changed).reduce(0, +) }
    public var unchanged: Int { portals.map(\.unchanged).reduce(0, +) }

    /// `2 portals: 10 new, 0 changed, 40 unchanged, 3 failed, 12.40 s`
    public var line: String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return "\(portals.count) portals: \(new) new, \(changed) changed, \(unchanged) unchanged, \(failed) failed, "
            + String(format: "%.2f s", seconds)
    }
}

/// Crawls the portals of a registry: discovers article links from listing pages (with
/// their pagination), feeds and sitemaps, fetches articles conditionally against the
/// crawl state, and feeds new and changed pages through `DocumentProcessor` to the
/// pipeline's sinks. A failing page or portal becomes rejects; the others go on.
public struct Crawler: Sendable {
    public let settings: CrawlSettings
    public let registry: PortalRegistry
    let logger: Logger
    let processor: DocumentProcessor

    /// A crawler of `registry`'s portals under `settings`, logging to `logger`.
    public init(settings: CrawlSettings, registry: PortalRegistry, logger: Logger) {
        self.settings = settings
        self.registry = registry
        self.logger = logger
        processor = DocumentProcessor(maxBytes: settings.maxPageSize, timeBudget: .seconds(30))
    }

    /// Crawls every portal (or those named in `only`), writing to `sinks`. Its output files
    /// are locked against other runs for the whole crawl, under `lockPolicy`.
    public func run(sinks: SinkSpec, rejectsPath: String, only: Set<String> = [],
                    lockPolicy: OutputLock.Policy = .failIfHeld) async throws(CrawlError) -> CrawlSummary {
        let start = ContinuousClock.now
        let output = try CrawlOutput(sinks: sinks, rejectsPath: rejectsPath, stateURL: settings.state, lockPolicy: lockPolicy)
        let fetcher = PageFetcher(settings: settings, logger: logger)
        let portals = registry.portals.filter { only.isEmpty || only.contains($0.name) }
        let result: Result<[PortalSummary], CrawlError> = await withTaskGroup(of: (Int, Result<PortalSummary, CrawlError>).self) { group in
            for (index, portal) in portals.enumerated() {
                group.addTask {
                    // The tuple is built after the do/catch on purpose. Swift 6.3.1 at -O drops its first
                    // element when `return (index, .success(try await …))` stands inside `do throws(E)` in a
                    // task-group child: the index was never written, the parent read leftover memory, and
                    // every release crawl trapped (index out of range, SIGILL) when its first portal ended.
                    // `scripts/test` runs the crawl on the release binary to keep this caught.
                    let result: Result<PortalSummary, CrawlError>
                    do throws(CrawlError) {
                        result = .success(try await crawl(portal, fetcher: fetcher, output: output))
                    } catch {
                        result = .failure(error)
                    }
                    return (index, result)
                }
            }
            var summaries = [PortalSummary?](repeating: nil, count: portals.count)
            var failure: CrawlError?
            for await (index, result) in group {
                switch result {
                case .success(let summary): summaries[index] = summary
                case .failure(let error):
                    failure = failure ?? error
                    group.cancelAll()
                }
            }
            if let failure { return .failure(failure) }
            return .success(summaries.compactMap { $0 })
        }
        await fetcher.shutdown()
        let summaries: [PortalSummary]
        do {
            summaries = try result.get()
        } catch {
            try? await output.close()
            throw error
        }
        try await output.close()
        return CrawlSummary(portals: summaries, elapsed: ContinuousClock.now - start)
    }

    /// Where a crawl writing to `sinks` and `rejectsPath` writes, its state database included:
    /// check them with ``RunOutput/Destinations/files()`` before crawling.
    public func destinations(sinks: SinkSpec, rejectsPath: String) throws(RunError) -> RunOutput.Destinations {
        try CrawlOutput.destinations(sinks: sinks, rejectsPath: rejectsPath, stateURL: settings.state)
    }

    /// One portal: discovery, then its articles. Only output failures are thrown.
    func crawl(_ portal: Portal, fetcher: PageFetcher, output: CrawlOutput) async throws(CrawlError) -> PortalSummary {
        var summary = PortalSummary(portal: portal.name)
        let known = try await output.entries(portal: portal.name)
        var articles = try await discover(portal, known: known, fetcher: fetcher, output: output, summary: &summary)
        var listed = Set(articles)
        for url in known.keys.sorted() {
            guard let url = URL(string: url), portal.hosts.contains(url.host?.lowercased() ?? ""), portal.isArticle(url),
                  listed.insert(url).inserted else { continue }
            articles.append(url)
        }
        if articles.count > settings.maxPagesPerPortal {
            logger.warning("\(portal.name): \(articles.count) article links, fetching the first max_pages_per_portal \(settings.maxPagesPerPortal)")
            articles.removeLast(articles.count - settings.maxPagesPerPortal)
        }
        logger.info("\(portal.name): \(articles.count) article pages to check")
        let outcomes: [ArticleOutcome]
        do {
            outcomes = try await fetchArticles(articles, portal: portal, known: known, fetcher: fetcher, output: output)
        } catch let error as CrawlError {
            throw error
        } catch {
            throw CrawlError(String(describing: error))
        }
        for outcome in outcomes {
            switch outcome {
            case .new: summary.new += 1
            case .changed: summary.changed += 1
            case .unchanged: summary.unchanged += 1
            case .failed: summary.failed += 1
            case .disallowed: summary.disallowed += 1
            }
        }
        logger.info("\(summary.line)")
        return summary
    }

    /// Fetches `articles`, `width` at a time (the per-host gate keeps each host polite).
    private func fetchArticles(_ articles: [URL], portal: Portal, known: [String: CrawlStateEntry], fetcher: PageFetcher,
                               output: CrawlOutput) async throws -> [ArticleOutcome] {
        let width = settings.perHostConcurrency * max(1, portal.hosts.count)
        return try await withThrowingTaskGroup(of: ArticleOutcome.self) { group in
            var outcomes: [ArticleOutcome] = []
            var pending = articles.makeIterator()
            func start(_ url: URL) {
                let entry = known[url.absoluteString]
                group.addTask { try await article(url, portal: portal, entry: entry, fetcher: fetcher, output: output) }
            }
            for _ in 0..<width {
                guard let url = pending.next() else { break }
                start(url)
            }
            while let outcome = try await group.next() {
                outcomes.append(outcome)
                if let url = pending.next() { start(url) }
            }
            return outcomes
        }
    }

    /// Fetches the portal's start pages and the pagination they lead to, and returns the
    /// article links found, in order of discovery.
    private func discover(_ portal: Portal, known: [String: CrawlStateEntry], fetcher: PageFetcher, output: CrawlOutput,
                          summary: inout PortalSummary) async throws(CrawlError) -> [URL] {
        var queue = portal.start[...]
        var visited = Set<URL>()
        var articles: [URL] = []
        var articleSet = Set<URL>()
        while let url = queue.popFirst() {
            guard visited.insert(url).inserted else { continue }
            guard summary.listings < settings.maxListingPages else {
                logger.warning("\(portal.name): stopping discovery at max_listing_pages \(settings.maxListingPages)")
                break
            }
            summary.listings += 1
            let entry = known[url.absoluteString] ?? CrawlStateEntry(url: url.absoluteString, portal: portal.name)
            switch await fetcher.fetch(url, validators: entry.validators, scope: portal.scope) {
            case .notModified(let etag, let lastModified):
                summary.listingsUnchanged += 1
                try await output.save(entry.updated(status: 304, etag: etag, lastModified: lastModified))
            case .page(let page):
                let discovered: DiscoveredPage
                do {
                    discovered = try LinkDiscovery.links(in: page.bytes, from: page.url, contentType: page.contentType,
                                                         encoding: portal.encoding)
                } catch {
                    summary.failed += 1
                    try await output.reject(Reject(source: Self.source(url, bytes: page.bytes.count), kind: error.kind,
                                                   message: "HTTP \(page.status): no links read from the page: \(error.message)"),
                                            state: entry.updated(status: page.status, etag: nil, lastModified: nil))
                    continue
                }
                logger.info("\(portal.name): \(discovered.kind.rawValue) \(url.absoluteString): \(discovered.links.count) links")
                var state = entry.updated(status: page.status, etag: page.etag, lastModified: page.lastModified)
                state.contentHash = SHA256.hex(page.bytes)
                try await output.save(state)
                for link in discovered.links where portal.hosts.contains(link.url.host?.lowercased() ?? "") {
                    if discovered.kind == .sitemapIndex || (!portal.isArticle(link.url) && (link.isNextPage || portal.isListing(link.url))) {
                        if !visited.contains(link.url) { queue.append(link.url) }
                    } else if portal.isArticle(link.url), articleSet.insert(link.url).inserted {
                        articles.append(link.url)
                    }
                }
            case .failed(let failure):
                summary.failed += 1
                try await output.reject(Self.reject(failure, url: url),
                                        state: entry.updated(status: failure.status, etag: entry.etag, lastModified: entry.lastModified))
            }
        }
        return articles
    }

    enum ArticleOutcome: Sendable {
        case new, changed, unchanged, failed, disallowed
    }

    private func article(_ url: URL, portal: Portal, entry known: CrawlStateEntry?, fetcher: PageFetcher,
                         output: CrawlOutput) async throws(CrawlError) -> ArticleOutcome {
        let entry = known ?? CrawlStateEntry(url: url.absoluteString, portal: portal.name)
        switch await fetcher.fetch(url, validators: entry.validators, scope: portal.scope) {
        case .notModified(let etag, let lastModified):
            try await output.save(entry.updated(status: 304, etag: etag, lastModified: lastModified))
            return .unchanged
        case .page(let page):
            let hash = SHA256.hex(page.bytes)
            var state = entry.updated(status: page.status, etag: page.etag, lastModified: page.lastModified)
            state.contentHash = hash
            if hash == entry.contentHash {
                try await output.save(state)
                return .unchanged
            }
            let mediaType: MediaType = ContentType.mediaType(page.contentType) == "text/plain" ? .text : .html
            let charset = portal.encoding ?? ContentType.charset(page.contentType)
            switch processor.process(page.bytes, uri: url.absoluteString, mediaType: mediaType, declaredCharset: charset,
                                     contentXPath: portal.contentXPath) {
            case .success(let record):
                state.documentID = record.id
                try await output.record(record, state: state)
                logger.debug("\(portal.name): stored \(url.absoluteString)")
                return entry.documentID == nil ? .new : .changed
            case .failure(var reject):
                reject.message = "HTTP \(page.status): " + reject.message
                state.documentID = nil
                try await output.reject(reject, state: state)
                logger.warning("\(portal.name): rejected \(url.absoluteString): \(reject.kind): \(reject.message)")
                return .failed
            }
        case .failed(let failure):
            if failure.kind == .robots {
                logger.info("\(portal.name): \(url.absoluteString) \(failure.message)")
                return .disallowed
            }
            logger.warning("\(portal.name): rejected \(url.absoluteString): \(failure.kind.rawValue): \(failure.message)")
            try await output.reject(Self.reject(failure, url: url),
                                    state: entry.updated(status: failure.status, etag: entry.etag, lastModified: entry.lastModified))
            return .failed
        }
    }

    static func source(_ url: URL, bytes: Int = 0) -> SourceInfo {
        SourceInfo(uri: url.absoluteString, mediaType: MediaType.html.rawValue, encoding: nil, bytes: bytes)
    }

    /// A failed fetch as a reject line: the URL, the kind, and the HTTP status in the message.
    static func reject(_ failure: FetchFailure, url: URL) -> Reject {
        var message = failure.message
        if let status = failure.status, !message.contains("HTTP \(status)") { message = "HTTP \(status): " + message }
        if failure.status == nil { message += " (no HTTP status)" }
        return Reject(source: source(url), kind: failure.kind.rawValue, message: message)
    }
}

extension CrawlStateEntry {
    /// This entry after a fetch that answered `status` (nil: no answer), keeping the
    /// content hash and document until new content replaces them.
    func updated(status: Int?, etag: String?, lastModified: String?) -> CrawlStateEntry {
        var entry = self
        entry.lastStatus = status
        entry.etag = etag
        entry.lastModified = lastModified
        return entry
    }
}

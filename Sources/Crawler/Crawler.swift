import Foundation
import Logging
import Pipeline
import Records
import Storage
import VietnameseText

/// What one portal's crawl came to.
public struct PortalSummary: Sendable, Equatable {
    public var portal: String
    /// Article links the night's discovery found (listings, feeds, sitemaps).
    public var discovered = 0
    /// Articles whose first record was stored (never fetched, or never read, before).
    public var new = 0
    /// Articles whose bytes differ from the last run's record: record replaced.
    public var changed = 0
    /// Articles the server answered 304 for, or with the same bytes as last time.
    public var unchanged = 0
    /// URLs marked gone tonight (404 or 410 for `gone_after` nights in a row).
    public var gone = 0
    /// Articles and discovery pages that became rejects.
    public var failed = 0
    /// Of `failed`, those that did not fail the same way the night before: new trouble.
    public var newFailures = 0
    /// Linked office documents and PDFs, kept in the state for the document readers.
    public var documents = 0
    /// Body bytes received (after content decoding).
    public var bytes = 0
    public var seconds = 0.0
    /// Discovery pages (listings, feeds, sitemaps) fetched, and of those not modified.
    public var listings = 0
    public var listingsUnchanged = 0
    /// Links robots.txt disallows, left alone.
    public var disallowed = 0
    /// Article pages not fetched because the night ended (its deadline, or a signal): the
    /// next night asks for them.
    public var postponed = 0
    /// The night ended before this portal's discovery was done.
    public var discoveryCut = false

    public init(portal: String) {
        self.portal = portal
    }

    /// `tuyengiao-angiang: 3 new, 1 changed, 40 unchanged, 2 failed (1 new), 1 gone, 2 documents (5 listing pages, 4 not modified; 1 disallowed by robots.txt)`
    public var line: String {
        var line = "\(portal): \(new) new, \(changed) changed, \(unchanged) unchanged, \(failed) failed"
        if failed > 0 { line += " (\(newFailures) new)" }
        if gone > 0 { line += ", \(gone) gone" }
        if documents > 0 { line += ", \(documents) document\(documents == 1 ? "" : "s") left to the document readers" }
        if postponed > 0 || discoveryCut {
            line += ", \(postponed) left for the next night" + (discoveryCut ? " (discovery cut short)" : "")
        }
        line += " (\(listings) listing page\(listings == 1 ? "" : "s"), \(listingsUnchanged) not modified"
        if disallowed > 0 { line += "; \(disallowed) disallowed by robots.txt" }
        return line + ")"
    }

    /// The figures a monitor reads (`--summary-json`).
    public var json: JSONValue {
        .object([
            ("portal", .string(portal)), ("discovered", .number(Double(discovered))), ("new", .number(Double(new))),
            ("changed", .number(Double(changed))), ("unchanged", .number(Double(unchanged))), ("gone", .number(Double(gone))),
            ("failed", .number(Double(failed))), ("new_failures", .number(Double(newFailures))),
            ("documents", .number(Double(documents))), ("disallowed", .number(Double(disallowed))),
            ("listings", .number(Double(listings))), ("bytes", .number(Double(bytes))),
            ("postponed", .number(Double(postponed))), ("discovery_cut", .bool(discoveryCut)),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
        ])
    }
}

/// A whole crawl: one summary per portal, in registry order.
public struct CrawlSummary: Sendable, Equatable {
    public var portals: [PortalSummary]
    public var elapsed: Duration

    public var failed: Int { portals.map(\.failed).reduce(0, +) }
    public var newFailures: Int { portals.map(\.newFailures).reduce(0, +) }
    public var new: Int { portals.map(\.new).reduce(0, +) }
    public var changed: Int { portals.map(\.changed).reduce(0, +) }
    public var unchanged: Int { portals.map(\.unchanged).reduce(0, +) }
    public var gone: Int { portals.map(\.gone).reduce(0, +) }
    public var postponed: Int { portals.map(\.postponed).reduce(0, +) }
    /// The night ended (deadline or signal) before every portal was done.
    public var wasCut: Bool { portals.contains { $0.postponed > 0 || $0.discoveryCut } }

    var seconds: Double { Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18 }

    /// `2 portals: 10 new, 0 changed, 40 unchanged, 3 failed (1 new), 12.40 s`
    public var line: String {
        "\(portals.count) portals: \(new) new, \(changed) changed, \(unchanged) unchanged, \(failed) failed"
            + (failed > 0 ? " (\(newFailures) new)" : "") + (gone > 0 ? ", \(gone) gone" : "")
            + (wasCut ? ", \(postponed) left for the next night" : "") + ", "
            + String(format: "%.2f s", seconds)
    }

    /// `{"schema": "baocao.crawl-summary/1", "finished_at": …, "seconds": …, "portals": [{…}]}`
    public func json(finishedAt: String) -> JSONValue {
        .object([
            ("schema", .string("baocao.crawl-summary/1")), ("finished_at", .string(finishedAt)),
            ("seconds", .number((seconds * 1000).rounded() / 1000)), ("new_failures", .number(Double(newFailures))),
            ("portals", .array(portals.map(\.json))),
        ])
    }
}

/// One URL a dry run found, with the rule that allowed or refused it.
public struct DiscoveryDecision: Sendable, Equatable {
    public enum Verdict: String, Sendable {
        /// An article page the crawl would fetch.
        case article
        /// A listing, feed or sitemap the crawl reads for links.
        case listing
        /// An office document or PDF left to the document readers.
        case document
        case refused
    }

    public var portal: String
    public var url: String
    public var verdict: Verdict
    /// The rule: `allow /bai-viet/*.html`, `robots.txt Disallow`, `off the portal's hosts`…
    public var rule: String

    /// `mau  article  http://…/bai-viet/a.html  allow /bai-viet/*.html`
    public var line: String { "\(portal)\t\(verdict.rawValue)\t\(url)\t\(rule)" }
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

    /// Receives every HTTP exchange (for a page archive), when set.
    public var recorder: (any ExchangeRecorder)?
    /// Ends the night early when cancelled (SIGINT, SIGTERM): like the night's deadline, the
    /// crawl stops starting requests, cuts those in flight and closes its outputs.
    public var cancellation: Cancellation?

    /// A crawler of `registry`'s portals under `settings`, logging to `logger`. `timeBudget`
    /// bounds the work on one page, an article's extraction or a listing's link discovery
    /// (the pipeline's `limits.document_time_budget`).
    public init(settings: CrawlSettings, registry: PortalRegistry, logger: Logger, timeBudget: Duration? = .seconds(30)) {
        self.settings = settings
        self.registry = registry
        self.logger = logger
        processor = DocumentProcessor(maxBytes: settings.maxPageSize, timeBudget: timeBudget)
    }

    /// The time one page's parse and extraction may take: the time budget, within the night.
    func pageDeadline(_ night: Deadline) -> Deadline {
        let budget = processor.timeBudget.map { ContinuousClock.now + $0 }
        let instant = switch (budget, night.instant) {
        case let (budget?, end?): min(budget, end)
        case let (budget, end): budget ?? end
        }
        return Deadline(instant: instant, cancellation: night.cancellation)
    }

    /// Crawls every portal (or those named in `only`), writing to `sinks`. Its output files
    /// are locked against other runs for the whole crawl, under `lockPolicy`.
    /// `salvaging` names configured record and rejects files whose dated `.partial` files a
    /// killed crawl left (see ``NightFiles``): they are finished once the lock is held.
    public func run(sinks: SinkSpec, rejectsPath: String, only: Set<String> = [],
                    lockPolicy: OutputLock.Policy = .failIfHeld, salvaging: [String] = []) async throws(CrawlError) -> CrawlSummary {
        let start = ContinuousClock.now
        let night = Deadline(instant: settings.deadline.map { start + $0 }, cancellation: cancellation)
        let output = try CrawlOutput(sinks: sinks, rejectsPath: rejectsPath, stateURL: settings.state, lockPolicy: lockPolicy)
        let tonight = Set([sinks.jsonl, rejectsPath, (recorder as? WARCRecorder)?.path].compactMap { $0 })
        for path in salvaging {
            for finished in NightFiles.salvage(path, current: tonight) {
                logger.notice("finished \(finished), left by a crawl that was stopped")
            }
        }
        let cachedRobots: [String: CachedRobots]
        do {
            cachedRobots = try await output.robots()
        } catch {
            try? await output.close()
            throw error
        }
        let logger = logger
        let fetcher = PageFetcher(settings: settings, logger: logger, robots: cachedRobots, saveRobots: { copy in
            do { try await output.save(copy) } catch { logger.warning("robots.txt of \(copy.origin) not cached: \(error)") }
        }, recorder: recorder, night: night)
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
                        result = .success(try await crawl(portal, fetcher: fetcher, output: output, night: night))
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

    /// Discovery only: every URL the portals' listings, feeds and sitemaps lead to, with the
    /// rule that allowed or refused it. No article is fetched and nothing is written.
    public func dryRun(only: Set<String> = []) async -> [DiscoveryDecision] {
        let fetcher = PageFetcher(settings: settings, logger: logger)
        var decisions: [DiscoveryDecision] = []
        for portal in registry.portals where only.isEmpty || only.contains(portal.name) {
            var summary = PortalSummary(portal: portal.name)
            var found: [DiscoveryDecision] = []
            _ = try? await discover(portal, known: [:], fetcher: fetcher, output: nil, night: .never, summary: &summary,
                                    decisions: &found)
            decisions += found
        }
        await fetcher.shutdown()
        return decisions
    }

    /// One portal: discovery, then its articles. Only output failures are thrown.
    func crawl(_ portal: Portal, fetcher: PageFetcher, output: CrawlOutput,
               night: Deadline = .never) async throws(CrawlError) -> PortalSummary {
        let started = ContinuousClock.now
        var summary = PortalSummary(portal: portal.name)
        let known = try await output.entries(portal: portal.name)
        var decisions: [DiscoveryDecision] = []
        var articles = try await discover(portal, known: known, fetcher: fetcher, output: output, night: night,
                                          summary: &summary, decisions: &decisions)
        summary.discovered = articles.count
        var listed = Set(articles)
        for url in known.keys.sorted() {
            // A gone URL comes back only when a listing links it again (then it is in `articles`).
            guard let entry = known[url], !entry.isGone,
                  let url = URL(string: url), portal.hosts.contains(url.host?.lowercased() ?? ""), portal.isArticle(url),
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
            outcomes = try await fetchArticles(articles, portal: portal, known: known, fetcher: fetcher, output: output,
                                               night: night)
        } catch let error as CrawlError {
            throw error
        } catch {
            throw CrawlError(String(describing: error))
        }
        for outcome in outcomes {
            switch outcome.kind {
            case .new: summary.new += 1
            case .changed: summary.changed += 1
            case .unchanged: summary.unchanged += 1
            case .failed(let isNew):
                summary.failed += 1
                if isNew { summary.newFailures += 1 }
            case .gone(let isNew): if isNew { summary.gone += 1 }
            case .document: summary.documents += 1
            case .disallowed: summary.disallowed += 1
            case .postponed: summary.postponed += 1
            }
            summary.bytes += outcome.bytes
        }
        summary.seconds = Self.seconds(ContinuousClock.now - started)
        logger.info("\(summary.line)")
        return summary
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Fetches `articles`, `width` at a time (the per-host gate keeps each host polite).
    private func fetchArticles(_ articles: [URL], portal: Portal, known: [String: CrawlStateEntry], fetcher: PageFetcher,
                               output: CrawlOutput, night: Deadline) async throws -> [ArticleOutcome] {
        let width = settings.perHostConcurrency * max(1, portal.hosts.count)
        return try await withThrowingTaskGroup(of: ArticleOutcome.self) { group in
            var outcomes: [ArticleOutcome] = []
            var pending = articles.makeIterator()
            func start(_ url: URL) {
                let entry = known[url.absoluteString]
                group.addTask { try await article(url, portal: portal, entry: entry, fetcher: fetcher, output: output, night: night) }
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

    /// Fetches the portal's start pages, the sitemaps its robots.txt names and the
    /// pagination they lead to, and returns the article links found, in order of discovery.
    /// Without `output` (a dry run) nothing is stored and listings are asked unconditionally;
    /// `decisions` gets every URL seen with the rule that decided it.
    /// Past `night` discovery stops with the links found so far (``PortalSummary/discoveryCut``).
    private func discover(_ portal: Portal, known: [String: CrawlStateEntry], fetcher: PageFetcher, output: CrawlOutput?,
                          night: Deadline, summary: inout PortalSummary,
                          decisions: inout [DiscoveryDecision]) async throws(CrawlError) -> [URL] {
        var queue = portal.start[...]
        var seen = Set(portal.start)
        func decide(_ url: URL, _ verdict: DiscoveryDecision.Verdict, _ rule: String) {
            decisions.append(DiscoveryDecision(portal: portal.name, url: url.absoluteString, verdict: verdict, rule: rule))
        }
        for url in portal.start { decide(url, .listing, "start") }
        var origins = Set<String>()
        for url in portal.start where origins.insert(CrawlURL.hostKey(url)).inserted {
            for text in await fetcher.robotsSitemaps(for: url, scope: portal.scope) {
                guard let sitemap = CrawlURL.normalized(text), seen.insert(sitemap).inserted else { continue }
                if portal.hosts.contains(sitemap.host?.lowercased() ?? "") {
                    decide(sitemap, .listing, "robots.txt Sitemap")
                    queue.append(sitemap)
                } else {
                    decide(sitemap, .refused, "robots.txt Sitemap off the portal's hosts")
                }
            }
        }
        var visited = Set<URL>()
        var readTonight: [CrawlStateEntry] = []
        var articles: [URL] = []
        var articleSet = Set<URL>()
        discovery: while let url = queue.popFirst() {
            guard visited.insert(url).inserted else { continue }
            if night.hasPassed {
                summary.discoveryCut = true
                break
            }
            guard summary.listings < settings.maxListingPages else {
                logger.warning("\(portal.name): stopping discovery at max_listing_pages \(settings.maxListingPages)")
                break
            }
            summary.listings += 1
            let entry = known[url.absoluteString] ?? CrawlStateEntry(url: url.absoluteString, portal: portal.name)
            switch await fetcher.fetch(url, validators: output == nil ? Validators() : entry.validators, scope: portal.scope) {
            case .notModified(let etag, let lastModified):
                summary.listingsUnchanged += 1
                var state = entry.updated(status: 304, etag: etag, lastModified: lastModified)
                state.lastError = nil
                try await output?.save(state)
            case .page(let page):
                summary.bytes += page.bytes.count
                let discovered: DiscoveredPage
                do {
                    discovered = try LinkDiscovery.links(in: page.bytes, from: page.url, contentType: page.contentType,
                                                         encoding: portal.encoding, deadline: pageDeadline(night))
                } catch {
                    if night.hasPassed {
                        summary.discoveryCut = true
                        break discovery
                    }
                    let key = "\(error.kind)"
                    summary.failed += 1
                    if entry.lastError != key { summary.newFailures += 1 }
                    var state = entry.updated(status: page.status, etag: nil, lastModified: nil)
                    state.lastError = key
                    try await output?.reject(Reject(source: Self.source(url, bytes: page.bytes.count), kind: error.kind,
                                                    message: "HTTP \(page.status): no links read from the page: \(error.message)"),
                                             state: state)
                    continue
                }
                logger.info("\(portal.name): \(discovered.kind.rawValue) \(url.absoluteString): \(discovered.links.count) links")
                var state = entry.updated(status: page.status, etag: page.etag, lastModified: page.lastModified)
                state.contentHash = SHA256.hex(page.bytes)
                state.lastError = nil
                try await output?.save(state)
                readTonight.append(state)
                for link in discovered.links where seen.insert(link.url).inserted {
                    guard portal.hosts.contains(link.url.host?.lowercased() ?? "") else {
                        decide(link.url, .refused, "off the portal's hosts (\(portal.hosts.sorted().joined(separator: ", ")))")
                        continue
                    }
                    let allow = portal.allowRule(for: link.url)
                    if discovered.kind == .sitemapIndex || (!portal.isArticle(link.url) && (link.isNextPage || portal.isListing(link.url))) {
                        decide(link.url, .listing, discovered.kind == .sitemapIndex ? "sitemap index"
                               : portal.listingRule(for: link.url).map { "listing \($0.text)" } ?? "next page")
                        queue.append(link.url)
                    } else if let allow, portal.isArticle(link.url) {
                        articleSet.insert(link.url)
                        articles.append(link.url)
                        if output == nil {
                            if Portal.documentType(of: link.url) != nil {
                                decide(link.url, .document, "allow \(allow.text); a document, left to the document readers")
                            } else {
                                let robots = await fetcher.robotsAllows(link.url, scope: portal.scope)
                                decide(link.url, robots.allowed ? .article : .refused,
                                       robots.allowed ? "allow \(allow.text)" : "robots.txt Disallow\(robots.note.map { " (\($0))" } ?? "")")
                            }
                        }
                    } else {
                        decide(link.url, .refused, "matches no allow: pattern")
                    }
                }
            case .failed(let failure) where failure.kind == .stopped:
                summary.discoveryCut = true
                break discovery
            case .failed(let failure):
                summary.failed += 1
                if entry.lastError != failure.key { summary.newFailures += 1 }
                var state = entry.updated(status: failure.status, etag: entry.etag, lastModified: entry.lastModified)
                state.lastError = failure.key
                try await output?.reject(Self.reject(failure, url: url), state: state)
                if output == nil { decide(url, .refused, "could not be read: \(failure.kind.rawValue): \(failure.message)") }
            }
        }
        if summary.discoveryCut, let output {
            // The pagination the night did not reach is found again next night only if these
            // listings are read in full then, not answered 304: their validators are dropped.
            for var state in readTonight {
                state.etag = nil
                state.lastModified = nil
                try await output.save(state)
            }
        }
        return articles
    }

    struct ArticleOutcome: Sendable {
        enum Kind: Sendable {
            case new, changed, unchanged, document, disallowed
            /// Not fetched, or not finished, before the night ended: nothing stored, asked again next night.
            case postponed
            /// `isNew`: the URL did not fail the same way the night before.
            case failed(isNew: Bool)
            /// `isNew`: marked gone tonight.
            case gone(isNew: Bool)
        }

        var kind: Kind
        var bytes = 0
    }

    private func article(_ url: URL, portal: Portal, entry known: CrawlStateEntry?, fetcher: PageFetcher,
                         output: CrawlOutput, night: Deadline) async throws(CrawlError) -> ArticleOutcome {
        let entry = known ?? CrawlStateEntry(url: url.absoluteString, portal: portal.name)
        // A page found tonight but not fetched is remembered, so the next night asks for it even
        // when its listing then answers 304.
        func postponed(bytes: Int = 0) async throws(CrawlError) -> ArticleOutcome {
            if known == nil { try await output.remember(entry) }
            return ArticleOutcome(kind: .postponed, bytes: bytes)
        }
        if night.hasPassed { return try await postponed() }
        if let type = Portal.documentType(of: url) {
            var state = entry
            state.skipped = "document: \(type)"
            try await output.save(state)
            logger.debug("\(portal.name): \(url.absoluteString): a \(type) document, left to the document readers")
            return ArticleOutcome(kind: .document)
        }
        switch await fetcher.fetch(url, validators: entry.goneSince == nil ? entry.validators : Validators(), scope: portal.scope) {
        case .notModified(let etag, let lastModified):
            var state = entry.updated(status: 304, etag: etag, lastModified: lastModified)
            state.recovered()
            try await output.save(state)
            return ArticleOutcome(kind: .unchanged)
        case .page(let page):
            let fetchedAt = Timestamp.now()
            let hash = SHA256.hex(page.bytes)
            var state = entry.updated(status: page.status, etag: page.etag, lastModified: page.lastModified)
            state.contentHash = hash
            state.recovered()
            let mediaType = ContentType.mediaType(page.contentType)
            if let mediaType, Self.isDocument(mediaType) {
                state.skipped = "document: \(mediaType)"
                try await output.save(state)
                return ArticleOutcome(kind: .document, bytes: page.bytes.count)
            }
            if hash == entry.contentHash {
                try await output.save(state)
                return ArticleOutcome(kind: .unchanged, bytes: page.bytes.count)
            }
            let charset = portal.encoding ?? ContentType.charset(page.contentType)
            var times = StageTimes()
            let result = processor.process(page.bytes, uri: url.absoluteString, mediaType: mediaType == "text/plain" ? .text : .html,
                                           declaredCharset: charset, contentXPath: portal.contentXPath,
                                           registryProvince: portal.province, deadline: pageDeadline(night), times: &times)
            if case .failure = result, night.hasPassed { return try await postponed(bytes: page.bytes.count) }
            switch result {
            case .success(var record):
                record.source.portal = portal.name
                record.source.fetchedAt = fetchedAt
                state.documentID = record.id
                try await output.record(record, state: state)
                logger.debug("\(portal.name): stored \(url.absoluteString)")
                return ArticleOutcome(kind: entry.documentID == nil ? .new : .changed, bytes: page.bytes.count)
            case .failure(var reject):
                reject.message = "HTTP \(page.status): " + reject.message
                reject.source.portal = portal.name
                reject.source.fetchedAt = fetchedAt
                state.documentID = nil
                let key = "extract \(reject.kind)"
                let isNew = entry.lastError != key
                state.lastError = key
                try await output.reject(reject, state: state)
                logger.warning("\(portal.name): rejected \(url.absoluteString): \(reject.kind): \(reject.message)")
                return ArticleOutcome(kind: .failed(isNew: isNew), bytes: page.bytes.count)
            }
        case .failed(let failure) where failure.kind == .stopped:
            return try await postponed()
        case .failed(let failure):
            if failure.kind == .robots {
                logger.info("\(portal.name): \(url.absoluteString) \(failure.message)")
                return ArticleOutcome(kind: .disallowed)
            }
            var state = entry.updated(status: failure.status, etag: entry.etag, lastModified: entry.lastModified)
            if let status = failure.status, status == 404 || status == 410 {
                state.missingNights = [404, 410].contains(entry.lastStatus ?? 0) ? entry.missingNights + 1 : 1
                if state.missingNights >= settings.goneAfter {
                    let isNew = entry.goneSince == nil
                    state.goneSince = entry.goneSince ?? Timestamp.now()
                    state.lastError = nil
                    try await output.save(state)
                    logger.info("\(portal.name): \(url.absoluteString) is gone (HTTP \(status) for \(state.missingNights) nights)")
                    return ArticleOutcome(kind: .gone(isNew: isNew))
                }
            } else {
                state.missingNights = 0
            }
            let isNew = entry.lastError != failure.key
            state.lastError = failure.key
            if isNew {
                logger.warning("\(portal.name): rejected \(url.absoluteString): \(failure.kind.rawValue): \(failure.message)")
            } else {
                logger.info("\(portal.name): rejected again \(url.absoluteString): \(failure.kind.rawValue): \(failure.message)")
            }
            try await output.reject(Self.reject(failure, url: url), state: state)
            return ArticleOutcome(kind: .failed(isNew: isNew))
        }
    }

    /// A media type the crawl leaves to the document readers: PDF, Word, OpenDocument, spreadsheets, slides.
    static func isDocument(_ mediaType: String) -> Bool {
        mediaType == "application/pdf" || mediaType == "application/msword" || mediaType == "application/rtf"
            || mediaType.hasPrefix("application/vnd.openxmlformats-officedocument.")
            || mediaType.hasPrefix("application/vnd.oasis.opendocument.") || mediaType.hasPrefix("application/vnd.ms-")
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

    /// The URL answered: no longer failing, missing or gone.
    mutating func recovered() {
        missingNights = 0
        lastError = nil
        goneSince = nil
        skipped = nil
    }
}

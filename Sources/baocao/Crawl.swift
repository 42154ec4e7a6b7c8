import ArgumentParser
import Crawler
import Foundation
import Logging
import Pipeline
import Records
import Storage
import WARC

/// `baocao crawl PIPELINE.yml [--portal NAME]…`
struct Crawl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Crawl the registered portals for new and changed articles.",
        discussion: """
        Reads the pipeline's crawl: section and the portal registry it names (see \
        pipelines/nightly.yml and pipelines/portals.yml), finds article links on each portal's \
        listing pages (following their pagination), RSS/Atom feeds and sitemaps, and fetches the \
        articles. Every page goes through the same extraction as `baocao extract`; records go to \
        the pipeline's sinks (jsonl, sqlite, postgres), failures to its rejects file with the URL \
        and the HTTP status.

        The crawl state (URL, ETag, Last-Modified, content hash, last status, last fetched) is \
        kept in the database (crawl.state, else the sqlite or postgres sink), so the next run asks \
        conditionally (If-None-Match, If-Modified-Since) and re-extracts only pages whose bytes \
        changed. robots.txt is honoured; requests to one host are spaced by per_host_delay and \
        limited to per_host_concurrency; the User-Agent names the tool; 5xx answers and timeouts \
        are retried with exponential backoff, 4xx never; pages over max_page_size, redirects off \
        the portal's hosts, non-http(s) links and private addresses not named in \
        crawl.allow_private_addresses are refused.

        Nights add up: each crawl writes its records and rejects to new files named after the \
        night (sinks.jsonl output/nightly.jsonl → output/nightly.20261206T011500Z.jsonl and \
        output/nightly.20261206T011500Z.rejects.jsonl, UTC), with every HTTP exchange in \
        output/nightly.20261206T011500Z.warc.gz, so nothing an earlier night wrote is lost; the \
        database's documents table keeps the latest version of every page and document_versions \
        every version. A night killed before it finished leaves .partial files: the next night \
        finishes them (cut to the last complete line or WARC record). SIGINT or SIGTERM ends the \
        night cleanly (exit status 130 or 143), as crawl.deadline or --deadline does (exit status \
        as usual): no request starts after it, those in flight are cut, and the pages not fetched \
        are asked for the next night, not counted as failures. A URL answering 404 or 410 for \
        gone_after nights in a row (default 2) is marked gone in the crawl state and no longer \
        fetched unless a listing links it again; a linked PDF or office document is kept in the \
        state for the document readers, not extracted and not a failure. robots.txt is cached in \
        the state for 24 hours (RFC 9309) and its Sitemap: lines are followed. Records carry \
        source.portal, source.fetched_at and the registry entry's province.

        The summary on standard error says per portal how many articles were new, changed, \
        unchanged, gone and failed (and how many failures are new); --quiet prints it only on a \
        night with new failures, nothing on a clean night. --summary-json FILE writes the figures \
        per portal (discovered, new, changed, unchanged, gone, failed, new_failures, documents, \
        bytes, seconds) for monitoring. --dry-run only discovers: it prints every URL found with \
        the rule that allowed or refused it, fetches no article and writes nothing.

        Exit status: 0 no new trouble (pages failing the same way as the night before do not \
        count); 1 new failures (the rest were stored); 2 bad usage or configuration (a sink that \
        is a folder or a device included); 3 the crawl could not proceed (outputs or database, or \
        another run writing the same outputs: --wait-lock waits for it instead).

        Examples:
          baocao crawl pipelines/nightly.yml
          baocao crawl pipelines/nightly.yml --portal tuyengiao-angiang
          baocao crawl pipelines/nightly.yml --quiet --summary-json output/nightly.summary.json
          baocao crawl pipelines/nightly.yml --dry-run --portal tuyengiao-angiang
        """
    )

    @Argument(help: ArgumentHelp("Pipeline file with a crawl: section.", valueName: "pipeline.yml"))
    var pipeline: String

    @Option(name: .customLong("portal"), help: ArgumentHelp("Crawl only this portal (repeatable).", valueName: "name"))
    var portals: [String] = []

    @Flag(help: "If another run is writing the same outputs, wait for it to end instead of failing (exit status 3).")
    var waitLock = false

    @Flag(help: "Discovery only: print every URL found with the rule that allowed or refused it; fetch no article, write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Write the night's figures per portal to this JSON file.", valueName: "file"))
    var summaryJson: String?

    @Option(help: ArgumentHelp("End the night after this long (such as 90m or 5h; overrides crawl.deadline): pages not fetched by then are left for the next night.",
                               valueName: "duration"))
    var deadline: String?

    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        var logger = logging.makeLogger()
        // --quiet: a clean night prints nothing at all, not even warnings (errors still do).
        if quiet, logging.logLevel == nil { logger.logLevel = .error }
        let definition: PipelineDefinition
        var settings: CrawlSettings
        let registry: PortalRegistry
        do {
            let root = try ConfigNode.load(pipeline)
            definition = try PipelineDefinition(root)
            guard let crawl = try CrawlSettings(pipeline: root) else {
                throw RunFailure(status: ExitStatus.usage, description: "\(pipeline): no crawl: section; use `baocao run` for file pipelines")
            }
            settings = crawl
            registry = try PortalRegistry.load(settings.registry)
        } catch let error as ConfigError {
            throw RunFailure(status: ExitStatus.usage, description: error.description)
        }
        if let deadline {
            guard let night = ConfigNode.duration(deadline), night > .zero else {
                throw RunFailure(status: ExitStatus.usage, description: "--deadline: expected a duration such as 90m or 5h, got \"\(deadline)\"")
            }
            settings.deadline = night
        }
        let names = Set(registry.portals.map(\.name))
        if let unknown = portals.first(where: { !names.contains($0) }) {
            throw RunFailure(status: ExitStatus.usage,
                             description: "no portal \(unknown) in \(settings.registry) (known: \(names.sorted().joined(separator: ", ")))")
        }
        for portal in registry.portals where portal.isExample && (portals.isEmpty || portals.contains(portal.name)) {
            logger.warning("portal \(portal.name) is marked example: true: check its start URLs and patterns, then drop the mark")
        }
        var crawler = Crawler(settings: settings, registry: registry, logger: logger,
                              timeBudget: definition.limits.documentTimeBudget)
        if dryRun {
            let decisions = await crawler.dryRun(only: Set(portals))
            FileHandle.standardOutput.write(Data(decisions.map { $0.line + "\n" }.joined().utf8))
            return
        }
        let rejects = definition.sinks.rejects ?? Self.defaultRejects(definition)
        let naming = DestinationNaming(
            records: "\(pipeline): sinks.jsonl: ",
            rejects: definition.sinks.rejects == nil ? "\(pipeline): the rejects file " : "\(pipeline): sinks.rejects: ",
            database: { path in "\(pipeline): \(definition.sinks.sqlite == path ? "sinks.sqlite" : "crawl.state"): " })
        // Tonight's files: the configured names with the night's stamp (standard output and devices as they are).
        let configured = [definition.sinks.jsonl, rejects].compactMap { $0 }.filter { $0 != "-" && !JSONLinesWriter.isSpecialFile($0) }
        let archive = configured.first.map(Self.archivePath)
        // A night killed before it finished left its page archive as .partial: finished below with the other night files.
        let salvaging = configured + (archive.map { [$0] } ?? [])
        let stamp = NightFiles.freshStamp(for: configured + (archive.map { [$0] } ?? []), at: Date())
        func tonight(_ path: String) -> String { configured.contains(path) ? NightFiles.dated(path, stamp: stamp) : path }
        var sinks = definition.sinks
        sinks.jsonl = sinks.jsonl.map(tonight)
        let nightRejects = tonight(rejects)
        if let summaryJson, summaryJson.isEmpty || summaryJson.hasSuffix("/") {
            throw RunFailure(status: ExitStatus.usage, description: "--summary-json: give a file path such as output/nightly.summary.json")
        }
        do {
            try Execution.check(crawler.destinations(sinks: definition.sinks, rejectsPath: rejects), naming: naming)
            try Execution.check(crawler.destinations(sinks: sinks, rejectsPath: nightRejects), naming: naming)
        } catch let error as RunError {
            throw RunFailure(status: ExitStatus.usage, description: error.description)
        }
        var recorder: WARCRecorder?
        if let archive {
            do {
                recorder = try WARCRecorder(path: NightFiles.dated(archive, stamp: stamp), software: "baocao")
            } catch {
                throw RunFailure(status: ExitStatus.cannotProceed, description: "the page archive: \(error)")
            }
            crawler.recorder = recorder
        }
        // SIGINT or SIGTERM ends the night as its deadline does: files closed, the archive finished.
        let interruption = Interruption()
        interruption.install()
        crawler.cancellation = interruption.cancellation
        logger.info("crawling \(portals.isEmpty ? registry.portals.count : portals.count) portals of \(settings.registry)")
        let summary: CrawlSummary
        do {
            summary = try await crawler.run(sinks: sinks, rejectsPath: nightRejects, only: Set(portals),
                                            lockPolicy: Execution.lockPolicy(waiting: waitLock, logger: logger),
                                            salvaging: salvaging)
        } catch {
            await recorder?.abandon()
            throw RunFailure(status: ExitStatus.cannotProceed, description: error.description)
        }
        if let recorder {
            do {
                let written = try await recorder.finish()
                logger.info("\(written.records) WARC records, \(written.bytes) bytes in \(recorder.path)")
            } catch {
                throw RunFailure(status: ExitStatus.cannotProceed, description: "the page archive: \(error)")
            }
        }
        if let summaryJson {
            do {
                let json = summary.json(finishedAt: Timestamp.now()).serialized + "\n"
                try OutputFiles.makeParentFolder(of: summaryJson)
                try Data(json.utf8).write(to: URL(fileURLWithPath: summaryJson), options: .atomic)
            } catch {
                throw RunFailure(status: ExitStatus.cannotProceed, description: "--summary-json \(summaryJson): \(error)")
            }
        }
        if !quiet || summary.newFailures > 0 {
            var report = summary.portals.map { "baocao: " + $0.line }
            let files = (sinks.jsonl.map { " (records in \($0); " } ?? " (") + "rejects in \(nightRejects))"
            report.append("baocao: " + summary.line + files)
            FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
        }
        if let signal = interruption.receivedSignal {
            throw RunFailure(status: 128 + signal,
                             description: "stopped by a signal; \(summary.postponed) article pages left for the next night")
        }
        if summary.wasCut, let night = settings.deadline {
            logger.warning("the night's deadline of \(night) passed: \(summary.postponed) article pages left for the next night")
        }
        if summary.newFailures > 0 { throw ExitCode(ExitStatus.someRejected) }
    }

    private var quiet: Bool { logging.quiet }

    /// The night's page archive beside `path` (the records file, else the rejects file):
    /// `output/nightly.jsonl` → `output/nightly.warc.gz` (dated like the other night files).
    static func archivePath(_ path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let stem = name.firstIndex(of: ".").map { name[..<$0] } ?? name
        return String(path[..<slash]) + (stem.isEmpty ? "crawl" : stem) + ".warc.gz"
    }

    /// Beside the records file (`NAME.rejects.jsonl`), else `output/PIPELINE.rejects.jsonl`.
    static func defaultRejects(_ definition: PipelineDefinition) -> String {
        RunOutput.Destinations.defaultRejects(for: definition.sinks.jsonl) ?? "output/\(definition.name).rejects.jsonl"
    }
}

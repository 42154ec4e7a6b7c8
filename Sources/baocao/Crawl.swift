import ArgumentParser
import Crawler
import Foundation
import Logging
import Pipeline
import Storage

/// `baocao crawl PIPELINE.yml [--portal NAME]…`
struct Crawl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
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

        The summary on standard error says per portal how many articles were new, changed, \
        unchanged and failed.

        Exit status: 0 no failures; 1 some pages or portals failed (the rest were stored); \
        2 bad usage or configuration (a sink that is a folder or a device included); 3 the crawl \
        could not proceed (outputs or database, or another run writing the same outputs: \
        --wait-lock waits for it instead).

        Examples:
          baocao crawl pipelines/nightly.yml
          baocao crawl pipelines/nightly.yml --portal tuyengiao-angiang
        """
    )

    @Argument(help: ArgumentHelp("Pipeline file with a crawl: section.", valueName: "pipeline.yml"))
    var pipeline: String

    @Option(name: .customLong("portal"), help: ArgumentHelp("Crawl only this portal (repeatable).", valueName: "name"))
    var portals: [String] = []

    @Flag(help: "If another run is writing the same outputs, wait for it to end instead of failing (exit status 3).")
    var waitLock = false

    @OptionGroup var logging: LoggingOptions

    func run() async throws {
        let logger = logging.makeLogger()
        let definition: PipelineDefinition
        let settings: CrawlSettings
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
        let names = Set(registry.portals.map(\.name))
        if let unknown = portals.first(where: { !names.contains($0) }) {
            throw RunFailure(status: ExitStatus.usage,
                             description: "no portal \(unknown) in \(settings.registry) (known: \(names.sorted().joined(separator: ", ")))")
        }
        for portal in registry.portals where portal.isExample && (portals.isEmpty || portals.contains(portal.name)) {
            logger.warning("portal \(portal.name) is marked example: true: check its start URLs and patterns, then drop the mark")
        }
        let rejects = definition.sinks.rejects ?? Self.defaultRejects(definition)
        let crawler = Crawler(settings: settings, registry: registry, logger: logger)
        let naming = DestinationNaming(
            records: "\(pipeline): sinks.jsonl: ",
            rejects: definition.sinks.rejects == nil ? "\(pipeline): the rejects file " : "\(pipeline): sinks.rejects: ",
            database: { path in "\(pipeline): \(definition.sinks.sqlite == path ? "sinks.sqlite" : "crawl.state"): " })
        do {
            try Execution.check(crawler.destinations(sinks: definition.sinks, rejectsPath: rejects), naming: naming)
        } catch let error as RunError {
            throw RunFailure(status: ExitStatus.usage, description: error.description)
        }
        logger.info("crawling \(portals.isEmpty ? registry.portals.count : portals.count) portals of \(settings.registry)")
        let summary: CrawlSummary
        do {
            summary = try await crawler.run(sinks: definition.sinks, rejectsPath: rejects, only: Set(portals),
                                            lockPolicy: Execution.lockPolicy(waiting: waitLock, logger: logger))
        } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: error.description)
        }
        var report = summary.portals.map { "baocao: " + $0.line }
        report.append("baocao: " + summary.line + (summary.failed > 0 ? " (rejects in \(rejects))" : ""))
        FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
        if summary.failed > 0 { throw ExitCode(ExitStatus.someRejected) }
    }

    /// Beside the records file (`NAME.rejects.jsonl`), else `output/PIPELINE.rejects.jsonl`.
    static func defaultRejects(_ definition: PipelineDefinition) -> String {
        RunOutput.Destinations.defaultRejects(for: definition.sinks.jsonl) ?? "output/\(definition.name).rejects.jsonl"
    }
}

import ArgumentParser
import Foundation
import Pipeline
import Storage

/// `baocao run PIPELINE.yml`
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline defined in a YAML file (see pipelines/).",
        discussion: """
        A pipeline names its sources (folders, globs, manifest files, standard input), limits \
        (max_file_size, document_time_budget), concurrency and sinks (jsonl, rejects, sqlite, \
        postgres). Values may use ${NAME} for environment variables, e.g. a database URL. \
        Unknown keys and bad values are errors naming the file, line and key (exit status 2).

        A source that does not exist (a folder, a manifest, a glob that matches nothing) stops \
        the run before any work (exit status 2); a listed path that does not exist is a reject.

        Like extract, an interrupted run resumes when the same command runs again, and loading \
        into the databases is idempotent per document: running a pipeline twice changes nothing, \
        a changed input file replaces only that document's rows. --shard K/N, --shards N or the \
        key shard: K/N keep only one shard of the inputs (see baocao extract --help). \
        Outputs are guarded as with \
        extract: a folder or device as a sink is refused (exit status 2), and a run finding \
        another writing the same files exits with status 3 (or waits, with --wait-lock).

        Examples:
          baocao run pipelines/archive.yml
          BAOCAO_DATABASE_URL=postgres://baocao@localhost/reports baocao run pipelines/reporting-db.yml
        """
    )

    @Argument(help: ArgumentHelp("The pipeline file.", valueName: "pipeline.yml"))
    var pipeline: String

    @Flag(help: "Ignore a checkpoint of an interrupted run and start over.")
    var fresh = false

    @Flag(help: "If another run is writing the same outputs, wait for it to end instead of failing (exit status 3).")
    var waitLock = false

    @Flag(help: ArgumentHelp("""
        After the run, delete from the databases the documents of files under the pipeline's \
        sources that no longer exist (as the pipeline key prune: true does).
        """))
    var prune = false

    @OptionGroup var sharding: ShardOptions

    @OptionGroup var summaryJSON: SummaryOptions

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let definition: PipelineDefinition
        do {
            definition = try PipelineDefinition.load(pipeline)
        } catch {
            throw RunFailure(status: ExitStatus.usage, description: error.description)
        }
        guard !definition.sources.isEmpty else {
            throw RunFailure(status: ExitStatus.usage,
                             description: "\(pipeline) has no sources: (a crawl pipeline runs with baocao crawl)")
        }
        let logger = logging.makeLogger()
        let destinations = RunOutput.Destinations(records: definition.sinks.jsonl, rejects: definition.sinks.rejects,
                                                  databases: definition.sinks.databaseURLs)
        let naming = DestinationNaming(records: "\(pipeline): sinks.jsonl: ",
                                       rejects: definition.sinks.rejects == nil ? "\(pipeline): the rejects file " : "\(pipeline): sinks.rejects: ",
                                       database: { _ in "\(pipeline): sinks.sqlite: " })
        let resolution = SourceResolver.resolve(definition.sources)
        try Execution.checkMissing(resolution.missing)
        let files = ShardOptions.select(resolution.files, shard: try sharding.resolved() ?? definition.shard, logger: logger)
        try Execution.check(destinations, naming: naming)
        logger.info("pipeline \(definition.name): \(resolution.files.count) documents from \(definition.sources.count) sources")
        let readsStandardInput = definition.sources.contains {
            if case .standardInputDocument = $0 { return true }
            if case .standardInputPaths = $0 { return true }
            return false
        }
        try Execution(
            files: files,
            destinations: destinations,
            processor: DocumentProcessor(maxBytes: definition.limits.maxFileSize,
                                         timeBudget: definition.limits.documentTimeBudget),
            jobs: definition.concurrency ?? ProcessInfo.processInfo.activeProcessorCount,
            resumable: !readsStandardInput, fresh: fresh, waitsForLock: waitLock, naming: naming,
            scopes: resolution.scopes, prune: prune || definition.prune, folders: resolution.folders, summaryJSON: summaryJSON, logger: logger
        ).run()
    }
}

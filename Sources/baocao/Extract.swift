import ArgumentParser
import Foundation
import Pipeline
import Storage

/// `baocao extract PATH… [-o FILE|-] [--rejects FILE] [--db URL]`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract records from files and folders.",
        discussion: """
        Folders are read recursively (.txt, .html, .htm); a file named on the command line is read \
        whatever its extension. Every input becomes one JSON line in the records file, or one line \
        in the rejects file ({"source": …, "error": {"kind": …, "stage": …, "message": …}}) when it \
        cannot be read, decoded or parsed; a reject never stops the run. With --db the records are \
        also loaded into SQLite or PostgreSQL (one copy per document, however often it is loaded).

        Long runs show progress on a terminal. Ctrl-C (or a crash, or kill -9) leaves a checkpoint \
        beside the output: the same command run again goes on where it stopped, and the result is \
        byte for byte what an uninterrupted run writes. Use --fresh to start over instead.

        A summary goes to standard error at the end: documents, records, rejects by kind, elapsed \
        time, MB/s, documents per second, worker time per stage, database rows loaded.

        Examples:
          baocao extract corpus -o output/records.jsonl
          baocao extract corpus --db sqlite:output/baocao.sqlite
          baocao extract report.html -o - | jq .directives
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("Records file (JSON Lines); '-' for standard output.", valueName: "file"))
    var output: String = "output/records.jsonl"

    @Option(help: ArgumentHelp("""
        Rejects file (JSON Lines). Default: beside the records file, named \
        <name>.rejects.jsonl; standard error when records go to standard output.
        """, valueName: "file"))
    var rejects: String?

    @Option(name: .customLong("db"), help: ArgumentHelp("""
        Also load the records into a database: sqlite:PATH or postgres://user:password@host:port/db. \
        May be given more than once.
        """, valueName: "url"))
    var databases: [String] = []

    @Option(name: [.short, .long], help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Reject files larger than this many megabytes (too_large).", valueName: "MB"))
    var maxFileSize: Int = 32

    @Option(help: ArgumentHelp("""
        Reject a document still in work after this many seconds (timeout); 0 for no limit.
        """, valueName: "seconds"))
    var timeBudget: Double = 30

    @Flag(help: "Ignore a checkpoint of an interrupted run and start over.")
    var fresh = false

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeBudget >= 0, timeBudget.isFinite else { throw ValidationError("--time-budget must be 0 or more (seconds)") }
        guard maxFileSize >= 1 else { throw ValidationError("--max-file-size must be at least 1 (MB)") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
        for database in databases {
            do { _ = try DatabaseURL(database) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let (files, missing) = SourceCollector.collect(paths)
        let urls = databases.compactMap { try? DatabaseURL($0) }
        try Execution(
            files: missing.map { SourceFile(path: $0, mediaType: .text) } + files,
            destinations: RunOutput.Destinations(records: output, rejects: rejects, databases: urls),
            processor: DocumentProcessor(maxBytes: maxFileSize << 20,
                                         timeBudget: timeBudget > 0 ? .milliseconds(Int64(timeBudget * 1000)) : nil),
            jobs: jobs, resumable: true, fresh: fresh, logger: logging.makeLogger()
        ).run()
    }
}

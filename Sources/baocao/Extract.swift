import ArgumentParser
import Foundation
import Pipeline
import Storage

/// `baocao extract PATH… [-o FILE|-] [--rejects FILE] [--db URL]`, `baocao extract --stdin -o -`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract records from files and folders.",
        discussion: """
        Folders are read recursively: .txt, .html, .htm, .xhtml, .shtml files, office documents \
        (.docx, .odt, .doc: told apart by their bytes), .pdf, .png, .jpg, .jpeg, .tif, .tiff files \
        whose first bytes are a PDF's or an image's (a text layer is read with poppler, scans with \
        Tesseract OCR), and files without an extension or saved as .aspx, .asp, .php, .jsp when their first bytes open an HTML page; \
        symbolic links are followed (a loop is a reject); names starting with '.' are skipped. A \
        file named on the command line is read whatever its extension; '-' is standard input. \
        A WARC file named on the command line (.warc or .warc.gz, such as the page archive of a crawl night) \
        gives one input per 2xx HTML or text response record: source.uri is its WARC-Target-URI and \
        source.fetched_at its WARC-Date. \
        Any file whose bytes open an HTML page (<!DOCTYPE html, <html, <head, <body, <div, <p>…) is \
        read as HTML, and any whose bytes open a PDF, PNG, JPEG or TIFF file as that. A path that does not exist stops the run before any work (exit status 2). \
        Each document's source.uri is the file:// URI of its absolute path. Every input becomes one JSON line in the records file, or one line \
        in the rejects file ({"source": …, "error": {"kind": …, "stage": …, "message": …}}) when it \
        cannot be read, decoded or parsed; a reject never stops the run. With --db the records are \
        also loaded into SQLite or PostgreSQL (one copy per document, however often it is loaded).

        Long runs show progress on a terminal. Ctrl-C (or a crash, or kill -9) leaves a checkpoint \
        beside the output: the same command run again goes on where it stopped, and the result is \
        byte for byte what an uninterrupted run writes. Use --fresh to start over instead.

        Files are written beside their destination (NAME.partial) and moved into place at the \
        end, replacing only a regular file; a destination that is a folder, a block device or a \
        socket is refused before any work (exit status 2). /dev/null and named pipes are written \
        in place. One run at a time writes a set of outputs: a run finding another writing the \
        same files (records, rejects, SQLite database; locked through NAME.lock beside each) exits \
        at once with status 3, or waits for it with --wait-lock.

        With --stdin (and -o -), baocao is a filter for Spark's RDD.pipe and such: each line of \
        standard input is one input (a path, a file:// URI, or a JSON object {"uri": …, \
        "media_type": …, "content_base64": …} or with "text" instead of "content_base64") and \
        gives exactly one JSON line on standard output, in input order: the record, or the reject \
        object {"source": …, "error": …} (a line that is none of these is a reject, kind input). \
        The exit status is 0 when the stream was processed, whatever was rejected.

        --shard K/N (or --shards N with K from BAOCAO_SHARD or JOB_COMPLETION_INDEX) keeps the \
        inputs whose file:// URI hashes into shard K of N: N machines running the same command \
        split the inputs, disjoint and complete.

        A summary goes to standard error at the end: documents, records, rejects by kind, elapsed \
        time, MB/s, documents per second, worker time per stage, database rows loaded.

        Examples:
          baocao extract corpus -o output/records.jsonl
          baocao extract corpus --db sqlite:output/baocao.sqlite
          baocao extract report.html -o - | jq .directives
          curl -s https://example.org/bai-viet.aspx | baocao extract - -o -
          find /srv/archive -name '*.html' | baocao extract --stdin -o - > records.jsonl
          baocao extract /srv/archive --shard 2/8 --db postgres://baocao@db/reports
          baocao extract inbox --db sqlite:output/baocao.sqlite --prune
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String] = []

    @Flag(help: ArgumentHelp("""
        Read one input per line from standard input (a path, a file:// URI, or a JSON object \
        with uri and content_base64 or text) and write one JSON line per input to standard \
        output (-o -), in order: the record or the reject.
        """))
    var stdin = false

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

    @Option(help: ArgumentHelp("Read PDFs up to this many pages, warning cut_by_limit past it; reject multi-page images with more (too_many_pages).", valueName: "pages"))
    var maxPages: Int = 300

    @Option(help: ArgumentHelp("""
        Reject a document still in work after this many seconds (timeout); 0 for no limit.
        """, valueName: "seconds"))
    var timeBudget: Double = 30

    @Flag(help: "Ignore a checkpoint of an interrupted run and start over.")
    var fresh = false

    @Flag(help: "If another run is writing the same outputs, wait for it to end instead of failing (exit status 3).")
    var waitLock = false

    @Flag(help: ArgumentHelp("""
        After the run, delete from the databases the documents of files under the given paths \
        that no longer exist (only file:// documents; never crawled pages).
        """))
    var prune = false

    @OptionGroup var sharding: ShardOptions

    @OptionGroup var summaryJSON: SummaryOptions

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeBudget >= 0, timeBudget.isFinite else { throw ValidationError("--time-budget must be 0 or more (seconds)") }
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be at least 1") }
        guard maxFileSize >= 1 else { throw ValidationError("--max-file-size must be at least 1 (MB)") }
        if stdin {
            guard paths.isEmpty else { throw ValidationError("--stdin reads its inputs from standard input: give no paths") }
            guard output == "-" else { throw ValidationError("--stdin writes to standard output: give -o -") }
            guard rejects == nil, databases.isEmpty, !prune, sharding.shard == nil, sharding.shards == nil else {
                throw ValidationError("--stdin writes records and rejects to standard output only: no --rejects, --db, --prune or --shard")
            }
            return
        }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder (or --stdin)") }
        guard paths.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input ('-') can be read once") }
        for database in databases {
            do { _ = try DatabaseURL(database) } catch { throw ValidationError(error.description) }
        }
    }

    private var processor: DocumentProcessor {
        DocumentProcessor(maxBytes: maxFileSize << 20,
                          timeBudget: timeBudget > 0 ? .milliseconds(Int64(timeBudget * 1000)) : nil,
                          readerLimits: DocumentReaderLimits(maxPages: maxPages))
    }

    func run() throws {
        if stdin { return try runFilter() }
        var files: [SourceFile] = []
        var missing: [String] = []
        var scopes: [InputScope] = []
        var folders: [String] = []
        let directory = InputPath.currentDirectory() ?? InputPath("/")
        for argument in paths {
            if argument == "-" {
                files.append(.standardInput(mediaType: .text, sniffsContent: true))
                continue
            }
            let path = RawArguments.path(argument)
            let found = SourceCollector.collect([path])
            files += found.files
            missing += found.missing
            scopes.append(InputScope(path, in: directory))
            var status = stat()
            if path.withCString({ stat($0, &status) }) == 0, status.st_mode & S_IFMT == S_IFDIR { folders.append(argument) }
        }
        try Execution.checkMissing(missing)
        let logger = logging.makeLogger()
        files = ShardOptions.select(files, shard: try sharding.resolved(), logger: logger)
        let urls = databases.compactMap { try? DatabaseURL($0) }
        let destinations = RunOutput.Destinations(records: output, rejects: rejects, databases: urls)
        let naming = DestinationNaming(records: "-o ", rejects: rejects == nil ? "the rejects file " : "--rejects ",
                                       database: { _ in "--db sqlite:" })
        try Execution.check(destinations, naming: naming)
        try Execution(
            files: files,
            destinations: destinations,
            processor: processor,
            jobs: jobs, resumable: !paths.contains("-"), fresh: fresh, waitsForLock: waitLock, naming: naming,
            scopes: scopes, prune: prune, folders: folders, summaryJSON: summaryJSON, logger: logger
        ).run()
    }

    /// `--stdin -o -`: one JSON line out per line in; exit status 0 unless standard output
    /// fails (3) or a signal stops it (128 + the signal).
    private func runFilter() throws {
        let logger = logging.makeLogger()
        let interruption = Interruption()
        interruption.install()
        let summary: RunSummary
        do {
            summary = try StreamFilter(runner: Runner(processor: processor, jobs: jobs, cancellation: interruption.cancellation))
                .run(logger: logger, shouldStop: { interruption.isRequested })
        } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: "\(error)")
        }
        var lines = [summary.line]
        if summary.rejects > 0 { lines.append("rejects by kind: " + summary.rejectsLine) }
        if summary.documents > 0 { lines.append("documents by container: " + summary.containersLine) }
        if !summary.warningsByCode.isEmpty { lines.append("warnings by code: " + summary.warningsLine) }
        if logger.logLevel <= .notice {
            StandardError.write(lines.map { "baocao: " + $0 + "\n" }.joined())
        }
        if summary.interrupted {
            throw RunFailure(status: 128 + (interruption.receivedSignal ?? SIGINT),
                             description: "interrupted after \(summary.documents) inputs")
        }
    }
}

import ArgumentParser
import Foundation
import Logging
import Pipeline
import Records
import Storage

/// `baocao extract PATH… [-o FILE|-] [--rejects FILE]`
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract records from files and folders.",
        discussion: """
        Folders are read recursively (.txt, .html, .htm); a file named on the command line is read \
        whatever its extension. Every input becomes one JSON line in the records file, or one line \
        in the rejects file ({"source": …, "error": {"kind": …, "message": …}}) when it cannot be \
        read, decoded or parsed; a reject never stops the run.

        A one-line summary goes to standard error at the end: documents, records, rejects, \
        elapsed time, MB/s and documents per second.

        Examples:
          baocao extract corpus -o output/records.jsonl
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

    @Option(name: [.short, .long], help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: [.short, .long], help: "Log only warnings and errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Log each document as it is processed.")
    var verbose = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
    }

    /// The rejects path for an output path: `output/records.jsonl` → `output/records.rejects.jsonl`.
    static func defaultRejects(for output: String) -> String? {
        guard output != "-" else { return nil }
        let url = URL(fileURLWithPath: output)
        let stem = url.deletingPathExtension().lastPathComponent
        let directory = (output as NSString).deletingLastPathComponent
        let name = stem + ".rejects.jsonl"
        return directory.isEmpty ? name : directory + "/" + name
    }

    func run() throws {
        let logger = makeLogger()
        let (files, missing) = SourceCollector.collect(paths)

        let records: JSONLinesWriter
        let rejectsWriter: JSONLinesWriter
        do {
            records = try JSONLinesWriter(path: output)
            if let path = rejects ?? Self.defaultRejects(for: output) {
                rejectsWriter = try JSONLinesWriter(path: path)
            } else {
                rejectsWriter = JSONLinesWriter(standardError: ())
            }
        } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: error.description)
        }

        var missingRejects = 0
        do {
            for path in missing {
                missingRejects += 1
                logger.warning("rejected \(path): io: no such file or folder")
                try rejectsWriter.write(Reject(
                    source: SourceInfo(uri: "file:" + path, mediaType: MediaType.text.rawValue, encoding: nil, bytes: 0),
                    kind: "io", message: "no such file or folder: \(path)").json)
            }
            logger.info("reading \(files.count) documents with \(jobs) workers")
            var summary = try Runner(jobs: jobs).run(
                files, logger: logger,
                record: { record in
                    if verbose { logger.info("\(record.source.uri): \(record.facts.directives.count) directives, \(record.facts.figures.count) figures") }
                    try records.write(record.json)
                },
                reject: { try rejectsWriter.write($0.json) })
            summary.documents += missingRejects
            summary.rejects += missingRejects
            try records.close()
            try rejectsWriter.close()
            FileHandle.standardError.write(Data(("baocao: " + summary.line + "\n").utf8))
            if summary.rejects > 0 { throw ExitCode(ExitStatus.someRejected) }
        } catch let error as SinkError {
            throw RunFailure(status: ExitStatus.cannotProceed, description: error.description)
        }
    }

    func makeLogger() -> Logger {
        let level: Logger.Level = quiet ? .warning : .info
        var logger = Logger(label: "baocao") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = level
        return logger
    }
}

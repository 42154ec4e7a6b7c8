import ArgumentParser
import Foundation
import Logging
import Pipeline
import Records
import Storage

/// A run of documents through the pipeline into its sinks, as `extract` and `run` do it:
/// resume from a checkpoint, progress on a terminal, Ctrl-C stops cleanly, a summary at
/// the end and an exit status that says how it went.
struct Execution {
    /// Inputs that do not exist stop the run before any work: a usage error naming each.
    static func checkMissing(_ missing: [String]) throws {
        guard !missing.isEmpty else { return }
        throw RunFailure(status: ExitStatus.usage, description: missing.map {
            $0.contains("*") || $0.contains("?") || $0.contains("[") ? "no file matches \($0)" : "no such file or folder: \($0)"
        }.joined(separator: "\nbaocao: "))
    }

    var files: [SourceFile]
    var destinations: RunOutput.Destinations
    var processor: DocumentProcessor
    var jobs: Int
    /// False when the run reads standard input: nothing to resume from.
    var resumable: Bool
    /// `--fresh`: start over even if a checkpoint says otherwise.
    var fresh: Bool
    /// `--wait-lock`: wait for another run writing the same outputs instead of failing.
    var waitsForLock: Bool
    /// How the command line named each destination, for messages.
    var naming: DestinationNaming
    /// Where the inputs come from (absolute), for `--prune` and older databases' uris.
    var scopes: [InputScope]
    /// `--prune`: after the run, delete the documents of files in `scopes` that are gone.
    var prune: Bool
    /// The folders read, named when they hold no document.
    var folders: [String]
    /// `--summary-json`.
    var summaryJSON: SummaryOptions
    var logger: Logger

    func run() throws {
        if files.isEmpty {
            let places = folders.isEmpty ? "the inputs" : folders.joined(separator: ", ")
            FileHandle.standardError.write(Data("baocao: no documents found in \(places) (looked for \(SourceCollector.lookedFor))\n".utf8))
        }
        let output: RunOutput
        do {
            output = try RunOutput(destinations, files: files, resumable: resumable, ignoringCheckpoint: fresh,
                                   lockPolicy: Self.lockPolicy(waiting: waitsForLock, logger: logger), scopes: scopes)
        } catch {
            if case .destination(let refused) = error {
                throw RunFailure(status: ExitStatus.usage, description: naming.message(refused))
            }
            throw RunFailure(status: ExitStatus.cannotProceed, description: error.description)
        }
        if let point = output.resumePoint {
            logger.notice("resuming an interrupted run: \(point.documents) of \(files.count) documents were done")
        }
        let interruption = Interruption()
        interruption.install()
        logger.info("reading \(files.count - (output.resumePoint?.documents ?? 0)) documents with \(jobs) workers")
        var summary: RunSummary
        do {
            summary = try Runner(processor: processor, jobs: jobs, cancellation: interruption.cancellation).run(
                files, from: output.resumePoint?.documents ?? 0, logger: logger,
                progress: logger.logLevel <= .info ? Progress.forTerminal() : nil,
                shouldStop: { interruption.isRequested },
                emit: { outcome in try output.emit(outcome) },
                batchDone: { done in try output.checkpoint(documents: done) })
            if summary.interrupted {
                output.suspend()
            } else {
                if prune && files.isEmpty {
                    logger.notice("--prune left the databases alone: no document was found, and an unmounted share looks like an empty folder")
                }
                try output.finish(pruning: prune && !files.isEmpty ? scopes : nil)
            }
        } catch let error as RunError {
            output.suspend()
            throw RunFailure(status: ExitStatus.cannotProceed,
                             description: error.description + "\nbaocao: the run stopped; run the same command again to resume it")
        }
        report(summary, output: output)
        try summaryJSON.write(summary, loads: output.loadCounts.map { ($0.0, $0.1) })
        if summary.interrupted {
            let done = summary.resumedAfter + summary.documents
            throw RunFailure(status: 128 + (interruption.receivedSignal ?? SIGINT),
                             description: "interrupted after \(done) of \(files.count) documents; run the same command again to finish")
        }
        if summary.rejects + (output.resumePoint?.rejects ?? 0) > 0 { throw ExitCode(ExitStatus.someRejected) }
    }

    /// Refuses a destination that is a folder, a device or such before any work (exit status 2).
    static func check(_ destinations: RunOutput.Destinations, naming: DestinationNaming) throws {
        do { _ = try destinations.files() } catch {
            throw RunFailure(status: ExitStatus.usage, description: naming.message(error))
        }
    }

    /// Fail at once when another run holds the outputs, or with `waiting`, say so and wait.
    static func lockPolicy(waiting: Bool, logger: Logger) -> OutputLock.Policy {
        guard waiting else { return .failIfHeld }
        return .wait { held in
            if case let .held(path, pid) = held {
                logger.notice("waiting for another baocao run\(pid.map { " (pid \($0))" } ?? "") to finish writing \(path)")
            }
        }
    }

    private func report(_ summary: RunSummary, output: RunOutput) {
        var lines = [summary.line]
        if let point = output.resumePoint {
            lines.append("resumed: \(point.documents) documents (\(point.records) records, \(point.rejects) rejects) came from the interrupted run")
        }
        if summary.rejects > 0 { lines.append("rejects by kind: " + summary.rejectsLine) }
        if summary.documents > 0 { lines.append("documents by container: " + summary.containersLine) }
        if !summary.warningsByCode.isEmpty { lines.append("warnings by code: " + summary.warningsLine) }
        if !summary.stageTimes.line.isEmpty { lines.append("worker time by stage: " + summary.stageTimes.line) }
        for (database, counts) in output.loadCounts {
            lines.append("\(database): \(counts.inserted) inserted, \(counts.replaced) replaced, \(counts.unchanged) unchanged"
                + (prune ? ", \(counts.pruned) pruned" : ""))
        }
        for (database, count) in output.adoptedLegacyURIs where count > 0 {
            lines.append("\(database): \(count) documents loaded by an older baocao under file:PATH uris now have file:// uris")
        }
        StandardError.write(lines.map { "baocao: " + $0 + "\n" }.joined())
    }
}

/// How a command names its destinations in messages: the text before the path, as in
/// `-o output`, `pipelines/x.yml: sinks.jsonl: output`, `--db sqlite:x.sqlite`.
struct DestinationNaming {
    var records: String
    var rejects: String
    var database: (String) -> String

    /// "-o output: is a folder; give a file path such as output/records.jsonl"
    func message(_ refused: UnusableDestination) -> String {
        let path = refused.error.path
        let (label, example) = switch refused.role {
        case .records: (records, "records.jsonl")
        case .rejects: (rejects, "rejects.jsonl")
        case .database: (database(path), "baocao.sqlite")
        }
        var folder = path
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        let hint = switch refused.error.reason {
        case .folder: "give a file path such as \(folder == "/" ? "" : folder)/\(example)"
        case .sameFile: "give each output a file of its own"
        case .notAFile, .danglingLink: "give a file path"
        }
        return "\(label)\(path): \(refused.error.problem); \(hint)"
    }
}

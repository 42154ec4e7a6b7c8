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
    var files: [SourceFile]
    var destinations: RunOutput.Destinations
    var processor: DocumentProcessor
    var jobs: Int
    /// False when the run reads standard input: nothing to resume from.
    var resumable: Bool
    /// `--fresh`: start over even if a checkpoint says otherwise.
    var fresh: Bool
    var logger: Logger

    func run() throws {
        let output: RunOutput
        do {
            output = try RunOutput(destinations, files: files, resumable: resumable, ignoringCheckpoint: fresh)
        } catch {
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
                try output.finish()
            }
        } catch let error as RunError {
            output.suspend()
            throw RunFailure(status: ExitStatus.cannotProceed,
                             description: error.description + "\nbaocao: the run stopped; run the same command again to resume it")
        }
        report(summary, output: output)
        if summary.interrupted {
            let done = summary.resumedAfter + summary.documents
            throw RunFailure(status: 128 + (interruption.receivedSignal ?? SIGINT),
                             description: "interrupted after \(done) of \(files.count) documents; run the same command again to finish")
        }
        if summary.rejects + (output.resumePoint?.rejects ?? 0) > 0 { throw ExitCode(ExitStatus.someRejected) }
    }

    private func report(_ summary: RunSummary, output: RunOutput) {
        var lines = [summary.line]
        if let point = output.resumePoint {
            lines.append("resumed: \(point.documents) documents (\(point.records) records, \(point.rejects) rejects) came from the interrupted run")
        }
        if summary.rejects > 0 { lines.append("rejects by kind: " + summary.rejectsLine) }
        if !summary.stageTimes.line.isEmpty { lines.append("worker time by stage: " + summary.stageTimes.line) }
        for (database, counts) in output.loadCounts {
            lines.append("\(database): \(counts.inserted) inserted, \(counts.replaced) replaced, \(counts.unchanged) unchanged")
        }
        FileHandle.standardError.write(Data(lines.map { "baocao: " + $0 + "\n" }.joined().utf8))
    }
}

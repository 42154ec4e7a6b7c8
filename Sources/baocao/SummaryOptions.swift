import ArgumentParser
import Foundation
import Pipeline
import Records
import Storage

/// `--summary-json FILE`: the run's summary figures as one JSON object, for monitoring.
struct SummaryOptions: ParsableArguments {
    @Option(name: .customLong("summary-json"), help: ArgumentHelp("""
        Also write the summary as JSON to FILE (replaced whole at the end of the run): documents, \
        records, rejects by kind, bytes, seconds, worker seconds by stage, documents resumed, \
        whether the run was interrupted, and database load counts.
        """, valueName: "FILE"))
    var path: String?

    func validate() throws {
        if let path, path.isEmpty || path.hasSuffix("/") {
            throw ValidationError("--summary-json: give a file path such as output/run.summary.json")
        }
    }

    /// Writes `summary` (and the databases' load counts) to the file, through a temporary file renamed over it.
    func write(_ summary: RunSummary, loads: [(String, LoadCounts)]) throws {
        guard let path else { return }
        var json = summary.json
        if case .object(var fields) = json {
            fields.append(("databases", .object(loads.map { database, counts in
                (database, .object([("inserted", .number(Double(counts.inserted))),
                                    ("replaced", .number(Double(counts.replaced))),
                                    ("unchanged", .number(Double(counts.unchanged))),
                                    ("pruned", .number(Double(counts.pruned)))]))
            })))
            fields.append(("finished_at", .string(Timestamp.now())))
            json = .object(fields)
        }
        do {
            try OutputFiles.makeParentFolder(of: path)
            try Data((json.serialized + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: "--summary-json \(path): \(error)")
        }
    }
}

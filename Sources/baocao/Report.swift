import ArgumentParser
import Foundation
import Storage

/// `baocao report SOURCE -o report.html`
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report of a database or a JSON Lines file of records.",
        discussion: """
        SOURCE is a database (sqlite:PATH, a SQLite file, or postgres://user@host/database) or \
        a JSON Lines file of records. The report is one HTML file with its CSS inline and its \
        charts as inline SVG: it fetches nothing and opens offline. It shows documents by year, \
        province (else site) and portal; the most-cited directives (by directive_key) with their \
        issuers; figures by kind with their top subjects; models by owner; people by title; \
        themes by year; warnings by code (and rejects by kind with --rejects); and per portal \
        the share of documents with a date, a title and at least one directive.

        Examples:
          baocao report sqlite:output/reports.sqlite -o report.html
          baocao report output/corpus.jsonl --rejects output/corpus.rejects.jsonl -o report.html
        """
    )

    @Argument(help: ArgumentHelp("Database URL, SQLite file or JSON Lines file.", valueName: "source"))
    var source: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "report.html"))
    var output: String

    @Option(help: ArgumentHelp("A rejects file (JSON Lines) to count rejects by kind.", valueName: "file"))
    var rejects: String?

    @Option(help: "Rows in the top-N tables.")
    var top = 20

    func run() throws {
        let opened = try ReportSource(source)
        defer { opened.close() }
        let data: ReportData
        do {
            data = try ReportData(opened.connection, rejectsPath: rejects, limit: max(1, top))
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: "\(error)")
        }
        let html = ReportHTML.render(data, source: opened.name, generated: Timestamp.now())
        try AtomicFile.write(Data(html.utf8), to: output)
        FileHandle.standardError.write(Data("baocao: report of \(Plural.count(data.documents, "document")) written to \(output)\n".utf8))
    }
}

/// A file written whole or not at all: to a temporary file beside it, then renamed.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws(RunFailure) {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw RunFailure(status: ExitStatus.cannotProceed, description: "cannot write \(path): \(reason)")
            }
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(status: ExitStatus.cannotProceed, description: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// "1 document", "2 documents".
enum Plural {
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}

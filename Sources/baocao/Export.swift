import ArgumentParser
import Foundation
import Records
import Storage

/// `baocao export SOURCE --table NAME | --query SQL -o FILE --format csv|jsonl`
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table or a query's result to CSV (for Excel) or JSON Lines.",
        discussion: """
        SOURCE is as for report: sqlite:PATH, a SQLite file, postgres://…, or a JSON Lines \
        file of records (its documents, directives, figures, models, people and themes tables). \
        CSV is UTF-8 with a byte order mark, so Excel opens Vietnamese text correctly, quoted \
        as RFC 4180 says (CRLF line ends); NULL is an empty field. JSON Lines has one object \
        per row, NULL as null, every value as text.

        Examples:
          baocao export sqlite:output/reports.sqlite --table directives -o directives.csv
          baocao export sqlite:output/reports.sqlite --format jsonl -o provinces.jsonl \\
            --query "SELECT province, COUNT(*) AS documents FROM documents GROUP BY province"
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, jsonl
    }

    @Argument(help: ArgumentHelp("Database URL, SQLite file or JSON Lines file.", valueName: "source"))
    var source: String

    @Option(help: ArgumentHelp("A table to export whole.", valueName: "name"))
    var table: String?

    @Option(help: ArgumentHelp("A SQL query whose result to export.", valueName: "sql"))
    var query: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String

    @Option(help: "csv or jsonl (default: from the output's extension, else csv).")
    var format: Format?

    func validate() throws {
        guard (table == nil) != (query == nil) else { throw ValidationError("give either --table or --query") }
        if let table, table.isEmpty || !table.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
            throw ValidationError("--table takes a table name (letters, digits, _)")
        }
    }

    func run() throws {
        let opened = try ReportSource(source)
        defer { opened.close() }
        let sql = query ?? "SELECT * FROM \"\(table ?? "")\""
        let result: SQLTable
        do { result = try opened.connection.queryTable(sql, []) } catch {
            throw RunFailure(status: ExitStatus.usage, description: error.description)
        }
        let chosen = format ?? (output.hasSuffix(".jsonl") || output.hasSuffix(".ndjson") ? .jsonl : .csv)
        let bytes = chosen == .csv ? Self.csv(result) : Self.jsonLines(result)
        try AtomicFile.write(bytes, to: output)
        FileHandle.standardError.write(Data("baocao: \(Plural.count(result.rows.count, "row")) written to \(output)\n".utf8))
    }

    /// UTF-8 with a byte order mark, RFC 4180: fields with a comma, quote, CR or LF quoted, quotes doubled, CRLF.
    static func csv(_ table: SQLTable) -> Data {
        func field(_ value: String?) -> String {
            guard let value else { return "" }
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var text = "\u{FEFF}" + table.columns.map(field).joined(separator: ",") + "\r\n"
        for row in table.rows { text += row.map(field).joined(separator: ",") + "\r\n" }
        return Data(text.utf8)
    }

    static func jsonLines(_ table: SQLTable) -> Data {
        var data = Data()
        for row in table.rows {
            let fields = table.columns.enumerated().map { index, column in
                (column, index < row.count ? JSONValue.optional(row[index]) : JSONValue.null)
            }
            data.append(contentsOf: (JSONValue.object(fields).serialized + "\n").utf8)
        }
        return data
    }
}

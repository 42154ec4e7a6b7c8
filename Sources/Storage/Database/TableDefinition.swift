/// The type of a column, mapped to each dialect's own name.
public enum ColumnType: Sendable {
    case text
    case integer
    case real
    /// A JSON document: `TEXT` in SQLite, `JSONB` in PostgreSQL.
    case json

    /// The type's name in `dialect`, as a table definition writes it.
    public func sqlName(in dialect: SQLDialect) -> String {
        switch (self, dialect) {
        case (.text, _): "TEXT"
        case (.integer, .sqlite): "INTEGER"
        case (.integer, .postgres): "BIGINT"
        case (.real, .sqlite): "REAL"
        case (.real, .postgres): "DOUBLE PRECISION"
        case (.json, .sqlite): "TEXT"
        case (.json, .postgres): "JSONB"
        }
    }
}

/// One column of a table.
public struct Column: Sendable {
    public var name: String
    public var type: ColumnType
    public var nullable: Bool

    public init(_ name: String, _ type: ColumnType, nullable: Bool = true) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}

/// A table as the loader writes it: its columns, keys and indexes, for SQLite and PostgreSQL.
/// The tables themselves are made by `Migrations`, as literal SQL; `SchemaHistoryTests`
/// checks that the migrated tables are these.
public struct TableDefinition: Sendable {
    public var name: String
    public var columns: [Column]
    public var primaryKey: [String]
    /// Column and the table it references; rows go when that row goes.
    public var foreignKey: (column: String, table: String, referenced: String)?
    /// Index name → indexed columns.
    public var indexes: [(name: String, columns: [String])]

    public var columnNames: [String] { columns.map(\.name) }

    /// `INSERT INTO name (…) VALUES (…), (…)` for `rows` rows, with the dialect's placeholders.
    func insertStatement(rows: Int, in dialect: SQLDialect) -> String {
        var n = 0
        let tuple = { () -> String in
            "(" + columns.map { column in
                n += 1
                return dialect.placeholder(n) + (dialect == .postgres && column.type == .json ? "::jsonb" : "")
            }.joined(separator: ", ") + ")"
        }
        let values = (0..<rows).map { _ in tuple() }.joined(separator: ", ")
        return "INSERT INTO \(name) (\(quotedList(columnNames))) VALUES \(values)"
    }

    /// Column names in double quotes, the standard form both dialects read: PostgreSQL
    /// reserves some of the contract's names (`periods.end`).
    private func quoted(_ identifier: String) -> String { "\"" + identifier + "\"" }

    private func quotedList(_ identifiers: [String]) -> String { identifiers.map(quoted).joined(separator: ", ") }
}

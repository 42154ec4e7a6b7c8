/// A value bound to a SQL statement, in the few types the record tables use.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    init(_ string: String?) { self = string.map(SQLValue.text) ?? .null }
    init(_ number: Double?) { self = number.map(SQLValue.real) ?? .null }
    init(_ number: Int) { self = .integer(Int64(number)) }
}

/// The SQL dialects BaoCao writes: they differ in placeholders and a few column types.
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres

    /// The `n`-th (1-based) bind placeholder.
    func placeholder(_ n: Int) -> String {
        switch self {
        case .sqlite: "?"
        case .postgres: "$\(n)"
        }
    }
}

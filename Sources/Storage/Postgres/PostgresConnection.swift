import Foundation
import Logging
import PostgresNIO

/// `SQLConnection` on a PostgreSQL server through postgres-nio: one session, statements
/// with bound parameters (never values spliced into SQL), transactions as
/// `BEGIN`/`COMMIT`, nested ones as savepoints.
///
/// Its callers are synchronous (the pipeline's runner calls sinks on plain threads), so
/// the connection runs postgres-nio on its own one-thread event loop and waits for each
/// statement. Do not call it from an event loop or from a Swift concurrency task: it
/// blocks the calling thread until the server answers.
///
/// The URL is described in `PostgresURL`; TLS is off unless `sslmode` asks for it, since
/// BaoCao's servers are local.
public final class PostgresConnection: SQLConnection {
    public let dialect = SQLDialect.postgres
    /// The URL with its password hidden, for messages.
    public let redactedURL: String
    private let group: MultiThreadedEventLoopGroup
    private let session: PostgresNIO.PostgresConnection
    private let logger: Logger
    /// Open transactions: 0 outside one, 1 in `BEGIN`, more in savepoints.
    private var depth = 0
    private var isClosed = false

    /// Connects and authenticates, or throws `StorageError.cannotOpen` within the URL's
    /// `connect_timeout` (default 5 seconds).
    /// - Parameter logger: where postgres-nio logs; nothing is logged by default.
    public init(url: String, logger: Logger = Logger(label: "baocao.postgres", factory: { _ in SwiftLogNoOpLogHandler() }))
        throws(StorageError)
    {
        let parsed = try PostgresURL(url)
        let redacted = DatabaseURL.postgres(url: url).redacted
        let configuration: PostgresNIO.PostgresConnection.Configuration
        do {
            configuration = try Self.configuration(parsed)
        } catch {
            throw .cannotOpen(url: redacted, reason: "cannot set up TLS: \(error)")
        }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            session = try PostgresNIO.PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw .cannotOpen(url: redacted, reason: Self.reason(error, timeout: parsed.connectTimeout))
        }
        self.group = group
        self.logger = logger
        redactedURL = redacted
    }

    deinit {
        if !isClosed { try? close() }
    }

    public func execute(_ sql: String, _ values: [SQLValue]) throws(StorageError) {
        _ = try run(sql, values)
    }

    /// The first column of each row as text: integers and floating-point numbers in Swift's
    /// notation, `numeric` in decimal (trailing zeros dropped), `boolean` as `true`/`false`,
    /// JSON and JSONB as their JSON text. Other types need a cast to `text` in the SQL.
    public func queryRows(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> [[String?]] {
        let result = try run(sql, values)
        do {
            return try result.rows.map { row throws(UnreadableCell) -> [String?] in
                var cells: [String?] = []
                for cell in row { cells.append(try Self.text(of: cell)) }
                return cells
            }
        } catch {
            throw .statementFailed(sql: sql, reason: error.reason)
        }
    }

    /// As `queryRows`; the column names come from the first row (none for an empty result).
    public func queryTable(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> SQLTable {
        let result = try run(sql, values)
        do {
            var columns: [String] = []
            if let first = result.rows.first { columns = first.map(\.columnName) }
            let rows = try result.rows.map { row throws(UnreadableCell) -> [String?] in
                var cells: [String?] = []
                for cell in row { cells.append(try Self.text(of: cell)) }
                return cells
            }
            return SQLTable(columns: columns, rows: rows)
        } catch {
            throw .statementFailed(sql: sql, reason: error.reason)
        }
    }

    public func transaction<T>(_ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        let level = depth
        let savepoint = "baocao_savepoint_\(level)"
        try execute(level == 0 ? "BEGIN" : "SAVEPOINT \(savepoint)", [])
        depth += 1
        let value: T
        do {
            value = try body()
        } catch {
            depth = level
            do {
                if level == 0 {
                    try execute("ROLLBACK", [])
                } else {
                    try execute("ROLLBACK TO SAVEPOINT \(savepoint)", [])
                    try execute("RELEASE SAVEPOINT \(savepoint)", [])
                }
            } catch let rollback {
                throw .statementFailed(sql: "ROLLBACK", reason: "\(rollback.description), after: \(error.description)")
            }
            throw error
        }
        depth = level
        if level == 0 {
            // A transaction in which a statement failed ends in a rollback even when asked to
            // commit; PostgreSQL says so only in the command tag.
            let tag = try run("COMMIT", []).metadata.command
            guard tag == "COMMIT" else {
                throw .statementFailed(sql: "COMMIT", reason: "the transaction was rolled back by the server (\(tag))")
            }
        } else {
            try execute("RELEASE SAVEPOINT \(savepoint)", [])
        }
        return value
    }

    /// Ends the session and stops the connection's event loop thread.
    public func close() throws(StorageError) {
        guard !isClosed else { return }
        isClosed = true
        var failure: (any Error)?
        do { try session.close().wait() } catch let error as PSQLError where error.code == .clientClosedConnection {
        } catch { failure = error }
        do { try group.syncShutdownGracefully() } catch { failure = failure ?? error }
        if let failure { throw .statementFailed(sql: "close", reason: Self.reason(failure, timeout: nil)) }
    }

    private func run(_ sql: String, _ values: [SQLValue]) throws(StorageError) -> PostgresQueryResult {
        guard !isClosed else { throw .statementFailed(sql: sql, reason: "the connection to \(redactedURL) is closed") }
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .real(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            }
        }
        do {
            return try session.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw .statementFailed(sql: sql, reason: Self.reason(error, timeout: nil))
        }
    }

    private static func configuration(_ url: PostgresURL) throws -> PostgresNIO.PostgresConnection.Configuration {
        var configuration: PostgresNIO.PostgresConnection.Configuration
        switch url.endpoint {
        case let .tcp(host, port):
            let tls: PostgresNIO.PostgresConnection.Configuration.TLS = switch url.tls {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            configuration = .init(host: host, port: port, username: url.user, password: url.password,
                                  database: url.database, tls: tls)
        case let .unixSocket(path):
            configuration = .init(unixSocketPath: path, username: url.user, password: url.password, database: url.database)
        }
        configuration.options.connectTimeout = .seconds(Int64(url.connectTimeout))
        return configuration
    }

    private struct UnreadableCell: Error {
        var reason: String
    }

    private static func text(of cell: PostgresCell) throws(UnreadableCell) -> String? {
        guard cell.bytes != nil else { return nil }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return String(try cell.decode(Int64.self))
            case .float4, .float8: return String(try cell.decode(Double.self))
            case .numeric: return try cell.decode(Decimal.self).description
            case .bool: return try cell.decode(Bool.self) ? "true" : "false"
            case .text, .varchar, .bpchar, .name, .json, .jsonb, .uuid: return try cell.decode(String.self)
            default:
                if cell.format == .text { return try cell.decode(String.self) }
            }
        } catch {
            throw UnreadableCell(reason: "column \(cell.columnName) (\(cell.dataType)) cannot be read: \(error)")
        }
        throw UnreadableCell(reason: "column \(cell.columnName) has type \(cell.dataType), which is not read as text; cast it with ::text")
    }

    /// A one-line reason for `error`: the server's own message when it sent one (with its
    /// detail and hint), else what went wrong on the way to the server.
    static func reason(_ error: any Error, timeout: Int?) -> String {
        guard let error = error as? PSQLError else { return describe(error, timeout: timeout) }
        if let info = error.serverInfo, let message = info[.message] {
            var text = message
            if let detail = info[.detail] { text += " (\(detail))" }
            if let hint = info[.hint] { text += "; hint: \(hint)" }
            return text
        }
        switch error.code {
        case .connectionError, .uncleanShutdown:
            return error.underlying.map { describe($0, timeout: timeout) } ?? "connection failed"
        case .serverClosedConnection:
            return "the server closed the connection" + (error.underlying.map { ": " + describe($0, timeout: timeout) } ?? "")
        case .clientClosedConnection: return "the connection is closed"
        case .sslUnsupported: return "the server does not support TLS (use sslmode=disable)"
        case .authMechanismRequiresPassword: return "the server asks for a password and the URL has none"
        case .unsupportedAuthMechanism: return "the server asks for an authentication method postgres-nio does not support"
        case .tooManyParameters: return "too many bound parameters in one statement"
        default: return String(reflecting: error.code) + (error.underlying.map { ": " + describe($0, timeout: timeout) } ?? "")
        }
    }

    private static func describe(_ error: any Error, timeout: Int?) -> String {
        if let error = error as? PSQLError { return reason(error, timeout: timeout) }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return "no answer within \(timeout.map { "\($0) s" } ?? "the connect timeout")"
        }
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return describe(first.error, timeout: timeout) }
            if let dnsError = error.dnsAError ?? error.dnsAAAAError { return "cannot resolve \(error.host): \(dnsError)" }
            return "cannot connect to \(error.host):\(error.port)"
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        return String(describing: error)
    }
}

import Foundation

/// The parts of a `postgres://` URL, in the libpq form most tools share:
///
///     postgres://user:password@host:port/database?parameter=value&…
///
/// - `user` defaults to the login name of the process, `port` to 5432, `database` to the
///   user name. User, password, host and database may be percent-encoded.
/// - A host that is an absolute path is the folder of the server's Unix socket
///   (`postgres://u@%2Fvar%2Frun%2Fpostgresql/db`, or `?host=/var/run/postgresql`);
///   no host at all (`postgres:///db`) means the Debian socket folder `/var/run/postgresql`.
/// - Parameters: `host`, `port`, `user`, `password`, `dbname` (override the URL's parts),
///   `sslmode` and `connect_timeout` (seconds, default 5). Others are an error.
/// - `sslmode` is `disable` by default, since BaoCao's servers are local: `prefer` tries
///   TLS and falls back to plain TCP, `require` insists on TLS and, unlike libpq's
///   `require`, also verifies the server's certificate and host name against the system's
///   trust store (`verify-full` is accepted as its synonym). Unix sockets never use TLS.
public struct PostgresURL: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        /// The path of the socket file itself: `FOLDER/.s.PGSQL.PORT`.
        case unixSocket(path: String)
    }

    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    public var endpoint: Endpoint
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// Seconds allowed for connecting and authenticating.
    public var connectTimeout: Int

    public static let defaultSocketFolder = "/var/run/postgresql"

    public init(_ string: String) throws(StorageError) {
        let redacted = DatabaseURL.postgres(url: string).redacted
        func bad(_ reason: String) -> StorageError { .badURL(redacted, reason: reason) }

        guard let scheme = ["postgres://", "postgresql://"].first(where: string.hasPrefix) else {
            throw bad("expected postgres://user@host/database")
        }
        var rest = Substring(string.dropFirst(scheme.count))
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var userInfo: Substring = ""
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }

        var user: String?
        var password: String?
        if !userInfo.isEmpty {
            let parts = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            user = try Self.decoded(parts[0], "user name", bad)
            if parts.count > 1 { password = try Self.decoded(parts[1], "password", bad) }
        }

        var host: String?
        var port: String?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw bad("unclosed [ in the host") }
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { port = String(after.dropFirst()) } else if !after.isEmpty { throw bad("unexpected \(after) after the host") }
        } else if let colon = rest.lastIndex(of: ":") {
            host = try Self.decoded(rest[..<colon], "host", bad)
            port = String(rest[rest.index(after: colon)...])
        } else if !rest.isEmpty {
            host = try Self.decoded(rest, "host", bad)
        }
        var database = path.isEmpty ? nil : try Self.decoded(path, "database name", bad)
        var tls = TLSMode.disable
        var connectTimeout = 5

        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = parts[0]
            let value = try Self.decoded(parts.count > 1 ? parts[1] : "", "parameter \(key)", bad)
            switch key {
            case "host": host = value
            case "port": port = value
            case "user": user = value
            case "password": password = value
            case "dbname": database = value
            case "sslmode":
                switch value {
                case "disable", "allow": tls = .disable
                case "prefer": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                default: throw bad("sslmode \(value) is not one of disable, prefer, require")
                }
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else { throw bad("connect_timeout must be a whole number of seconds") }
                connectTimeout = seconds
            default:
                throw bad("unknown parameter \(key) (known: host, port, user, password, dbname, sslmode, connect_timeout)")
            }
        }

        let portNumber: Int
        if let port, !port.isEmpty {
            guard let number = Int(port), (1...65_535).contains(number) else { throw bad("port \(port) is not a number from 1 to 65535") }
            portNumber = number
        } else {
            portNumber = 5432
        }
        let resolvedUser = user.flatMap { $0.isEmpty ? nil : $0 } ?? ProcessInfo.processInfo.userName
        guard !resolvedUser.isEmpty else { throw bad("no user name") }

        let hostOrFolder = host.flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultSocketFolder
        endpoint = hostOrFolder.hasPrefix("/")
            ? .unixSocket(path: (hostOrFolder.hasSuffix("/") ? hostOrFolder : hostOrFolder + "/") + ".s.PGSQL.\(portNumber)")
            : .tcp(host: hostOrFolder, port: portNumber)
        self.user = resolvedUser
        self.password = password
        self.database = database.flatMap { $0.isEmpty ? nil : $0 } ?? resolvedUser
        self.tls = tls
        self.connectTimeout = connectTimeout
    }

    private static func decoded(_ text: Substring, _ what: String, _ bad: (String) -> StorageError) throws(StorageError) -> String {
        guard let value = String(text).removingPercentEncoding else { throw bad("bad percent-encoding in the \(what)") }
        return value
    }
}

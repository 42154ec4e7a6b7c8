/// Where records are loaded: `sqlite:PATH` (or a bare path ending in `.sqlite`/`.db`) or
/// `postgres://user:password@host:port/database`.
public enum DatabaseURL: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    public init(_ string: String) throws(StorageError) {
        if string.hasPrefix("sqlite:") {
            var path = String(string.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else { throw .badURL(string, reason: "no file path after sqlite:") }
            self = .sqlite(path: path)
        } else if string.hasPrefix("postgres://") || string.hasPrefix("postgresql://") {
            self = .postgres(url: string)
        } else if string.hasSuffix(".sqlite") || string.hasSuffix(".sqlite3") || string.hasSuffix(".db") {
            self = .sqlite(path: string)
        } else {
            throw .badURL(string, reason: "expected sqlite:PATH or postgres://user@host/database")
        }
    }

    /// The URL with any password replaced, for logs and messages.
    public var redacted: String {
        switch self {
        case .sqlite(let path): return "sqlite:" + path
        case .postgres(let url):
            guard let scheme = url.range(of: "://") else { return url }
            var result = url
            let authorityEnd = url[scheme.upperBound...].firstIndex(where: { $0 == "/" || $0 == "?" }) ?? url.endIndex
            if let at = url[scheme.upperBound..<authorityEnd].lastIndex(of: "@"),
               let colon = url[scheme.upperBound..<at].firstIndex(of: ":") {
                result = String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
            }
            guard let mark = result.firstIndex(of: "?") else { return result }
            let parameters = result[result.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false).map { pair in
                pair.hasPrefix("password=") ? "password=***" : String(pair)
            }
            return String(result[...mark]) + parameters.joined(separator: "&")
        }
    }
}

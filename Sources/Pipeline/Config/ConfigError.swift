/// A mistake in a pipeline or registry file, located at the file, line and key.
public struct ConfigError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    /// 1-based line and column, when the YAML parser knows them.
    public var line: Int?
    public var column: Int?
    /// The dotted path of the key, e.g. `sinks.sqlite` or `sources[2].folder`.
    public var key: String
    public var message: String

    public init(file: String, line: Int?, column: Int?, key: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `pipelines/archive.yml:12:3: sinks.sqlit: unknown key (known: jsonl, rejects, sqlite, postgres)`
    public var description: String {
        var location = file
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return key.isEmpty ? "\(location): \(message)" : "\(location): \(key): \(message)"
    }
}

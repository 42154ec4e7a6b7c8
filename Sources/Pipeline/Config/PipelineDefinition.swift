import Foundation
import Storage
import Yams

/// A pipeline file (`pipelines/*.yml`): where documents come from, the limits they run
/// under, how many workers, and where records go.
///
/// ```yaml
/// sources:
///   - folder: corpus            # recursive: .txt, .html, .htm, … (see SourceCollector)
///     include: ["*.html"]       # optional shell patterns on the path inside the folder
///   - glob: "archive/2023/*.htm"
///   - manifest: lists/today.txt # one path per line, # comments
///   - stdin: paths              # or: document (one document read from standard input)
/// limits:
///   max_file_size: 20 MB
///   document_time_budget: 10s
/// concurrency: 2                # or auto
/// sinks:
///   jsonl: output/records.jsonl
///   rejects: output/records.rejects.jsonl
///   sqlite: output/baocao.sqlite
///   postgres: ${BAOCAO_DATABASE_URL}
/// prune: true                   # drop the rows of files that are gone (default false)
/// shard: ${JOB_COMPLETION_INDEX}/4  # only this shard of the inputs (see Shard)
/// ```
/// Relative paths are taken from the current directory, as on the command line.
public struct PipelineDefinition: Sendable {
    public var file: String
    public var name: String
    public var sources: [SourceSpec]
    public var limits: Limits
    /// Worker threads; nil means one per core.
    public var concurrency: Int?
    public var sinks: SinkSpec
    /// `prune: true`: after a complete run, the databases lose the documents of files under
    /// the sources that no longer exist.
    public var prune = false
    /// `shard: K/N`: only the inputs of shard K of N.
    public var shard: Shard?

    public static let keys = ["name", "description", "sources", "limits", "concurrency", "sinks", "prune", "shard", "crawl"]

    /// Reads and checks a pipeline file.
    public static func load(_ path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> PipelineDefinition {
        try PipelineDefinition(ConfigNode.load(path, environment: environment))
    }

    /// Reads a parsed pipeline file. The `crawl` section is left to the crawler.
    public init(_ root: ConfigNode) throws(ConfigError) {
        file = root.file
        let entries = try root.mapping(known: Self.keys)
        name = try entries["name"]?.string()
            ?? URL(fileURLWithPath: root.file).deletingPathExtension().lastPathComponent
        sources = []
        if let list = entries["sources"] {
            for item in try list.sequence() { sources.append(try SourceSpec(item)) }
        }
        if sources.isEmpty, entries["crawl"] == nil { throw root.error("a pipeline needs at least one source under sources:") }
        limits = try entries["limits"].map(Limits.init) ?? Limits()
        if let node = entries["concurrency"] {
            concurrency = try node.string() == "auto" ? nil : node.int(in: 1...256)
        }
        prune = try entries["prune"]?.bool() ?? false
        if let node = entries["shard"] {
            let text = try node.string()
            do { shard = try Shard(parsing: text) } catch { throw node.error(error.description) }
        }
        guard let sinkNode = entries["sinks"] else { throw root.error("a pipeline needs sinks: (jsonl, sqlite or postgres)") }
        sinks = try SinkSpec(sinkNode)
    }
}

/// Where a pipeline's documents come from.
public enum SourceSpec: Sendable, Equatable {
    /// A folder read recursively, optionally filtered by shell patterns on the relative path.
    case folder(path: String, include: [String], exclude: [String])
    /// A shell pattern (`*`, `?`, `[…]`; `**` crosses folders).
    case glob(String)
    /// A file listing one input path per line (blank lines and `#` comments skipped).
    case manifest(String)
    /// Paths, one per line, read from standard input.
    case standardInputPaths
    /// One document read from standard input.
    case standardInputDocument(MediaType)

    init(_ node: ConfigNode) throws(ConfigError) {
        let entries = try node.mapping(known: ["folder", "include", "exclude", "glob", "manifest", "stdin", "media_type"])
        let kinds = ["folder", "glob", "manifest", "stdin"].filter { entries[$0] != nil }
        guard kinds.count == 1 else { throw node.error("a source is exactly one of folder, glob, manifest or stdin") }
        if let folder = entries["folder"] {
            self = .folder(path: try folder.string(), include: try entries["include"]?.strings() ?? [],
                           exclude: try entries["exclude"]?.strings() ?? [])
            return
        }
        if let extra = entries["include"] ?? entries["exclude"] { throw extra.error("only a folder source takes this key") }
        if let glob = entries["glob"] {
            self = .glob(try glob.string())
        } else if let manifest = entries["manifest"] {
            self = .manifest(try manifest.string())
        } else if let stdin = entries["stdin"] {
            switch try stdin.string() {
            case "paths": self = .standardInputPaths
            case "document":
                let typeNode = entries["media_type"]
                let type = try typeNode?.string() ?? MediaType.html.rawValue
                guard let mediaType = MediaType(rawValue: type) else {
                    throw (typeNode ?? stdin).error("expected media_type text/html or text/plain")
                }
                self = .standardInputDocument(mediaType)
            default: throw stdin.error("expected paths or document")
            }
        } else {
            throw node.error("a source is exactly one of folder, glob, manifest or stdin")
        }
    }
}

/// Per-document limits.
public struct Limits: Sendable, Equatable {
    /// Larger files are rejected unread (`too_large`).
    public var maxFileSize = 32 << 20
    /// A document still being processed after this long is rejected (`timeout`), checked
    /// between stages.
    public var documentTimeBudget: Duration = .seconds(30)

    public init() {}

    init(_ node: ConfigNode) throws(ConfigError) {
        let entries = try node.mapping(known: ["max_file_size", "document_time_budget"])
        if let size = entries["max_file_size"] { maxFileSize = try size.byteSize() }
        if let budget = entries["document_time_budget"] { documentTimeBudget = try budget.duration() }
    }
}

/// Where records and rejects go.
public struct SinkSpec: Sendable, Equatable {
    /// The databases to load, SQLite first.
    public var databaseURLs: [DatabaseURL] {
        [sqlite.map { DatabaseURL.sqlite(path: $0) }, postgres.map { DatabaseURL.postgres(url: $0) }].compactMap { $0 }
    }

    public var jsonl: String?
    public var rejects: String?
    public var sqlite: String?
    public var postgres: String?

    public init(jsonl: String? = nil, rejects: String? = nil, sqlite: String? = nil, postgres: String? = nil) {
        self.jsonl = jsonl
        self.rejects = rejects
        self.sqlite = sqlite
        self.postgres = postgres
    }

    init(_ node: ConfigNode) throws(ConfigError) {
        let entries = try node.mapping(known: ["jsonl", "rejects", "sqlite", "postgres"])
        jsonl = try entries["jsonl"]?.string()
        rejects = try entries["rejects"]?.string()
        sqlite = try entries["sqlite"]?.string()
        postgres = try entries["postgres"]?.string()
        if let postgres, !(postgres.hasPrefix("postgres://") || postgres.hasPrefix("postgresql://")) {
            throw (entries["postgres"] ?? node).error("expected a postgres:// URL")
        }
        guard jsonl != nil || sqlite != nil || postgres != nil else {
            throw node.error("give at least one of jsonl, sqlite or postgres")
        }
    }
}

import Foundation
import Pipeline
import Testing

@Suite("Pipeline files")
struct PipelineDefinitionTests {
    static func parse(_ yaml: String, environment: [String: String] = [:]) throws(ConfigError) -> PipelineDefinition {
        try PipelineDefinition(ConfigNode.parse(yaml, file: "p.yml", environment: environment))
    }

    /// The error a pipeline file gives, or nil when it is accepted.
    static func error(_ yaml: String, environment: [String: String] = [:]) -> ConfigError? {
        do {
            _ = try parse(yaml, environment: environment)
            return nil
        } catch {
            return error
        }
    }

    @Test func pruneIsOffUnlessAsked() throws {
        #expect(try Self.parse("sources:\n  - folder: corpus\nsinks:\n  jsonl: o.jsonl\n").prune == false)
        #expect(try Self.parse("sources:\n  - folder: corpus\nprune: true\nsinks:\n  jsonl: o.jsonl\n").prune == true)
        #expect(Self.error("sources:\n  - folder: corpus\nprune: sometimes\nsinks:\n  jsonl: o.jsonl\n") != nil)
    }

    @Test func aFullPipelineReadsAsWritten() throws {
        let definition = try Self.parse("""
            name: nightly-archive
            sources:
              - folder: corpus
                include: ["*.html"]
                exclude: "old/*"
              - glob: "archive/**/*.htm"
              - manifest: lists/today.txt
              - stdin: paths
            limits:
              max_file_size: 20 MB
              document_time_budget: 1500ms
            concurrency: 3
            sinks:
              jsonl: output/r.jsonl
              rejects: output/bad.jsonl
              sqlite: output/b.sqlite
              postgres: postgres://u:${PW}@localhost/reports
            """, environment: ["PW": "s3cret"])
        #expect(definition.name == "nightly-archive")
        #expect(definition.sources == [
            .folder(path: "corpus", include: ["*.html"], exclude: ["old/*"]), .glob("archive/**/*.htm"),
            .manifest("lists/today.txt"), .standardInputPaths,
        ])
        #expect(definition.limits.maxFileSize == 20 << 20)
        #expect(definition.limits.documentTimeBudget == .milliseconds(1500))
        #expect(definition.concurrency == 3)
        #expect(definition.sinks == SinkSpec(jsonl: "output/r.jsonl", rejects: "output/bad.jsonl", sqlite: "output/b.sqlite",
                                             postgres: "postgres://u:s3cret@localhost/reports"))
    }

    @Test func defaultsWhenLeftOut() throws {
        let definition = try Self.parse("sources:\n  - folder: corpus\nsinks:\n  jsonl: out.jsonl\n")
        #expect(definition.name == "p")
        #expect(definition.concurrency == nil)
        #expect(definition.limits == Limits())
    }

    /// Each bad file names the line and key at fault.
    @Test(arguments: [
        ("sources:\n  - folder: corpus\nsinks:\n  jsonl: o.jsonl\n  sqlit: b.sqlite\n", 5, "sinks.sqlit", "unknown key"),
        ("sourcs:\n  - folder: corpus\n", 1, "sourcs", "unknown key"),
        ("sources:\n  - folder: corpus\nlimits:\n  max_file_size: huge\nsinks:\n  jsonl: o\n", 4, "limits.max_file_size", "expected a size"),
        ("sources:\n  - folder: corpus\nlimits:\n  document_time_budget: soon\nsinks:\n  jsonl: o\n", 4, "limits.document_time_budget", "expected a duration"),
        ("sources:\n  - folder: corpus\nconcurrency: 0\nsinks:\n  jsonl: o\n", 3, "concurrency", "out of range"),
        ("sources:\n  - folder: a\n    glob: b\nsinks:\n  jsonl: o\n", 2, "sources[0]", "exactly one of"),
        ("sources:\n  - glob: a\n    include: b\nsinks:\n  jsonl: o\n", 3, "sources[0].include", "only a folder"),
        ("sources:\n  - stdin: everything\nsinks:\n  jsonl: o\n", 2, "sources[0].stdin", "expected paths or document"),
        ("sources:\n  - folder: a\nsinks:\n  postgres: ${DB_URL}\n", 4, "sinks.postgres", "DB_URL is not set"),
        ("sources:\n  - folder: a\nsinks:\n  postgres: mysql://x\n", 4, "sinks.postgres", "expected a postgres:// URL"),
        ("sources:\n  - folder: a\nsinks: {}\n", 3, "sinks", "at least one of"),
        ("sources: []\nsinks:\n  jsonl: o\n", 1, "", "at least one source"),
        ("sources:\n  - folder: a\n", 1, "", "needs sinks"),
        ("sources:\n  - folder: a\nsinks:\n  jsonl: o\n  jsonl: p\n", 4, "jsonl", "given twice"),
        ("sources: [folder: a\n", 2, "", "not valid YAML"),
    ])
    func badFilesNameLineAndKey(yaml: String, line: Int, key: String, message: String) throws {
        let error = try #require(Self.error(yaml))
        #expect(error.file == "p.yml")
        #expect(error.line == line)
        #expect(error.key == key)
        #expect(error.message.contains(message), "\(error.description)")
    }

    @Test(arguments: [
        ("500ms", Duration.milliseconds(500)), ("10s", .seconds(10)), ("2m", .seconds(120)), ("1.5h", .seconds(5400)),
        ("3", .seconds(3)),
    ])
    func durations(text: String, expected: Duration) throws {
        let definition = try Self.parse("sources:\n  - folder: a\nlimits:\n  document_time_budget: \(text)\nsinks:\n  jsonl: o\n")
        #expect(definition.limits.documentTimeBudget == expected)
    }

    @Test(arguments: [("512 KB", 512 << 10), ("20MB", 20 << 20), ("1 GB", 1 << 30), ("4096", 4096), ("1.5 MiB", 3 << 19)])
    func sizes(text: String, expected: Int) throws {
        let definition = try Self.parse("sources:\n  - folder: a\nlimits:\n  max_file_size: \(text)\nsinks:\n  jsonl: o\n")
        #expect(definition.limits.maxFileSize == expected)
    }

    @Test func shippedPipelinesAreValid() throws {
        let archive = try PipelineDefinition.load(Harness.root.appendingPathComponent("pipelines/archive.yml").path)
        #expect(archive.sinks.jsonl == "output/records.jsonl")
        #expect(archive.sinks.sqlite == "output/baocao.sqlite")
        let reporting = try PipelineDefinition.load(Harness.root.appendingPathComponent("pipelines/reporting-db.yml").path,
                                                    environment: ["BAOCAO_DATABASE_URL": "postgres://u@h/db"])
        #expect(reporting.sinks.postgres == "postgres://u@h/db")
    }
}

@Suite("Source specs")
struct SourceResolverTests {
    @Test(arguments: [
        ("*.html", "a.html", true), ("*.html", "x/a.html", false), ("**/*.html", "x/y/a.html", true),
        ("**/*.html", "a.html", true), ("x/**", "x/y/z.txt", true), ("a?.txt", "ab.txt", true),
        ("[0-9]*.txt", "7.txt", true), ("[!0-9]*.txt", "7.txt", false), ("a.txt", "a.txt", true), ("a.txt", "b.txt", false),
    ])
    func shellPatterns(pattern: String, path: String, matches: Bool) {
        #expect(ShellPattern(pattern).matches(path) == matches)
    }

    @Test func foldersFilterGlobsAndManifestsResolveInOrder() throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let manager = FileManager.default
        for name in ["a/1.html", "a/2.txt", "a/old/3.html", "b/4.html", "b/5.txt"] {
            let url = folder.appendingPathComponent(name)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        let manifest = folder.appendingPathComponent("list.txt")
        try "# today\n\(folder.path)/b/5.txt\n\n\(folder.path)/missing.txt\n".write(to: manifest, atomically: true, encoding: .utf8)
        let resolution = SourceResolver.resolve([
            .folder(path: folder.path + "/a", include: ["**/*.html"], exclude: ["old/*"]),
            .glob(folder.path + "/b/*.html"),
            .manifest(manifest.path),
            .glob(folder.path + "/nothing/*.html"),
        ])
        // A path the manifest lists that does not exist is an input (to be rejected), not a missing source.
        #expect(resolution.files.map { String($0.path.dropFirst(folder.path.count + 1)) }
            == ["a/1.html", "b/4.html", "b/5.txt", "missing.txt"])
        #expect(resolution.missing == [folder.path + "/nothing/*.html"])
        #expect(resolution.scopes.map(\.root.description)
            == ["a", "b", "b/5.txt", "missing.txt", "nothing"].map { folder.path + "/" + $0 })
        #expect(resolution.scopes[1].contains(InputPath(folder.path + "/b/4.html")))
        #expect(!resolution.scopes[1].contains(InputPath(folder.path + "/b/5.txt")))
    }

    @Test func standardInputListsPaths() throws {
        let resolution = SourceResolver.resolve([.standardInputPaths],
                                                standardInput: { Data("corpus/seeds\n  /no/such \r\n# note\n".utf8) })
        #expect(resolution.missing.isEmpty)
        #expect(resolution.files.last?.path == "/no/such")
        #expect(resolution.files.count == 4)
    }
}

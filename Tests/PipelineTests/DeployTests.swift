import Foundation
import Testing

/// What `deploy/` promises, tested with the real tools: PySpark in local mode piping the
/// corpus through the filter, the Kubernetes manifests against the schema, and the
/// statically linked binary on a system without Swift's libraries. `scripts/test-deploy`
/// installs the tools (`scripts/test` runs it and requires the Spark and manifest tests);
/// elsewhere they run when the tools are there and are skipped, saying why, when not.
@Suite("Deployment", .serialized)
struct DeployTests {
    static let environment = ProcessInfo.processInfo.environment

    /// A Python with pyspark and kubernetes-validate (`BAOCAO_DEPLOY_PYTHON`, else the
    /// virtual environment `scripts/test-deploy` makes).
    static let python: URL? = {
        let candidates: [String?] = [environment["BAOCAO_DEPLOY_PYTHON"], Harness.root.appendingPathComponent(".build-venv-deploy/bin/python3").path]
        return candidates.compactMap { $0 }.filter { !$0.isEmpty && FileManager.default.isExecutableFile(atPath: $0) }
            .first.map(URL.init(fileURLWithPath:))
    }()

    static func requires(_ name: String) -> Bool { ["1", "true", "yes"].contains(environment[name]?.lowercased() ?? "") }
    static let deployToolsReason = "no Python with pyspark and kubernetes-validate: run scripts/test-deploy (scripts/test does, and sets BAOCAO_REQUIRE_SPARK=1)"

    static func hasModule(_ module: String) -> Bool {
        guard let python else { return false }
        return (try? Harness.run(python, ["-c", "import \(module)"]).status) == 0
    }

    @Test(.enabled(if: python != nil || requires("BAOCAO_REQUIRE_SPARK"), Comment(rawValue: deployToolsReason)))
    func sparkPipeGivesTheOneMachineRecords() throws {
        let python = try #require(Self.python, Comment(rawValue: Self.deployToolsReason))
        try #require(Self.hasModule("pyspark"), "pyspark is missing from \(python.path): run scripts/test-deploy")
        let folder = try Harness.temporaryDirectory()
        let reference = folder.appendingPathComponent("all.jsonl")
        let whole = try Harness.baocao(["extract", Harness.corpus.path, "-o", reference.path, "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let expected = try String(contentsOf: reference, encoding: .utf8).split(separator: "\n").map(String.init)
        // The inputs in the one-machine run's order: file:// URIs and plain paths by turns.
        let uris = try Harness.jsonLines(reference).compactMap { ($0["source"] as? [String: Any])?["uri"] as? String }
        let inputs = uris.enumerated().map { index, uri in index % 2 == 0 ? uri : String(uri.dropFirst("file://".count)) }
        try (inputs.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("inputs.txt"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("spark-out")
        let run = try Harness.run(python, [
            Harness.root.appendingPathComponent("deploy/spark/baocao_pipe.py").path,
            "--inputs", folder.appendingPathComponent("inputs.txt").path, "--output", output.path,
            "--baocao", Harness.executable.path, "--partitions", "3", "--jobs", "2", "--master", "local[2]",
        ], in: folder, environment: ["PYSPARK_PYTHON": python.path, "SPARK_LOCAL_IP": "127.0.0.1"])
        try #require(run.status == 0, "PySpark failed: \(run.stderr.suffix(3000))")
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }.sorted()
        #expect(parts.count >= 3, "\(parts.count) partitions")
        var lines: [String] = []
        for part in parts {
            lines += try String(contentsOf: output.appendingPathComponent(part), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        #expect(lines.count == expected.count)
        for (index, (line, want)) in zip(lines, expected).enumerated() where line != want {
            Issue.record("record \(index) from Spark differs from the one-machine run: \(line.prefix(200))")
            break
        }
    }

    @Test(.enabled(if: python != nil || requires("BAOCAO_REQUIRE_SPARK"), Comment(rawValue: deployToolsReason)))
    func kubernetesManifestsValidate() throws {
        let python = try #require(Self.python, Comment(rawValue: Self.deployToolsReason))
        let folder = Harness.root.appendingPathComponent("deploy/k8s")
        let manifests = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        try #require(!manifests.isEmpty)
        let validate = try Harness.run(python, ["-m", "kubernetes_validate", "--strict", "-k", "1.30.0"]
                                       + manifests.map { folder.appendingPathComponent($0).path })
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        // The validator must catch a broken Job: a field of the wrong type.
        let job = try String(contentsOf: folder.appendingPathComponent("job.yaml"), encoding: .utf8)
        let broken = try Harness.temporaryDirectory().appendingPathComponent("job.yaml")
        try job.replacingOccurrences(of: "completionMode: Indexed", with: "completionMode: [Indexed]")
            .write(to: broken, atomically: true, encoding: .utf8)
        #expect(try Harness.run(python, ["-m", "kubernetes_validate", "--strict", "-k", "1.30.0", broken.path]).status != 0)
    }

    /// `BAOCAO_STATIC_BINARY`: the build of `swift build -c release --static-swift-stdlib`
    /// (a full release build of its own; BAOCAO_REQUIRE_STATIC=1 makes the test required).
    static let staticBinary = environment["BAOCAO_STATIC_BINARY"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }

    @Test(.enabled(if: staticBinary != nil || requires("BAOCAO_REQUIRE_STATIC"),
                   "BAOCAO_STATIC_BINARY is not set: swift build -c release --static-swift-stdlib --product baocao --scratch-path .build-static, then point it at .build-static/release/baocao"))
    func staticBinaryNeedsNoSwiftLibraries() throws {
        let binary = try #require(Self.staticBinary, "BAOCAO_STATIC_BINARY is not set")
        let ldd = try Harness.run(URL(fileURLWithPath: "/usr/bin/ldd"), [binary.path])
        #expect(ldd.status == 0, "\(ldd.stderr)")
        let swiftLibraries = ldd.stdout.split(separator: "\n").filter {
            $0.contains("libswift") || $0.contains("libFoundation") || $0.contains("libdispatch") || $0.contains("libBlocksRuntime")
                || $0.contains("/swift/")
        }
        #expect(swiftLibraries.isEmpty, "linked to Swift's libraries: \(swiftLibraries)")
        // No environment at all: no PATH, no LD_LIBRARY_PATH pointing into the toolchain.
        let input = Harness.corpus.appendingPathComponent("html").path
        let run = try Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["-i", binary.path, "extract", input, "-o", "-", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let reference = try Harness.baocao(["extract", input, "-o", "-", "--quiet"])
        #expect(run.stdout == reference.stdout, "the static binary's records differ")
        #expect(!run.stdout.isEmpty)
    }
}

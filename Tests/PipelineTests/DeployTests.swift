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

    static func hasModule(_ module: String) async -> Bool {
        guard let python else { return false }
        return (try? await Harness.run(python, ["-c", "import \(module)"]).status) == 0
    }

    @Test(.enabled(if: python != nil || requires("BAOCAO_REQUIRE_SPARK"), Comment(rawValue: deployToolsReason)))
    func sparkPipeGivesTheOneMachineRecords() async throws {
        let python = try #require(Self.python, Comment(rawValue: Self.deployToolsReason))
        try #require(await Self.hasModule("pyspark"), "pyspark is missing from \(python.path): run scripts/test-deploy")
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let reference = folder.appendingPathComponent("all.jsonl")
        let whole = try await Harness.baocao(["extract", Harness.corpus.path, "-o", reference.path, "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let expected = try String(contentsOf: reference, encoding: .utf8).split(separator: "\n").map(String.init)
        // The inputs in the one-machine run's order: file:// URIs and plain paths by turns.
        let uris = try Harness.jsonLines(reference).compactMap { ($0["source"] as? [String: Any])?["uri"] as? String }
        let inputs = uris.enumerated().map { index, uri in index % 2 == 0 ? uri : String(uri.dropFirst("file://".count)) }
        try (inputs.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("inputs.txt"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("spark-out")
        let run = try await Harness.run(python, [
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
    func kubernetesManifestsValidate() async throws {
        let python = try #require(Self.python, Comment(rawValue: Self.deployToolsReason))
        let folder = Harness.root.appendingPathComponent("deploy/k8s")
        let manifests = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        try #require(!manifests.isEmpty)
        let validate = try await Harness.run(python, ["-m", "kubernetes_validate", "--strict", "-k", "1.30.0"]
                                       + manifests.map { folder.appendingPathComponent($0).path })
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        // The validator must catch a broken Job: a field of the wrong type.
        let job = try String(contentsOf: folder.appendingPathComponent("job.yaml"), encoding: .utf8)
        let brokenFolder = try Harness.temporaryDirectory()
        defer { Harness.remove(brokenFolder) }
        let broken = brokenFolder.appendingPathComponent("job.yaml")
        try job.replacingOccurrences(of: "completionMode: Indexed", with: "completionMode: [Indexed]")
            .write(to: broken, atomically: true, encoding: .utf8)
        #expect(try await Harness.run(python, ["-m", "kubernetes_validate", "--strict", "-k", "1.30.0", broken.path]).status != 0)
    }

    /// `BAOCAO_STATIC_BINARY`: the build of `swift build -c release --static-swift-stdlib`
    /// (`scripts/test` builds it with `--scratch-path .build-static` and sets
    /// BAOCAO_REQUIRE_STATIC=1, which makes these tests required).
    static let staticBinary = environment["BAOCAO_STATIC_BINARY"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
    static let staticReason = "BAOCAO_STATIC_BINARY is not set: swift build -c release --static-swift-stdlib --product baocao --scratch-path .build-static, then point it at .build-static/release/baocao"

    static func isSwiftLibrary(_ line: Substring) -> Bool {
        line.contains("libswift") || line.contains("libFoundation") || line.contains("lib_Foundation")
            || line.contains("libdispatch") || line.contains("libBlocksRuntime") || line.contains("/swift/")
    }

    /// The static binary copied into a fresh folder outside the toolchain and the build folders.
    static func staticCopy() throws -> (folder: URL, binary: URL) {
        let binary = try #require(staticBinary, "BAOCAO_STATIC_BINARY is not set")
        let folder = try Harness.temporaryDirectory()
        let copy = folder.appendingPathComponent("baocao")
        try FileManager.default.copyItem(at: binary, to: copy)
        return (folder, copy)
    }

    @Test(.enabled(if: staticBinary != nil || requires("BAOCAO_REQUIRE_STATIC"), Comment(rawValue: staticReason)))
    func staticBinaryNeedsNoSwiftLibraries() async throws {
        let (folder, binary) = try Self.staticCopy()
        defer { Harness.remove(folder) }
        let ldd = try await Harness.run(URL(fileURLWithPath: "/usr/bin/ldd"), [binary.path])
        #expect(ldd.status == 0, "\(ldd.stderr)")
        let swiftLibraries = ldd.stdout.split(separator: "\n").filter(Self.isSwiftLibrary)
        #expect(swiftLibraries.isEmpty, "linked to Swift's libraries: \(swiftLibraries)")
        // The reference must be the dynamic build, or the comparison below compares a binary with itself.
        let reference = try await Harness.run(URL(fileURLWithPath: "/usr/bin/ldd"), [Harness.executable.path])
        try #require(reference.stdout.split(separator: "\n").contains { $0.contains("libswiftCore") },
                     "the reference binary \(Harness.executable.path) is not the dynamically linked build")
        // No environment at all but an empty LD_LIBRARY_PATH (no PATH, nothing pointing into the
        // toolchain), run from a folder outside it, on every input of corpus/.
        let run = try await Harness.run(URL(fileURLWithPath: "/usr/bin/env"),
                                  ["-i", "LD_LIBRARY_PATH=", binary.path, "extract", Harness.corpus.path, "-o", "-", "--quiet"],
                                  in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let dynamic = try await Harness.baocao(["extract", Harness.corpus.path, "-o", "-", "--quiet"], in: folder)
        try #require(dynamic.status == 0, "\(dynamic.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = dynamic.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == expected.count, "\(lines.count) lines from the static binary, \(expected.count) from the dynamic one")
        #expect(expected.count > 50, "corpus/ gave only \(expected.count) lines")
        for (index, (line, want)) in zip(lines, expected).enumerated() where line != want {
            Issue.record("record \(index) of the static binary differs from the dynamic build's: \(line.prefix(300))")
            break
        }
        #expect(run.stdout == dynamic.stdout)
    }

    /// Where ldd found a library: "\tlibxml2.so.2 => /lib/x86_64-linux-gnu/libxml2.so.2 (0x…)",
    /// or the loader itself, "\t/lib64/ld-linux-x86-64.so.2 (0x…)".
    static func resolvedPath(of library: String, in ldd: String) -> String? {
        for line in ldd.split(separator: "\n") {
            let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = words.first else { continue }
            if first == library, words.count > 2, words[1] == "=>" { return words[2] }
            if first.hasSuffix("/" + library) { return first }
        }
        return nil
    }

    /// The runtime stage of `deploy/Dockerfile` installs exactly the Debian packages of the
    /// libraries the static binary names (its DT_NEEDED entries), but those of libc6 and
    /// libgcc-s1, which every Debian image has; their own dependencies (ICU under libxml2)
    /// come with apt. `ca-certificates` is there for the crawler's HTTPS, not a library.
    @Test(.enabled(if: (staticBinary != nil || requires("BAOCAO_REQUIRE_STATIC"))
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/dpkg"),
                   "needs BAOCAO_STATIC_BINARY and a Debian host (dpkg)"))
    func dockerfileInstallsTheStaticBinarysLibraries() async throws {
        let (copyFolder, binary) = try Self.staticCopy()
        defer { Harness.remove(copyFolder) }
        let readelf = try await Harness.run(URL(fileURLWithPath: "/usr/bin/env"), ["readelf", "-d", binary.path])
        try #require(readelf.status == 0, "\(readelf.stderr)")
        // "0x0000000000000001 (NEEDED)  Shared library: [libxml2.so.2]"
        let needed = readelf.stdout.split(separator: "\n").filter { $0.contains("(NEEDED)") }.compactMap { line -> String? in
            guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        try #require(!needed.isEmpty, "\(readelf.stdout)")
        #expect(!needed.contains { Self.isSwiftLibrary(Substring($0)) }, "\(needed)")
        let ldd = try await Harness.run(URL(fileURLWithPath: "/usr/bin/ldd"), [binary.path])
        var packages = Set<String>()
        for name in needed {
            let path = try #require(Self.resolvedPath(of: name, in: ldd.stdout), "\(name) not in ldd's output")
            let owner = try await Harness.run(URL(fileURLWithPath: "/usr/bin/dpkg"), ["-S", path])
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let found = owner.status == 0 ? owner : try await Harness.run(URL(fileURLWithPath: "/usr/bin/dpkg"), ["-S", resolved])
            try #require(found.status == 0, "no package owns \(path): \(found.stderr)")
            // "libxml2:amd64: /usr/lib/x86_64-linux-gnu/libxml2.so.2"
            let package = String(found.stdout.prefix { $0 != ":" })
            packages.insert(package)
        }
        packages.subtract(["libc6", "libgcc-s1"])
        let dockerfile = try String(contentsOf: Harness.root.appendingPathComponent("deploy/Dockerfile"), encoding: .utf8)
        let runtime = try #require(dockerfile.components(separatedBy: "\nFROM ").last, "no runtime stage")
        let words = runtime.replacingOccurrences(of: "\\\n", with: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        let install = try #require(words.firstIndex(of: "install"), "the runtime stage installs nothing")
        let installed = Set(words[(install + 1)...].prefix { $0 != "&&" }.filter { !$0.hasPrefix("-") })
        #expect(installed.subtracting(["ca-certificates"]) == packages,
                "the Dockerfile installs \(installed.sorted()); the binary needs \(packages.sorted()) (NEEDED: \(needed))")
    }
}

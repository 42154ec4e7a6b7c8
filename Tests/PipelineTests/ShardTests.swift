import Foundation
import Pipeline
import Testing

/// `--shard K/N`: shards are disjoint, cover the run, and give the records of a one-machine
/// run byte for byte, whatever order the inputs are listed in.
@Suite("Shards", .serialized)
struct ShardTests {
    @Test func namesAndIndexes() throws {
        let second = try Shard(index: 2, count: 3)
        #expect(try Shard(parsing: "2/3") == second)
        #expect(throws: Shard.Invalid.self) { try Shard(parsing: "4/4") }
        #expect(throws: Shard.Invalid.self) { try Shard(parsing: "1/0") }
        #expect(throws: Shard.Invalid.self) { try Shard(parsing: "one/4") }
        #expect(try Shard(count: 3, environment: ["JOB_COMPLETION_INDEX": "2"]) == second)
        #expect(try Shard(count: 3, environment: ["BAOCAO_SHARD": "1", "JOB_COMPLETION_INDEX": "2"]).index == 1)
        #expect(throws: Shard.Invalid.self) { try Shard(count: 3, environment: [:]) }
        // Published FNV-1a 64 test vectors: the assignment must never change between versions.
        #expect(Shard.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(Shard.hash("foobar") == 0x8594_4171_f739_67e8)
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func fourShardsMakeTheOneMachineRun() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let corpus = Harness.corpus.path
        let whole = try await Harness.baocao(["extract", corpus, "-o", folder.appendingPathComponent("all.jsonl").path, "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let all = try Self.lines(folder.appendingPathComponent("all.jsonl"))
        // The same inputs listed the other way round: subfolders in reverse order.
        let subfolders = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted(by: >)
            .map { corpus + "/" + $0 }.filter { var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }
        var union: [String] = []
        for index in 0..<4 {
            let out = folder.appendingPathComponent("shard-\(index).jsonl")
            let arguments = index % 2 == 0 ? [corpus, "--shard", "\(index)/4"] : subfolders + ["--shards", "4"]
            let environment = index == 1 ? ["JOB_COMPLETION_INDEX": "1"] : ["BAOCAO_SHARD": "\(index)"]
            let run = try await Harness.baocao(["extract"] + arguments + ["-o", out.path, "--quiet"], environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            let lines = try Self.lines(out)
            #expect(!lines.isEmpty, "shard \(index) of 4 got no input")
            #expect(lines.count < all.count)
            union += lines
        }
        #expect(union.count == all.count, "shards overlap or miss inputs")
        #expect(union.sorted() == all.sorted(), "the shards' records differ from the one-machine run")
    }

    @Test func aPipelineNamesItsShard() async throws {
        let folder = try RunTests.workspace()
        defer { Harness.remove(folder) }
        try """
            sources:
              - folder: corpus
            concurrency: 2
            shard: ${SHARD}/3
            sinks:
              jsonl: output/records.jsonl
            """.write(to: folder.appendingPathComponent("pipeline.yml"), atomically: true, encoding: .utf8)
        var union: [String] = []
        for index in 0..<3 {
            let run = try await Harness.baocao(["run", "pipeline.yml", "--quiet"], in: folder, environment: ["SHARD": "\(index)"])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = try Self.lines(folder.appendingPathComponent("output/records.jsonl"))
            let alone = try await Harness.baocao(["extract", "corpus", "--shard", "\(index)/3", "-o", "-", "--quiet"], in: folder)
            #expect(alone.stdout == lines.map { $0 + "\n" }.joined(), "shard: \(index)/3 and --shard \(index)/3 differ")
            union += lines
        }
        let whole = try await Harness.baocao(["extract", "corpus", "-o", "-", "--quiet"], in: folder)
        #expect(union.sorted() == whole.stdout.split(separator: "\n").map(String.init).sorted())
        let bad = try await Harness.baocao(["run", "pipeline.yml"], in: folder, environment: ["SHARD": "3"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("shard 3 of 3 does not exist"), "\(bad.stderr)")
    }
}

import Foundation
import Testing

@Suite(.serialized) struct CLITests {
    @Test func helpExplainsAndExitsZero() async throws {
        let result = try await Harness.baocao(["extract", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--rejects"))
        #expect(result.stdout.contains("Exit status") || result.stdout.contains("rejects file"))
    }

    @Test func badUsageExitsTwo() async throws {
        #expect(try await Harness.baocao(["extract"]).status == 2)
        #expect(try await Harness.baocao(["extract", "--no-such-flag", "corpus"]).status == 2)
        #expect(try await Harness.baocao(["frobnicate"]).status == 2)
    }

    @Test func unwritableOutputExitsThree() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let blocker = dir.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let result = try await Harness.baocao(["extract", "corpus/seeds", "-o", blocker.path + "/records.jsonl"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("cannot"))
    }

    /// `--summary-json` holds the figures of the summary on standard error, for extract and run alike.
    @Test func summaryJSONHoldsTheSummarysFigures() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Harness.corpus.appendingPathComponent("seeds"), to: inputs.appendingPathComponent("seeds"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: inputs.appendingPathComponent("broken.txt"))
        let summaryFile = folder.appendingPathComponent("reports/summary.json")
        let run = try await Harness.baocao(["extract", inputs.path, "-o", folder.appendingPathComponent("r.jsonl").path,
                                      "--db", "sqlite:" + folder.appendingPathComponent("b.sqlite").path,
                                      "--summary-json", summaryFile.path])
        #expect(run.status == 1, "\(run.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: summaryFile)) as? [String: Any])
        #expect(summary["documents"] as? Int == 4)
        #expect(summary["records"] as? Int == 3)
        #expect(summary["rejects"] as? Int == 1)
        let kinds = try #require(summary["rejects_by_kind"] as? [String: Int])
        #expect(kinds.values.reduce(0, +) == 1)
        #expect(run.stderr.contains("4 documents, 3 records, 1 reject"), "\(run.stderr)")
        #expect((summary["stage_seconds"] as? [String: Double])?["extract"] != nil)
        let databases = try #require(summary["databases"] as? [String: [String: Int]])
        #expect(databases.values.first?["inserted"] == 3)
        #expect(summary["interrupted"] as? Bool == false)
        #expect(try await Harness.baocao(["extract", inputs.path, "-o", "-", "--summary-json", ""]).status == 2)
    }

    @Test func schemaIsValidJSON() async throws {
        let result = try await Harness.baocao(["schema"])
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func standardOutputGetsRecordsAndSummaryGoesToStandardError() async throws {
        let result = try await Harness.baocao(["extract", "corpus/seeds/002_31eddc2270e1bae0.txt", "-o", "-", "--quiet"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("1 document, 1 record, 0 rejects"))
    }

    @Test func badInputsBecomeRejectsAndTheRestStillComeOut() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let inputs = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data().write(to: inputs.appendingPathComponent("a-empty.txt"))
        try Data("   \n\n ".utf8).write(to: inputs.appendingPathComponent("b-blank.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + [UInt8](repeating: 0, count: 200))
            .write(to: inputs.appendingPathComponent("c-image.html"))
        try Data("<html><head><title>x</title></head><body><div class=\"menu\"><a href=\"/\">Trang chủ</a></div></body></html>".utf8)
            .write(to: inputs.appendingPathComponent("d-no-article.html"))
        let good = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 33 ngày 14/9/2021 để thực hiện Chỉ thị 05.\nCó 132 mô hình được đăng ký."
        try Data(good.utf8).write(to: inputs.appendingPathComponent("e-good.txt"))
        let truncated = "<html><body><article><h1>Tiêu đề</h1><p>Toàn tỉnh có trên 1.000 mô hình học và làm theo Bác, với nhiều cách làm sáng tạo ở cơ sở.</p><p>Đoạn bị cắt ngang gi"
        try Data(truncated.utf8).write(to: inputs.appendingPathComponent("f-truncated.html"))
        let records = dir.appendingPathComponent("out/records.jsonl")
        let rejects = dir.appendingPathComponent("out/rejects.jsonl")
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("g-dangling.html").path,
                                                   withDestinationPath: dir.appendingPathComponent("missing").path)
        let result = try await Harness.baocao(["extract", inputs.path, "-o", records.path, "--rejects", rejects.path, "--quiet"])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let written = try Harness.jsonLines(records)
        let uris = written.compactMap { ($0["source"] as? [String: Any])?["uri"] as? String }
        #expect(uris.contains { $0.hasSuffix("e-good.txt") })
        let rejected = try Harness.jsonLines(rejects)
        var kinds: [String: String] = [:]
        for line in rejected {
            let uri = (line["source"] as? [String: Any])?["uri"] as? String ?? ""
            let kind = (line["error"] as? [String: Any])?["kind"] as? String ?? ""
            kinds[(uri as NSString).lastPathComponent] = kind
        }
        #expect(kinds["a-empty.txt"] == "empty")
        #expect(kinds["b-blank.html"] == "empty")
        // A PNG whatever its name: read as an image, whose pixels Tesseract cannot read.
        #expect(kinds["c-image.html"] == "corrupt")
        #expect(kinds["d-no-article.html"] == "empty")
        #expect(kinds["f-truncated.html"] == "truncated")
        #expect(kinds["g-dangling.html"] == "io")
        #expect(result.stderr.contains("7 documents, 1 record, 6 rejects"))
    }
}

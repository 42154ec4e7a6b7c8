import Foundation
import Testing

/// Hostile inputs from `scripts/adversarial.py` (a seeded slice of the 10,000-case corpus) through
/// the binary under test: every file becomes a record or a reject, nothing crashes or hangs.
@Suite(.serialized) struct AdversarialTests {
    @Test func everyHostileInputBecomesARecordOrAReject() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { Harness.remove(dir) }
        let inputs = dir.appendingPathComponent("inputs")
        let generator = Harness.root.appendingPathComponent("scripts/adversarial.py")
        let made = try await Harness.python([generator.path, inputs.path, "--count", "680", "--max-size", "65536", "--seed", "17"])
        #expect(made.status == 0, "\(made.stderr)")
        let manifestData = try Data(contentsOf: dir.appendingPathComponent("inputs.manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let expected = try #require(manifest["expected_inputs"] as? Int)

        let records = dir.appendingPathComponent("out/records.jsonl")
        let run = try await Harness.baocao(["extract", inputs.path, "-o", records.path, "--quiet"])
        #expect(run.status == 0 || run.status == 1, "status \(run.status)\n\(run.stderr.suffix(4000))")
        #expect(!run.stderr.contains("Program crashed"), "\(run.stderr.suffix(4000))")

        let written = try Harness.jsonLines(records)
        let rejects = try Harness.jsonLines(dir.appendingPathComponent("out/records.rejects.jsonl"))
        #expect(written.count + rejects.count == expected,
                "\(written.count) records + \(rejects.count) rejects for \(expected) inputs")
        let uris = written.compactMap { ($0["source"] as? [String: Any])?["uri"] as? String }
            + rejects.compactMap { ($0["source"] as? [String: Any])?["uri"] as? String }
        #expect(Set(uris).count == uris.count, "an input came out twice")
        for record in written {
            let text = record["text"] as? String ?? ""
            let nfc = text.precomposedStringWithCanonicalMapping
            #expect(Array(nfc.unicodeScalars) == Array(text.unicodeScalars), "text not NFC in \(record["source"] ?? "")")
        }
    }
}

import Foundation
import Testing

/// The main job on the repository's corpus: every record valid against `baocao schema`,
/// every string NFC, every HTML fixture's text equal to the text kept beside it.
@Suite(.serialized) struct CorpusTests {
    static let run = Task { () async throws -> (records: URL, dir: URL) in
        let dir = try Harness.temporaryDirectoryOfTheRun()
        let records = dir.appendingPathComponent("records.jsonl")
        let result = try await Harness.baocao(["extract", "corpus", "-o", records.path, "--quiet"])
        guard result.status == 0 || result.status == 1 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
        let schema = try await Harness.baocao(["schema"])
        try Data(schema.stdout.utf8).write(to: dir.appendingPathComponent("schema.json"))
        return (records, dir)
    }

    @Test func everyRecordValidatesAgainstTheSchema() async throws {
        let (records, dir) = try await Self.run.value
        let script = """
        import json, sys, unicodedata, jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft202012Validator(schema)
        jsonschema.Draft202012Validator.check_schema(schema)
        bad = 0
        def strings(x):
            if isinstance(x, str): yield x
            elif isinstance(x, list):
                for y in x: yield from strings(y)
            elif isinstance(x, dict):
                for y in x.values(): yield from strings(y)
        n = 0
        for line in open(sys.argv[2], encoding="utf-8"):
            n += 1
            rec = json.loads(line)
            for err in validator.iter_errors(rec):
                bad += 1; print("INVALID", rec["source"]["uri"], err.message[:200])
            for s in strings(rec):
                if unicodedata.normalize("NFC", s) != s:
                    bad += 1; print("NOT NFC", rec["source"]["uri"], s[:60])
            text = rec["text"]
            for lst in ("directives", "figures", "models", "dates", "periods", "people", "themes"):
                for item in rec[lst]:
                    for m in item["mentions"]:
                        if not (0 <= m["start"] < m["end"] <= len(text)):
                            bad += 1; print("BAD MENTION", rec["source"]["uri"], lst, m)
        print("records", n, "problems", bad)
        sys.exit(1 if bad or n == 0 else 0)
        """
        let scriptURL = dir.appendingPathComponent("validate.py")
        try Data(script.utf8).write(to: scriptURL)
        let result = try await Harness.python([scriptURL.path, dir.appendingPathComponent("schema.json").path, records.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func everyDocumentOfTheCorpusBecomesARecord() async throws {
        let (records, _) = try await Self.run.value
        let lines = try Harness.jsonLines(records)
        let uris = Set(lines.compactMap { ($0["source"] as? [String: Any])?["uri"] as? String })
        for seed in ["seeds/000_f280e3f9c1c8211f.txt", "seeds/001_811e4f6b770f6b67.txt", "seeds/002_31eddc2270e1bae0.txt"] {
            #expect(uris.contains("file://" + Harness.corpus.path + "/" + seed))
        }
        #expect(lines.count >= 33)
    }

    @Test func htmlFixturesMatchTheirExpectedText() async throws {
        let (records, _) = try await Self.run.value
        let lines = try Harness.jsonLines(records)
        let html = Harness.corpus.appendingPathComponent("html")
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: html.path).filter { $0.hasSuffix(".html") }
        #expect(fixtures.count >= 3)
        for name in fixtures {
            let record = lines.first { (($0["source"] as? [String: Any])?["uri"] as? String) == "file://" + html.path + "/" + name }
            let expected = try String(contentsOf: html.appendingPathComponent(name + ".expected"), encoding: .utf8)
            #expect(record?["text"] as? String == expected.trimmingCharacters(in: .whitespacesAndNewlines), "\(name)")
            let metaURL = html.appendingPathComponent(name + ".meta.json")
            if let meta = try? JSONSerialization.jsonObject(with: Data(contentsOf: metaURL)) as? [String: Any] {
                let source = record?["source"] as? [String: Any]
                #expect(source?["encoding"] as? String == meta["encoding"] as? String, "\(name) encoding")
                #expect(record?["published"] as? String == meta["published"] as? String, "\(name) published")
                #expect(record?["title"] as? String == meta["title"] as? String, "\(name) title")
                #expect(record?["authors"] as? [String] == meta["authors"] as? [String], "\(name) authors")
                #expect(record?["site"] as? String == meta["site"] as? String, "\(name) site")
            }
        }
    }
}

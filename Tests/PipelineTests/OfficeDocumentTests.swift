import Foundation
import Testing
import VietnameseText

/// Office documents through the real `baocao`: every form of the fixture reports (.docx,
/// .odt, .doc, TCVN3 and VNI fonts) becomes one record whose text matches the plain-text
/// version, with the right container, font encoding and warnings; a mixed folder runs
/// through `extract` and `run`; a damaged .docx and a zip bomb are rejects.
@Suite("Office documents", .serialized)
struct OfficeDocumentTests {
    static let fixtures = Harness.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/office")
    static let reports = ["report-kimson", "report-hoason"]
    /// Each form: file suffix, container, font encoding, media type.
    static let forms: [(suffix: String, container: String, fontEncoding: String?, mediaType: String)] = [
        (".docx", "docx", nil, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (".odt", "odt", nil, "application/vnd.oasis.opendocument.text"),
        (".doc", "doc", nil, "application/msword"),
        ("-tcvn3.docx", "docx", "tcvn3", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("-tcvn3.odt", "odt", "tcvn3", "application/vnd.oasis.opendocument.text"),
        ("-tcvn3.doc", "doc", "tcvn3", "application/msword"),
        ("-vni.docx", "docx", "vni", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("-vni.doc", "doc", "vni", "application/msword"),
    ]

    /// Words: runs of letters, digits and marks, compared as a multiset.
    static func tokens(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var word = ""
        for scalar in Normalization.nfc(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                counts[word, default: 0] += 1
                word = ""
            }
        }
        if !word.isEmpty { counts[word, default: 0] += 1 }
        return counts
    }

    /// Token F1 of `candidate` against `reference`.
    static func tokenF1(_ candidate: String, _ reference: String) -> Double {
        let found = tokens(candidate), expected = tokens(reference)
        let overlap = found.reduce(0) { $0 + min($1.value, expected[$1.key] ?? 0) }
        let foundCount = found.values.reduce(0, +), expectedCount = expected.values.reduce(0, +)
        guard overlap > 0 else { return 0 }
        let precision = Double(overlap) / Double(foundCount), recall = Double(overlap) / Double(expectedCount)
        return 2 * precision * recall / (precision + recall)
    }

    @Test func tokenF1CanFail() {
        #expect(Self.tokenF1("Học tập và làm theo", "Học tập và làm theo") == 1)
        #expect(Self.tokenF1("Häc tËp vµ lµm theo", "Học tập và làm theo") < 0.5)
        #expect(Self.tokenF1("Học tập", "Học tập và làm theo Bác năm 2024") < 0.5)
    }

    static func json(_ value: Any?) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    static func source(_ record: [String: Any]) -> [String: Any] { record["source"] as? [String: Any] ?? [:] }
    static func name(_ record: [String: Any]) -> String { ((source(record)["uri"] as? String ?? "") as NSString).lastPathComponent }
    static func warningCodes(_ record: [String: Any]) -> [String] {
        (record["warnings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
    }

    @Test func everyFormIsOneRecordMatchingThePlainText() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        var inputs: [String] = []
        for report in Self.reports {
            inputs.append(Self.fixtures.appendingPathComponent(report + ".txt").path)
            for form in Self.forms { inputs.append(Self.fixtures.appendingPathComponent(report + form.suffix).path) }
        }
        let output = folder.appendingPathComponent("out.jsonl")
        let result = try await Harness.baocao(["extract"] + inputs + ["-o", output.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let schema = try await Harness.baocao(["schema"])
        try Data(schema.stdout.utf8).write(to: folder.appendingPathComponent("schema.json"))
        let valid = try await Harness.python(["-c", """
            import json, sys, jsonschema
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            errors = [e.message for line in open(sys.argv[2]) for e in validator.iter_errors(json.loads(line))]
            print(errors[:5]); sys.exit(1 if errors else 0)
            """, folder.appendingPathComponent("schema.json").path, output.path])
        #expect(valid.status == 0, "records against the schema: \(valid.stdout)\(valid.stderr)")
        let records = Dictionary(try Harness.jsonLines(output).map { (Self.name($0), $0) }, uniquingKeysWith: { first, _ in first })
        #expect(records.count == inputs.count)
        for report in Self.reports {
            let plain = try #require(records[report + ".txt"])
            let reference = try #require(plain["text"] as? String)
            for form in Self.forms {
                let name = report + form.suffix
                let record = try #require(records[name], "\(name) gave no record")
                let source = Self.source(record)
                #expect(source["container"] as? String == form.container, "\(name)")
                #expect(source["font_encoding"] as? String == form.fontEncoding, "\(name)")
                #expect(source["media_type"] as? String == form.mediaType, "\(name)")
                let f1 = Self.tokenF1(record["text"] as? String ?? "", reference)
                #expect(f1 >= 0.98, "\(name): token F1 \(f1)")
                #expect(record["title"] as? String == plain["title"] as? String, "\(name)")
                #expect(record["published"] as? String == plain["published"] as? String, "\(name)")
                #expect(Self.warningCodes(record) == (form.fontEncoding == nil ? [] : ["legacy_font"]), "\(name)")
                #expect((record["text"] as? String)?.contains("LƯU HÀNH NỘI BỘ") == false, "\(name): the running header")
                for list in ["directives", "figures", "models", "dates", "periods", "people", "themes"] {
                    #expect(try Self.json(record[list]) == Self.json(plain[list]), "\(name): \(list) differ from the plain text's")
                }
            }
        }
    }

    /// A plain-text report in TCVN3 bytes, and the same report's VNI characters in UTF-8:
    /// no font says so, the statistics do.
    @Test func legacyTextWithoutAFontIsDetected() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let reference = try String(contentsOf: Self.fixtures.appendingPathComponent("report-kimson.txt"), encoding: .utf8)
        // TCVN3 has no capitals with tone marks (the .VnTimeH font drew them): a plain-text
        // file in TCVN3 writes such lines in lower case.
        let lowered = reference.split(separator: "\n").map { line in
            line.unicodeScalars.contains { !$0.isASCII && $0.properties.isUppercase } ? line.lowercased() : String(line)
        }.joined(separator: "\n")
        try Data(LegacyText.encodeTCVN3ForTesting(lowered)).write(to: folder.appendingPathComponent("tcvn3.txt"))
        try Data(LegacyText.encodeVNIForTesting(reference).utf8).write(to: folder.appendingPathComponent("vni.txt"))
        let page = "<html><head><meta charset=\"utf-8\"><title>x</title></head><body><article>"
            + reference.split(separator: "\n").map { "<p>\(LegacyText.encodeVNIForTesting(String($0)))</p>" }.joined()
            + "</article></body></html>"
        try Data(page.utf8).write(to: folder.appendingPathComponent("vni.html"))
        let result = try await Harness.baocao(["extract", folder.path, "-o", folder.appendingPathComponent("out.jsonl").path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Harness.jsonLines(folder.appendingPathComponent("out.jsonl"))
        #expect(records.map(Self.name) == ["tcvn3.txt", "vni.html", "vni.txt"])
        for record in records {
            let name = Self.name(record)
            #expect(Self.source(record)["font_encoding"] as? String == (name == "tcvn3.txt" ? "tcvn3" : "vni"), "\(name)")
            #expect(Self.source(record)["container"] == nil, "\(name)")
            #expect(Self.warningCodes(record) == ["legacy_font"], "\(name)")
            let f1 = Self.tokenF1(record["text"] as? String ?? "", name == "tcvn3.txt" ? lowered : reference)
            #expect(f1 >= 0.98, "\(name): token F1 \(f1)")
        }
        #expect(Self.source(records[0])["encoding"] as? String == "tcvn3")
    }

    /// Without LibreOffice on the PATH, .doc goes through antiword: no fonts, so the TCVN3
    /// text is found by the statistics (capitals of `.VnTimeH` come out in lower case, and
    /// TCVN3's "ư", a soft hyphen to Word, is lost: why LibreOffice is preferred).
    @Test func docThroughAntiwordFindsTheLegacyEncodingByStatistics() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let tools = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let antiword = try #require(["/usr/bin/antiword", "/usr/local/bin/antiword"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                    "antiword is not installed (scripts/test installs it)")
        try FileManager.default.createSymbolicLink(atPath: tools.appendingPathComponent("antiword").path, withDestinationPath: antiword)
        let output = folder.appendingPathComponent("out.jsonl")
        let result = try await Harness.baocao(["extract", Self.fixtures.appendingPathComponent("report-kimson-tcvn3.doc").path,
                                         Self.fixtures.appendingPathComponent("report-kimson.doc").path,
                                         Self.fixtures.appendingPathComponent("report-hoason-vni.doc").path, "-o", output.path, "--quiet"],
                                        environment: ["PATH": tools.path])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Harness.jsonLines(output)
        #expect(records.map(Self.name) == ["report-kimson-tcvn3.doc", "report-kimson.doc", "report-hoason-vni.doc"])
        for record in records {
            let name = Self.name(record)
            let encoding: String? = name.contains("tcvn3") ? "tcvn3" : name.contains("vni") ? "vni" : nil
            let reference = try String(contentsOf: Self.fixtures.appendingPathComponent(name.contains("kimson") ? "report-kimson.txt" : "report-hoason.txt"),
                                       encoding: .utf8)
            #expect(Self.source(record)["container"] as? String == "doc")
            #expect(Self.source(record)["font_encoding"] as? String == encoding, "\(name)")
            #expect(Self.warningCodes(record) == (encoding == nil ? [] : ["legacy_font"]), "\(name)")
            let text = record["text"] as? String ?? ""
            // TCVN3 through antiword: compared without case, and "ư" lost (0.95 here).
            let f1 = encoding == "tcvn3" ? Self.tokenF1(text.lowercased(), reference.lowercased()) : Self.tokenF1(text, reference)
            #expect(f1 >= (encoding == "tcvn3" ? 0.9 : 0.98), "\(name): token F1 \(f1)")
        }
    }

    /// A .docx whose document part unpacks to 80 MB of spaces (about 80 KB packed).
    static func writeZipBomb(_ url: URL) async throws {
        let result = try await Harness.python(["-c", """
            import sys, zipfile
            types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
                z.writestr("[Content_Types].xml", types)
                z.writestr("word/document.xml", b"<w:document>" + b" " * (80 << 20) + b"</w:document>")
            """, url.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aMixedFolderRunsThroughExtractAndRun() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let inputs = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let copies = ["report-kimson.docx", "report-kimson-tcvn3.doc", "report-hoason.odt", "report-hoason-vni.docx", "report-hoason.txt"]
        for name in copies {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: Harness.corpus.appendingPathComponent("html/000_f280e3f9c1c8211f.html"),
                                         to: inputs.appendingPathComponent("page.html"))
        let whole = try Data(contentsOf: Self.fixtures.appendingPathComponent("report-kimson.docx"))
        try whole.prefix(whole.count / 2).write(to: inputs.appendingPathComponent("damaged.docx"))
        try await Self.writeZipBomb(inputs.appendingPathComponent("bomb.docx"))
        // Named by what it is, whatever its name says.
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("report-hoason.docx"),
                                         to: inputs.appendingPathComponent("misnamed.doc"))

        let extracted = try await Harness.baocao(["extract", "archive", "-o", "out.jsonl", "--quiet"], in: folder)
        #expect(extracted.status == 1, "\(extracted.stderr)")
        let records = try Harness.jsonLines(folder.appendingPathComponent("out.jsonl"))
        #expect(records.map(Self.name) == ["misnamed.doc", "page.html", "report-hoason-vni.docx", "report-hoason.odt",
                                           "report-hoason.txt", "report-kimson-tcvn3.doc", "report-kimson.docx"])
        #expect(records.map { Self.source($0)["container"] as? String } == ["docx", nil, "docx", "odt", nil, "doc", "docx"])
        let rejects = try Harness.jsonLines(folder.appendingPathComponent("out.rejects.jsonl"))
        let kinds = Dictionary(uniqueKeysWithValues: rejects.map { (Self.name($0), ($0["error"] as? [String: Any])?["kind"] as? String) })
        #expect(kinds == ["bomb.docx": "too_large", "damaged.docx": "parse"])

        let pipeline = """
            name: office
            sources:
              - folder: archive
            sinks:
              jsonl: output/records.jsonl
              rejects: output/rejects.jsonl
              sqlite: output/baocao.sqlite
            """
        try Data(pipeline.utf8).write(to: folder.appendingPathComponent("office.yml"))
        let run = try await Harness.baocao(["run", "office.yml", "--quiet"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let runRecords = try Harness.jsonLines(folder.appendingPathComponent("output/records.jsonl"))
        #expect(runRecords.map(Self.name).sorted() == records.map(Self.name))
        #expect(try Harness.jsonLines(folder.appendingPathComponent("output/rejects.jsonl")).count == 2)
        let rows = try await Harness.python(["-c", """
            import sqlite3, sys
            print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM documents WHERE media_type LIKE 'application/%'").fetchone()[0])
            """, folder.appendingPathComponent("output/baocao.sqlite").path])
        #expect(rows.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "5", "\(rows.stderr)")
    }

    /// A `soffice` first on the PATH that notes each call's arguments (one line a call, tab
    /// between them) in `log`, then runs LibreOffice.
    static func observedLibreOffice(in folder: URL, log: URL) throws -> [String: String] {
        let real = try #require(["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }, "LibreOffice is not installed (scripts/bootstrap installs it)")
        let tools = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let script = tools.appendingPathComponent("soffice")
        try Data("#!/bin/sh\n(IFS='\t'; printf '%s\\n' \"$*\") >> '\(log.path)'\nexec \(real) \"$@\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return ["PATH": tools.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    /// The calls noted by ``observedLibreOffice(in:log:)``: the .doc files each converted.
    static func conversionCalls(_ log: URL) -> [[String]] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init).filter { $0.hasSuffix(".doc") } }
    }

    /// A folder of 20 Word 97–2003 documents made by LibreOffice (the fixtures, each under three
    /// names, one also in a subfolder under its own name), a damaged one, a page and a text:
    /// `extract` and `run` convert them with a few LibreOffice calls of at most 16 documents,
    /// not one each, keep the input order, give the damaged one its own reject, write records
    /// identical to the one-document path's, leave nothing in the temporary folder nor next to
    /// the inputs; two runs at once do not collide (each call has its own profile).
    @Test func docFilesOfAFolderAreConvertedInBatches() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: inputs.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let docs = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).filter { $0.hasSuffix(".doc") }.sorted()
        try #require(docs.count >= 6)
        for (number, name) in docs.enumerated() {
            for copy in ["a", "b", "c"] {
                try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name),
                                                 to: inputs.appendingPathComponent("\(copy)\(number)-\(name)"))
            }
        }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(docs[0]),
                                         to: inputs.appendingPathComponent("sub/a0-\(docs[0])"))
        let whole = try Data(contentsOf: Self.fixtures.appendingPathComponent("report-kimson.doc"))
        try whole.prefix(whole.count / 2).write(to: inputs.appendingPathComponent("a3-damaged.doc"))
        try FileManager.default.copyItem(at: Harness.corpus.appendingPathComponent("html/000_f280e3f9c1c8211f.html"),
                                         to: inputs.appendingPathComponent("a2-page.html"))
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("report-hoason.txt"),
                                         to: inputs.appendingPathComponent("b0-report.txt"))
        let listing = try FileManager.default.subpathsOfDirectory(atPath: inputs.path).sorted()
        let expected = listing.filter { !$0.hasPrefix("sub") && $0.contains(".") && $0 != "a3-damaged.doc" } + ["sub/a0-\(docs[0])"]
        let documents = listing.filter { $0.hasSuffix(".doc") }.count
        #expect(documents == 3 * docs.count + 2)

        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("soffice.log")
        var environment = try Self.observedLibreOffice(in: folder, log: log)
        environment["TMPDIR"] = temporary.path
        let extracted = try await Harness.baocao(["extract", "archive", "-o", "out.jsonl", "--jobs", "2", "--quiet"],
                                           in: folder, environment: environment)
        #expect(extracted.status == 1, "\(extracted.stderr)")
        let records = try Harness.jsonLines(folder.appendingPathComponent("out.jsonl"))
        let names = records.map { (Self.source($0)["uri"] as? String ?? "").replacingOccurrences(of: "file://" + inputs.path + "/", with: "") }
        #expect(names == expected)
        let rejects = try Harness.jsonLines(folder.appendingPathComponent("out.rejects.jsonl"))
        #expect(rejects.map(Self.name) == ["a3-damaged.doc"])
        #expect(rejects.map { Self.source($0)["media_type"] as? String } == ["application/msword"])
        let error = rejects.first?["error"] as? [String: Any] ?? [:]
        #expect(error["kind"] as? String == "parse" && (error["message"] as? String ?? "").contains("LibreOffice could not convert"), "\(error)")
        for record in records where Self.name(record).hasSuffix(".doc") {
            let name = Self.name(record)
            #expect(Self.source(record)["container"] as? String == "doc", "\(name)")
            let reference = try String(contentsOf: Self.fixtures.appendingPathComponent(name.contains("kimson") ? "report-kimson.txt" : "report-hoason.txt"),
                                       encoding: .utf8)
            let text = record["text"] as? String ?? ""
            #expect(Self.tokenF1(text, reference) >= 0.98, "\(name): token F1 \(Self.tokenF1(text, reference))")
        }
        let calls = Self.conversionCalls(log)
        #expect(calls.count >= 2 && calls.count <= 3, "\(calls.map(\.count))")
        #expect(calls.allSatisfy { $0.count <= 16 }, "\(calls.map(\.count))")
        #expect(calls.map(\.count).reduce(0, +) == documents, "every .doc once: \(calls.map(\.count))")
        let logged = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let profiles = logged.split(separator: "\n")
            .compactMap { $0.split(separator: "\t").first { $0.hasPrefix("-env:UserInstallation=file://" + temporary.path) } }
        #expect(profiles.count == calls.count && Set(profiles).count == calls.count, "a private profile per call: \(profiles)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "scratch files left")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: inputs.path).sorted() == listing, "files written next to the inputs")

        // The one-document path gives the same record.
        try FileManager.default.removeItem(at: log)
        let single = try await Harness.baocao(["extract", "archive/b1-\(docs[1])", "-o", "single.jsonl", "--quiet"], in: folder, environment: environment)
        #expect(single.status == 0, "\(single.stderr)")
        #expect(Self.conversionCalls(log).map(\.count) == [1])
        let record = try String(contentsOf: folder.appendingPathComponent("single.jsonl"), encoding: .utf8)
        let batched = try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8).split(separator: "\n")
            .first { $0.contains("/archive/b1-\(docs[1])\"") }
        #expect(batched.map { $0 + "\n" } == record)


        // `run` through a pipeline, twice at once into two outputs.
        try FileManager.default.removeItem(at: log)
        for name in ["one", "two"] {
            try Data("""
                name: \(name)
                sources:
                  - folder: archive
                sinks:
                  jsonl: \(name)/records.jsonl
                  rejects: \(name)/rejects.jsonl
                """.utf8).write(to: folder.appendingPathComponent("\(name).yml"))
        }
        var both = environment
        both["BAOCAO"] = Harness.executable.path
        let runs = try await Harness.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$BAOCAO\" run one.yml --quiet & \"$BAOCAO\" run two.yml --quiet; a=$?; wait $!; echo \"$a $?\""],
                                   in: folder, environment: both)
        #expect(runs.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1 1", "\(runs.stdout) \(runs.stderr)")
        for name in ["one", "two"] {
            let lines = try String(contentsOf: folder.appendingPathComponent("\(name)/records.jsonl"), encoding: .utf8)
            #expect(lines == (try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8)), "\(name)")
            #expect(try Harness.jsonLines(folder.appendingPathComponent("\(name)/rejects.jsonl")).map(Self.name) == ["a3-damaged.doc"])
        }
        #expect(Self.conversionCalls(log).count <= 6, "\(Self.conversionCalls(log).map(\.count))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "scratch files left")
    }

    /// A long .doc (the kimson report's body 200 times, made by LibreOffice from the .docx)
    /// alone: its conversion is stopped at the document's deadline, not when LibreOffice is
    /// done, and the reject is a `timeout` of a Word document.
    @Test func aDocConversionStopsAtTheDeadline() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let soffice = try #require(["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }, "LibreOffice is not installed (scripts/bootstrap installs it)")
        let made = try await Harness.python(["-c", """
            import sys, zipfile
            source = zipfile.ZipFile(sys.argv[1])
            document = source.read("word/document.xml").decode()
            start, end = document.index("<w:body>") + len("<w:body>"), document.rindex("<w:sectPr")
            long = document[:start] + document[start:end] * 200 + document[end:]
            with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    target.writestr(item, long if item.filename == "word/document.xml" else source.read(item.filename))
            """, Self.fixtures.appendingPathComponent("report-kimson.docx").path, folder.appendingPathComponent("long.docx").path])
        #expect(made.status == 0, "\(made.stderr)")
        let started = ContinuousClock.now
        let converted = try await Harness.run(URL(fileURLWithPath: soffice),
                                        ["-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless",
                                         "--norestore", "--convert-to", "doc", "--outdir", folder.path, folder.appendingPathComponent("long.docx").path],
                                        environment: ["TMPDIR": folder.path])
        let conversion = ContinuousClock.now - started
        try #require(FileManager.default.fileExists(atPath: folder.appendingPathComponent("long.doc").path), "\(converted.stderr)")

        let run = try await Harness.baocao(["extract", "long.doc", "-o", "out.jsonl", "--time-budget", "0.5", "--quiet"], in: folder)
        #expect(run.status == 1, "\(run.stderr)")
        let reject = try #require(try Harness.jsonLines(folder.appendingPathComponent("out.rejects.jsonl")).first)
        let error = reject["error"] as? [String: Any] ?? [:]
        #expect(error["kind"] as? String == "timeout", "\(error)")
        #expect(Self.source(reject)["media_type"] as? String == "application/msword")
        let after = (error["message"] as? String ?? "").split(separator: " ").compactMap { Double($0) }.first ?? .infinity
        let seconds = Double(conversion.components.seconds) + Double(conversion.components.attoseconds) / 1e18
        #expect(after < seconds / 2, "stopped after \(after) s; LibreOffice took \(seconds) s to make the .doc")
    }
}

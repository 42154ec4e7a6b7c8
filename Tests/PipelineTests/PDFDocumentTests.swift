import Foundation
import Testing
import TestSupport

/// PDFs and scans through the real `baocao` binary: a text layer (poppler) and a scan (OCR
/// with Tesseract) of the same report, made by scripts/make-pdf-fixtures, against the text the
/// report was typeset from (Fixtures/pdf/report.txt).
@Suite(.serialized) struct PDFDocumentTests {
    static let fixtures = Harness.root.appendingPathComponent("Tests/PipelineTests/Fixtures/pdf")

    static var reference: String {
        (try? String(contentsOf: fixtures.appendingPathComponent("report.txt"), encoding: .utf8)) ?? ""
    }

    /// Token F1 of `text` against `reference`: tokens are the whitespace-separated runs of
    /// NFC text, counted as a multiset.
    static func tokenF1(_ text: String, _ reference: String) -> Double {
        func tokens(_ text: String) -> [String: Int] {
            text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace)
                .reduce(into: [:]) { $0[String($1), default: 0] += 1 }
        }
        let found = tokens(text)
        let expected = tokens(reference)
        let common = found.reduce(0) { $0 + min($1.value, expected[$1.key] ?? 0) }
        let foundCount = found.values.reduce(0, +)
        let expectedCount = expected.values.reduce(0, +)
        guard common > 0 else { return 0 }
        let precision = Double(common) / Double(foundCount)
        let recall = Double(common) / Double(expectedCount)
        return 2 * precision * recall / (precision + recall)
    }

    struct Run {
        var records: [[String: Any]]
        var rejects: [[String: Any]]
        var status: Int32
        var stderr: String
    }

    /// `baocao extract` on `files` (names in the fixture folder, or absolute paths).
    static func extract(_ files: [String], arguments: [String] = []) async throws -> Run {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = folder.appendingPathComponent("records.jsonl")
        let rejects = folder.appendingPathComponent("rejects.jsonl")
        let paths = files.map { $0.hasPrefix("/") ? $0 : fixtures.appendingPathComponent($0).path }
        let output = try await Harness.baocao(["extract"] + paths + ["-o", records.path, "--rejects", rejects.path, "--fresh"] + arguments)
        let read = { (url: URL) in FileManager.default.fileExists(atPath: url.path) ? try Harness.jsonLines(url) : [] }
        return Run(records: try read(records), rejects: try read(rejects), status: output.status, stderr: output.stderr)
    }

    static func warnings(_ record: [String: Any]) -> [String: String] {
        let list = record["warnings"] as? [[String: Any]] ?? []
        return Dictionary(list.map { ($0["code"] as? String ?? "", $0["message"] as? String ?? "") }) { $1 }
    }

    @Test func theTokenF1CanFail() {
        #expect(Self.tokenF1("a b c d", "a b c d") == 1)
        #expect(Self.tokenF1("a b", "a b c d") < 0.7)
        #expect(Self.tokenF1("x y", "a b") == 0)
    }

    @Test func aTextPDFIsOneRecordWithTheReportsText() async throws {
        let run = try await Self.extract(["report.pdf"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.rejects.isEmpty)
        try #require(run.records.count == 1)
        let record = run.records[0]
        let source = record["source"] as? [String: Any] ?? [:]
        #expect(source["container"] as? String == "pdf")
        #expect(source["media_type"] as? String == "application/pdf")
        let text = record["text"] as? String ?? ""
        let f1 = Self.tokenF1(text, Self.reference)
        #expect(f1 >= 0.98, "token F1 \(f1)")
        // Hyphens at line ends are kept: "05-" ends a line and "CT/TW" starts the next; "2021 -" over "2025".
        #expect(text.contains("theo tinh thần Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016"))
        #expect(text.contains("giai đoạn 2021 - 2025 vào sinh hoạt"))
        #expect(!text.contains("05CT/TW"))
        let codes = Set((record["directives"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(codes.isSuperset(of: ["05-CT/TW", "41-KH/TU", "08-QĐi/TW", "01-KL/TW", "36-HD/VPTW"]), "\(codes)")
        let periods = (record["periods"] as? [[String: Any]] ?? []).map { "\($0["start"] ?? "")-\($0["end"] ?? "")" }
        #expect(periods.contains("2021-2025"), "\(periods)")
        #expect(record["published"] as? String == "2023-11-15")
        #expect(Self.warnings(record).isEmpty, "\(Self.warnings(record))")
        // The header and signature block read from the PDF's layout, as from a .txt or .docx.
        let document = try #require(record["document"] as? [String: Any], "no document: \(record["document"] ?? "nil")")
        #expect(document["code"] as? String == "12-BC/BTGTU")
        #expect(document["type"] as? String == "bao_cao")
        #expect(document["date"] as? String == "2023-11-15")
        #expect(document["place"] as? String == "Quảng Trị")
        #expect(document["issuer"] as? String == "Ban Tuyên giáo Tỉnh ủy Quảng Trị")
        let signers = (document["signers"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(signers == ["Lê Thị Thanh Hương"])
        #expect(record["province"] as? String == "Quảng Trị")
    }

    @Test func theTextKeepsTheDocumentsLayoutOrder() async throws {
        let run = try await Self.extract(["report.pdf"])
        let text = try #require(run.records.first?["text"] as? String)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        // Header columns (issuer, "*", number; then motto, place and date), title, body
        // across the page break, table cells, signature block, then the recipients.
        let order = ["TỈNH ỦY QUẢNG TRỊ", "BAN TUYÊN GIÁO", "*", "Số 12-BC/BTGTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Quảng Trị, ngày 15 tháng 11 năm 2023", "BÁO CÁO", "Nội dung", "52 hội nghị",
                     "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "(Đã ký)", "Lê Thị Thanh Hương", "Nơi nhận:",
                     "- Lưu Văn phòng Ban."]
        let positions = order.map { line in lines.firstIndex(of: line) ?? -1 }
        #expect(!positions.contains(-1), "\(zip(order, positions).filter { $0.1 < 0 })")
        #expect(positions == positions.sorted(), "\(zip(order, positions).map { "\($0.0)@\($0.1)" })")
        // The paragraph that runs over the page break is one line; the footer and the page number are gone.
        #expect(lines.contains { $0.hasSuffix("mỗi huyện, thị xã xây dựng ít nhất 02 mô hình mới; tổ chức sơ kết giữa nhiệm kỳ vào quý IV năm 2024 theo Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng.") })
        #expect(!lines.contains("Ban Tuyên giáo Tỉnh ủy Quảng Trị"))
        #expect(lines.filter { $0 == "2" }.count == 1, "the page number is dropped, the table's row number stays")
    }

    @Test func aScannedPDFIsReadByOCR() async throws {
        let run = try await Self.extract(["report-scan.pdf"], arguments: ["--time-budget", "600"])
        #expect(run.status == 0, "\(run.stderr)")
        try #require(run.records.count == 1, "\(run.rejects)")
        let record = run.records[0]
        let source = record["source"] as? [String: Any] ?? [:]
        #expect(source["container"] as? String == "pdf-ocr")
        let f1 = Self.tokenF1(record["text"] as? String ?? "", Self.reference)
        #expect(f1 >= 0.93, "token F1 \(f1)")
        let ocr = try #require(Self.warnings(record)["ocr"])
        #expect(ocr.contains("on 2 of 2 pages"), "\(ocr)")
        let confidence = ocr.split(separator: " ").compactMap { Double($0) }.first { $0 > 2 && $0 <= 100 }
        #expect((confidence ?? 0) >= 80, "\(ocr)")
        let codes = Set((record["directives"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(codes.contains("05-CT/TW"), "\(codes)")
    }

    @Test func aPDFWithoutUnicodeMapsIsFlaggedAndReadByOCR() async throws {
        let run = try await Self.extract(["report-no-unicode-map.pdf"], arguments: ["--time-budget", "600"])
        try #require(run.records.count == 1, "\(run.rejects)")
        let record = run.records[0]
        let warnings = Self.warnings(record)
        #expect(warnings["mis_decoded"] != nil, "\(warnings)")
        #expect(warnings["ocr"] != nil, "\(warnings)")
        #expect((record["source"] as? [String: Any])?["container"] as? String == "pdf-ocr")
        let f1 = Self.tokenF1(record["text"] as? String ?? "", Self.reference)
        #expect(f1 >= 0.93, "token F1 \(f1)")
    }

    @Test func anImageIsReadByOCR() async throws {
        let run = try await Self.extract(["report-scan-page1.png"], arguments: ["--time-budget", "600"])
        try #require(run.records.count == 1, "\(run.rejects)")
        let record = run.records[0]
        #expect((record["source"] as? [String: Any])?["container"] as? String == "image-ocr")
        #expect((record["source"] as? [String: Any])?["media_type"] as? String == "image/png")
        #expect(Self.warnings(record)["ocr"] != nil)
        let text = record["text"] as? String ?? ""
        #expect(text.contains("Quảng Trị, ngày 15 tháng 11 năm 2023"))
        #expect(text.contains("BÁO CÁO"))
    }

    @Test func corruptPDFsAreRejectsAndALongOneIsCutAtThePageLimit() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Data(contentsOf: Self.fixtures.appendingPathComponent("report.pdf"))
        let truncated = folder.appendingPathComponent("truncated.pdf")
        try report.prefix(3000).write(to: truncated)
        let garbage = folder.appendingPathComponent("garbage.txt")
        try Data("%PDF-1.7\nthis is no PDF at all\n".utf8).write(to: garbage)
        // many-pages.pdf prints "Trang N" on each of its 60 pages.
        let run = try await Self.extract([truncated.path, garbage.path, "many-pages.pdf"], arguments: ["--max-pages", "50"])
        let kinds = Dictionary(run.rejects.map { reject in
            (((reject["source"] as? [String: Any])?["uri"] as? String ?? "").split(separator: "/").last.map(String.init) ?? "",
             (reject["error"] as? [String: Any])?["kind"] as? String ?? "")
        }) { $1 }
        #expect(kinds == ["truncated.pdf": "corrupt", "garbage.txt": "corrupt"], "\(run.rejects)")
        let cut = try #require(run.records.first, "\(run.rejects)")
        #expect(run.records.count == 1)
        let text = cut["text"] as? String ?? ""
        #expect(text.contains("Trang 50"))
        #expect(!text.contains("Trang 51"))
        #expect(Self.warnings(cut)["cut_by_limit"]?.contains("more than 50 pages") == true, "\(cut["warnings"] ?? [])")
        #expect(run.stderr.contains("warnings by code: cut_by_limit 1"), "\(run.stderr)")
        // Within the limit, the same file is read whole and not warned.
        let within = try await Self.extract(["many-pages.pdf"], arguments: ["--max-pages", "60"])
        let whole = try #require(within.records.first, "\(within.rejects)")
        #expect((whole["text"] as? String ?? "").contains("Trang 60"))
        #expect(Self.warnings(whole)["cut_by_limit"] == nil)
    }

    @Test func aFolderWalkTakesPDFsAndImages() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("report.pdf"),
                                         to: folder.appendingPathComponent("Báo cáo 12.PDF"))
        try Data("no image".utf8).write(to: folder.appendingPathComponent("notes.xlsx"))
        let run = try await Self.extract([folder.path])
        #expect(run.records.count == 1, "\(run.rejects)")
        #expect(run.rejects.isEmpty)
    }

    /// Processes whose command line mentions `text` (the scratch folders live in the test's TMPDIR).
    static func processes(mentioning text: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { $0.allSatisfy(\.isNumber) }.compactMap { pid in
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return line.contains(text) ? "\(pid): \(line)" : nil
        }
    }

    @Test func theTimeBudgetKillsOCR() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let records = folder.appendingPathComponent("records.jsonl")
        let rejects = folder.appendingPathComponent("rejects.jsonl")
        let started = Date()
        let output = try await Harness.baocao(["extract", Self.fixtures.appendingPathComponent("report-scan.pdf").path,
                                         "-o", records.path, "--rejects", rejects.path, "--time-budget", "1.5"],
                                        environment: ["TMPDIR": scratch.path])
        let elapsed = Date().timeIntervalSince(started)
        let reject = try #require(try Harness.jsonLines(rejects).first, "\(output.stderr)")
        #expect((reject["error"] as? [String: Any])?["kind"] as? String == "timeout")
        // Loose on purpose (a loaded machine is slow); without the kill, the OCR finishes and a record comes out.
        #expect(elapsed < 20, "\(elapsed) s for a budget of 1.5 s")
        #expect(Self.processes(mentioning: scratch.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty, "scratch files left")
    }

    @Test func sigtermStopsOCRAndItsProcesses() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scratch = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = Harness.executable
        process.arguments = ["extract", Self.fixtures.appendingPathComponent("report-scan.pdf").path,
                             "-o", folder.appendingPathComponent("records.jsonl").path, "--time-budget", "0", "--quiet"]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": scratch.path]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        _ = await ChildProcess.poll(seconds: 120, every: .milliseconds(50)) {
            !process.isRunning || Self.processes(mentioning: scratch.path + "/baocao-").contains { $0.contains("tesseract") }
        }
        #expect(Self.processes(mentioning: scratch.path).contains { $0.contains("tesseract") }, "Tesseract never ran")
        kill(process.processIdentifier, SIGTERM)
        // Generous (a loaded machine is slow): the OCR alone takes an unloaded machine about
        // 3 s, so the time is not what shows the stop; the exit status is: 143, stopped by
        // SIGTERM, not 0 after an OCR that ran to its end.
        let stillRunning = await !ChildProcess.waitUntilExit(process, seconds: 60)
        if stillRunning { kill(process.processIdentifier, SIGKILL) }
        await ChildProcess.waitUntilExit(process)
        #expect(!stillRunning, "SIGTERM did not end the run within 60 s")
        #expect(process.terminationStatus == 143, "status \(process.terminationStatus)")
        try await Task.sleep(for: .milliseconds(200))
        #expect(Self.processes(mentioning: scratch.path).isEmpty, "\(Self.processes(mentioning: scratch.path))")
    }
}

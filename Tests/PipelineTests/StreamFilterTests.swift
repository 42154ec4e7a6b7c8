import Foundation
import TestSupport
import Testing

/// `baocao extract --stdin -o -` with the real binary: one JSON line out per line in, in
/// input order, rejects included, and flat memory on a long stream.
@Suite("The stream filter", .serialized)
struct StreamFilterTests {
    /// Runs the filter with `input` on standard input.
    static func filter(_ input: Data, arguments: [String] = [], in directory: URL? = nil) async throws -> Harness.Output {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let file = folder.appendingPathComponent("input.txt")
        try input.write(to: file)
        return try await ChildProcess.run(Harness.executable, ["extract", "--stdin", "-o", "-", "--quiet"] + arguments,
                                    in: directory ?? Harness.root, standardInput: try FileHandle(forReadingFrom: file))
    }

    /// A report of about `paragraphs` paragraphs, different for each `seed`.
    static func report(seed: Int, paragraphs: Int) -> String {
        let districts = ["Tân Phong", "Mỹ Lộc", "Hòa Bình", "Sơn Hà", "Đông Xuyên", "Phú Lâm"]
        var text = "Huyện ủy \(districts[seed % districts.count]) sơ kết \(seed + 2) năm thực hiện Chỉ thị số 05-CT/TW\n\n"
        for index in 0..<paragraphs {
            text += "Ngày \(index % 28 + 1)/\(seed % 12 + 1)/2024, Ban Thường vụ Huyện ủy \(districts[(seed + index) % districts.count]) "
                + "tổ chức hội nghị với \(120 + seed * 7 + index) đại biểu; toàn huyện có \(index + 3) mô hình, "
                + "\(seed * 13 + index) tập thể và cá nhân được khen thưởng trong giai đoạn 2021-2025.\n\n"
        }
        return text
    }

    /// Documents of very different sizes (a few hundred bytes to over 200 kB), paths,
    /// file: URIs, inline objects, and malformed lines in one stream: the output has one
    /// line per input line, in input order, and each record is byte for byte what
    /// `baocao extract FILE -o -` writes for that file.
    @Test func keepsInputOrderAndGivesOneLinePerInput() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        var lines: [String] = []
        var expected: [(uri: String, file: URL?)] = []
        for index in 0..<36 {
            let paragraphs = [1, 900, 3, 40, 2, 400][index % 6]
            let name = String(format: "bao-cao-%02d.%@", index, index % 2 == 0 ? "txt" : "html")
            let file = folder.appendingPathComponent(name)
            let body = Self.report(seed: index, paragraphs: paragraphs)
            let content = index % 2 == 0 ? body
                : "<!DOCTYPE html><html><head><title>Tin \(index)</title></head><body><article><p>"
                    + body.replacingOccurrences(of: "\n\n", with: "</p><p>") + "</p></article></body></html>"
            try content.write(to: file, atomically: true, encoding: .utf8)
            switch index % 4 {
            case 0: lines.append(file.path)
            case 1: lines.append("file://" + file.path)
            case 2:
                let object: [String: Any] = ["uri": "https://portal.example.vn/tin/\(index)",
                                             "content_base64": Data(content.utf8).base64EncodedString()]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
            default:
                let object: [String: Any] = ["uri": "https://portal.example.vn/bai/\(index)", "text": body,
                                             "media_type": "text/plain"]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
            }
            expected.append(index % 4 < 2 ? ("file://" + file.path, file)
                            : ("https://portal.example.vn/\(index % 4 == 2 ? "tin" : "bai")/\(index)", nil))
            if index % 9 == 4 {
                lines.append("{\"uri\": \"https://portal.example.vn/hong\", \"content_base64\": ")
                expected.append(("stdin:line:\(lines.count)", nil))
                lines.append(folder.appendingPathComponent("khong-co.html").path)
                expected.append(("file://" + folder.appendingPathComponent("khong-co.html").path, nil))
                lines.append("")
                expected.append(("stdin:line:\(lines.count)", nil))
            }
        }
        let output = try await Self.filter(Data((lines.joined(separator: "\n") + "\n").utf8), arguments: ["-j", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        let outputLines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        try #require(outputLines.count == lines.count, "\(lines.count) lines in, \(outputLines.count) out")
        var records = 0
        for (line, want) in zip(outputLines, expected) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let source = try #require(object["source"] as? [String: Any])
            #expect(source["uri"] as? String == want.uri)
            if object["error"] == nil {
                records += 1
                if let file = want.file {
                    let alone = try await Harness.baocao(["extract", file.path, "-o", "-", "--quiet"])
                    #expect(alone.stdout == line + "\n", "\(file.lastPathComponent): the filter's record differs from extract's")
                }
            }
        }
        #expect(records == 36)
        // An inline document is the same record as the same bytes in a file, but for its uri.
        let inlineIndex = try #require(outputLines.firstIndex { $0.contains("portal.example.vn/tin/2\"") })
        let inline = String(outputLines[inlineIndex])
        let alone = try await Harness.baocao(["extract", folder.appendingPathComponent("bao-cao-02.txt").path, "-o", "-", "--quiet"])
        #expect(inline.replacingOccurrences(of: "https://portal.example.vn/tin/2", with: "file://" + folder.path + "/bao-cao-02.txt")
                + "\n" == alone.stdout)
    }

    /// A stream with nothing but bad lines still exits 0 with one reject per line; bad usage
    /// is status 2.
    @Test func rejectsDoNotFailTheStream() async throws {
        let input = "{\"uri\": 5}\n{\"uri\": \"x:1\", \"media_type\": \"image/png\", \"text\": \"a\"}\nfile:relative\n[1, 2]\n"
        let output = try await Self.filter(Data(input.utf8))
        #expect(output.status == 0, "\(output.stderr)")
        let kinds = output.stdout.split(separator: "\n").map { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])
                .flatMap { $0["error"] as? [String: Any] }?["kind"] as? String
        }
        #expect(kinds == ["input", "input", "input", "io"])
        await #expect(try Self.filter(Data(), arguments: ["corpus"]).status == 2)
        #expect(try await Harness.baocao(["extract", "--stdin", "-o", "out.jsonl"]).status == 2)
        await #expect(try Self.filter(Data()).stdout.isEmpty)
    }

    /// Resident memory of a process, in kB.
    static func residentKilobytes(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// What ``memoryStaysFlatOnALongStream()`` saw of its stream.
    struct Stream: Sendable {
        var status: Int32
        var linesRead: Int
        var linesWritten: Int
        var inOrder: Bool
        var samples: [(bytes: Int, rss: Int)]
        var bytesRead: Int
    }

    /// A stream of `BAOCAO_TEST_STREAM_MB` (default 8) MB of inline documents, written as
    /// the filter reads it: every line comes back, and resident memory after the first
    /// quarter grows by less than 16 MB (each record kept would add its text and more).
    @Test func memoryStaysFlatOnALongStream() async throws {
        let megabytes = Int(ProcessInfo.processInfo.environment["BAOCAO_TEST_STREAM_MB"] ?? "") ?? 8
        // The stream is written and read on threads of their own, not the cooperative pool's.
        let stream = try await onOwnThread { () throws -> Stream in
        let process = Process()
        process.executableURL = Harness.executable
        process.arguments = ["extract", "--stdin", "-o", "-", "--quiet", "-j", "2"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let documents = try (0..<24).map { seed in
            let object: [String: Any] = ["uri": "https://portal.example.vn/bao-cao/@@",
                                         "text": Self.report(seed: seed, paragraphs: 20 + seed)]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        let target = megabytes << 20
        nonisolated(unsafe) var linesWritten = 0
        Thread {
            var written = 0
            var index = 0
            var chunk = ""
            while written < target {
                let line = documents[index % documents.count].replacingOccurrences(of: "@@", with: "\(index)") + "\n"
                chunk += line
                written += line.utf8.count
                index += 1
                if chunk.utf8.count > 1 << 16 {
                    input.fileHandleForWriting.write(Data(chunk.utf8))
                    chunk = ""
                }
            }
            input.fileHandleForWriting.write(Data(chunk.utf8))
            linesWritten = index
            try? input.fileHandleForWriting.close()
        }.start()
        var linesRead = 0
        var samples: [(bytes: Int, rss: Int)] = []
        var bytesRead = 0
        var pending: [UInt8] = []
        var lastNumber = -1
        var inOrder = true
        let marker = Array("\"uri\":\"https://portal.example.vn/bao-cao/".utf8)
        while true {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            bytesRead += data.count
            pending += data
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                linesRead += 1
                guard let range = line.firstRange(of: String(decoding: marker, as: UTF8.self)),
                      let number = Int(line[range.upperBound...].prefix { $0.isNumber }) else {
                    inOrder = false
                    continue
                }
                if number != lastNumber + 1 { inOrder = false }
                lastNumber = number
            }
            if let rss = Self.residentKilobytes(process.processIdentifier) { samples.append((bytesRead, rss)) }
        }
        process.waitUntilExit()
        return Stream(status: process.terminationStatus, linesRead: linesRead, linesWritten: linesWritten, inOrder: inOrder,
                      samples: samples, bytesRead: bytesRead)
        }
        let (linesRead, linesWritten, inOrder, samples, bytesRead) =
            (stream.linesRead, stream.linesWritten, stream.inOrder, stream.samples, stream.bytesRead)
        #expect(stream.status == 0)
        #expect(linesRead == linesWritten)
        #expect(inOrder, "records out of input order")
        let settled = samples.filter { $0.bytes > bytesRead / 4 }.map(\.rss)
        let early = samples.filter { $0.bytes <= bytesRead / 4 }.map(\.rss).max() ?? 0
        let late = settled.max() ?? 0
        #expect(late - early < 16_000, "resident memory grew from \(early) kB to \(late) kB over the stream")
    }
}

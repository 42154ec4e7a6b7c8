import Foundation
import FuzzEntryPoints
import PipelineFuzzEntryPoint
import Testing
import VietnameseText

/// A short replay of the fuzzers' committed corpora (`Fuzz/Corpus/TARGET/`, grown and
/// minimised by `scripts/fuzz`) in the regular build: every input through the same entry
/// point as its fuzz target, without sanitizers. A crash here is a crash the fuzzer found
/// (or one it would find again); a violation is a broken contract.
@Suite struct FuzzReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    static let entryPoints: [String: @Sendable ([UInt8]) -> [String]] = [
        "FuzzDecode": FuzzEntryPoints.decode,
        "FuzzHTML": FuzzEntryPoints.html,
        "FuzzPlainText": FuzzEntryPoints.plainText,
        "FuzzExtract": FuzzEntryPoints.extract,
        "FuzzDocument": PipelineFuzzEntryPoint.document,
    ]

    @Test(arguments: ["FuzzDecode", "FuzzHTML", "FuzzPlainText", "FuzzExtract", "FuzzDocument"])
    func corpusReplaysWithoutViolations(target: String) throws {
        let entryPoint = try #require(Self.entryPoints[target])
        let folder = Self.corpus.appendingPathComponent(target)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        #expect(!files.isEmpty, "no corpus in \(folder.path)")
        for file in files {
            let violations = entryPoint(Array(try Data(contentsOf: file)))
            #expect(violations.isEmpty, "\(target)/\(file.lastPathComponent): \(violations)")
        }
    }

    /// Every corpus folder belongs to a target the replay knows, so none is silently skipped.
    @Test func everyCorpusFolderHasAnEntryPoint() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
        #expect(!folders.isEmpty)
        for folder in folders {
            #expect(Self.entryPoints[folder] != nil, "Fuzz/Corpus/\(folder) has no entry point in the replay")
        }
    }

    /// FuzzDecode's first finding (Fuzz/Corpus/FuzzDecode/regression-nfc-singleton-utf16): UTF-16
    /// found by its NUL pattern, holding U+FA0A, a CJK compatibility ideograph whose NFC is U+898B,
    /// came out not NFC while the quick check looked only for combining marks (fixed on main by
    /// the NFC quick-check property before this branch was rebased).
    @Test func utf16CompatibilityIdeographComesOutNFC() throws {
        let input: [UInt8] = [0x0A, 0xFA, 0x0A, 0x00, 0xEE, 0x00]
        #expect(FuzzEntryPoints.decode(input).isEmpty)
        let decoded = try TextDecoding.decode(Array(input.dropFirst()), isHTML: false, declaredCharset: "iso-8859-1")
        #expect(decoded.encoding == "utf-16be")
        #expect(Array(decoded.text.unicodeScalars) == ["\u{898B}", "\u{EE}", "\u{FFFD}"])
    }

    /// The contract checks themselves: a date outside both ISO shapes and a mention past the
    /// end of the text are reported.
    @Test func checksReportBrokenContracts() {
        #expect(FuzzEntryPoints.publishedViolations("2024-05-01").isEmpty)
        #expect(FuzzEntryPoints.publishedViolations("2024-05-01T08:30:00+07:00").isEmpty)
        #expect(FuzzEntryPoints.publishedViolations("2024-5-1").count == 1)
        #expect(FuzzEntryPoints.publishedViolations("2024-05-01T08:30+07:00").count == 1)
        #expect(FuzzEntryPoints.extract(Array("Nghị quyết số 12/NQ-TW ngày 5/3/2024".utf8)).isEmpty)
    }
}

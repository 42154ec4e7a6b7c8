import Foundation
import Testing
@testable import VietnameseText

/// Fixture bytes, read relative to this file so the tests run in any clone.
private enum LegacyFixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/legacy-encodings")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func text(_ name: String) throws -> String {
        Normalization.nfc(String(decoding: try bytes(name), as: UTF8.self))
    }
}

private func decoded(_ text: String, isHTML: Bool = false, declared: String? = nil) throws -> DecodedText {
    try TextDecoding.decode(Array(text.utf8), isHTML: isHTML, declaredCharset: declared)
}

/// windows-1258 bytes for short test sentences, from the code page's published table
/// (letters without tone marks only, which CP1258 stores as single bytes).
private func encodeCP1258(_ text: String) throws -> [UInt8] {
    let table: [Character: [UInt8]] = [
        "ô": [0xF4], "ă": [0xE3], "ơ": [0xF5], "ư": [0xFD], "à": [0xE0], "ê": [0xEA], "đ": [0xF0],
        "Đ": [0xD0], "â": [0xE2], "á": [0xE1], "é": [0xE9], "ó": [0xF3], "í": [0xED], "ú": [0xFA],
    ]
    var bytes: [UInt8] = []
    for character in text {
        if let mapped = table[character] { bytes += mapped; continue }
        guard character.isASCII, let ascii = character.asciiValue else { throw CP1258TestError.unmapped(character) }
        bytes.append(ascii)
    }
    return bytes
}

private enum CP1258TestError: Error { case unmapped(Character) }

@Suite struct LegacyFixtureDecodingTests {
    @Test(arguments: [
        ("uchardet-vi-windows-1258.txt", nil, "uchardet-vi-utf-8.txt", "windows-1258"),
        ("uchardet-vi-windows-1258.txt", "windows-1258", "uchardet-vi-utf-8.txt", "windows-1258"),
        ("uchardet-vi-viscii.txt", "viscii", "uchardet-vi-utf-8.txt", "viscii"),
        ("libiconv-CP1258-snippet.txt", nil, "libiconv-TCVN-snippet.UTF-8.txt", "windows-1258"),
        ("libiconv-CP1258-snippet.txt", "CP1258", "libiconv-TCVN-snippet.UTF-8.txt", "windows-1258"),
        ("libiconv-TCVN-snippet.txt", "tcvn", "libiconv-TCVN-snippet.UTF-8.txt", "tcvn3"),
        ("libiconv-TCVN-snippet.txt", "TCVN3", "libiconv-TCVN-snippet.UTF-8.txt", "tcvn3"),
        ("libiconv-TCVN-snippet.txt", "vn3", "libiconv-TCVN-snippet.UTF-8.txt", "tcvn3"),
        ("uchardet-vi-utf-8.txt", nil, "uchardet-vi-utf-8.txt", "utf-8"),
    ] as [(String, String?, String, String)])
    func decodesToReference(_ file: String, _ declared: String?, _ reference: String, _ encoding: String) throws {
        let result = try TextDecoding.decode(try LegacyFixture.bytes(file), isHTML: false, declaredCharset: declared)
        #expect(Array(result.text.unicodeScalars) == Array((try LegacyFixture.text(reference)).unicodeScalars))
        #expect(result.encoding == encoding)
    }

    @Test func cp1258CombiningMarksBecomeNFC() throws {
        let result = try TextDecoding.decode(try LegacyFixture.bytes("libiconv-CP1258-snippet.txt"), isHTML: false)
        #expect(result.text.contains("Tiếng Việt"))
        #expect(!Normalization.needsNormalization(result.text))
        let raw = try IconvConverter.convert(try LegacyFixture.bytes("libiconv-CP1258-snippet.txt"), from: "CP1258", lenient: false)
        #expect(raw.unicodeScalars.count >= result.text.unicodeScalars.count)
    }

    @Test func redSalamanderSample() throws {
        let result = try TextDecoding.decode(try LegacyFixture.bytes("redsalamander-cp1258.txt"), isHTML: false)
        #expect(result.encoding == "windows-1258")
        #expect(result.text.contains("Tôi ăn phở bò."))
        #expect(result.text.contains("Trường học ở Việt Nam."))
    }

    @Test(arguments: [
        ("uchardet-vi-viscii.txt", "<meta charset=\"viscii\">", "viscii"),
        ("libiconv-TCVN-snippet.txt", "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=TCVN3\">", "tcvn3"),
        ("uchardet-vi-windows-1258.txt",
         "<meta content='text/html; charset=windows-1258' http-equiv='content-type'>", "windows-1258"),
    ])
    func metaCharsetSelectsLegacyEncoding(_ file: String, _ meta: String, _ encoding: String) throws {
        let page = Array("<html><head>\(meta)</head><body>".utf8) + (try LegacyFixture.bytes(file))
        let result = try TextDecoding.decode(page, isHTML: true)
        #expect(result.encoding == encoding)
        #expect(result.text.contains("Vi\u{1EC7}t"))
    }

    @Test func headerCharsetWinsOverMeta() throws {
        let page = Array("<meta charset=\"windows-1258\">".utf8) + (try LegacyFixture.bytes("uchardet-vi-viscii.txt"))
        let result = try TextDecoding.decode(page, isHTML: true, declaredCharset: "VISCII")
        #expect(result.encoding == "viscii")
        #expect(result.text.contains(try LegacyFixture.text("uchardet-vi-utf-8.txt")))
    }

    @Test func pageLabelDecidesWhenTheServerWronglySaysUTF8() throws {
        let page = Array("<meta charset=\"tcvn3\">".utf8) + (try LegacyFixture.bytes("libiconv-TCVN-snippet.txt"))
        let result = try TextDecoding.decode(page, isHTML: true, declaredCharset: "utf-8")
        #expect(result.encoding == "tcvn3")
        #expect(result.text.contains("Tiếng Việt"))
    }

    @Test func serverUTF8WinsOverPageLabelWhenValid() throws {
        let page = Array("<meta charset=\"windows-1258\"><p>Bộ Chính trị</p>".utf8)
        #expect(try TextDecoding.decode(page, isHTML: true, declaredCharset: "utf-8").encoding == "utf-8")
        let ascii = Array("<meta charset=\"windows-1258\"><p>Bo Chinh tri</p>".utf8)
        #expect(try TextDecoding.decode(ascii, isHTML: true, declaredCharset: "UTF-8").encoding == "utf-8")
        #expect(try TextDecoding.decode(ascii, isHTML: true).encoding == "windows-1258")
    }

    @Test func metaIsIgnoredForPlainText() throws {
        let bytes = Array("<meta charset=\"viscii\"> ".utf8) + Array("Chữ Quốc ngữ".utf8)
        let result = try TextDecoding.decode(bytes, isHTML: false)
        #expect(result == DecodedText(text: "<meta charset=\"viscii\"> Chữ Quốc ngữ", encoding: "utf-8"))
    }
}

@Suite struct UnicodeDecodingTests {
    static let sample = "Chỉ thị số 05-CT/TW của Bộ Chính trị"

    @Test func utf8WithBOM() throws {
        let result = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8), isHTML: false)
        #expect(result == DecodedText(text: Self.sample, encoding: "utf-8"))
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(_ littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in Self.sample.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let result = try TextDecoding.decode(bytes, isHTML: false)
        #expect(result == DecodedText(text: Self.sample, encoding: littleEndian ? "utf-16le" : "utf-16be"))
    }

    @Test(arguments: [true, false])
    func utf16WithoutBOMByNULPattern(_ littleEndian: Bool) throws {
        var bytes: [UInt8] = []
        for unit in Self.sample.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let result = try TextDecoding.decode(bytes, isHTML: false)
        #expect(result == DecodedText(text: Self.sample, encoding: littleEndian ? "utf-16le" : "utf-16be"))
    }

    @Test func bomWinsOverDeclaredCharset() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8)
        let result = try TextDecoding.decode(bytes, isHTML: true, declaredCharset: "windows-1258")
        #expect(result.encoding == "utf-8")
    }

    @Test func decomposedInputBecomesNFC() throws {
        // String == compares canonical equivalence, so the check is on scalars.
        let nfd = Self.sample.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array(Self.sample.unicodeScalars))
        let result = try decoded(nfd)
        #expect(Array(result.text.unicodeScalars) == Array(Self.sample.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(!Normalization.needsNormalization(result.text))
    }

    @Test(arguments: [1, 2, 3])
    func truncatedTailIsReplacedNotRejected(_ cut: Int) throws {
        // "ệ" is three bytes, "𝐀" four: cutting 1–3 bytes leaves an incomplete sequence.
        let full = Array("Việt Nam 𝐀".utf8)
        let bytes = Array(full.dropLast(cut))
        let result = try TextDecoding.decode(bytes, isHTML: false)
        #expect(result == DecodedText(text: "Việt Nam \u{FFFD}", encoding: "utf-8"))
    }

    @Test func cutSequenceInsideTextFallsBack() throws {
        var bytes = Array("Việt".utf8)
        bytes.remove(at: 2)
        let result = try TextDecoding.decode(bytes + Array(" Nam".utf8), isHTML: false)
        #expect(result.encoding == "windows-1258")
    }

    @Test func declaredUTF8ThatIsNotUTF8FallsBackToWindows1258() throws {
        let sentence = try encodeCP1258("Tôi ăn cá đây")
        for declared in ["utf-8", "UTF8"] {
            let result = try TextDecoding.decode(sentence, isHTML: false, declaredCharset: declared)
            #expect(result == DecodedText(text: "Tôi ăn cá đây", encoding: "windows-1258"))
        }
    }

    @Test func metaUTF8ThatIsNotUTF8FallsBackToWindows1258() throws {
        let page = Array("<meta charset=utf-8><p>".utf8) + (try encodeCP1258("Đà ơi ư"))
        let result = try TextDecoding.decode(page, isHTML: true)
        #expect(result == DecodedText(text: "<meta charset=utf-8><p>Đà ơi ư", encoding: "windows-1258"))
    }

    @Test func mislabelledLatinPageThatIsUTF8StaysUTF8() throws {
        let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Bộ Chính trị</p>"
        #expect(try decoded(page, isHTML: true) == DecodedText(text: page, encoding: "utf-8"))
        #expect(try decoded(page, declared: "windows-1258").encoding == "utf-8")
    }

    @Test func utf8PageWithOneStrayByteStaysUTF8() throws {
        let good = String(repeating: "Học tập và làm theo tư tưởng, đạo đức. ", count: 3)
        let bytes = Array(good.utf8) + [0x93] + Array("Bác".utf8)
        let result = try TextDecoding.decode(bytes, isHTML: false)
        #expect(result.encoding == "utf-8")
        #expect(result.text == good + "\u{FFFD}Bác")
    }

    @Test func asciiIsUTF8() throws {
        #expect(try decoded("Hello, world") == DecodedText(text: "Hello, world", encoding: "utf-8"))
    }
}

@Suite struct DecodingRejectTests {
    @Test(arguments: ["", " ", "\n\r\n\t  ", "\u{FEFF}  \n", "\u{00A0}\u{00A0}"])
    func blankIsEmpty(_ text: String) {
        #expect(throws: DecodingError.empty) { try decoded(text) }
    }

    @Test func bomOnlyIsEmpty() {
        #expect(throws: DecodingError.empty) { try TextDecoding.decode([0xFF, 0xFE, 0x20, 0x00], isHTML: false) }
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "PNG image"),
        (Array("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "ZIP archive (docx, xlsx, odt)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "OLE2 document (doc, xls)"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "JPEG image"),
    ] as [([UInt8], String)])
    func fileSignaturesAreBinary(_ bytes: [UInt8], _ reason: String) {
        #expect(throws: DecodingError.binary(reason: reason)) { try TextDecoding.decode(bytes, isHTML: false) }
    }

    @Test func nulInNonUTF16TextIsBinary() {
        let bytes = Array("Báo cáo tổng kết năm".utf8) + [0x00] + Array("abc".utf8)
        #expect(throws: DecodingError.binary(reason: "NUL byte at offset \(bytes.count - 4)")) {
            try TextDecoding.decode(bytes, isHTML: false)
        }
    }

    @Test func manyControlBytesAreBinary() {
        let bytes: [UInt8] = (0..<200).map { UInt8(1 + $0 % 8) } + Array("text".utf8)
        #expect(throws: DecodingError.binary(reason: "too many control bytes")) {
            try TextDecoding.decode(bytes, isHTML: false)
        }
    }

    @Test func fewControlBytesAreText() throws {
        let text = String(repeating: "Nghị quyết số 11. ", count: 20) + "\u{0007}"
        #expect(try decoded(text).encoding == "utf-8")
    }

    @Test(arguments: [("x-unknown-charset", "x-unknown-charset"), ("VNI-Windows", "vni")])
    func unsupportedDeclaredCharset(_ label: String, _ reported: String) {
        #expect(throws: DecodingError.unsupported(charset: reported)) { try decoded("abc", declared: label) }
    }

    @Test func unsupportedMetaCharsetUnderServerUTF8IsIgnored() throws {
        let page = "<meta charset=\"VNI-Windows\"><p>Bộ Chính trị</p>"
        #expect(try decoded(page, isHTML: true, declared: "utf-8").encoding == "utf-8")
        #expect(throws: DecodingError.unsupported(charset: "vni")) { try decoded(page, isHTML: true) }
    }

    @Test func unknownMetaCharsetIsIgnored() throws {
        #expect(try decoded("<meta charset=\"klingon\">Hà Nội", isHTML: true).encoding == "utf-8")
    }

    @Test func illegalByteInDeclaredWindows1258IsInvalid() {
        // 0x8A is unassigned in windows-1258.
        let bytes = Array("Tin ".utf8) + [0x8A] + Array(" moi".utf8)
        #expect(throws: DecodingError.invalid(encoding: "windows-1258", offset: 4)) {
            try TextDecoding.decode(bytes, isHTML: false, declaredCharset: "windows-1258")
        }
    }

    @Test(arguments: [
        ([0x54, 0x69, 0x6E, 0x61, 0x8A, 0x20, 0x6D, 0x6F, 0x69], "Tina\u{FFFD} moi"),
        ([0x61, 0x8A, 0xEC], "a\u{FFFD}\u{0301}"),
        ([0x6F, 0xEC, 0x8D, 0x20, 0x8E], "ó\u{FFFD} \u{FFFD}"),
        ([0x41, 0x42, 0x8A], "AB\u{FFFD}"),
    ] as [([UInt8], String)])
    func fallbackKeepsTheLetterBeforeAnIllegalByte(_ bytes: [UInt8], _ expected: String) throws {
        let result = try TextDecoding.decode(bytes + [0xE0], isHTML: false)
        #expect(Array(result.text.unicodeScalars) == Array((Normalization.nfc(expected) + "à").unicodeScalars))
    }

    @Test func illegalByteInFallbackIsReplaced() throws {
        let bytes = Array("Tin ".utf8) + [0x8A, 0xF0] + Array(" moi".utf8)
        let result = try TextDecoding.decode(bytes, isHTML: false)
        #expect(result == DecodedText(text: "Tin \u{FFFD}đ moi", encoding: "windows-1258"))
    }

    @Test(arguments: [
        (DecodingError.empty, "empty"), (.binary(reason: "PNG image"), "binary"),
        (.invalid(encoding: "tcvn3", offset: 3), "decode"), (.unsupported(charset: "vni"), "decode"),
    ])
    func errorKinds(_ error: DecodingError, _ kind: String) {
        #expect(error.kind == kind)
        #expect(!error.description.isEmpty)
    }
}

@Suite struct CharsetSniffingTests {
    @Test(arguments: [
        ("<meta charset=\"windows-1258\">", "windows-1258"),
        ("<meta charset='UTF-8'>", "utf-8"),
        ("<meta charset=utf-8>", "utf-8"),
        ("<META CHARSET=\"VISCII\"/>", "viscii"),
        ("<meta  charset = \" tcvn3 \" >", "tcvn3"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">", "windows-1258"),
        ("<meta http-equiv='content-type' content='text/html;charset=UTF-8'>", "utf-8"),
        ("<meta content=\"text/html; charset=CP1258\" http-equiv=\"Content-Type\" />", "cp1258"),
        ("<META HTTP-EQUIV=Content-Type CONTENT=\"text/html; CHARSET=TCVN\">", "tcvn"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset = 'viscii'\">", "viscii"),
        ("<meta name=\"viewport\" content=\"width=device-width\"><meta charset=\"utf-8\">", "utf-8"),
        ("<title>Cổng TTĐT</title>\n<meta\n charset=\"windows-1258\">", "windows-1258"),
    ])
    func findsDeclaredCharset(_ head: String, _ expected: String) {
        let page = "<!DOCTYPE html><html><head>\(head)</head><body><p>Bác Hồ</p></body></html>"
        #expect(TextDecoding.sniffCharset(html: Array(page.utf8)) == expected)
    }

    @Test(arguments: [
        "<html><head><title>charset=utf-8</title></head></html>",
        "<meta name=\"description\" content=\"text/html; charset=windows-1258\">",
        "<!-- <meta charset=\"windows-1258\"> --><p>no meta</p>",
        "<metadata charset=\"viscii\">",
        "<meta http-equiv=\"refresh\" content=\"0; charset=viscii\">",
        "<meta charset=\"\">",
        "",
    ])
    func findsNothingWithoutAMetaCharset(_ page: String) {
        #expect(TextDecoding.sniffCharset(html: Array(page.utf8)) == nil)
    }

    @Test func looksOnlyAtTheFirst4KB() {
        let late = String(repeating: " ", count: 5000) + "<meta charset=\"viscii\">"
        #expect(TextDecoding.sniffCharset(html: Array(late.utf8)) == nil)
        let early = String(repeating: " ", count: 3000) + "<meta charset=\"viscii\">"
        #expect(TextDecoding.sniffCharset(html: Array(early.utf8)) == "viscii")
    }
}

@Suite struct CharsetAliasTests {
    @Test(arguments: [
        ("windows-1258", "windows-1258"), ("CP1258", "windows-1258"), ("x-cp1258", "windows-1258"),
        ("TCVN", "tcvn3"), ("tcvn3", "tcvn3"), ("VN3", "tcvn3"), ("TCVN5712-1", "tcvn3"),
        ("VISCII", "viscii"), ("utf8", "utf-8"), ("\"UTF-8\"", "utf-8"), ("latin1", "iso-8859-1"),
        ("UTF-16", "utf-16le"), ("vni-windows", "vni"),
    ])
    func resolvesLabels(_ label: String, _ canonical: String) {
        #expect(CharsetAliases.entry(for: label)?.canonical == canonical)
    }

    @Test(arguments: ["", "klingon", "utf-9", "windows-125"])
    func unknownLabels(_ label: String) {
        #expect(CharsetAliases.entry(for: label) == nil)
    }

    @Test func everyLegacyEntryHasAnIconvConverter() throws {
        for entry in CharsetAliases.entries where entry.family == .legacy {
            #expect(try IconvConverter.convert(Array("abc".utf8), from: entry.iconvName, lenient: false) == "abc")
        }
    }

    @Test func unknownIconvNameIsATypedError() {
        #expect(throws: IconvConverter.Failure.unknownEncoding("NO-SUCH-ENCODING")) {
            try IconvConverter.convert([0x41], from: "NO-SUCH-ENCODING", lenient: false)
        }
    }

    @Test func largeInputGrowsTheOutputBuffer() throws {
        let bytes = [UInt8](repeating: 0xF0, count: 50_000)
        let text = try IconvConverter.convert(bytes, from: "CP1258", lenient: false)
        #expect(text == String(repeating: "đ", count: 50_000))
    }
}

/// The corpus pages: the HTML versions of the seeds and the real saved pages.
@Suite struct CorpusPageDecodingTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    private struct PageMeta: Decodable { let title: String; let encoding: String; let site: String? }

    @Test(arguments: ["000_f280e3f9c1c8211f", "001_811e4f6b770f6b67", "002_31eddc2270e1bae0"])
    func seedPageDecodesInItsEncoding(_ stem: String) throws {
        let folder = Self.corpus.appendingPathComponent("html")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(stem).html")))
        let meta = try JSONDecoder().decode(
            PageMeta.self, from: try Data(contentsOf: folder.appendingPathComponent("\(stem).html.meta.json")))
        let expected = try String(contentsOf: folder.appendingPathComponent("\(stem).html.expected"), encoding: .utf8)

        let result = try TextDecoding.decode(bytes, isHTML: true)
        #expect(result.encoding == meta.encoding)
        #expect(!Normalization.needsNormalization(result.text))
        #expect(result.text.unicodeScalars.contains { $0.value > 0x7F })
        #expect(result.text.contains(meta.title))
        if let site = meta.site { #expect(result.text.contains(site)) }
        let firstWords = expected.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(result.text.contains(firstWords))
    }

    @Test func windows1258PageDeclaresItsCharset() throws {
        let page = Self.corpus.appendingPathComponent("html/000_f280e3f9c1c8211f.html")
        let bytes = [UInt8](try Data(contentsOf: page))
        #expect(TextDecoding.sniffCharset(html: bytes) == "windows-1258")
        #expect(try TextDecoding.decode(bytes, isHTML: false).encoding == "windows-1258")
    }

    @Test func realPagesAreUTF8() throws {
        let folder = Self.corpus.appendingPathComponent("real-html")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        #expect(names.count >= 30)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let result = try TextDecoding.decode(bytes, isHTML: true)
            #expect(result.encoding == "utf-8", "\(name)")
        }
    }
}

import Documents
import Foundation
import Testing
import VietnameseText
import ZIPFoundation

@Suite struct OfficeReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/office")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// A .docx archive in memory holding `entries` (path → text).
    static func archive(_ entries: [(String, String)]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, text) in entries {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml"><w:body>\(body)</w:body></w:document>
        """
    }

    @Test func wordFixtureKeepsTheLayoutAndLeavesHeadersAndFootersOut() throws {
        let text = try #require(try OfficeReader.readArchive(Self.bytes("report-kimson.docx")))
        #expect(text.container == .docx)
        #expect(Array(text.paragraphs.prefix(7)) == ["HUYỆN ỦY KIM SƠN", "BAN TUYÊN GIÁO", "*", "Số 112-BC/BTGHU",
                                                     "ĐẢNG CỘNG SẢN VIỆT NAM", "Kim Sơn, ngày 18 tháng 11 năm 2024", "BÁO CÁO"])
        let table = try #require(text.paragraphs.firstIndex(of: "TT"))
        #expect(Array(text.paragraphs[table..<table + 8]) == ["TT", "Nội dung", "Số lượng", "Ghi chú", "1", "Mô hình cấp huyện", "11", "Duy trì"])
        #expect(!text.text.contains("LƯU HÀNH NỘI BỘ"))
        #expect(!text.text.contains("Trang 1"))
        #expect(text.fontEncoding == nil)
    }

    @Test func openDocumentFixtureReadsLikeTheWordOne() throws {
        let word = try #require(try OfficeReader.readArchive(Self.bytes("report-hoason.docx")))
        let open = try #require(try OfficeReader.readArchive(Self.bytes("report-hoason.odt")))
        #expect(open.container == .odt)
        #expect(open.paragraphs == word.paragraphs)
    }

    @Test func legacyFontFixturesDecodeByFont() throws {
        let unicode = try #require(try OfficeReader.readArchive(Self.bytes("report-kimson.docx")))
        for (name, encoding) in [("report-kimson-tcvn3.docx", LegacyFontEncoding.tcvn3), ("report-kimson-vni.docx", .vni),
                                 ("report-kimson-tcvn3.odt", .tcvn3)] {
            let text = try #require(try OfficeReader.readArchive(Self.bytes(name)))
            #expect(text.fontEncoding == encoding, "\(name)")
            #expect(text.paragraphs == unicode.paragraphs, "\(name)")
        }
    }

    @Test func textBoxesOnceAfterTheirParagraphDeletionsAndFieldCodesOut() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Trước </w:t></w:r><w:del><w:r><w:delText>bỏ đi</w:delText></w:r></w:del>\
            <w:r><w:instrText>PAGE</w:instrText></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>\
            <w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r><w:r><w:t>sau</w:t></w:r></w:p>\
            <w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>t</w:t><w:softHyphen/><w:t xml:space="preserve"> t</w:t>\
            <w:softHyphen/><w:t>ëng</w:t></w:r><w:r><w:t xml:space="preserve"> và ti</w:t><w:softHyphen/><w:t>ếp</w:t></w:r></w:p>
            """
        let bytes = try Self.archive([("[Content_Types].xml", Self.contentTypes), ("word/document.xml", Self.document(body))])
        let text = try #require(try OfficeReader.readArchive(bytes))
        #expect(text.paragraphs == ["Trước sau", "Trong hộp", "tư tưởng và tiếp"])
        #expect(text.fontEncoding == .tcvn3)
    }

    @Test func fontsComeFromStylesWhenRunsNameNone() throws {
        let styles = """
            <?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>            <w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr></w:style>            <w:style w:type="paragraph" w:styleId="Quote"><w:basedOn w:val="Title"/></w:style>            <w:style w:type="character" w:styleId="Plain"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style></w:styles>
            """
        let body = """
            <w:p><w:r><w:t>Häc tËp</w:t></w:r></w:p>            <w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>b¸o c¸o</w:t></w:r></w:p>            <w:p><w:r><w:rPr><w:rStyle w:val="Plain"/></w:rPr><w:t>Häc</w:t></w:r></w:p>
            """
        let bytes = try Self.archive([("[Content_Types].xml", Self.contentTypes), ("word/document.xml", Self.document(body)),
                                      ("word/styles.xml", styles)])
        let text = try #require(try OfficeReader.readArchive(bytes))
        #expect(text.paragraphs == ["Học tập", "BÁO CÁO", "Häc"])
        #expect(text.legacyFontNames == [".VnTime", ".VnTimeH"])
    }

    @Test func damagedArchivesAndPartsAreParseErrors() throws {
        let whole = try Self.bytes("report-kimson.docx")
        #expect(throws: OfficeError.self) { try OfficeReader.readArchive(Array(whole.prefix(whole.count * 2 / 3))) }
        let broken = try Self.archive([("[Content_Types].xml", Self.contentTypes), ("word/document.xml", "<w:document><w:body>")])
        do {
            _ = try OfficeReader.readArchive(broken)
            Issue.record("a document.xml that is not XML was read")
        } catch {
            #expect(error.kind == "parse")
        }
        #expect(try OfficeReader.readArchive(Self.archive([("notes.txt", "hello")])) == nil, "a ZIP of something else is no office document")
    }

    @Test func limitsStopBombs() throws {
        let big = Self.document("<w:p><w:r><w:t>" + String(repeating: " ", count: 3 << 20) + "x</w:t></w:r></w:p>")
        let bomb = try Self.archive([("[Content_Types].xml", Self.contentTypes), ("word/document.xml", big)])
        #expect(bomb.count < 64 << 10, "3 MB of spaces pack small")
        do {
            _ = try OfficeReader.readArchive(bomb, limits: OfficeLimits(maxUncompressedBytes: 1 << 20))
            Issue.record("the bomb was read")
        } catch {
            #expect(error.kind == "too_large")
        }
        #expect(try OfficeReader.readArchive(bomb)?.paragraphs == ["x"])

        let many = try Self.archive([("[Content_Types].xml", Self.contentTypes)] + (0..<30).map { ("part\($0).xml", "<a/>") })
        do {
            _ = try OfficeReader.readArchive(many, limits: OfficeLimits(maxEntries: 20))
            Issue.record("30 entries passed a limit of 20")
        } catch {
            #expect(error.kind == "too_large")
        }
    }

    @Test func antiwordTablesGiveTheirCells() {
        let text = "|HUYỆN ỦY X   |ĐẢNG CỘNG SẢN VIỆT NAM |\n|BAN TUYÊN GIÁO |                      |\n\nBÁO CÁO\n\nMột đoạn\nhai dòng\n"
        #expect(WordBinaryReader.antiwordParagraphsForTesting(text) == ["HUYỆN ỦY X", "ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TUYÊN GIÁO", "BÁO CÁO", "Một đoạn hai dòng"])
    }
}

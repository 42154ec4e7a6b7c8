import Foundation
import Testing
import TestSupport
import VietnameseText

@Suite struct LegacyFontTests {
    /// Every letter of Vietnamese outside ASCII, lower and upper case.
    static let letters: [Character] = Array(
        "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ")

    /// The Windows characters of glibc's TCVN5712-1 for `letter`, through the real iconv.
    static func iconvTCVN(_ letter: Character) async throws -> String? {
        let input = Pipe()
        input.fileHandleForWriting.write(Data(String(letter).utf8))
        try input.fileHandleForWriting.close()
        let result = try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/iconv"), ["-f", "UTF-8", "-t", "TCVN5712-1"],
                                                standardInput: input.fileHandleForReading)
        guard result.status == 0 else { return nil }
        return String(String.UnicodeScalarView(result.stdoutBytes.map { Unicode.Scalar($0) }))
    }

    @Test func everyLowerCaseTCVN3LetterAgreesWithGlibc() async throws {
        var checked = 0
        for letter in Self.letters {
            let windows = try #require(try await Self.iconvTCVN(letter), "iconv has no TCVN5712-1 form of \(letter)")
            #expect(windows.unicodeScalars.count == 1, "glibc writes \(letter) as one byte")
            let decoded = LegacyFont(encoding: .tcvn3).decode(windows)
            #expect(decoded == String(letter), "byte \(windows) decodes to \(decoded), glibc says \(letter)")
            checked += 1
        }
        #expect(checked == 67)
    }

    @Test func upperCaseFontsDrawCapitalsAtTheLowerCaseBytes() throws {
        let font = try #require(LegacyFont(fontName: ".VnTimeH"))
        #expect(font == LegacyFont(encoding: .tcvn3, isUpperCase: true))
        #expect(font.decode("b¸o c¸o kÕt qu¶") == "BÁO CÁO KẾT QUẢ")
        #expect(LegacyFont(fontName: ".VnTime")?.decode("Häc tËp") == "Học tập")
    }

    @Test func vniRoundTripsEveryLetter() {
        for letter in Self.letters + Self.letters.map({ Character($0.uppercased()) }) {
            let encoded = LegacyText.encodeVNIForTesting(String(letter))
            #expect(encoded != String(letter) || "íìÍÌ".contains(letter), "\(letter) has a VNI form")
            #expect(LegacyFont(encoding: .vni).decode(encoded) == String(letter), "\(letter) → \(encoded) and back")
        }
        #expect(LegacyFont(fontName: "VNI-Times")?.decode("Hoïc taäp tö töôûng") == "Học tập tư tưởng")
    }

    @Test func fontNames() {
        #expect(LegacyFont(fontName: ".VnArial")?.encoding == .tcvn3)
        #expect(LegacyFont(fontName: ".VnArial NarrowH")?.isUpperCase == true)
        #expect(LegacyFont(fontName: "VNI-Helve")?.encoding == .vni)
        #expect(LegacyFont(fontName: "Times New Roman") == nil)
        #expect(LegacyFont(fontName: "Vni") == nil)
    }

    @Test func detectsLegacyTextOnlyWhenItIsThere() {
        let tcvn3 = "Ban Tuyªn gi¸o HuyÖn ñy ®· tham mu Ban Thêng vô HuyÖn ñy ban hµnh KÕ ho¹ch vÒ häc tËp vµ lµm theo t tëng, ®¹o ®øc, phong c¸ch Hå ChÝ Minh n¨m 2024."
        #expect(LegacyText.detect(tcvn3) == .tcvn3)
        let vni = "Ban Tuyeân giaùo Huyeän uûy ñaõ tham möu Ban Thöôøng vuï Huyeän uûy ban haønh Keá hoaïch veà hoïc taäp vaø laøm theo tö töôûng, ñaïo ñöùc, phong caùch Hoà Chí Minh naêm 2024."
        #expect(LegacyText.detect(vni) == .vni)
        let unicode = "Ban Tuyên giáo Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024."
        #expect(LegacyText.detect(unicode) == nil)
        let french = "Le comité a décidé de présenter à l’assemblée générale un rapport détaillé sur les activités menées pendant l’année écoulée, après une réunion très animée."
        #expect(LegacyText.detect(french) == nil)
        #expect(LegacyText.detect(String(repeating: "plain ASCII text only. ", count: 20)) == nil)
    }

    @Test func detectsTCVN3BytesReadAsWindows1258() throws {
        let text = "Ban Tuyên giáo Huyện ủy đã tham mưu ban hành Kế hoạch về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024."
        let bytes = LegacyText.encodeTCVN3ForTesting(text)
        let decoded = try TextDecoding.decode(bytes, isHTML: false)
        #expect(decoded.encoding == "windows-1258")
        #expect(LegacyText.detect(singleByte: bytes, decodedAs: decoded.text) == .tcvn3)
        #expect(LegacyText.convert(singleByte: bytes, from: .tcvn3) == text)
        let cp1258 = try #require(try? TextDecoding.decode(Array(text.utf8), isHTML: false))
        #expect(LegacyText.detect(cp1258.text) == nil)
    }
}

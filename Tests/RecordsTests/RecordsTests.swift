import Foundation
import Testing
import Extraction
@testable import Records

@Suite struct JSONValueTests {
    @Test(arguments: [
        (JSONValue.number(16700), "16700"), (.number(99.7), "99.7"), (.number(3e9), "3000000000"),
        (.string("Tỉnh ủy \"A\"\n"), "\"Tỉnh ủy \\\"A\\\"\\n\""), (.null, "null"),
        (.object([("b", .bool(true)), ("a", .array([]))]), "{\"b\":true,\"a\":[]}"),
        (.string("\u{01}"), "\"\\u0001\""),
        (.string("a\u{2028}b\u{2029}"), "\"a\\u2028b\\u2029\""), (.string("\u{2026}\u{20AC}"), "\"\u{2026}\u{20AC}\""),
        (.string("\"\u{301}x\\"), "\"\\\"\u{301}x\\\\\""), (.string("\u{1F}\t\r\u{08}\u{0C}"), "\"\\u001f\\t\\r\\b\\f\""),
        (.string(""), "\"\""), (.string("ủy\u{E2}"), "\"ủy\u{E2}\""),
    ])
    func serialises(_ value: JSONValue, _ expected: String) {
        #expect(Array(value.serialized.utf8) == Array(expected.utf8))
    }

    /// Integral numbers print their digits as `String(Int64(value))` does, the others as before.
    @Test func numbersPrintAsTheirFormat() {
        var values: [Double] = [0, -0.0, 1, -1, 9, 10, 99, 100, 12_345_678, 123_456_789, -987_654_321_012,
                                999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 2.5, -0.5, .infinity, .nan]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let digits = Double(Int64.random(in: -999_999_999_999_999...999_999_999_999_999, using: &generator))
            values.append((digits / pow(10, Double(Int.random(in: 0...15, using: &generator)))).rounded())
        }
        for value in values {
            #expect(JSONValue.number(value).serialized == JSONValue.format(value), "\(value)")
        }
    }

    /// Strings mixing every escaped byte with Vietnamese text and near misses of U+2028
    /// (E2 80 A8) read back unchanged through Foundation's JSON parser.
    @Test func stringsReadBackThroughFoundation() throws {
        let palette: [String] = ["ủy", "\"", "\\", "\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "\u{2028}", "\u{2029}",
                                 "\u{2026}", "\u{20AC}", "\u{2030}", "a", " ", "/", "Đ", "\u{1F600}", "\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in palette.randomElement(using: &generator) ?? "" }.joined()
            let line = JSONValue.array([.string(text)]).serialized
            #expect(!line.contains("\n"))
            let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String]
            #expect(parsed == [text], "\(line)")
        }
    }

    @Test func recordHasEveryFieldInContractOrder() {
        let record = Record(
            id: String(repeating: "0", count: 64),
            source: SourceInfo(uri: "file:x.txt", mediaType: "text/plain", encoding: "utf-8", bytes: 3),
            title: nil, published: nil, authors: [], site: nil, text: "abc", facts: Facts())
        let json = record.json.serialized
        #expect(json.hasPrefix("{\"schema\":\"baocao.record/2\",\"id\":"))
        #expect(json.hasSuffix(",\"themes\":[],\"document\":null,\"province\":null,\"warnings\":[]}"))
        for key in ["title\":null", "published\":null", "site\":null", "authors\":[]", "directives\":[]",
                    "figures\":[]", "models\":[]", "dates\":[]", "periods\":[]", "people\":[]", "themes\":[]", "warnings\":[]"] {
            #expect(json.contains("\"" + key), "missing \(key)")
        }
        #expect(!json.contains("\n"))
        #expect(!json.contains("portal") && !json.contains("fetched_at"), "a source leaves out what it does not know")
    }

    @Test func secondRoundFieldsSerialiseAsTheContractShowsThem() {
        var record = Record(
            id: String(repeating: "0", count: 64),
            source: SourceInfo(uri: "https://tuyengiao.example.vn/a", mediaType: "text/html", encoding: "utf-8", bytes: 3,
                               portal: "mau", fetchedAt: "2026-12-06T01:02:03Z"),
            title: nil, published: nil, authors: [], site: nil, text: "abc", facts: Facts(),
            province: "Cao Bằng", warnings: [RecordWarning(.ocr, "mean confidence 91")])
        record.document = OfficialDocument(
            type: "bao_cao", number: "12", code: "12-BC/BTGHU", date: "2021-03-04", place: "Hòa An",
            issuer: "Ban Tuyên giáo Huyện ủy Hòa An", title: "Báo cáo sơ kết",
            signers: [.init(name: "Lê Văn A", title: "Trưởng Ban", capacity: "T/M Ban Tuyên giáo")],
            recipients: ["Lưu"])
        let json = record.json.serialized
        #expect(json.contains("\"source\":{\"uri\":\"https://tuyengiao.example.vn/a\",\"media_type\":\"text/html\",\"encoding\":\"utf-8\",\"bytes\":3,\"portal\":\"mau\",\"fetched_at\":\"2026-12-06T01:02:03Z\"}"))
        #expect(json.contains("\"document\":{\"type\":\"bao_cao\",\"number\":\"12\",\"code\":\"12-BC/BTGHU\",\"date\":\"2021-03-04\",\"place\":\"Hòa An\",\"issuer\":\"Ban Tuyên giáo Huyện ủy Hòa An\",\"title\":\"Báo cáo sơ kết\",\"signers\":[{\"name\":\"Lê Văn A\",\"title\":\"Trưởng Ban\",\"capacity\":\"T/M Ban Tuyên giáo\"}],\"recipients\":[\"Lưu\"]}"))
        #expect(json.hasSuffix("\"province\":\"Cao Bằng\",\"warnings\":[{\"code\":\"ocr\",\"message\":\"mean confidence 91\"}]}"))
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func millionA() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

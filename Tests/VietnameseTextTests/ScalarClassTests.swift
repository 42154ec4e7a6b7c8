import Testing
import VietnameseText

@Suite("Scalar classes")
struct ScalarClassTests {
    @Test("the table answers what Unicode.Scalar.Properties answers, for every scalar up to U+2FFF")
    func agreesWithProperties() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(ScalarClass.isUppercase(scalar) == properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isAlphabetic(scalar) == properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isWordCharacter(scalar)
                    == (properties.isAlphabetic || properties.numericType != nil), "U+\(String(value, radix: 16))")
        }
    }

    @Test("Vietnamese capitals and digits", arguments: [
        ("Đảng", 0, true, true), ("đảng", 0, false, true), ("Ủy ban", 0, true, true),
        ("99,7%", 0, false, true), ("99,7%", 4, false, false), ("Ê-đê", 1, false, false),
    ])
    func vietnamese(text: String, index: Int, uppercase: Bool, word: Bool) {
        let analyzed = AnalyzedText(text)
        #expect(analyzed.isUppercase(at: index) == uppercase)
        #expect(analyzed.isWordCharacter(at: index) == word)
    }
}

import Extraction
import ExtractionEngine
import Records
import Testing

@Suite struct DirectiveScopeTests {
    @Test(arguments: [
        ("05-CT/TW", DirectiveScope.national), ("35-NQ/TW", .national), ("8011-CV/BTCTW", .national),
        ("30/2020/NĐ-CP", .national), ("05/CT-TTg", .national), ("1023/NQ-UBTVQH14", .national),
        ("12/2019/TT-BGDĐT", .national),
        ("1234/QĐ-UBND", .local), ("21-KH/TU", .local), ("145-BC/BTGHU", .local), ("03-NQ/ĐU", .local),
        ("07/NQ-HĐND", .local),
    ])
    func scopeOfASymbol(_ code: String, _ scope: DirectiveScope) {
        #expect(DirectiveScope.of(code: code) == scope)
    }

    @Test func localSymbolsOfTwoProvincesAreTwoKeys() {
        let caoBang = DirectiveScope.key(code: "1234/QĐ-UBND", province: "Cao Bằng", site: nil)
        let haGiang = DirectiveScope.key(code: "1234/QĐ-UBND", province: "Hà Giang", site: nil)
        #expect(caoBang == "1234/QĐ-UBND|Cao Bằng")
        #expect(caoBang != haGiang)
        #expect(DirectiveScope.key(code: "05-CT/TW", province: "Cao Bằng", site: nil) == "05-CT/TW")
        #expect(DirectiveScope.key(code: "21-KH/TU", province: nil, site: "Tỉnh ủy Lào Cai") == "21-KH/TU|Tỉnh ủy Lào Cai")
        #expect(DirectiveScope.key(code: nil, province: "Cao Bằng", site: nil) == nil)
    }
}

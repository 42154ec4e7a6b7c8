@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// The hand-compiled directive matchers (``DirectiveScan``) against the expressions they
/// replace, anchored at every position of sentences and generated strings, with the range
/// ending at the text's end and a few code points further in.
@Suite struct DirectiveScanTests {
    static let pieces = [
        " ", " ", "  ", "\t", "\n", "/", "/", "-", "-", ",", ":", "(", ")", ".", "1", "05", "123", "2016", "1999", "20",
        "123456", "19", "a", "ct", "qd", "tw", "ubnd", "qh", "13", "abcdefghijklm", "ngay", "thang", "nam", "so", "duoc",
        "ban hanh", "ky", "cua", "do", "da", "khoa", "xiii", "iv", "hoi nghi", "lan thu", "trung uong", "ban chap hanh",
        "va", "cung", "hoac", "chi thi", "chuong trinh", "chuong trinh hanh dong", "thong tu", "luat", "bo luat", "x",
    ]

    static let samples: [String] = [
        "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "Quyết định 1234/QĐ-UBND", "30/2020/NĐ-CP",
        "80/2015/QH13", "80/2015/QH13-abc", "05/2021/tt-bnv-bca-x1234567890123", "05 - ct / tw-a1", "05-ct/abcdefghijk",
        "chi thi so: 05", "chuong trinh hanh dongx 5", "ngày 18 tháng 5 , năm 2021 )", "( ký ngày 1 / 2 / 2020 ) x",
        "được ban hành ngày 3-4-2005", ", năm 2016", " của Bộ", " do Ban ban hành", " khóa XIII )", "(khóa vien)",
        "Hội nghị Trung ương 4 của", "hoi nghi ban chap hanh lan thu tu", " và cùng ", " vang", ", va Chỉ thị",
        "ban hanh ban hanhx ban hanh",
    ] + DateMatcherTests.generated(count: 1000, seed: 11, from: pieces)

    static func uppers(_ text: AnalyzedText, _ position: Int) -> [Int] {
        Array(Set([text.count, min(text.count, position + 3), min(text.count, position + 9)]))
    }

    @Test func anchoredMatchersAreTheExpressions() {
        let rules: [(String, Pattern, (FoldedScan.Bytes, Int, Int) -> DirectiveMatch?, Bool)] = [
            ("title", DirectiveTitleRules.title, DirectiveScan.title, true),
            ("normative", DirectiveCodeParser.normative, SymbolScan.normative, true),
            ("administrative", DirectiveCodeParser.administrative, SymbolScan.administrative, true),
            ("party", DirectiveCodeParser.party, SymbolScan.party, true),
            ("numericDate", DirectiveTailRules.numericDate, DirectiveScan.numericDate, true),
            ("wordDate", DirectiveTailRules.wordDate, DirectiveScan.wordDate, true),
            ("conferenceName", DirectiveTailRules.conferenceName, DirectiveScan.conferenceName, true),
            ("kindName", DirectiveTitleRules.kindName, { DirectiveScan.kindName($0, $1, $2).map { DirectiveMatch(range: $0, groups: []) } }, false),
            ("issueYear", DirectiveTailRules.issueYear, { bytes, lower, upper in
                DirectiveScan.issueYear(bytes, lower, upper).map { DirectiveMatch(range: lower..<$0, groups: []) } }, false),
            ("issuerIntro", DirectiveTailRules.issuerIntro, { bytes, lower, upper in
                DirectiveScan.issuerIntro(bytes, lower, upper).map { DirectiveMatch(range: lower..<$0.end, groups: [$0.word]) } }, true),
            ("issuedAfterBody", DirectiveTailRules.issuedAfterBody, { bytes, lower, upper in
                DirectiveScan.issuedAfterBody(bytes, lower, upper).map { DirectiveMatch(range: lower..<$0, groups: []) } }, false),
            ("conference", DirectiveTailRules.conference, { bytes, lower, upper in
                DirectiveScan.conference(bytes, lower, upper).map { DirectiveMatch(range: lower..<$0, groups: []) } }, false),
            ("listSeparator", DirectiveIssuerSharing.listSeparator, { bytes, lower, upper in
                DirectiveScan.listSeparator(bytes, lower, upper).map { DirectiveMatch(range: lower..<$0, groups: []) } }, false),
        ]
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            text.folded.withView { bytes in
                for position in 0...text.count {
                    for upper in Self.uppers(text, position) {
                        for (name, pattern, scan, withGroups) in rules {
                            let expected = pattern.match(in: text, at: position, limit: upper)
                            let found = scan(bytes, position, upper)
                            #expect(found.map { "\($0.range) \(withGroups ? $0.groups : [])" }
                                    == expected.map { "\($0.range) \(withGroups ? $0.groups : [])" },
                                    "\(name) \(sample.debugDescription) \(position)..<\(upper)")
                        }
                        let term = DirectiveTailRules.term.match(in: text, at: position, limit: upper)
                        let scanned = DirectiveScan.term(bytes, position, upper)
                        #expect(scanned?.end == term?.range.upperBound && scanned?.numeral == term?[1],
                                "term \(sample.debugDescription) \(position)..<\(upper)")
                    }
                }
            }
        }
    }

    @Test func searchingMatchersAreTheExpressions() {
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            text.folded.withView { bytes in
                #expect(SymbolScan.bareStarts(bytes)
                        == DirectiveCodeParser.bareStart.matches(in: text).map(\.range.lowerBound), "bare \(sample.debugDescription)")
                for lower in 0...text.count {
                    for upper in Set([text.count, min(text.count, lower + 12)]) {
                        #expect(DirectiveScan.endsWithSo(bytes, lower, upper)
                                == !DirectiveTitleRules.soBeforeSymbol.matches(in: text, range: lower..<upper).isEmpty,
                                "so \(sample.debugDescription) \(lower)..<\(upper)")
                        #expect(DirectiveScan.issuances(bytes, lower, upper)
                                == DirectiveIssuerSharing.issuance.matches(in: text, range: lower..<upper).map(\.range),
                                "issuance \(sample.debugDescription) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("Chỉ thị số 05-CT/TW", "05-CT/TW"), ("Quyết định 1234/QĐ-UBND", "1234/QĐ-UBND"),
        ("Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP"), ("Luật số 80/2015/QH13", "80/2015/QH13"),
        ("Thông tư 01 / 2021 / TT–BNV", "01/2021/TT-BNV"), ("Thông tư 01/2021/TT - BNV", "01/2021/TT-BNV"),
        ("Luật 80/2015/QH13 - một bước tiến", "80/2015/QH13"),
    ])
    func symbols(sentence: String, code: String?) {
        #expect(DirectiveCodeParser.allCodes(in: AnalyzedText(sentence)).map(\.code) == (code.map { [$0] } ?? []))
    }
}

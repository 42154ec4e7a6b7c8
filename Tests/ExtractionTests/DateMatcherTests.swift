@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// The hand-compiled date and period matchers against the expressions they replace: the
/// same matches, groups and answers, on sentences and on generated strings made of the
/// pieces the expressions turn on (digits, separators, date words, blanks, line ends).
@Suite struct DateMatcherTests {
    /// A deterministic generator (linear congruential), so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "ngay", "thang", "quy", "nam", " ", " ", "  ", "\t", "/", "/", ".", "-", "-", ",", ":", "1", "5", "12", "31",
        "2021", "1999", "19", "20", "123", "20211", "iv", "iii", "ii", "i", "v", "a", "x", "tu", "den", "toi", "het",
        "cuoi", "giai doan", "nhiem ky", "\n", "\r", "_", "0", "q", "so", "ty le",
    ]

    static func generated(count: Int, seed: UInt64, from pieces: [String] = pieces) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            (0..<(3 + generator.next(14))).map { _ in pieces[generator.next(pieces.count)] }.joined()
        }
    }

    static let samples: [String] = [
        "ngày 15/5/2016", "ngày 15/5-2016", "123/4/2020", "1/2/20201", "ngày 18 tháng 5 năm 2021",
        "Ngày 02 tháng 9, năm 1945", "ngày 18 tháng 5/2021", "ngày 18  tháng 5 ,  năm 2021", "quý IV/2022",
        "quý iii - 2022", "quý ivx/2022", "quý 5/2022", "xquy 4/2022", "tháng 5/2022", "tháng 123/2022",
        "tháng 5,năm 2022", "tháng 5 ,năm 2022", "năm 2019", "năm  2019a", "2020,5", "2020.", "a2020", "_2020",
        "1/20211", "12/2021/QĐ", "từ 02/2023", "(12/2021)", "3/4 số xã", "năm\t2020 - 2021",
    ] + generated(count: 1500, seed: 7)

    @Test func dateRulesFindTheExpressionsMatches() {
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            for rule in DatePatterns.rules {
                let expected = rule.pattern.matches(in: text).map { match in
                    "\(match.range) \(match.groups.map { $0.map { "\($0)" } ?? "nil" })"
                }
                let found = DateExpressionScanner.matches(of: rule, in: text).map { match in
                    "\(match.range) \(match.groups.map { "\($0)" })"
                }
                #expect(found == expected, "\(rule.name): \(sample.debugDescription)")
            }
        }
    }

    @Test func codeContinuationIsTheExpression() {
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            text.folded.withView { bytes in
                for position in 0...text.count {
                    let upper = min(text.count, position + 4)
                    let expected = DatePatterns.codeContinuation.match(in: text, at: position, limit: upper) != nil
                    #expect(DateExpressionScanner.isCodeContinuation(bytes, at: position, upper: upper) == expected,
                            "\(sample.debugDescription) at \(position)")
                }
            }
        }
    }

    @Test func periodMatchersAreTheExpressions() {
        for sample in Self.samples {
            let text = AnalyzedText(sample)
            text.folded.withView { bytes in
                for lower in 0...text.count {
                    for upper in lower...min(text.count, lower + 24) {
                        let context = "\(sample.debugDescription) \(lower)..<\(upper)"
                        #expect(PeriodMatchers.isDash(bytes, lower, upper)
                                == (PeriodPatterns.dash.match(in: text, at: lower, limit: upper) != nil), "dash \(context)")
                        #expect(PeriodMatchers.isThrough(bytes, lower, upper)
                                == (PeriodPatterns.through.match(in: text, at: lower, limit: upper) != nil), "through \(context)")
                        #expect(PeriodMatchers.hasThroughOpening(bytes, lower, upper)
                                == !PeriodPatterns.throughOpening.matches(in: text, range: lower..<upper).isEmpty,
                                "opening \(context)")
                        let label = PeriodPatterns.labelBefore.matches(in: text, range: lower..<upper).last
                        let found = PeriodMatchers.labelBefore(bytes, lower, upper)
                        #expect(found?.range == label?.range && found?.label == label?[1], "label \(context)")
                        #expect(PeriodMatchers.fromBefore(bytes, lower, upper)
                                == PeriodPatterns.fromBefore.matches(in: text, range: lower..<upper).last?.range,
                                "from \(context)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        ("2021\n2025", true), ("2021\r\n2025", true), ("\n", true), ("\r\n", true), ("ab", false), ("\r", false),
    ])
    func lineFeed(between: String, expected: Bool) {
        let text = AnalyzedText(between)
        let found = text.folded.withView { PeriodMatchers.hasLineFeed($0, 0, text.count) }
        #expect(found == expected)
        #expect(found == text.foldedSlice(0..<text.count).contains("\n"))
    }

    @Test(arguments: [
        ("Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022)", ["1890-05-19|2022-05-19"]),
        ("giai đoạn 2021 – 2025", ["2021|2025|giai đoạn"]),
        ("nhiệm kỳ: từ năm 2020 đến năm 2025", ["2020|2025|nhiệm kỳ"]),
        ("từ năm 2021 đến hết tháng 9/2022", ["2021|2022-09"]),
        ("năm 2021 đến tháng 9/2022", []),
        ("2000 - 3000 người", []),
    ])
    func periods(sentence: String, expected: [String]) {
        let found = PeriodExtractor().extract(from: AnalyzedText(sentence)).map { period in
            ([period.start, period.end] + (period.label.map { [$0] } ?? [])).joined(separator: "|")
        }
        #expect(found == expected)
    }
}

extension DateMatcherTests {
    @Test func byteClassesAreTheExpressionClasses() {
        let space = Pattern("^\\s$")
        let word = Pattern("^\\w$")
        let boundary = Pattern("^a\\b")
        let end = Pattern("^a$")
        for value in 0..<128 {
            let byte = UInt8(value)
            let text = AnalyzedText(String(UnicodeScalar(byte)))
            guard text.count == 1 else { continue }
            #expect(FoldedScan.isRegexSpace(byte) == !space.matchesCasePreserving(in: text).isEmpty, "space \(value)")
            #expect(FoldedScan.isRegexWord(byte) == !word.matchesCasePreserving(in: text).isEmpty, "word \(value)")
            let pair = AnalyzedText("a" + String(UnicodeScalar(byte)))
            guard pair.count == 2 else { continue }
            let isBoundary = pair.folded.withView { FoldedScan.isWordBoundary($0, 1, lower: 0, upper: 2) }
            #expect(isBoundary == !boundary.matchesCasePreserving(in: pair).isEmpty, "boundary before \(value)")
            let isEnd = pair.folded.withView { FoldedScan.isEnd($0, 1, upper: 2) }
            #expect(isEnd == !end.matchesCasePreserving(in: pair).isEmpty, "$ before \(value)")
        }
    }
}

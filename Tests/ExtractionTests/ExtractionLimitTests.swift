@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// The extractors under a deadline, and on long texts that repeat themselves.
@Suite struct ExtractionLimitTests {
    static func citations(_ count: Int, distinct: Bool) -> String {
        (0..<count).map { index in
            let number = distinct ? index + 1 : 15
            return "Thực hiện Nghị quyết số \(number)/2024/NQ-CP ngày 3/5/2024 của Chính phủ, Chỉ thị số \(number)-CT/TW "
                + "và mô hình “Dân vận khéo \(number)”, tỉnh có \(number + 100) hộ thoát nghèo, 7,5% tăng trưởng."
        }.joined(separator: "\n\n")
    }

    @Test func aPassedDeadlineGivesNoFacts() {
        let text = AnalyzedText(Self.citations(50, distinct: true))
        #expect(FactExtractor().extract(from: text, before: Deadline(instant: .now - .seconds(1))) == nil)
        let cancellation = Cancellation()
        cancellation.cancel()
        #expect(FactExtractor().extract(from: text, before: Deadline(instant: nil, cancellation: cancellation)) == nil)
        #expect(FactExtractor().extract(from: text, before: .never) == FactExtractor().extract(from: text))
    }

    @Test func repeatedCitationsMergeAsBefore() {
        let facts = FactExtractor().extract(from: Self.citations(300, distinct: false))
        let resolution = facts.directives.filter { $0.type == .nghiQuyet }
        #expect(resolution.count == 1)
        #expect(resolution.first?.mentions.count == 300)
        let distinct = FactExtractor().extract(from: Self.citations(300, distinct: true))
        #expect(distinct.directives.filter { $0.type == .nghiQuyet }.count == 300)
        #expect(distinct.directives.allSatisfy { $0.mentions.count == 1 })
    }
}

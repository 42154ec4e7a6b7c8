import Foundation
@testable import Pipeline
import Testing

@Suite("Fixed-point text of the summary lines")
struct FixedPointTests {
    /// The text `String(format:)` gives, which the summary lines wrote before.
    static func printf(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    @Test func matchesPrintfOnEdges() {
        let values: [Double] = [0, -0.0, 0.004, 0.005, 0.0051, 0.125, 0.375, 0.625, 0.875, 1.005, 2.675, 9.995, 99.995,
                                0.05, 0.15, 0.25, 0.35, 0.45, 1234.5, 0.994999, 0.995, 0.999, 5e-7, 123_456.789,
                                -1.25, -0.001, 1e13, 1e14, 9.999e14, 1e15, 3e20, .infinity, -.infinity, .nan,
                                .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        for value in values {
            for digits in [0, 1, 2, 3] {
                #expect(FixedPoint.text(value, digits: digits) == Self.printf(value, digits), "\(value) to \(digits) digits")
            }
        }
    }

    @Test func matchesPrintfOnRunFigures() {
        // Seconds, MB/s and docs/s as runs report them: a fixed walk over many magnitudes.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let value = mantissa * [1.0, 10, 1000, 100_000, 10_000_000][Int(state % 5)]
            for digits in [1, 2] {
                #expect(FixedPoint.text(value, digits: digits) == Self.printf(value, digits), "\(value) to \(digits) digits")
            }
        }
    }

    @Test func summaryLineReadsAsBefore() {
        var summary = RunSummary()
        summary.documents = 12
        summary.records = 11
        summary.rejects = 1
        summary.elapsed = 0.845
        summary.bytes = 3_735_552
        #expect(summary.line == "12 documents, 11 records, 1 reject, "
            + String(format: "%.2f s, %.2f MB/s, %.1f docs/s", 0.845, summary.megabytesPerSecond, summary.documentsPerSecond))
    }
}

@Suite("Stage times")
struct StageTimesTests {
    @Test func indexesFollowThePipelineOrder() {
        #expect(Stage.allCases.map(\.index) == Array(0..<Stage.allCases.count))
    }

    @Test func addingKeepsStagesNeverEnteredOut() {
        var total = StageTimes()
        var first = StageTimes()
        first[.read] = 0.25
        first[.extract] = 1.5
        var second = StageTimes()
        second[.extract] = 0.5
        second[.serialize] = 0
        second.ocrPages = 2
        total += first
        total += second
        #expect(total.seconds(in: .read) == 0.25)
        #expect(total.seconds(in: .extract) == 2)
        #expect(total.seconds(in: .serialize) == 0)
        #expect(total.seconds(in: .decode) == nil)
        #expect(total.ocrPages == 2)
        #expect(total.line == "read 0.25 s, extract 2.00 s, serialize 0.00 s")
        #expect(total != first)
    }
}

import Foundation
import Testing
@testable import VietnameseText

@Suite struct StreamSafeTests {
    @Test func longRunsOfMarksGetAJoinerEveryThirtyMarks() {
        let text = "a" + String(repeating: "\u{0301}", count: 70) + " b"
        let safe = Normalization.streamSafe(text)
        let scalars = Array(safe.unicodeScalars)
        #expect(scalars.filter { $0 == "\u{034F}" }.count == 2)
        #expect(scalars[31] == "\u{034F}" && scalars[62] == "\u{034F}")
        #expect(Normalization.streamSafe("Hoà Bình, hòa bình, ho\u{0300}a") == "Hoà Bình, hòa bình, ho\u{0300}a")
    }

    @Test func normalisingAMarkFloodStaysLinear() {
        // 200 000 marks on one letter: the run took Foundation's NFC minutes at this size.
        let text = "Báo cáo a" + String(repeating: "\u{0301}\u{0323}", count: 100_000) + " kết thúc"
        let started = ContinuousClock.now
        let nfc = Normalization.nfc(text)
        #expect(ContinuousClock.now - started < .seconds(20))
        #expect(nfc.hasPrefix("Báo cáo"))
        #expect(nfc.hasSuffix(" kết thúc"))
    }

    @Test func aDeadlineCheckAsksTheClockOnlyEverySoOften() {
        var never = DeadlineCheck(.never, every: 1)
        let neverPassed = never.hasPassed()
        #expect(!neverPassed)
        var past = DeadlineCheck(Deadline(instant: .now - .seconds(1)), every: 3)
        let answers = (0..<4).map { _ in past.hasPassed() }
        #expect(answers == [false, false, true, true])
        let cancellation = Cancellation()
        var cancelled = DeadlineCheck(Deadline(instant: nil, cancellation: cancellation), every: 1)
        let before = cancelled.hasPassed()
        cancellation.cancel()
        let after = cancelled.hasPassed()
        #expect(!before && after)
    }
}

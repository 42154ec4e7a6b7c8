import Testing
@testable import VietnameseText

@Suite struct ByteProfileTests {
    /// Controls counted one by one, as the share is defined.
    static func referenceShare(_ bytes: [UInt8]) -> Double {
        let sample = bytes.prefix(ByteProfile.window)
        guard !sample.isEmpty else { return 0 }
        let expected: Set<UInt8> = [0x09, 0x0A, 0x0C, 0x0D, 0x1B]
        let controls = sample.filter { ($0 < 0x20 || $0 == 0x7F) && !expected.contains($0) }.count
        return Double(controls) / Double(sample.count)
    }

    @Test func controlShareCountsTheUnexpectedControls() {
        #expect(ByteProfile.controlShare([]) == 0)
        #expect(ByteProfile.controlShare(Array("a\tb\nc\r\u{0C}\u{1B}".utf8)) == 0)
        #expect(ByteProfile.controlShare([0x00, 0x41, 0x7F, 0x80]) == 0.5)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...10_000, using: &generator)).map { _ in UInt8.random(in: 0...0x90, using: &generator) }
            #expect(ByteProfile.controlShare(bytes) == Self.referenceShare(bytes))
        }
    }
}

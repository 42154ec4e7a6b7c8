import Testing
@testable import VietnameseText

@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([0x61, 0x62], UTF8Validation.Verdict.valid(multiByte: false)),
        ([0x54, 0xE1, 0xBB, 0x89, 0x6E, 0x68], .valid(multiByte: true)),
        ([0x61, 0xE1, 0xBB], .truncated(tailStart: 1)),
        ([0x61, 0xC3], .truncated(tailStart: 1)),
        ([0x61, 0xC0, 0x80], .invalid(offset: 1)),
        ([0xE0, 0x80, 0x80], .invalid(offset: 1)),
        ([0xED, 0xA0, 0x80], .invalid(offset: 1)),
        ([0xE1, 0xBB, 0x41], .invalid(offset: 2)),
        ([0xF4, 0x90, 0x80, 0x80], .invalid(offset: 1)),
        ([0xF0, 0x9F, 0x98, 0x80, 0x61], .valid(multiByte: true)),
        ([0xF0, 0x9F, 0x98], .truncated(tailStart: 0)),
        ([0x80], .invalid(offset: 0)),
    ] as [([UInt8], UTF8Validation.Verdict)])
    func verdicts(bytes: [UInt8], expected: UTF8Validation.Verdict) {
        #expect(UTF8Validation.check(bytes) == expected)
        // The same bytes behind a long ASCII run take the eight-byte path first.
        let padded = [UInt8](repeating: 0x20, count: 21) + bytes
        let shifted: UTF8Validation.Verdict = switch expected {
        case .valid: expected
        case .truncated(let start): .truncated(tailStart: start + 21)
        case .invalid(let offset): .invalid(offset: offset + 21)
        }
        #expect(UTF8Validation.check(padded) == shifted)
    }

    @Test func agreesWithTheStandardLibraryOnValidity() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x20, 0x41, 0x7F, 0x80, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<5000 {
            let length = Int.random(in: 0...24, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
            let isValid = if case .valid = UTF8Validation.check(bytes) { true } else { false }
            #expect(isValid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    /// Verdicts, offsets included, equal a byte-at-a-time reading of the well-formedness
    /// table on random mixes of ASCII runs and (broken) sequences at every alignment.
    @Test func agreesWithAByteAtATimeReading() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x20, 0x61, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBB, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1,
                                 0xEC, 0xED, 0xEE, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                bytes += [UInt8](repeating: 0x61, count: Int.random(in: 0...11, using: &generator))
                bytes += (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator) ?? 0x20
                }
            }
            #expect(UTF8Validation.check(bytes) == Self.reading(bytes), "\(bytes)")
        }
    }

    private static func reading(_ bytes: [UInt8]) -> UTF8Validation.Verdict {
        var index = 0
        var multiByte = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            multiByte = true
            let rule: (length: Int, lower: UInt8, upper: UInt8)
            switch lead {
            case 0xC2...0xDF: rule = (2, 0x80, 0xBF)
            case 0xE0: rule = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: rule = (3, 0x80, 0xBF)
            case 0xED: rule = (3, 0x80, 0x9F)
            case 0xF0: rule = (4, 0x90, 0xBF)
            case 0xF1...0xF3: rule = (4, 0x80, 0xBF)
            case 0xF4: rule = (4, 0x80, 0x8F)
            default: return .invalid(offset: index)
            }
            for position in 1..<rule.length {
                guard index + position < bytes.count else { return .truncated(tailStart: index) }
                let byte = bytes[index + position]
                let (lower, upper) = position == 1 ? (rule.lower, rule.upper) : (UInt8(0x80), UInt8(0xBF))
                if byte < lower || byte > upper { return .invalid(offset: index + position) }
            }
            index += rule.length
        }
        return .valid(multiByte: multiByte)
    }
}

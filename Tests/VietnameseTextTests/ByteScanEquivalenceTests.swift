import Foundation
import Testing
@testable import VietnameseText

/// The eight-bytes-at-a-time scans answer as the byte-by-byte loops they replace, on every
/// start, length and alignment of random bytes weighted to the bytes they look for.
@Suite struct ByteScanEquivalenceTests {
    private static func randomBytes(_ generator: inout SplitMix, weighted: [UInt8]) -> [UInt8] {
        let count = Int(generator.next() % 40)
        return (0..<count).map { _ in
            generator.next() % 3 == 0 ? weighted[Int(generator.next() % UInt64(weighted.count))]
                : UInt8(truncatingIfNeeded: generator.next())
        }
    }

    @Test func jsonEscapeCandidatesAreEveryEscapeByte() {
        var generator = SplitMix(seed: 0x15)
        let weighted: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0xE1, 0xE2, 0xE3, 0x80, 0xA8, 0x61, 0x7F]
        var inputs = (0..<3000).map { _ in Self.randomBytes(&generator, weighted: weighted) }
        inputs.append(Array("Báo cáo kết quả \"năm\" 2023\\n\u{2028}của huyện\t".utf8))
        inputs.append(Array(repeating: 0x61, count: 37) + [0x22] + Array(repeating: 0x61, count: 9))
        for bytes in inputs {
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let expected = bytes[start...].firstIndex { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 } ?? bytes.count
                    #expect(ByteSearch.firstJSONEscapeCandidate(in: buffer, from: start) == expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func sentenceMarksAreEveryStopByte() {
        var generator = SplitMix(seed: 0x2E0A)
        let weighted: [UInt8] = [0x0A, 0x2E, 0x21, 0x3F, 0x0B, 0x2F, 0x20, 0x22, 0x3E, 0x09, 0x8A, 0xAE, 0x61, 0x00]
        for _ in 0..<3000 {
            let bytes = Self.randomBytes(&generator, weighted: weighted)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let expected = bytes[start...].firstIndex { $0 == 0x0A || $0 == 0x2E || $0 == 0x21 || $0 == 0x3F } ?? bytes.count
                    #expect(Sentences.nextMark(buffer, from: start) == expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func asciiDigitsAreFoundWherever() {
        var generator = SplitMix(seed: 0x3039)
        let weighted: [UInt8] = [0x2F, 0x30, 0x39, 0x3A, 0xB0, 0xB9, 0xAF, 0xBA, 0x00, 0x7F, 0x80, 0xFF, 0x20]
        for _ in 0..<3000 {
            let bytes = Self.randomBytes(&generator, weighted: weighted)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let piece = UnsafeBufferPointer(rebasing: buffer[start...])
                    #expect(ByteSearch.containsASCIIDigit(piece) == bytes[start...].contains { $0 >= 0x30 && $0 <= 0x39 },
                            "\(bytes) from \(start)")
                }
            }
        }
    }

    @Test func highByteCountsCountEveryByte() {
        var generator = SplitMix(seed: 0x1258)
        let weighted: [UInt8] = [0x7F, 0x80, 0x81, 0xA0, 0xA1, 0xA2, 0xFF, 0x20, 0x21, 0x00]
        for _ in 0..<3000 {
            let bytes = Self.randomBytes(&generator, weighted: weighted)
            let counts = bytes.withUnsafeBufferPointer(LegacyText.highByteCounts)
            #expect(counts.high == bytes.filter { $0 >= 0x80 }.count, "\(bytes)")
            #expect(counts.letters == bytes.filter { $0 >= 0xA1 }.count, "\(bytes)")
        }
    }

    /// Runs of ASCII of every length before and after marks and letters: the copy of eight
    /// ASCII bytes at once must leave a letter before a mark to be composed.
    @Test func codePageASCIIRunsDecodeAsIconvDoes() throws {
        let table = try #require(CodePageTable.windows1258)
        #expect(table.keepsASCII)
        var generator = SplitMix(seed: 0xC0DE)
        let pieces: [[UInt8]] = [[0x61], [0x61, 0xEC], [0xC3, 0xDE], [0x20], [0x3C, 0x70, 0x3E], [0xCC], [0xE2, 0xF2], [0x0A]]
        for _ in 0..<1500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 6) {
                bytes += Array(repeating: 0x6E, count: Int(generator.next() % 20))
                bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let iconv = try? IconvConverter.convert(bytes, from: "CP1258", lenient: false)
            #expect(table.decode(bytes).map { Array($0.utf8) } == iconv.map { Array($0.utf8) }, "\(bytes)")
        }
    }
}

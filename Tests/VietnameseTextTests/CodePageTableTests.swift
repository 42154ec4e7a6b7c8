import Foundation
import Testing
@testable import VietnameseText

/// ``CodePageTable`` against the iconv conversion it stands in for.
@Suite struct CodePageTableTests {
    let table = CodePageTable.windows1258

    @Test func windows1258TableIsBuilt() throws {
        let table = try #require(table)
        #expect(table.marks == [0xCC, 0xD2, 0xDE, 0xEC, 0xF2])
        #expect(table.scalars[0xC3] == 0x0102)
        #expect(table.scalars[0x81] == CodePageTable.rejected)
    }

    /// Every byte, every byte before every pair of marks (a letter composes once), and the
    /// fixtures give the bytes iconv gives.
    @Test func decodesAsIconvDoes() throws {
        let table = try #require(table)
        var inputs: [[UInt8]] = (0...255).map { [UInt8($0)] }
        for letter in 0...255 {
            for first in table.marks {
                for second in table.marks + [0x41, 0x20] { inputs.append([UInt8(letter), first, second]) }
            }
        }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/legacy-encodings")
        for name in ["libiconv-CP1258-snippet.txt", "redsalamander-cp1258.txt", "uchardet-vi-windows-1258.txt"] {
            inputs.append([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
        for bytes in inputs {
            let iconv = try? IconvConverter.convert(bytes, from: "CP1258", lenient: false)
            #expect(table.decode(bytes).map { Array($0.utf8) } == iconv.map { Array($0.utf8) }, "\(bytes.prefix(8))")
        }
    }

    /// Random byte strings weighted to letters and marks decode as iconv decodes them, and a
    /// rejected byte leaves the string to iconv.
    @Test func randomBytesDecodeAsIconvDoes() throws {
        let table = try #require(table)
        var generator = SplitMix(seed: 1258)
        let common: [UInt8] = [0x41, 0x61, 0x45, 0x65, 0x4F, 0x6F, 0x55, 0x79, 0xC3, 0xE3, 0xC2, 0xE2, 0xCA, 0xEA,
                               0xD4, 0xF4, 0xD5, 0xF5, 0xDD, 0xFD, 0xCC, 0xD2, 0xDE, 0xEC, 0xF2, 0x20, 0x81]
        for _ in 0..<2000 {
            let count = Int(generator.next() % 48)
            let bytes = (0..<count).map { _ in
                generator.next() % 2 == 0 ? common[Int(generator.next() % UInt64(common.count))] : UInt8(truncatingIfNeeded: generator.next())
            }
            let iconv = try? IconvConverter.convert(bytes, from: "CP1258", lenient: false)
            #expect(table.decode(bytes).map { Array($0.utf8) } == iconv.map { Array($0.utf8) }, "\(bytes)")
        }
    }
}

/// SplitMix64: the same numbers on every run, for this target's randomised equivalence tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

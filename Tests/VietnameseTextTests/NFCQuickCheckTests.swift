import Foundation
import Testing
import VietnameseText

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// The NFC quick check against the toolchain's own normalisation (Foundation's NFC and NFD):
/// wherever normalising a text changes it, the check must have said "may need normalising".
@Suite("NFC quick check")
struct NFCQuickCheckTests {
    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    static func isNFC(_ text: String) -> Bool {
        text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    /// The table as derived from the toolchain: scalars with a non-zero combining class,
    /// scalars that NFC changes on their own (NFC_Quick_Check=No), and starters that follow
    /// the first scalar of some canonical decomposition, so can compose with what precedes
    /// them (the starters of NFC_Quick_Check=Maybe: Hangul vowels and trailing consonants,
    /// some Indic vowel signs). Marks of NFC_Quick_Check=Maybe have a combining class.
    static func derivedTable() -> [UInt32] {
        var member = [Bool](repeating: false, count: 0x110000)
        for scalar in allScalars {
            if scalar.properties.canonicalCombiningClass != .notReordered { member[Int(scalar.value)] = true }
            let alone = String(scalar)
            if !isNFC(alone) { member[Int(scalar.value)] = true }
            for later in alone.decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst()
            where later.properties.canonicalCombiningClass == .notReordered {
                member[Int(later.value)] = true
            }
        }
        var ranges: [UInt32] = []
        var value = 0
        while value < member.count {
            guard member[value] else {
                value += 1
                continue
            }
            let first = value
            while value + 1 < member.count, member[value + 1] { value += 1 }
            ranges += [UInt32(first), UInt32(value)]
            value += 1
        }
        return ranges
    }

    /// The table as the lines of its Swift array literal.
    static func literal(_ ranges: [UInt32]) -> String {
        var lines: [String] = []
        var line = "       "
        for pair in stride(from: 0, to: ranges.count, by: 2) {
            let item = " " + [ranges[pair], ranges[pair + 1]].map { "0x" + String(String($0, radix: 16, uppercase: true).leftPadded(to: 4)) + "," }
                .joined(separator: " ")
            if line.count + item.count > 112 {
                lines.append(line)
                line = "       "
            }
            line += item
        }
        return (lines + [line]).joined(separator: "\n")
    }

    /// Fails after a toolchain update that changed the Unicode data; the new table is printed,
    /// ready to replace the one in Sources/VietnameseText/NFCQuickCheckTable.swift.
    @Test func tableIsTheToolchainsUnicodeData() {
        let derived = Self.derivedTable()
        let table = NFCQuickCheck.ranges
        #expect(derived == table)
        if derived != table { print("NFCQuickCheck.ranges for this toolchain:\n" + Self.literal(derived)) }
    }

    /// The byte scan skips lead bytes below 0xCC, so no scalar below U+0300 may be in the table.
    @Test func fastPathSkipsOnlyScalarsOutsideTheTable() throws {
        let first = try #require(NFCQuickCheck.ranges.first)
        #expect(first >= 0x300)
    }

    /// The quick check answers E1 BA and E1 BB (U+1E80–U+1EFF) without the table: none is in it.
    @Test func vietnameseLettersOfLatinExtendedAdditionalAreOutsideTheTable() {
        let listed = (0x1E80...0x1EFF).compactMap(Unicode.Scalar.init).filter(NFCQuickCheck.contains)
        #expect(listed.isEmpty, "\(listed.map(\.value))")
    }

    @Test func containsAgreesWithTheRanges() {
        let ranges = NFCQuickCheck.ranges
        var inRanges = [Bool](repeating: false, count: 0x110000)
        for pair in stride(from: 0, to: ranges.count, by: 2) {
            for value in ranges[pair]...ranges[pair + 1] { inRanges[Int(value)] = true }
        }
        let disagreeing = Self.allScalars.filter { NFCQuickCheck.contains($0) != inRanges[Int($0.value)] }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10).map(\.value))")
    }

    @Test func everyScalarAloneAndAfterALetter() {
        var missed: [String] = []
        for scalar in Self.allScalars {
            for text in [String(scalar), "a" + String(scalar)] where !Self.isNFC(text) && !Normalization.needsNormalization(text) {
                missed.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(missed.isEmpty, "not NFC but passed the quick check: \(missed.prefix(20))")
    }

    /// Every canonical decomposition cut in two, the first part composed: `ạ` + U+0302,
    /// a Hangul LV syllable + a trailing consonant, `ো`'s parts: whatever NFC composes must
    /// have been flagged.
    @Test func everyDecompositionCutInTwo() {
        var missed: [String] = []
        var tried = 0
        for scalar in Self.allScalars {
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts.count > 1 else { continue }
            for cut in 1..<parts.count {
                var head = String.UnicodeScalarView()
                head.append(contentsOf: parts[..<cut])
                var tail = String.UnicodeScalarView()
                tail.append(contentsOf: parts[cut...])
                let text = String(head).precomposedStringWithCanonicalMapping + String(tail)
                tried += 1
                if !Self.isNFC(text) && !Normalization.needsNormalization(text) {
                    missed.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
                }
            }
        }
        #expect(tried > 13_000)
        #expect(missed.isEmpty, "not NFC but passed the quick check: \(missed.prefix(20))")
    }

    @Test func singletonsAreNormalised() {
        #expect(Array(Normalization.nfc("\u{2126}").unicodeScalars) == ["\u{03A9}"])
        #expect(Array(Normalization.nfc("\u{212B}ngström").unicodeScalars) == Array("\u{00C5}ngström".unicodeScalars))
        #expect(Array(Normalization.nfc("5 \u{212A}").unicodeScalars) == Array("5 K".unicodeScalars))
        #expect(Array(Normalization.nfc("\u{037E}").unicodeScalars) == [";"])
        #expect(Array(Normalization.nfc("\u{F900}").unicodeScalars) == ["\u{8C48}"])
        #expect(Array(Normalization.nfc("\u{2F800}").unicodeScalars) == ["\u{4E3D}"])
        #expect(!Normalization.needsNormalization("Chỉ thị số 05-CT/TW “Về đẩy mạnh” – 100% 😀"))
    }

    /// The scan reads eight and sixteen bytes at a time: a listed scalar is found at every
    /// offset, and Vietnamese letters and quotes at every offset pass.
    @Test func everyOffsetOfTheWordScan() {
        for offset in 0..<40 {
            for after in [0, 1, 7, 20] {
                let padding = String(repeating: "a", count: offset)
                let tail = String(repeating: "ư", count: after)
                #expect(Normalization.needsNormalization(padding + "\u{212B}" + tail), "offset \(offset)")
                #expect(Normalization.needsNormalization(padding + "\u{1D15E}" + tail), "offset \(offset)")
                #expect(Normalization.needsNormalization(padding + "e\u{0301}" + tail), "offset \(offset)")
                #expect(!Normalization.needsNormalization(padding + "Nghị quyết “số 1” 😀" + tail), "offset \(offset)")
            }
        }
    }

    /// Valid UTF-8 kept as bytes by the decoder goes through the same check.
    @Test func decodedSingletonsAreNormalised() throws {
        let result = try TextDecoding.decode(Array("Đơn vị đo \u{212B}ngström và \u{2126}.".utf8), isHTML: false)
        #expect(Array(result.text.unicodeScalars) == Array("Đơn vị đo \u{00C5}ngström và \u{03A9}.".unicodeScalars))
    }

    /// Random texts from scalars that matter here and scalars that do not, each compared
    /// with Foundation's NFC.
    @Test func randomTextsNormaliseLikeFoundation() {
        var generator = SeededGenerator(state: 0x6E_6663)
        let pools: [[Unicode.Scalar]] = [
            Array("aeiouyAĐđăâêôơư ,.-0123456789".unicodeScalars),
            Array("ạảãàáậẩẫầấặẳẵằắẹẻẽèéệểễềếịỉĩìíọỏõòóộổỗồốợởỡờớụủũùúựửữừứỵỷỹỳý".unicodeScalars),
            (0x300...0x36F).compactMap { Unicode.Scalar(UInt32($0)) },
            ["\u{2126}", "\u{212A}", "\u{212B}", "\u{0340}", "\u{0341}", "\u{0343}", "\u{0344}", "\u{0374}", "\u{037E}",
             "\u{0387}", "\u{F900}", "\u{FA10}", "\u{2F800}", "\u{0958}", "\u{1D15E}", "\u{2000}"],
            (0x1100...0x1112).compactMap { Unicode.Scalar(UInt32($0)) } + (0x1161...0x1175).compactMap { Unicode.Scalar(UInt32($0)) }
                + (0x11A8...0x11C2).compactMap { Unicode.Scalar(UInt32($0)) } + ["\u{AC00}", "\u{AC01}", "\u{D7A3}"],
            ["\u{0B47}", "\u{0B3E}", "\u{0B57}", "\u{0BC6}", "\u{0BBE}", "\u{0DD9}", "\u{0DCF}", "\u{0DCA}", "\u{1025}", "\u{102E}"],
            Self.allScalars,
        ]
        var mismatches: [String] = []
        for _ in 0..<30_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 12) {
                let pool = pools[Int(generator.next() % UInt64(pools.count))]
                scalars.append(pool[Int(generator.next() % UInt64(pool.count))])
            }
            let text = String(scalars)
            let expected = text.precomposedStringWithCanonicalMapping
            if !Normalization.nfc(text).unicodeScalars.elementsEqual(expected.unicodeScalars) {
                mismatches.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}

/// A seeded 64-bit LCG (high bits), so a failure names texts that can be made again.
struct SeededGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 17
    }
}

/// The legacy Vietnamese font encodings BaoCao converts: text typed before Unicode in the
/// TCVN3 (ABC) fonts (`.VnTime`, `.VnTimeH`, `.VnArial`…) or the VNI fonts (`VNI-Times`,
/// `VNI-Helve`…). Such text stores Windows characters ("Häc tËp", "Hoïc taäp") and only the
/// font draws them as Vietnamese ("Học tập").
public enum LegacyFontEncoding: String, Sendable, CaseIterable {
    case tcvn3
    case vni
}

/// A font whose name says it draws a legacy Vietnamese encoding.
public struct LegacyFont: Sendable, Equatable, Hashable {
    public var encoding: LegacyFontEncoding
    /// True for the TCVN3 capital fonts (`.VnTimeH`, `.VnArialH`…), which draw every
    /// letter as a capital.
    public var isUpperCase: Bool

    public init(encoding: LegacyFontEncoding, isUpperCase: Bool = false) {
        self.encoding = encoding
        self.isUpperCase = isUpperCase
    }

    /// The legacy encoding `fontName` draws: names starting with ".Vn" are TCVN3 (a final
    /// capital "H" marks the capital fonts), names starting with "VNI-" or "VNI " are VNI;
    /// nil for any other font.
    public init?(fontName: String) {
        let name = fontName.trimmingSpaces
        let lower = name.lowercased()
        if lower.hasPrefix(".vn") {
            self.init(encoding: .tcvn3, isUpperCase: name.hasSuffix("H"))
        } else if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") {
            self.init(encoding: .vni)
        } else {
            return nil
        }
    }

    /// The Unicode text of `text`, a run typed in this font.
    public func decode(_ text: String) -> String {
        let decoded = LegacyText.convert(text, from: encoding)
        return isUpperCase ? decoded.uppercased() : decoded
    }
}

/// Converts and recognises text typed in legacy Vietnamese fonts.
public enum LegacyText {
    /// `text` (Windows characters as a word processor or a Windows-1252 decoder gives them)
    /// read in the legacy encoding: each character the table knows becomes its Vietnamese
    /// letter, any other is kept.
    public static func convert(_ text: String, from encoding: LegacyFontEncoding) -> String {
        var output = String.UnicodeScalarView()
        switch encoding {
        case .tcvn3:
            for scalar in text.unicodeScalars {
                if let byte = windowsByte(scalar), let letter = Tables.shared.tcvn3[Int(byte)] {
                    output.append(letter)
                } else {
                    output.append(scalar)
                }
            }
        case .vni:
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if index + 1 < scalars.count,
                   let letter = Tables.shared.vniPairs[scalar.value << 16 | scalars[index + 1].value] {
                    output.append(letter)
                    index += 2
                    continue
                }
                output.append(Tables.shared.vniSingles[scalar.value] ?? scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// The legacy encoding `text` is written in, when no font says it: text with almost no
    /// Vietnamese letters of Unicode (see ``isVietnameseOnlyLetter(_:)``) whose words read as
    /// Vietnamese syllables far more often once converted ("Häc tËp" → "Học tập"); else nil.
    /// `text` holds Windows characters as a word processor or a Windows-1252 decoder gives them.
    public static func detect(_ text: String) -> LegacyFontEncoding? {
        guard mayBeLegacy(text) else { return nil }
        return bestConversion(of: text, against: text)
    }

    /// The legacy encoding of the single-byte document `bytes`, which a decoder read as
    /// `decoded` (Windows-1258, say): the conversion wins only when its words read as
    /// Vietnamese syllables far more often than the decoder's.
    public static func detect(singleByte bytes: [UInt8], decodedAs decoded: String) -> LegacyFontEncoding? {
        let (high, letters) = bytes.withUnsafeBufferPointer(highByteCounts)
        // Every plausible word of a conversion holds a byte of 0x80 or more, so a conversion can
        // score no more than that count: when it cannot beat the text as decoded, none is made
        // (a Windows-1258 page, whose marks are most of its high bytes, is not converted twice).
        // Fewer than 10 such bytes lose to any baseline, unscored.
        guard letters >= 5, high >= 10 else { return nil }
        let baseline = SyllableScore(decoded)
        guard high >= 2 * max(0, baseline.value) + 10 else { return nil }
        let windows = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        return bestConversion(of: windows, against: decoded, baseline: baseline)
    }

    /// The number of bytes of 0x80 or more in `bytes`, and of those of 0xA1 or more, counted
    /// eight bytes at a time: a byte of 0xA1 or more is one with its top bit set whose low
    /// seven bits plus 0x5F carry into the top bit.
    static func highByteCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (high: Int, letters: Int) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        let highs: UInt64 = 0x8080_8080_8080_8080
        var high = 0
        var letters = 0
        var index = 0
        let count = bytes.count
        while index &+ 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let top = word & highs
            if top != 0 {
                high &+= top.nonzeroBitCount
                letters &+= (((word & ~highs) &+ 0x5F5F_5F5F_5F5F_5F5F) & top).nonzeroBitCount
            }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte >= 0x80 { high &+= 1 }
            if byte >= 0xA1 { letters &+= 1 }
            index &+= 1
        }
        return (high, letters)
    }

    /// `bytes` read as Windows characters and converted from `encoding`.
    public static func convert(singleByte bytes: [UInt8], from encoding: LegacyFontEncoding) -> String {
        convert(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })), from: encoding)
    }

    /// False when the text has few Latin-1 characters, or Vietnamese letters of Unicode
    /// beside them (one for 20 of them: Unicode Vietnamese has about as many of each): a
    /// pass over the UTF-8 bytes that stops early on ordinary Vietnamese text.
    static func mayBeLegacy(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayBeLegacy(utf8: $0) }
    }

    /// ``mayBeLegacy(_:)`` on UTF-8 bytes: false rules legacy text out, true asks for
    /// ``detect(_:)``.
    public static func mayBeLegacy(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var vietnamese = 0
        var latin = 0
        var index = 0
        let end = bytes.count - 1
        while index < end {
            let lead = bytes[index]
            index += 1
            if lead < 0xC2 { continue }
            let next = bytes[index]
            switch lead {
            case 0xC2, 0xC3:
                latin += 1
                continue
            case 0xE1:
                guard next == 0xBA || next == 0xBB else { continue }
            case 0xC4:
                guard next == 0x82 || next == 0x83 || next == 0x90 || next == 0x91 || next == 0xA8 || next == 0xA9 else { continue }
            case 0xC5:
                guard next == 0xA8 || next == 0xA9 else { continue }
            case 0xC6:
                guard next == 0xA0 || next == 0xA1 || next == 0xAF || next == 0xB0 else { continue }
            default:
                continue
            }
            vietnamese += 1
            if vietnamese >= 20 && vietnamese * 20 > latin { return false }
        }
        return latin >= 5 && vietnamese * 20 <= latin
    }

    /// The encoding whose conversion of `windows` reads as Vietnamese clearly better than
    /// `original`, or nil.
    static func bestConversion(of windows: String, against original: String,
                               baseline: SyllableScore? = nil) -> LegacyFontEncoding? {
        let baseline = baseline ?? SyllableScore(original)
        var best: (encoding: LegacyFontEncoding, score: SyllableScore)?
        for encoding in LegacyFontEncoding.allCases {
            let score = SyllableScore(convert(windows, from: encoding))
            if score.value > (best?.score.value ?? Int.min) { best = (encoding, score) }
        }
        guard let best, best.score.plausible >= 10,
              best.score.value >= 2 * max(0, baseline.value) + 10,
              best.score.plausible >= 4 * best.score.implausible else { return nil }
        return best.encoding
    }

    /// How Vietnamese a text's words read: a word with a non-ASCII letter is plausible when
    /// all its letters are Vietnamese and at most one carries a tone mark, else implausible.
    struct SyllableScore {
        var plausible = 0
        var implausible = 0
        var value: Int { plausible - 2 * implausible }

        init(_ text: String) {
            var text = text
            self = text.withUTF8 { SyllableScore(utf8: $0) }
        }

        /// The score of the valid UTF-8 `bytes`, read scalar by scalar without a String:
        /// ASCII decided on the byte, other scalars by ``Tables/letterKinds``.
        init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
            let kinds = Tables.shared.letterKinds
            var nonASCII = false
            var foreign = false
            var tones = 0
            var plausible = 0
            var implausible = 0
            @inline(__always) func end() {
                if nonASCII {
                    if foreign || tones > 1 { implausible += 1 } else { plausible += 1 }
                }
                nonASCII = false
                foreign = false
                tones = 0
            }
            let count = bytes.count
            var index = 0
            while index < count {
                // Outside a word with a non-ASCII scalar, ASCII changes nothing (a word of
                // ASCII letters scores nothing): such bytes are skipped eight at a time.
                if !nonASCII, let base = bytes.baseAddress {
                    while index + 8 <= count {
                        let high = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                            & 0x8080_8080_8080_8080
                        if high != 0 {
                            index += high.trailingZeroBitCount >> 3
                            break
                        }
                        index += 8
                    }
                    guard index < count else { break }
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    // ASCII's alphabetic scalars are its letters: tested by value, not through
                    // the Unicode property tables (a page of markup is mostly ASCII).
                    let folded = lead | 0x20
                    if (folded >= 0x61 && folded <= 0x7A) || lead == 0x2D { continue }
                    end()
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if Whitespace.isWhitespace(bytes, at: index, length: length) {
                    index += length
                    end()
                    continue
                }
                let value = UTF8Validation.scalarValue(bytes, at: index, length: length)
                index += length
                nonASCII = true
                let kind = Int(value) < kinds.count ? kinds[Int(value)] : 0
                if kind == Tables.tonedLetter { tones += 1 } else if kind == 0 { foreign = true }
            }
            end()
            self.plausible = plausible
            self.implausible = implausible
        }
    }

    /// A letter only Vietnamese writes: ă â ê ô ơ ư đ ĩ ũ with or without tone marks, and
    /// the Latin Extended Additional block's Vietnamese letters (U+1EA0–U+1EF9).
    public static func isVietnameseOnlyLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1EA0...0x1EF9, 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0,
             0x0128, 0x0129, 0x0168, 0x0169: true
        default: false
        }
    }

    /// The Windows byte a character of legacy-font text stands for: Latin-1 characters are
    /// their byte, the Private Use characters U+F000–U+F0FF Word gives symbol fonts their
    /// low byte; nil for any other.
    static func windowsByte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0...0xFF: UInt8(scalar.value)
        case 0xF000...0xF0FF: UInt8(scalar.value & 0xFF)
        default: nil
        }
    }

    /// The tables of ``LegacyFontTables``, read once.
    struct Tables: Sendable {
        static let shared = Tables()
        /// TCVN3 byte → letter (lower-case fonts).
        let tcvn3: [Unicode.Scalar?]
        /// VNI: base and mark (first scalar << 16 | second) → letter, and one-character forms.
        let vniPairs: [UInt32: Unicode.Scalar]
        let vniSingles: [UInt32: Unicode.Scalar]
        /// Every Vietnamese letter outside ASCII by scalar value, up to the largest:
        /// ``plainLetter``, ``tonedLetter`` when it carries a tone mark, 0 for other scalars.
        let letterKinds: [UInt8]
        static let plainLetter: UInt8 = 1
        static let tonedLetter: UInt8 = 2

        init() {
            var tcvn3 = [Unicode.Scalar?](repeating: nil, count: 256)
            for row in LegacyFontTables.tcvn3.split(separator: "\n") {
                let cells = row.split(separator: "\t")
                if cells.count == 2, let byte = UInt8(cells[0], radix: 16), let letter = cells[1].unicodeScalars.first {
                    tcvn3[Int(byte)] = letter
                }
            }
            var pairs: [UInt32: Unicode.Scalar] = [:]
            var singles: [UInt32: Unicode.Scalar] = [:]
            var letters: [Unicode.Scalar: Bool] = [:]
            let toneMarks = Set("ùøûõïáàåãäéèúüëíìæóòîÙØÛÕÏÁÀÅÃÄÉÈÚÜËÍÌÆÓÒÎ".unicodeScalars)
            for row in LegacyFontTables.vni.split(separator: "\n") {
                let cells = row.split(separator: "\t")
                guard cells.count == 2, let letter = cells[0].unicodeScalars.first else { continue }
                let form = Array(cells[1].unicodeScalars)
                if let last = form.last { letters[letter] = toneMarks.contains(last) }
                if form.count == 2 {
                    pairs[form[0].value << 16 | form[1].value] = letter
                } else if form.count == 1 {
                    singles[form[0].value] = letter
                }
            }
            self.tcvn3 = tcvn3
            vniPairs = pairs
            vniSingles = singles
            var kinds = [UInt8](repeating: 0, count: Int(letters.keys.map(\.value).max() ?? 0) + 1)
            for (letter, toned) in letters { kinds[Int(letter.value)] = toned ? Self.tonedLetter : Self.plainLetter }
            letterKinds = kinds
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}

extension LegacyText {
    /// `text` as the Windows characters of VNI: the table's rows read backwards (tests and
    /// fixtures).
    public static func encodeVNIForTesting(_ text: String) -> String {
        var reverse: [Unicode.Scalar: String] = [:]
        for (key, letter) in Tables.shared.vniPairs {
            reverse[letter] = String(String.UnicodeScalarView([Unicode.Scalar(key >> 16)!, Unicode.Scalar(key & 0xFFFF)!]))
        }
        for (key, letter) in Tables.shared.vniSingles { reverse[letter] = String(Unicode.Scalar(key)!) }
        return text.unicodeScalars.map { reverse[$0] ?? String($0) }.joined()
    }

    /// `text` as TCVN3 bytes (letters the lower-case table lacks become "?").
    public static func encodeTCVN3ForTesting(_ text: String) -> [UInt8] {
        var reverse: [Unicode.Scalar: UInt8] = [:]
        for (byte, letter) in Tables.shared.tcvn3.enumerated() { if let letter { reverse[letter] = UInt8(byte) } }
        return text.unicodeScalars.map { $0.isASCII ? UInt8($0.value) : reverse[$0] ?? UInt8(ascii: "?") }
    }
}

import Foundation

/// Folding for matching: every Unicode scalar maps to exactly one ASCII byte, so a
/// position in the folded text is the same code-point offset in the original.
///
/// Letters lose their diacritics (`ộ` → `o`, `Đ` → `D`), typographic quotes become `"`
/// and `'`, dashes become `-`, exotic spaces become ` `, `…` becomes `.`; anything else
/// outside ASCII becomes `Folding.unmapped` (0x1A), which no pattern matches.
public enum Folding {
    /// The byte for a scalar with no ASCII counterpart.
    public static let unmapped: UInt8 = 0x1A

    /// Folds one scalar, keeping its case.
    @inlinable
    public static func ascii(_ scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x80 { return UInt8(value) }
        if value < UInt32(table.count) { return table[Int(value)] }
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return UInt8(ascii: "'")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return UInt8(ascii: "\"")
        case 0x2010...0x2015, 0x2212: return UInt8(ascii: "-")
        case 0x2000...0x200D, 0x202F, 0x205F, 0x3000, 0xFEFF: return UInt8(ascii: " ")
        case 0x2026: return UInt8(ascii: ".")
        case 0x2022, 0x2023, 0x25CF, 0x25AA: return UInt8(ascii: "*")
        case 0x2028, 0x2029: return UInt8(ascii: "\n")
        default: return unmapped
        }
    }

    /// Folds and lower-cases a string: "Chỉ thị" → "chi thi", "Tỉnh uỷ" → "tinh uy".
    public static func key(_ text: String) -> String {
        let nfc = Normalization.nfc(text)
        // One ASCII byte per scalar, written straight into the new string's storage.
        return String(unsafeUninitializedCapacity: nfc.utf8.count) { buffer in
            var count = 0
            for scalar in nfc.unicodeScalars {
                let value = scalar.value
                buffer[count] = value < 0x80 ? lowercase(UInt8(value)) : lowercase(ascii(scalar))
                count += 1
            }
            return count
        }
    }

    @inlinable
    public static func lowercase(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte + 32 : byte
    }

    /// ASCII fold of U+0000–U+1EFF (Latin, Latin Extended, combining marks, Vietnamese),
    /// filled from ``latinFolds``: decomposing those blocks' 720 scalars at start-up cost
    /// each process 5 M instructions. A test checks it equals ``makeTable(decomposing:)``
    /// over every scalar below U+1F00.
    @usableFromInline
    static let table: [UInt8] = {
        var table = [UInt8](repeating: unmapped, count: 0x1F00)
        for value in 0..<0x80 { table[value] = UInt8(value) }
        for (start, folds) in latinFolds {
            for (offset, byte) in folds.utf8.enumerated() where byte != UInt8(ascii: "_") {
                table[start + offset] = byte
            }
        }
        return table
    }()

    /// The blocks below U+1F00 whose canonical decompositions start with an ASCII letter:
    /// Latin-1, Latin Extended-A and -B, Latin Extended Additional.
    static let latinRanges = [0x80..<0x250, 0x1E00..<0x1F00]

    /// ``makeTable(decomposing:)`` over ``latinRanges``, written out: the byte of each scalar
    /// from the block's first, `_` for ``unmapped``.
    static let latinFolds: [(start: Int, folds: String)] = [
        (0x80, ""
            + "________________________________ __________\"_-_________*___\"____"
            + "AAAAAA_CEEEEIIIIDNOOOOO__UUUUY__aaaaaa_ceeeeiiii_nooooo__uuuuy_y"
            + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHh__IiIiIiIiI___JjKk_LlLlLl_"
            + "___NnNnNn___OoOoOo__RrRrRrSsSsSsSsTtTt__UuUuUuUuUuUuWwYyYZzZzZz_"
            + "________________________________Oo_____________Uu_______________"
            + "_____________AaIiOoUuUuUuUuUu_AaAa____GgKkOoOo__j___Gg__NnAa____"
            + "AaAaEeEeIiIiOoOoRrRrUuUuSsTt__Hh______AaEeOoOoOoOoYy____________"
            + "________________"),
        (0x1E00, ""
            + "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
            + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
            + "WwWwWwWwWwXxXxYyZzZzZzhtwy______AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
            + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy______"),
    ]

    static func makeTable(decomposing ranges: [Range<Int>]) -> [UInt8] {
        var table = [UInt8](repeating: unmapped, count: 0x1F00)
        for value in 0..<0x80 { table[value] = UInt8(value) }
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            if let base = decomposed.first, base.value < 0x80, base.properties.isAlphabetic {
                table[value] = UInt8(base.value)
            }
        }
        table[0xD0] = UInt8(ascii: "D"); table[0x110] = UInt8(ascii: "D"); table[0x111] = UInt8(ascii: "d")
        table[0xA0] = UInt8(ascii: " "); table[0xAD] = UInt8(ascii: "-")
        table[0xAB] = UInt8(ascii: "\""); table[0xBB] = UInt8(ascii: "\"")
        table[0xB7] = UInt8(ascii: "*")
        return table
    }
}

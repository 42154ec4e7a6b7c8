import Foundation

/// Numbers written the Vietnamese way.
public enum VietnameseNumber {
    /// Parses a numeral: `.` groups thousands and `,` is the decimal mark
    /// ("16.700" → 16700, "99,7" → 99.7, "1.234,5" → 1234.5, "05" → 5). A `.` followed
    /// by other than exactly three digits is read as a decimal point ("2.5" → 2.5).
    public static func parse(_ numeral: some StringProtocol) -> Double? {
        let text = numeral.trimmingCharacters(in: .whitespaces)
        guard let first = text.unicodeScalars.first, first.properties.numericType != nil else { return nil }
        var integer = ""
        var fraction = ""
        var inFraction = false
        let parts = Array(text)
        var index = 0
        while index < parts.count {
            let char = parts[index]
            if char.isASCII && char.isNumber {
                if inFraction { fraction.append(char) } else { integer.append(char) }
            } else if char == "." && !inFraction {
                let run = parts[(index + 1)...].prefix(while: { $0.isASCII && $0.isNumber }).count
                if run == 3 && (index + 4 >= parts.count || !(parts[index + 4].isASCII && parts[index + 4].isNumber)) {
                    // thousands group
                } else if run > 0 {
                    inFraction = true
                } else {
                    return nil
                }
            } else if char == "," && !inFraction {
                inFraction = true
            } else if char == " " || char == "\u{00A0}" {
                // "16 700" — a space also groups thousands in some reports
            } else {
                return nil
            }
            index += 1
        }
        guard !integer.isEmpty else { return nil }
        return Double(fraction.isEmpty ? integer : integer + "." + fraction)
    }

    /// Multipliers written after a number ("3 tỷ đồng", "20 triệu", "500 nghìn").
    public static let scaleWords: [(word: String, factor: Double)] = [
        ("tỷ", 1e9), ("tỉ", 1e9), ("triệu", 1e6), ("nghìn", 1e3), ("ngàn", 1e3), ("trăm", 1e2),
    ]

    /// Digit words, lower-case NFC ("ba" = 3, "tư" and "bốn" = 4, "lăm" = 5 after "mươi").
    public static let digitWords: [String: Int] = [
        "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
        "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    /// Parses a run of number words: "ba" → 3, "hai mươi" → 20, "hai mươi lăm" → 25,
    /// "một trăm linh năm" → 105, "mười hai" → 12, "ba nghìn" → 3000. Returns the value
    /// and how many words were used, or nil when the first word is not a number word.
    public static func parseWords(_ words: [String]) -> (value: Double, count: Int)? {
        var total = 0.0      // completed thousands groups
        var group = 0.0      // current group below 1000
        var current = 0.0    // current digit or tens value
        var used = 0
        var sawNumber = false
        for raw in words {
            let word = Normalization.nfc(raw).lowercased()
            if let digit = digitWords[word] {
                if word == "mười" { current += 10 } else { current += Double(digit) }
                sawNumber = true
            } else if word == "mươi" && sawNumber {
                current *= 10
            } else if (word == "linh" || word == "lẻ") && sawNumber {
                // "một trăm linh năm": the zero tens
            } else if word == "trăm" && sawNumber {
                group += (current == 0 ? 1 : current) * 100
                current = 0
            } else if let scale = scaleWords.first(where: { $0.word == word && $0.factor >= 1e3 }), sawNumber {
                total += (group + current) * scale.factor
                group = 0
                current = 0
            } else {
                break
            }
            used += 1
        }
        guard sawNumber, used > 0 else { return nil }
        return (total + group + current, used)
    }
}

/// Roman numerals as Vietnamese texts print them (khóa XIII, quý IV, Đại hội VII).
public enum RomanNumeral {
    static let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]

    /// The value of an upper-case Roman numeral in canonical form, or nil: "XIII" → 13,
    /// "IV" → 4; "IIII", "VX" and "" are rejected.
    public static func value(_ numeral: some StringProtocol) -> Int? {
        let chars = Array(numeral)
        guard !chars.isEmpty, chars.count <= 15 else { return nil }
        var total = 0
        for (index, char) in chars.enumerated() {
            guard let value = values[char] else { return nil }
            if index + 1 < chars.count, let next = values[chars[index + 1]], next > value {
                total -= value
            } else {
                total += value
            }
        }
        guard total > 0, roman(total) == String(chars) else { return nil }
        return total
    }

    /// The canonical Roman numeral of 1...3999.
    public static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var out = ""
        for (value, symbol) in table {
            while rest >= value { out += symbol; rest -= value }
        }
        return out
    }
}

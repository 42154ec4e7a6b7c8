import VietnameseText

/// An office printed in capitals written in normal case, for the people's titles and the
/// signers of an official document.
enum OfficeCase {
    /// Two-syllable words of an office whose second syllable stays lower-case when a signature
    /// block's capital office line is written in normal case ("PHÓ BÍ THƯ THƯỜNG TRỰC" gives
    /// "Phó Bí thư Thường trực"; "PHÓ TRƯỞNG BAN" gives "Phó Trưởng Ban").
    static let compounds: Set<String> = [
        "bí thư", "chủ tịch", "thường trực", "giám đốc", "ủy viên", "thư ký", "chủ nhiệm", "văn phòng",
        "hiệu trưởng", "thường vụ", "tuyên giáo", "dân vận", "tổ chức", "kiểm tra", "chánh án", "viện trưởng",
    ]

    /// A capital office line in normal case: every word capitalised but the second syllable of
    /// an office word ("PHÓ BÍ THƯ THƯỜNG TRỰC" gives "Phó Bí thư Thường trực").
    static func normalCase(_ office: String) -> String {
        var words: [String] = []
        var previousKey: String?
        for word in office.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) {
            let key = key(word)
            if let previous = previousKey, compoundKeys.contains(previous + " " + key) {
                words.append(word)
                previousKey = nil
            } else {
                words.append(word.prefix(1).uppercased() + word.dropFirst())
                previousKey = key
            }
        }
        return words.joined(separator: " ")
    }

    /// ``compounds`` in comparison form.
    static let compoundKeys: Set<String> = Set(compounds.map {
        $0.split(separator: " ").map { key(String($0)) }.joined(separator: " ")
    })

    /// The comparison form of a word: NFC, lower-cased, tone mark on the first vowel.
    static func key(_ word: String) -> String {
        ToneMarks.firstVowelStyle(Normalization.nfc(word).lowercased())
    }
}

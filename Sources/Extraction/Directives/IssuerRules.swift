import ExtractionEngine
import VietnameseText

/// Reads the name of an issuing body ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Mỹ Tho",
/// "Ủy ban nhân dân tỉnh") forwards after "của"/"do", or backwards before "đã ban hành".
enum DirectiveIssuerRules {
    /// Folded openings of a body's name; a phrase is a body only when it starts with one.
    static let bodyHeads: [String] = [
        "bo chinh tri", "ban bi thu", "ban chap hanh", "ban thuong vu", "thuong vu", "ban", "bo", "bch", "btv",
        "tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy", "chi uy",
        "uy ban", "ubnd", "hdnd", "ubmttq", "ubkt", "hoi dong", "chinh phu", "thu tuong", "quoc hoi",
        "van phong", "so", "chi bo", "dang bo", "thuong truc", "trung uong", "mat tran", "tong bi thu",
        "chu tich", "cuc", "toa an", "vien kiem sat", "cong an",
        "lien doan", "cong doan", "hoi lien hiep", "hoi nong dan", "hoi cuu chien binh", "doan thanh nien",
        // "Kế hoạch số 18-KH/ĐĐ của Đảng đoàn Liên hiệp các Hội tỉnh", "… của Liên minh HTX tỉnh".
        "dang doan", "lien minh",
    ]

    /// Folded two-word names whose capitalised first word carries a lower-case second one into
    /// a body's name: "Đảng ủy Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự", "Liên đoàn Lao động",
    /// "Đảng ủy Công ty", "Đảng ủy Quân khu", "Đảng ủy Khối các cơ quan", "Hội Cựu chiến binh".
    static let continuationPhrases: [String] = [
        // Longer phrases first: "Đảng đoàn Liên hiệp các Hội tỉnh" (over "lien hiep").
        "lien hiep cac hoi",
        "bo doi", "chi huy", "quan su", "bien phong", "lao dong", "lien hiep", "phu nu", "dao tao",
        "cong an", "noi vu", "nong dan", "thanh nien", "cong doan", "tu lenh", "chi dao", "chien binh",
        "cong ty", "quan khu", "khoi cac", "cuu chien",
        // "Đảng ủy Sở Tư pháp", "Ban Thường vụ Công đoàn Đường sắt Việt Nam", "Ban Thường vụ Hội Luật
        // gia tỉnh", "Chủ tịch UBND tỉnh", "Đảng ủy Chi nhánh",
        // "Liên minh HTX tỉnh".
        "tu phap", "duong sat", "luat gia", "chu tich", "chi nhanh", "lien minh",
    ]

    /// Folded words after "và" that open a movement or campaign, not a second part of the
    /// body's name: "… của Thường vụ Quân ủy Trung ương và Cuộc vận động …".
    static let andBreakers: Set<String> = ["cuoc", "phong"]

    /// Lower-case words that continue a body's name ("Ban Thường vụ Tỉnh ủy", "Ủy ban nhân
    /// dân tỉnh", "Bộ Giáo dục và Đào tạo"), compared on the lower-cased original.
    static let continuationWords: Set<String> = [
        "ủy", "uỷ", "vụ", "hành", "nhân", "dân", "tỉnh", "huyện", "thành", "phố", "xã", "phường", "thị",
        "trấn", "quận", "bộ", "ban", "giáo", "đồng", "tướng", "thư", "trị", "ương", "khối", "chính", "phủ",
        "kiểm", "tra", "quốc", "mặt", "trận", "trực", "thường", "chấp", "tuyên", "vận", "đoàn", "đảng",
        "nội", "cơ", "quan", "sở", "ngành", "trung", "văn", "phòng", "dục", "tạo", "tế", "tư", "nghiệp",
        "nông", "thôn", "trường", "nguyên", "an", "sát", "viện", "án", "binh", "hội", "chức", "cấp", "cao", "tối", "phán",
    ]

    /// Folded words that end a body's name even when a title capitalises them ("… Tỉnh ủy Về việc …").
    static let stopWords: Set<String> = ["khoa", "ve", "nham", "ngay", "theo", "tai", "trong", "cua", "va", "viec"]

    /// Folded two-word sequences that end a body's name even though both words could continue it.
    static let breakingPairs: [String] = ["ban hanh", "hoi nghi", "hanh dong"]

    /// Lower-case first words allowed to open a body's name ("của huyện ủy").
    static let lowerCaseOpenings: Set<String> = ["tỉnh", "huyện", "thành", "quận", "thị", "đảng", "chi"]

    /// The body named from `position` on (after "của "), or nil when what follows is no body;
    /// the text is read up to `bound`.
    static func readForward(_ text: AnalyzedText, from position: Int, bound: Int? = nil) -> Range<Int>? {
        let bound = bound ?? text.count
        // The name runs from the first word read to the last; at most 12 words are read.
        var start: Int?
        var end = position
        var wordCount = 0
        var index = position
        while wordCount < 12 {
            guard let word = nextWord(text, from: index, bound: bound) else { break }
            guard start != nil else {
                guard text.isUppercase(at: word.lowerBound) || lowerCaseOpenings.contains(TextWords.lowercased(text, word))
                else { return nil }
                let opening = continuationPhrase(text, startingAt: word.lowerBound, bound: bound) ?? word
                start = opening.lowerBound
                end = opening.upperBound
                wordCount = 1
                index = opening.upperBound
                continue
            }
            if isAnd(text, word), let next = nextWord(text, from: word.upperBound, bound: bound),
               text.isUppercase(at: next.lowerBound), !startsBody(text, at: next.lowerBound, bound: bound),
               !andBreakers.contains(text.foldedSlice(next)),
               !DirectiveTitleRules.startsKindName(text, at: next.lowerBound, bound: bound) {
                let nextEnd = UnitFieldNames.end(in: text, at: next.lowerBound, bound: bound) ?? next.upperBound
                end = nextEnd
                wordCount += 2
                index = nextEnd
                continue
            }
            if text.isUppercase(at: word.lowerBound), let fieldEnd = UnitFieldNames.end(in: text, at: word.lowerBound, bound: bound) {
                end = fieldEnd
                wordCount += 1
                index = fieldEnd
                continue
            }
            if let phrase = continuationPhrase(text, startingAt: word.lowerBound, bound: bound) {
                end = phrase.upperBound
                wordCount += 1
                index = phrase.upperBound
                continue
            }
            guard continues(text, word, bound: bound) else { break }
            end = word.upperBound
            wordCount += 1
            index = word.upperBound
        }
        guard let start, startsBody(text, at: start, bound: bound) else { return nil }
        return start..<end
    }

    /// The body named just before `position` ("Ban Thường vụ Tỉnh ủy| đã ban hành"), as long as
    /// it starts with a body head; nil when none does.
    static func readBackward(_ text: AnalyzedText, endingAt position: Int, lowerBound: Int) -> Range<Int>? {
        var words: [Range<Int>] = []
        var index = position
        while words.count < 12 {
            guard let word = previousWord(text, endingAt: index, lowerBound: lowerBound) else { break }
            let part: Range<Int>
            if let phrase = continuationPhrase(text, endingAt: word.upperBound, lowerBound: lowerBound) {
                part = phrase
            } else {
                guard continues(text, word) else { break }
                part = word
            }
            words.insert(part, at: 0)
            index = part.lowerBound
            if let joined = joinedByAnd(text, before: part, lowerBound: lowerBound) {
                words.insert(joined, at: 0)
                index = joined.lowerBound
            }
        }
        for word in words {
            let opens = text.isUppercase(at: word.lowerBound) || lowerCaseOpenings.contains(TextWords.lowercased(text, word))
            if opens, startsBody(text, at: word.lowerBound), let last = words.last {
                return word.lowerBound..<last.upperBound
            }
        }
        return nil
    }

    /// "Bộ Giáo dục và| Đào tạo": the "và" and the word before it, read backwards, when the
    /// capitalised `word` after "và" names no body or document of its own.
    static func joinedByAnd(_ text: AnalyzedText, before word: Range<Int>, lowerBound: Int) -> Range<Int>? {
        guard text.isUppercase(at: word.lowerBound), !startsBody(text, at: word.lowerBound),
              let and = previousWord(text, endingAt: word.lowerBound, lowerBound: lowerBound),
              isAnd(text, and),
              let before = previousWord(text, endingAt: and.lowerBound, lowerBound: lowerBound),
              continues(text, before) else { return nil }
        return before.lowerBound..<and.upperBound
    }

    /// True when a word may stand inside a body's name, in a text read up to `bound`.
    static func continues(_ text: AnalyzedText, _ word: Range<Int>, bound: Int? = nil) -> Bool {
        let bound = bound ?? text.count
        if word.count <= stopWordLength, stopWords.contains(text.foldedSlice(word)) { return false }
        if isRomanNumeral(text, word) { return false }
        for pair in breakingPairBytes where word.lowerBound + pair.count <= bound
            && text.folded[word.lowerBound..<(word.lowerBound + pair.count)].elementsEqual(pair) {
            return false
        }
        if text.isUppercase(at: word.lowerBound) {
            return !DirectiveTitleRules.startsKindName(text, at: word.lowerBound, bound: bound)
        }
        return continuationWords.contains(TextWords.lowercased(text, word))
    }

    /// The longest of ``stopWords``: a longer word is none of them.
    static let stopWordLength = stopWords.map(\.utf8.count).max() ?? 0

    /// True when `word`, lower-cased, is "và": its folded bytes are "va" first, a test with no String.
    static func isAnd(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        word.count == 2 && text.folded[word.lowerBound] == UInt8(ascii: "v") && text.folded[word.lowerBound + 1] == UInt8(ascii: "a")
            && TextWords.lowercased(text, word) == "và"
    }

    static let breakingPairBytes: [[UInt8]] = breakingPairs.map { Array($0.utf8) }

    /// The continuation phrase that starts, capitalised, at `position`, whole words, in a text
    /// read up to `bound`.
    static func continuationPhrase(_ text: AnalyzedText, startingAt position: Int, bound: Int) -> Range<Int>? {
        guard position < bound, continuationPhraseInitials[Int(text.folded[position])], text.isUppercase(at: position) else { return nil }
        for phrase in continuationPhraseBytes {
            let end = position + phrase.count
            guard end <= bound, text.folded[position..<end].elementsEqual(phrase),
                  end == bound || !text.isWordCharacter(at: end) else { continue }
            return position..<end
        }
        return nil
    }

    static let continuationPhraseBytes: [[UInt8]] = continuationPhrases.map { Array($0.utf8) }
    /// Per folded byte, whether a continuation phrase opens with it.
    static let continuationPhraseInitials: [Bool] = (0..<256).map { byte in continuationPhraseBytes.contains { $0.first == UInt8(byte) } }

    /// The continuation phrase that ends at `position`, capitalised, whole words.
    static func continuationPhrase(_ text: AnalyzedText, endingAt position: Int, lowerBound: Int) -> Range<Int>? {
        for phrase in continuationPhraseBytes {
            let start = position - phrase.count
            guard start >= lowerBound, start >= 0, position <= text.count, text.folded[start..<position].elementsEqual(phrase),
                  text.isUppercase(at: start),
                  start == 0 || !text.isWordCharacter(at: start - 1) else { continue }
            return start..<position
        }
        return nil
    }

    /// True when the folded text at `position` opens with a body head, whole words, in a
    /// text read up to `bound` (the whole text by default).
    static func startsBody(_ text: AnalyzedText, at position: Int, bound: Int? = nil) -> Bool {
        let bound = bound ?? text.count
        return bodyHeadBytes.contains { head in
            let end = position + head.count
            guard end <= bound, text.folded[position..<end].elementsEqual(head) else { return false }
            return end == bound || !text.isWordCharacter(at: end)
        }
    }

    static let bodyHeadBytes: [[UInt8]] = bodyHeads.map { Array($0.utf8) }

    /// An upper-case Roman numeral word ("XIII").
    static func isRomanNumeral(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        // Only the seven capitals can spell one: most words are settled without a String.
        guard text.scalars[word].allSatisfy(isRomanLetter) else { return false }
        let value = text.slice(word)
        return value == value.uppercased() && RomanNumeral.value(value) != nil
    }

    static func isRomanLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "I", "V", "X", "L", "C", "D", "M": true
        default: false
        }
    }

    /// The word that follows `position` after spaces only (no punctuation in between), in a
    /// text read up to `bound` (the whole text by default).
    static func nextWord(_ text: AnalyzedText, from position: Int, bound: Int? = nil) -> Range<Int>? {
        let bound = bound ?? text.count
        var index = position
        while index < bound, text.ascii[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bound, text.isWordCharacter(at: index) else { return nil }
        var end = index
        while end < bound, text.isWordCharacter(at: end) { end += 1 }
        return index..<end
    }

    /// The word that ends at `position` after spaces only (no punctuation in between).
    static func previousWord(_ text: AnalyzedText, endingAt position: Int, lowerBound: Int) -> Range<Int>? {
        var index = position
        while index > lowerBound, text.ascii[index - 1] == UInt8(ascii: " ") { index -= 1 }
        guard index > lowerBound, text.isWordCharacter(at: index - 1) else { return nil }
        var start = index
        while start > lowerBound, text.isWordCharacter(at: start - 1) { start -= 1 }
        return start..<index
    }
}

import ExtractionEngine
import Foundation
import Records
import VietnameseText

/// Finds Theme items: a study theme ("chuyên đề") whose title the text quotes, with its year
/// or, for a whole-term theme, the first year of its term.
public struct ThemeExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Theme] {
        extract(from: text, quotes: nil)
    }

    /// ``extract(from:)`` with the text's quotations when the caller has them already.
    func extract(from text: AnalyzedText, quotes known: [QuotedSpan]?) -> [Theme] {
        let hits = ThemeVocabulary.themeWords(in: text)
        let otherWordsMayStand = ThemeYearList.mayHoldThemeWord(text)
        guard !hits.isEmpty || otherWordsMayStand else { return [] }
        let quotes = known ?? QuoteScanner.spans(in: text)
        let sentences = text.sentences
        var themes: [Theme] = []
        var indexByKey: [String: Int] = [:]
        var used = Set<Int>()
        func add(_ quote: QuotedSpan, year: Int) {
            let inner = TextWords.withoutTrailingEllipsis(text, quote.inner)
            // A title opens with a capital; a quoted fragment of one ("…, “là đạo đức, là văn minh”") is none.
            guard !inner.isEmpty, !text.scalars[inner.lowerBound].properties.isLowercase else { return }
            used.insert(quote.outer.lowerBound)
            let title = Normalization.field(text.slice(inner))
            guard !ThemeVocabulary.isGenericTitle(title) else { return }
            let key = "\(year) " + Folding.key(title)
            if let index = indexByKey[key] {
                themes[index].mentions.append(Mention(inner))
            } else {
                indexByKey[key] = themes.count
                themes.append(Theme(year: year, title: title, mentions: [Mention(inner)]))
            }
        }
        let otherHits = otherWordsMayStand ? ThemeYearList.otherThemeWordHits(in: text) : []
        for (hit, isOther) in hits.map({ ($0, false) }) + otherHits.map({ ($0, true) }) {
            guard isOther || ThemeVocabulary.isPrintedThemeWord(text, hit),
                  let sentence = sentences.first(where: { $0.contains(hit.lowerBound) }),
                  let quote = quotes.first(where: { $0.outer.lowerBound >= hit.upperBound }),
                  quote.outer.upperBound <= sentence.upperBound else { continue }
            let gap = hit.upperBound..<quote.outer.lowerBound
            guard gap.count <= ThemeVocabulary.maxGapWords * ThemeVocabulary.longestWord,
                  ThemeVocabulary.introduces(gap, in: text) else { continue }
            let year: Int?
            if ThemeTerm.isWholeTerm(text, gap: gap) {
                // A whole-term theme takes its term's first year, not a year the sentence names
                // ("Mục tiêu năm 2023 là … chuyên đề toàn khóa …" → 2021).
                year = ThemeTerm.namedFirstYear(of: text, gap: gap, quote: quote)
                    ?? ThemeYear.year(in: text, gap: gap, after: quote.outer.upperBound, sentence: sentence, readsSentence: false)
                    ?? ThemeTerm.firstYear(of: text, gap: gap, quote: quote, sentence: sentence, quotes: quotes)
            } else {
                year = ThemeYear.year(in: text, gap: gap, after: quote.outer.upperBound, sentence: sentence)
                    ?? ThemeYear.textYear(of: text, quote: quote, quotes: quotes)
            }
            guard let year else { continue }
            add(quote, year: year)
        }
        // "… nội dung trọng tâm từng năm. Năm 2022: “…”. Năm 2023: “…”": the year's theme
        // quoted after its year, where a theme word last set the subject.
        for quote in quotes where !used.contains(quote.outer.lowerBound) {
            guard let year = ThemeYearList.year(before: quote, in: text),
                  ThemeYearList.followsThemeWord(quote, in: text, quotes: quotes) else { continue }
            add(quote, year: year)
        }
        if themes.count > 1 {
            themes.sort { ($0.mentions.first?.range.lowerBound ?? 0) < ($1.mentions.first?.range.lowerBound ?? 0) }
        }
        return themes
    }
}

/// A whole-term theme ("chuyên đề toàn khóa “…”") printed without its years: its year is the
/// first year of the Party's term, read from the term's number ("toàn khóa XIII") or from
/// the years the sentence, or else the text, speaks of.
enum ThemeTerm {
    /// The words that mark a whole-term theme.
    static let wholeTermWords: [String] = ["toàn khóa"]

    /// Each term of the Party congress: its number and its first year. A row per term, as the
    /// whole-term study themes follow the congresses (2016: khóa XII, 2021: khóa XIII).
    static let terms: [(number: String, firstYear: Int)] = [
        ("X", 2006), ("XI", 2011), ("XII", 2016), ("XIII", 2021), ("XIV", 2026), ("XV", 2031),
    ]

    static let wholeTermNeedles = wholeTermWords.map(TextWords.needle)

    /// The whole-term themes the Central Committee set, by what sets each apart, with the first
    /// year of its term: a report that quotes one without the term's number or year
    /// ("chuyên đề toàn khóa “… về ý chí tự lực, tự cường …”") still dates it. A row only for
    /// a theme whose term real pages confirm (khóa XIII's, 2021–2026).
    static let knownWholeTermThemes: [(words: String, firstYear: Int)] = [
        ("ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc", 2021),
    ]

    static let knownWholeTermKeys: [(key: String, firstYear: Int)] = knownWholeTermThemes.map {
        (Folding.key($0.words).filter { $0.isLetter || $0 == " " }, $0.firstYear)
    }

    /// Words right before a term's number that name the term: "toàn khóa XIII", "nhiệm kỳ
    /// Đại hội XIII".
    static let termNumberLeads: [(word: String, example: String)] = [
        ("khóa", "chuyên đề toàn khóa XIII"),
        ("hội", "chuyên đề toàn khóa nhiệm kỳ Đại hội XIII"),
    ]

    /// True when the words between "chuyên đề" and the quote mark a whole-term theme.
    static func isWholeTerm(_ text: AnalyzedText, gap: Range<Int>) -> Bool {
        let gapWords = TextWords.originalWords(text, gap)
        return wholeTermNeedles.contains(where: { TextWords.contains(gapWords, needle: $0) })
    }

    /// The first year of the term a whole-term theme names, by the term's number after one
    /// of ``termNumberLeads`` or by the theme itself (``knownWholeTermThemes``).
    static func namedFirstYear(of text: AnalyzedText, gap: Range<Int>, quote: QuotedSpan) -> Int? {
        let gapWords = TextWords.originalWords(text, gap)
        for index in gapWords.indices.reversed() where index + 1 < gapWords.count
            && termNumberLeads.contains(where: { $0.word == gapWords[index] }) {
            if let term = terms.first(where: { $0.number.lowercased() == gapWords[index + 1].lowercased() }) {
                return term.firstYear
            }
        }
        // The folded quotation is ASCII: its letters and spaces are bytes, searched by bytes.
        let letters = Folding.key(text.slice(quote.inner)).utf8.filter { $0 == 0x20 || ($0 | 0x20) &- 0x61 < 26 }
        let quoted = String(decoding: letters, as: UTF8.self)
        return knownWholeTermKeys.first(where: { ByteSearch.contains(quoted, $0.key) })?.firstYear
    }

    /// The first year of the term of a whole-term theme quoted after `gap`, or nil when the
    /// theme is no whole-term one or no year is known.
    static func firstYear(of text: AnalyzedText, gap: Range<Int>, quote: QuotedSpan, sentence: Range<Int>,
                          quotes: [QuotedSpan]) -> Int? {
        guard isWholeTerm(text, gap: gap) else { return nil }
        if let named = namedFirstYear(of: text, gap: gap, quote: quote) { return named }
        let outside = { (position: Int) in !QuoteScanner.contains(quotes, position) }
        let year = years(in: text, sentence, where: outside).max() ?? mostFrequent(years(in: text, 0..<text.count, where: outside))
        guard let year else { return nil }
        return terms.last(where: { $0.firstYear <= year })?.firstYear
    }

    /// The years (1900–2099, four digits standing alone) of a range, outside quotations.
    static func years(in text: AnalyzedText, _ range: Range<Int>, where keeps: (Int) -> Bool) -> [Int] {
        text.folded.withView { bytes in
            var found: [Int] = []
            var index = range.lowerBound
            while index + 4 <= range.upperBound {
                guard FoldedScan.isDigit(bytes[index]), index == 0 || !FoldedScan.isDigit(bytes[index - 1]) else { index += 1; continue }
                var end = index
                while end < range.upperBound, FoldedScan.isDigit(bytes[end]) { end += 1 }
                if end - index == 4, (bytes[index] == 0x31 && bytes[index + 1] == 0x39) || (bytes[index] == 0x32 && bytes[index + 1] == 0x30),
                   keeps(index) {
                    found.append((index..<end).reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) })
                }
                index = end
            }
            return found
        }
    }

    /// The year said most often, the later one on a tie.
    static func mostFrequent(_ years: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for year in years { counts[year, default: 0] += 1 }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}

/// Themes listed year by year after the words that set the subject: "… nội dung trọng tâm
/// từng năm. Năm 2021: “…”. Năm 2022: “…”", "chuyên đề của Trung ương: Năm 2017: “…”".
enum ThemeYearList {
    /// Words that make the yearly quotations after them themes; each row with its example.
    static let themeWords: [(words: String, example: String)] = [
        ("chuyên đề", "Từng năm, tỉnh học tập chuyên đề của Trung ương: Năm 2018: “Nêu gương”. Năm 2019: “Trách nhiệm”."),
        ("nội dung trọng tâm", "Tỉnh chọn nội dung trọng tâm từng năm. Năm 2022: “Kỷ cương”; Năm 2023: “Sáng tạo”."),
    ]

    /// Words that make them something else: a year's slogan ("chủ đề năm …") is no theme.
    static let otherWords: [(words: String, example: String)] = [
        ("chủ đề", "Tỉnh chọn chủ đề năm. Năm 2023: “Năm chuyển đổi số”; Năm 2024: “Năm kỷ cương”."),
        ("khẩu hiệu", "Xã nêu khẩu hiệu hằng năm. Năm 2022: “Đồng lòng”."),
    ]

    /// False when no theme word other than "chuyên đề" (found apart) can stand in the text:
    /// the lower-case tail of each is looked for in the folded text.
    static func mayHoldThemeWord(_ text: AnalyzedText) -> Bool {
        themeTails.contains { ByteSearch.contains(text.foldedString, $0) }
    }

    static let themeTails: [String] = themeWords.map { Folding.key($0.words) }
        .filter { $0 != ThemeVocabulary.themeWordFolded }
        .map { String($0.split(separator: " ").dropFirst().joined(separator: " ")) }

    /// Farthest a year's quotation stands from the theme word, in code points.
    static let maxDistance = 800

    static let themeNeedles: [[UInt8]] = themeWords.map { Array(Folding.key($0.words).utf8) }
    static let otherNeedles: [[UInt8]] = otherWords.map { Array(Folding.key($0.words).utf8) }

    /// The year of "Năm 2024: “…”", "- Năm 2024:“…”" or "năm 2024 là “…”" right before the
    /// quotation. A quotation opening with "Năm" after "là" names the year itself, a slogan:
    /// "xác định năm 2022 là “Năm kỷ cương”".
    static func year(before quote: QuotedSpan, in text: AnalyzedText) -> Int? {
        var cursor = quote.outer.lowerBound
        func skipSpaces() { while cursor > 0, text.folded[cursor - 1] == 0x20 { cursor -= 1 } }
        skipSpaces()
        if cursor > 0, text.folded[cursor - 1] == UInt8(ascii: ":") {
            cursor -= 1
        } else if cursor >= 3, Folding.key(text.slice((cursor - 2)..<cursor)) == "la", text.folded[cursor - 3] == 0x20,
                  !(quote.inner.count >= 4 && Folding.key(text.slice(quote.inner.lowerBound..<(quote.inner.lowerBound + 4))) == "nam ") {
            cursor -= 2
        } else {
            return nil
        }
        skipSpaces()
        guard cursor >= 9 else { return nil }
        let digits = (cursor - 4)..<cursor
        guard digits.allSatisfy({ FoldedScan.isDigit(text.folded[$0]) }), text.folded[cursor - 5] == 0x20,
              Folding.key(text.slice((cursor - 8)..<(cursor - 5))) == "nam",
              cursor - 8 == 0 || !text.isWordCharacter(at: cursor - 9),
              let year = Int(text.foldedSlice(digits)), (1900...2099).contains(year) else { return nil }
        return year
    }

    /// True when, looking back from the quotation (outside quotations, at most ``maxDistance``),
    /// the first of the theme words and the other words met is a theme word.
    static func followsThemeWord(_ quote: QuotedSpan, in text: AnalyzedText, quotes: [QuotedSpan]) -> Bool {
        let lower = max(0, quote.outer.lowerBound - maxDistance)
        return text.folded.withView { bytes in
            var position = quote.outer.lowerBound - 1
            while position >= lower {
                if position == 0 || !FoldedScan.isLowerAlphanumeric(Folding.lowercase(bytes[position - 1])) {
                    // A theme word quoted as a label ("“nội dung trọng tâm làm theo” của từng năm")
                    // counts; one inside another quotation does not.
                    let quoted = QuoteScanner.contains(quotes, position)
                    if (!quoted || opensQuotation(quotes, at: position))
                        && matches(themeNeedles, bytes, at: position, upper: quote.outer.lowerBound) { return true }
                    if !quoted, matches(otherNeedles, bytes, at: position, upper: quote.outer.lowerBound) { return false }
                }
                position -= 1
            }
            return false
        }
    }

    /// True when a quotation's words open at `position`.
    static func opensQuotation(_ quotes: [QuotedSpan], at position: Int) -> Bool {
        QuoteScanner.index(of: position, in: quotes).map { quotes[$0].inner.lowerBound == position } ?? false
    }

    /// Where the theme words other than "chuyên đề" stand as whole words (folded), for the
    /// rule that reads a quoted title after a theme word.
    static func otherThemeWordHits(in text: AnalyzedText) -> [Range<Int>] {
        var hits: [Range<Int>] = []
        text.folded.withView { bytes in
            let themeWord = Array(ThemeVocabulary.themeWordFolded.utf8)
            for needle in themeNeedles where !needle.isEmpty && needle != themeWord {
                var start = 0
                // Each whole occurrence of the needle, left to right (Horspool's search skips
                // ahead instead of stopping at every byte like its first).
                while start + needle.count <= bytes.count {
                    guard let found = bytes.firstIndex(of: needle, in: start..<bytes.count) else { break }
                    let end = found + needle.count
                    if found == 0 || !FoldedScan.isLowerAlphanumeric(bytes[found - 1]),
                       end == bytes.count || !FoldedScan.isLowerAlphanumeric(bytes[end]) {
                        hits.append(found..<end)
                    }
                    start = found + 1
                }
            }
        }
        return hits.sorted { $0.lowerBound < $1.lowerBound }
    }

    static func matches(_ needles: [[UInt8]], _ bytes: BufferView<UInt8>, at position: Int, upper: Int) -> Bool {
        needles.contains { needle in
            let end = position + needle.count
            guard end <= upper else { return false }
            for offset in 0..<needle.count where Folding.lowercase(bytes[position + offset]) != needle[offset] { return false }
            return end == upper || !FoldedScan.isLowerAlphanumeric(Folding.lowercase(bytes[end]))
        }
    }
}

/// The words that introduce a study theme and bound the text between it and its title.
enum ThemeVocabulary {
    static let themeWordPrinted = "chuyên đề"
    static let themeWordFolded = "chuyen de"

    /// ``themeWordPrinted`` as NFC scalars, for ``isPrintedThemeWord(_:_:)``.
    private static let themeWordScalars: [UInt32] = Normalization.nfc(themeWordPrinted).unicodeScalars.map(\.value)

    /// True when the text at `hit` lower-cased is ``themeWordPrinted`` (String equality):
    /// scalars lower-cased one by one when they are those of the word, else the String path.
    static func isPrintedThemeWord(_ text: AnalyzedText, _ hit: Range<Int>) -> Bool {
        let expected = themeWordScalars
        if hit.count == expected.count {
            let same = text.scalars.withView { scalars in
                LowerCase.table.withView { table in
                    for offset in 0..<hit.count {
                        let value = scalars[hit.lowerBound + offset].value
                        guard value < UInt32(table.count), table[Int(value)] == expected[offset] else { return false }
                    }
                    return true
                }
            }
            if same { return true }
        }
        return TextWords.lowercased(text, hit) == themeWordPrinted
    }

    /// Every "chuyen de" of the folded text that is a whole word (no letter or digit
    /// touching it), as the pattern `(?<![a-z0-9])chuyen de(?![a-z0-9])` finds them.
    static func themeWords(in text: AnalyzedText) -> [Range<Int>] {
        let needle = Array(themeWordFolded.utf8)
        return text.folded.withView { folded in
            var hits: [Range<Int>] = []
            guard !folded.isEmpty else { return hits }
            // Searched by its "y", a rarer byte than its "c": each "y" at `anchor` or later
            // is tried as the needle's, the leftmost occurrence first.
            let anchor = 3
            var index = 0
            while index + needle.count <= folded.count,
                  let found = folded.firstIndex(of: needle[anchor], in: (index + anchor)..<folded.count) {
                let start = found - anchor
                let end = start + needle.count
                guard end <= folded.count else { break }
                guard (0..<needle.count).allSatisfy({ folded[start + $0] == needle[$0] }) else {
                    index = start + 1
                    continue
                }
                if start == 0 || !isWordByte(folded[start - 1]), end == folded.count || !isWordByte(folded[end]) {
                    hits.append(start..<end)
                    index = end
                } else {
                    index = start + 1
                }
            }
            return hits
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
    }

    /// Titles that name the whole study movement, not one theme: quoted alone after "chuyên
    /// đề" ("chuyên đề toàn khóa về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí
    /// Minh”") they are no theme. Folded, letters and spaces only.
    static let genericTitles: [(title: String, example: String)] = [
        ("hoc tap va lam theo tu tuong dao duc phong cach ho chi minh",
         "Đơn vị học chuyên đề toàn khóa về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”."),
    ]

    /// True when `title` is one of ``genericTitles``.
    static func isGenericTitle(_ title: String) -> Bool {
        guard title.count < 80 else { return false }
        let key = Folding.key(title).filter { $0.isLetter || $0 == " " }.split(separator: " ").joined(separator: " ")
        return genericTitles.contains { $0.title == key }
    }

    /// Most words between "chuyên đề" and its quoted title.
    static let maxGapWords = 25
    /// Code points of a long word with its space: a gap longer than ``maxGapWords`` of them
    /// holds too many words and is not read.
    static let longestWord = 16

    /// Words between "chuyên đề" and a quote that make the quote something else: another
    /// theme, a model, a saying, a book ("chuyên đề năm 2024, cùng tác phẩm “…”"), a cell's
    /// quarterly topic ("sinh hoạt chuyên đề quý IV năm 2023 với chủ đề “…”": themes are yearly),
    /// a spirit named in the theme's description ("… phát huy tinh thần “Đồng Khởi mới”").
    static let blockingWords: [String] = ["chuyên đề", "lời", "dạy", "khẩu hiệu", "phương châm", "câu", "viết", "nói",
                                          "tác phẩm", "cuốn sách", "quý", "tinh thần"]
        + ModelIntroducingWords.rows.map(\.word)

    /// ``blockingWords`` split into words as ``TextWords/contains(_:phrase:)`` splits them, once.
    static let blockingNeedles: [[String]] = blockingWords.map(TextWords.needle)

    /// True when the text between "chuyên đề" and a quote lets the quote be its title.
    static func introduces(_ gap: Range<Int>, in text: AnalyzedText) -> Bool {
        guard !TextWords.containsAny(text, gap, of: ";.!?\n\"") else { return false }
        let words = TextWords.words(text, gap)
        guard words.count <= maxGapWords else { return false }
        let original = TextWords.originalWords(text, gap)
        return !blockingNeedles.contains { needle in
            !needle.isEmpty && needle.count <= original.count
                && TextWords.contains(original, needle: needle)
        }
    }
}

/// Reads a theme's year: "năm 2024", "giai đoạn 2021 - 2026", "nhiệm kỳ 2020-2025", "(2021-2025)".
enum ThemeYear {
    /// A year after a year word, or the first year of a span.
    static let inGap = Pattern("(?<![0-9])(?:(?:nam(?: hoc)?|giai doan|nhiem ky|khoa)\\s+((?:19|20)[0-9]{2})|((?:19|20)[0-9]{2})\\s*-\\s*(?:19|20)[0-9]{2})(?![0-9])")
    /// A year or span right after the title.
    static let afterTitle = Pattern("\\s*,?\\s*\\(?\\s*(?:(?:nam(?: hoc)?|giai doan|nhiem ky|khoa|trong)\\s+)?(?:nam\\s+)?((?:19|20)[0-9]{2})(?![0-9])")
    /// Any "năm YYYY" in the sentence.
    static let yearWord = Pattern("(?<![a-z0-9])nam\\s+((?:19|20)[0-9]{2})(?![0-9])")

    /// The year in the gap, or after the title, or (when `readsSentence`) the last "năm
    /// YYYY" of the sentence before the gap.
    static func year(in text: AnalyzedText, gap: Range<Int>, after position: Int, sentence: Range<Int>,
                     readsSentence: Bool = true) -> Int? {
        if hasDigit(text, gap), let match = inGap.matches(in: text, range: gap).first, let range = match[1] ?? match[2] {
            return Int(text.foldedSlice(range))
        }
        if let match = afterTitle.match(in: text, at: position, limit: sentence.upperBound), let range = match[1] {
            return Int(text.foldedSlice(range))
        }
        let before = sentence.lowerBound..<gap.lowerBound
        if readsSentence, hasDigit(text, before), let match = yearWord.matches(in: text, range: before).last, let range = match[1] {
            return Int(text.foldedSlice(range))
        }
        return nil
    }

    /// Openings (folded, letters and spaces) of the campaign's own theme titles, each with its
    /// example: a title opening so is a yearly theme even with no year beside it.
    static let campaignOpenings: [(opening: String, example: String)] = [
        ("hoc tap va lam theo tu tuong dao duc phong cach ho chi minh ve",
         "Huyện đã học tập chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đô thị văn minh”."),
    ]

    /// Whole-term themes of the campaign (folded, after a ``campaignOpenings`` row) and the
    /// first year of their term, each with its example: quoted with no year, such a theme
    /// takes its term's year, not the year of the report.
    static let wholeTermThemes: [(subject: String, firstYear: Int, example: String)] = [
        ("y chi tu luc tu cuong", 2021,
         "Chi bộ sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc” gắn với kế hoạch năm học 2023 - 2024."),
    ]

    /// The year a campaign theme quoted with no year beside it belongs to: its term's first
    /// year for a whole-term theme (``wholeTermThemes``), else the year most of the text's
    /// years and dates name outside quotations ("chuyên đề năm 2025" in the headline, "ngày
    /// 06-02-2025" in the plan's date), when one is named most, and twice or more; nil for
    /// another title or when no year is.
    static func textYear(of text: AnalyzedText, quote: QuotedSpan, quotes: [QuotedSpan]) -> Int? {
        let start = Folding.key(text.slice(quote.inner.lowerBound..<min(quote.inner.upperBound, quote.inner.lowerBound + 120)))
            .filter { $0.isLetter || $0 == " " }.split(separator: " ").joined(separator: " ")
        guard let opening = campaignOpenings.first(where: { start.hasPrefix($0.opening + " ") })?.opening else { return nil }
        let subject = start.dropFirst(opening.count + 1)
        if let term = wholeTermThemes.first(where: { subject.hasPrefix($0.subject) }) { return term.firstYear }
        // Years the text names as years ("năm 2025") or dates ("06-02-2025"), outside
        // quotations; one of them, named twice or more, more often than any other.
        var years: [Int] = []
        for pattern in [yearWord, dateYear] {
            for match in pattern.matches(in: text, range: 0..<text.count) {
                guard let range = match[1], !QuoteScanner.contains(quotes, range.lowerBound),
                      let year = Int(text.foldedSlice(range)) else { continue }
                years.append(year)
            }
        }
        var counts: [Int: Int] = [:]
        for year in years { counts[year, default: 0] += 1 }
        let ranked = counts.sorted { $0.value > $1.value }
        guard let first = ranked.first, first.value >= 2, ranked.count == 1 || ranked[1].value < first.value else { return nil }
        return first.key
    }

    /// The year of a numeric date, folded: "06-02-2025", "15/5/2016".
    static let dateYear = Pattern("(?<![0-9])[0-3]?[0-9][/.-][01]?[0-9][/.-]((?:19|20)[0-9]{2})(?![0-9])")

    /// False when no digit stands in `range`: then neither ``inGap`` nor ``yearWord`` matches there.
    private static func hasDigit(_ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        text.folded.withView { folded in
            range.contains { folded[$0] >= 48 && folded[$0] <= 57 }
        }
    }
}

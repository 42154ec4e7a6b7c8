import ExtractionEngine
import Records
import VietnameseText

/// A kind word followed by a number: "Chỉ thị 05", "Kế hoạch số 33", "Quyết định 1234/QĐ-UBND".
struct DirectiveTitle: Sendable {
    let kind: DirectiveKind
    /// Code points of the kind word.
    let nameRange: Range<Int>
    /// Where the number (or symbol) starts.
    let numberStart: Int
    /// True when "số" stands between the kind word and the number.
    let hasSo: Bool
}

/// Kind words and the checks that keep a bare number after one a document number
/// ("Chỉ thị 05") and not a quantity ("kế hoạch 5 năm", "hướng dẫn 50 hộ").
enum DirectiveTitleRules {
    static let title = Pattern(
        "(?<![a-z0-9])(" + DirectiveKinds.allNames.joined(separator: "|") + #")(?:\s+(so)\s*:?\s*|\s+)(?=\d)"#)
    static let kindName = Pattern("(?:" + DirectiveKinds.allNames.joined(separator: "|") + ")(?![a-z0-9])")

    /// Lower-cased words that, right after a bare number, make it a quantity: "kế hoạch 5 năm".
    static let quantityWords: Set<String> = [
        "năm", "tháng", "tuần", "ngày", "giờ", "phút", "người", "lượt", "lần", "bước", "mục", "điểm", "cuộc",
        "buổi", "đợt", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "đồng", "xã", "tổ", "hộ", "trường",
        "nhóm", "lớp", "bài", "câu", "trang", "loại", "em", "tiết", "phần", "khâu", "nhà", "căn", "con",
        "chiếc", "km", "ha", "tấn", "kg", "điều", "chương", "vụ", "việc", "cơ", "đơn", "chi", "đảng", "cán",
        "hội", "đoàn", "học", "nội", "nhiệm", "giải", "vấn", "văn", "mô", "cá", "dự", "chuyên", "tiêu", "ý",
        "yêu", "tập", "thành", "đại", "gia", "hồ", "tài", "sản", "phẩm", "công",
    ]

    /// Lower-cased words that may follow a bare number after a lower-case kind word
    /// ("thực hiện chỉ thị 05 của …", "chỉ thị 05 đã đi vào cuộc sống").
    static let followersAfterLowerCaseTitle: Set<String> = [
        "của", "ngày", "về", "và", "khóa", "khoá", "đã", "được", "trong", "là", "này", "với", "cũng", "thì",
        "mà", "nhằm", "do", "hoặc", "đến", "tại", "theo", "cùng", "vẫn", "đang", "sẽ", "ban", "gắn", "tiếp",
        "có", "số",
    ]

    /// Every kind word followed by a number, with its kind.
    static func titles(in text: AnalyzedText, wordStarts: WordStarts) -> [DirectiveTitle] {
        var titles: [DirectiveTitle] = []
        for match in titleMatches(in: text, wordStarts: wordStarts) {
            guard let nameRange = match[1], let kind = DirectiveKinds.kind(forName: text.foldedSlice(nameRange)) else {
                continue
            }
            if kind == .luat, let before = DirectiveIssuerRules.previousWord(text, endingAt: nameRange.lowerBound, lowerBound: 0),
               DirectiveKinds.nonTitlePrefixes.contains(text.foldedSlice(before)) {
                continue
            }
            titles.append(DirectiveTitle(kind: kind, nameRange: nameRange, numberStart: match.range.upperBound,
                                         hasSo: match[2] != nil))
        }
        return titles
    }

    /// `title.matches(in: text)`, with the expression run only where a kind word starts
    /// (every kind word opens with a letter, so at one of `wordStarts`, after a non-word
    /// byte, as every match starts), on a window that holds all the expression can read
    /// there: any kind word starting there, then spaces, "so" and ":" up to the first other
    /// byte, which the look-ahead needs. Same matches, without scanning the whole text with
    /// an alternation of twenty names.
    static func titleMatches(in text: AnalyzedText, wordStarts: WordStarts) -> [DirectiveMatch] {
        let pairs = kindNamePairs
        let triples = kindNameOpenings
        let namesByInitial = DirectiveScan.kindNamesByInitial
        return text.folded.withView { bytes in
            var matches: [DirectiveMatch] = []
            let count = bytes.count
            var next = 0
            // Each word's first two bytes come with its start, the second 0 past the end, as
            // ``FoldedScan/mayOpen(_:at:_:)`` reads it.
            wordStarts.withOpenings { positions, openings in
                for index in 0..<positions.count {
                    let position = Int(positions[index])
                    guard position >= next, pairs[Int(openings[index] >> 16)], triples.mayOpen(openings[index]) else {
                        continue
                    }
                    var end = -1
                    for name in namesByInitial[Int(bytes[position])] where FoldedScan.has(bytes, name, at: position, upper: count) {
                        var reach = position + name.count
                        while reach < count && isTitleTailByte(bytes[reach]) { reach += 1 }
                        end = max(end, min(count, reach + 1))
                    }
                    guard end > position, let match = DirectiveScan.title(bytes, position, end) else { continue }
                    matches.append(match)
                    next = match.range.upperBound
                }
            }
            return matches
        }
    }

    /// True when every kind name opens with a lower-case letter or digit, as
    /// ``titleMatches(in:wordStarts:)`` relies on.
    static let kindNamesOpenWithLetters = DirectiveScan.kindNames.allSatisfy { name in
        name.first.map(FoldedScan.isLowerAlphanumeric) ?? false
    }

    /// The first two bytes of the kind names (``FoldedScan/openingPairs(_:)``).
    static let kindNamePairs: [Bool] = FoldedScan.openingPairs(DirectiveScan.kindNames)

    /// The first three bytes of the kind names: most word starts that pass the pairs ("ch",
    /// "th", "ng", "qu" open many words) are refused here.
    static let kindNameOpenings = OpeningFilter(DirectiveScan.kindNames)

    /// Bytes the title expression can read after a kind word: every byte `\s` may match in
    /// folded text and the letters of "so" and ":".
    @inline(__always) static func isTitleTailByte(_ byte: UInt8) -> Bool {
        FoldedScan.isRegexSpace(byte) || byte == UInt8(ascii: "s") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: ":")
    }

    static let soBeforeSymbol = Pattern(#"(?<![a-z])so\s*:?\s*$"#)
    /// Folded words that end the name between a kind word and "số": the kind word then
    /// belongs to another phrase ("quy định của pháp luật số …").
    static let nameBreakers: Set<String> = ["cua", "tai", "theo", "va", "hoac", "cac", "nhung"]

    /// A kind word that names the symbol at `position` across the document's title:
    /// "Bộ luật tố tụng hình sự số 101/2015/QH13", "Quyết định giám đốc thẩm số 04/2018/HC-GĐT".
    static func namedTitle(_ text: AnalyzedText, beforeSymbolAt position: Int) -> DirectiveTitle? {
        let windowStart = max(0, position - 12)
        guard text.folded.withView({ DirectiveScan.endsWithSo($0, windowStart, position) }) else { return nil }
        var index = position
        while index > 0, text.ascii[index - 1] == UInt8(ascii: " ") || text.ascii[index - 1] == UInt8(ascii: ":") { index -= 1 }
        guard let so = DirectiveIssuerRules.previousWord(text, endingAt: index, lowerBound: 0),
              text.foldedSlice(so) == "so" else { return nil }
        index = so.lowerBound
        for _ in 0..<10 {
            guard let word = DirectiveIssuerRules.previousWord(text, endingAt: index, lowerBound: 0),
                  !nameBreakers.contains(text.foldedSlice(word)),
                  !text.foldedSlice(word).allSatisfy(\.isNumber) else { return nil }
            index = word.lowerBound
            guard let name = kindName(text, at: index, bound: text.count),
                  let kind = DirectiveKinds.kind(forName: text.foldedSlice(name)) else { continue }
            if kind == .luat, let before = DirectiveIssuerRules.previousWord(text, endingAt: index, lowerBound: 0),
               DirectiveKinds.nonTitlePrefixes.contains(text.foldedSlice(before)) {
                return nil
            }
            return DirectiveTitle(kind: kind, nameRange: name, numberStart: position, hasSo: true)
        }
        return nil
    }

    /// True when a kind name starts at `position` ("Kế hoạch …", "Nghị quyết …"), in a text
    /// read up to `bound`.
    static func startsKindName(_ text: AnalyzedText, at position: Int, bound: Int) -> Bool {
        kindName(text, at: position, bound: bound) != nil
    }

    /// The kind name (``kindName``) starting at `position`, read within 24 code points.
    static func kindName(_ text: AnalyzedText, at position: Int, bound: Int) -> Range<Int>? {
        guard position >= 0, position <= bound else { return nil }
        return text.folded.withView {
            DirectiveScan.kindName($0, position, DirectiveMatching.upper(at: position, bound: bound, length: 24))
        }
    }

    /// The bare number after a title, or nil when it is a year, a date, a decimal or a quantity.
    static func bareNumber(_ text: AnalyzedText, after title: DirectiveTitle) -> Range<Int>? {
        var end = title.numberStart
        while end < text.count, text.ascii[end] >= UInt8(ascii: "0"), text.ascii[end] <= UInt8(ascii: "9") { end += 1 }
        let range = title.numberStart..<end
        guard !range.isEmpty, range.count <= 5 else { return nil }
        if end + 1 < text.count, [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ",")].contains(text.ascii[end]),
           text.ascii[end + 1] >= UInt8(ascii: "0"), text.ascii[end + 1] <= UInt8(ascii: "9") {
            return nil
        }
        if end < text.count, text.isWordCharacter(at: end) { return nil }
        if !title.hasSo, range.count == 4, let year = Int(text.slice(range)), (1900...2100).contains(year) { return nil }
        var after = end
        while after < text.count, text.ascii[after] == UInt8(ascii: " ") { after += 1 }
        if after < text.count, text.ascii[after] == UInt8(ascii: "%") { return nil }
        guard let next = DirectiveIssuerRules.nextWord(text, from: end) else { return range }
        let word = TextWords.lowercased(text, next)
        let datedByWord = (word == "ngày" || (word == "năm" && title.hasSo)) && startsDate(text, after: next.upperBound)
        if quantityWords.contains(word) && !datedByWord { return nil }
        let lowerCaseTitle = !text.isUppercase(at: title.nameRange.lowerBound)
        if lowerCaseTitle, !title.hasSo, !text.isUppercase(at: next.lowerBound),
           !followersAfterLowerCaseTitle.contains(word) {
            return nil
        }
        return range
    }

    static func startsDate(_ text: AnalyzedText, after position: Int) -> Bool {
        var index = position
        while index < text.count, text.ascii[index] == UInt8(ascii: " ") { index += 1 }
        return index < text.count && text.ascii[index] >= UInt8(ascii: "0") && text.ascii[index] <= UInt8(ascii: "9")
    }
}

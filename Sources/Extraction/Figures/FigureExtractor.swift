import ExtractionEngine
import Records
import VietnameseText

/// Finds Figure items: every cardinal quantity that reports a result, a size or a target
/// (counts, percentages, money, durations, ranges, numbers written as words). Dates,
/// years, document numbers, ordinals, anniversaries, footnote markers, numbers in quoted
/// titles and numbers that are part of a name are not figures. The same fact stated twice
/// is one item with both mentions.
public struct FigureExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Figure] {
        extract(from: text, quotes: QuoteScanner.spans(in: text))
    }

    /// ``extract(from:)`` with the text's quotations (``QuoteScanner/spans(in:)``).
    func extract(from text: AnalyzedText, quotes: [QuotedSpan]) -> [Figure] {
        var check = DeadlineCheck(.never)
        return extract(from: text, quotes: quotes, check: &check)
    }

    /// ``extract(from:quotes:)`` until `check`'s deadline passes (then with what was found).
    func extract(from text: AnalyzedText, quotes: [QuotedSpan], check: inout DeadlineCheck) -> [Figure] {
        let tokens = FigureTokenizer.tokens(of: text)
        guard tokens.hasNonWordOrReadWord else { return [] }
        let reader = FigureReader(text: text, tokens: tokens, quotes: quotes)
        let openers = FigureTables.foldedWordNumberOpeners
        var figures: [ReadFigure] = []
        var index = 0
        // One view of the folded bytes for the whole walk, not one for each word.
        text.folded.withView { folded in
            while index < tokens.count, !check.hasPassed() {
                let token = tokens.unread(index)
                // Only numerals and read number words may open a figure (see `read(at:)` and
                // `wordAmount(at:)`): a word is looked up only when it folds like one.
                guard token.kind == .numeral || token.kind == .word && token.isRead
                        && openers.contains(FigureTokenizer.pack(folded, token.range))
                else {
                    index += 1
                    continue
                }
                if case var (read, next)? = reader.read(at: index) {
                    // "Tủ bánh mì 0 đồng", "Chuyến xe 0 đồng": zero money after a word names a free
                    // service; after a label's colon it is a value ("Nợ đọng: 0 đồng").
                    let labelled = index > 0 && tokens[index - 1].isSymbol(UInt8(ascii: ":"))
                    if !labelled { read.removeAll { $0.figure.kind == .money && $0.figure.value == 0 } }
                    // A lone figure (most reads) is moved out of its array, not copied and released.
                    if read.count == 1, let only = read.popLast() {
                        figures.append(only)
                    } else {
                        figures.append(contentsOf: read)
                    }
                    index = next
                } else {
                    index += 1
                }
            }
        }
        return Self.merged(figures)
    }

    /// One item per distinct fact: figures with the same value, kind, subject, range and
    /// approximation are the same fact stated again ("tuyên dương 42 tập thể" … "trao Giấy
    /// khen cho 42 tập thể"), kept once with all their mentions. Figures without a subject
    /// are never merged: nothing shows they state the same fact. The result of a tally
    /// ("38/38 tổ chức cơ sở đảng" → 38 that did it) is its own fact and merges with
    /// nothing; its size merges with the same total stated elsewhere ("bí thư 31 tổ chức cơ
    /// sở đảng" … "31/31 tổ chức cơ sở đảng").
    static func merged(_ figures: [ReadFigure]) -> [Figure] {
        var result: [Figure] = []
        // The first figure of each fact: a figure merges into the first equal one, and a
        // lookup replaces a walk over all the figures kept so far.
        var firstByFact: [FactKey: Int] = [:]
        firstByFact.reserveCapacity(figures.count)
        for read in figures {
            let figure = read.figure
            // A tally's result merges with nothing, and nothing merges into it.
            guard let subject = figure.subject, read.role != .tallyResult else {
                result.append(figure)
                continue
            }
            let key = FactKey(value: figure.value, kind: figure.kind, subject: subject, max: figure.max, approx: figure.approx)
            if let index = firstByFact[key] {
                result[index].mentions.append(contentsOf: figure.mentions)
            } else {
                firstByFact[key] = result.count
                result.append(figure)
            }
        }
        return result
    }

    /// What makes two figures with a subject the same fact (compared with `==`, as Double's
    /// is: 0 and -0 equal, NaN equal to nothing). The subject hashes by its NFC bytes
    /// (``CanonicalHashing``), equal subjects alike as with String's hash, and compares by
    /// ``CanonicalEquality``. Only the value and the subject are hashed: the kind and the
    /// approximation would hash their raw Strings, and facts that differ in them alone are rare.
    private struct FactKey: Hashable {
        let value: Double
        let kind: FigureKind
        let subject: String
        let max: Double?
        let approx: Approximation?

        func hash(into hasher: inout Hasher) {
            hasher.combine(value)
            CanonicalHashing.combine(subject, into: &hasher)
        }

        static func == (lhs: FactKey, rhs: FactKey) -> Bool {
            lhs.value == rhs.value && lhs.kind == rhs.kind && lhs.max == rhs.max && lhs.approx == rhs.approx
                && CanonicalEquality.equal(lhs.subject, rhs.subject)
        }
    }
}

/// A figure as read, with its part in a tally "N/M noun" (see ``FigureExtractor/merged(_:)``).
struct ReadFigure {
    enum Role {
        case plain
        /// N of "N/M": how many did it.
        case tallyResult
        /// M of "N/M": how many there are.
        case tallySize
    }

    var figure: Figure
    var role: Role = .plain
}

/// Reads one figure at a token: the number, its range, scale and unit, the approximation
/// before it and its subject.
struct FigureReader {
    let text: AnalyzedText
    let tokens: FigureTokenList
    let quotes: [QuotedSpan]

    /// A number with its scale: where it starts and ends in tokens.
    struct Amount {
        var value: Double
        var scaled: Bool
        var end: Int
    }

    func read(at index: Int) -> ([ReadFigure], Int)? {
        let token = tokens[index]
        switch token.kind {
        case .numeral:
            if let tally = tally(at: index) { return tally }
            guard isCardinal(at: index), let amount = amount(at: index) else { return nil }
            if let labelled = breakdownPart(amount, start: index) { return ([labelled], amount.end) }
            return figure(from: amount, start: index).map { ([ReadFigure(figure: $0.0)], $0.1) }
        case .word:
            guard let amount = wordAmount(at: index) else { return nil }
            return figure(from: amount, start: index).map { ([ReadFigure(figure: $0.0)], $0.1) }
        default:
            return nil
        }
    }

    // MARK: tallies and breakdowns

    /// "88/88 tập thể", "1.218/1.240 đồng chí": how many did it of how many there are, two
    /// figures with the subject after the size. Not a day and month ("Sáng 5/8 các đại
    /// biểu", "ngày 20/5"), not a full date ("5/8/2023"), not a result above its size.
    /// True when the numerals at `day` and `month` read as a day of a month ("15/5").
    func couldBeDayAndMonth(_ day: Int, _ month: Int) -> Bool {
        guard let dayValue = FigureNumeral.value(text, tokens[day].range),
              let monthValue = FigureNumeral.value(text, tokens[month].range) else { return true }
        return (1...31).contains(dayValue) && (1...12).contains(monthValue)
    }

    func tally(at index: Int) -> ([ReadFigure], Int)? {
        let slash = index + 1, size = index + 2
        guard size < tokens.count, tokens[slash].isSymbol(Self.slash), tokens[slash].attached,
              tokens[size].kind == .numeral, tokens[size].attached, !isQuoted(tokens[index]) else { return nil }
        if index > 0 {
            let previous = tokens[index - 1]
            if tokens[index].attached, previous.kind == .word || previous.kind == .numeral
                || previous.isSymbol(in: Self.attachedBeforeNumber) { return nil }
            if previous.kind == .word, previous.capitalized, !startsSentence(index - 1) { return nil }
            // "từ 15/5" is a day; "từ 15/15 xã" can be none, so its lead is no date's.
            if FigureVocabulary.phrase(in: FigureTables.tallyDateLeads, endingAt: index - 1, of: tokens) != nil,
               couldBeDayAndMonth(index, size) {
                return nil
            }
            if FigureVocabulary.phrase(in: FigureTables.nameLeads, endingAt: index - 1, of: tokens) != nil {
                return nil
            }
        }
        let after = size + 1
        if after < tokens.count, tokens[after].attached,
           tokens[after].isSymbol(Self.slash) || tokens[after].isSymbol(Self.dash) || tokens[after].kind != .symbol {
            return nil
        }
        guard !isYear(tokens[index]), !isYear(tokens[size]),
              let result = FigureNumeral.value(text, tokens[index].range),
              let total = FigureNumeral.value(text, tokens[size].range), result <= total, total > 0,
              let span = SubjectRules.phrase(at: after, in: tokens),
              FigureVocabulary.phrase(in: FigureTables.segmentQuantifiers, at: after, of: tokens) == nil
        else { return nil }
        var subject = Normalization.field(slice(span))
        if FigureVocabulary.phrase(in: FigureTables.addressNouns, at: after, of: tokens) == span.count,
           let named = SubjectRules.namedPeople(before: index, in: tokens) {
            subject = Normalization.field(slice(named))
        }
        let (approx, approxStart) = approximation(before: index)
        let subjectEnd = tokens[span.upperBound - 1].range.upperBound
        let resultStart = approxStart.map { tokens[$0].range.lowerBound } ?? tokens[index].range.lowerBound
        return ([
            ReadFigure(figure: Figure(value: result, kind: .count, approx: approx, subject: subject,
                                      mentions: [Mention(resultStart..<tokens[index].range.upperBound)]),
                       role: .tallyResult),
            ReadFigure(figure: Figure(value: total, kind: .count, subject: subject,
                                      mentions: [Mention(tokens[size].range.lowerBound..<subjectEnd)]),
                       role: .tallySize),
        ], span.upperBound)
    }

    /// A labelled part of a breakdown, the number after its label and no noun after it:
    /// "trong đó cấp huyện 41, cấp cơ sở 173" (subject null: the label is no noun counted);
    /// after a colon, the noun that closes the lead clause counts ("xếp loại đảng viên:
    /// Hoàn thành tốt nhiệm vụ 1.103; Hoàn thành nhiệm vụ 61" → "đảng viên").
    func breakdownPart(_ amount: Amount, start: Int) -> ReadFigure? {
        guard !amount.scaled else { return nil }
        let end = amount.end
        if end < tokens.count {
            let next = tokens[end]
            guard next.kind == .lineBreak || next.isSymbol(in: Self.breakdownClosers) else { return nil }
        }
        guard let lead = breakdownLead(before: start) else { return nil }
        var subject: String?
        if lead.isColon, let noun = SubjectRules.closingNoun(before: lead.position, in: tokens) {
            subject = Normalization.field(slice(noun))
        }
        return ReadFigure(figure: Figure(value: amount.value, kind: .count, subject: subject,
                                         mentions: [Mention(tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound)]))
    }

    /// Where the breakdown holding the labelled number at `start` opens: walking back over
    /// its label (one to six plain words) and the parts before it ("label N," / "label N;"),
    /// a lead of ``FigureVocabulary/breakdownLeads`` or a colon.
    func breakdownLead(before start: Int) -> (position: Int, isColon: Bool)? {
        var position = start - 1
        while true {
            var words = 0
            while position >= 0, tokens[position].kind == .word, words < 6 {
                if FigureVocabulary.phrase(in: FigureTables.breakdownLeads, endingAt: position, of: tokens) != nil {
                    return words > 0 ? (position, false) : nil
                }
                if words == 0, FigureTables.functionWords.contains(tokens[position].word) { return nil }
                words += 1
                position -= 1
            }
            guard words > 0, position >= 0 else { return nil }
            let token = tokens[position]
            if token.isSymbol(UInt8(ascii: ":")) { return (position, true) }
            guard token.isSymbol(UInt8(ascii: ",")) || token.isSymbol(UInt8(ascii: ";")),
                  position >= 1, tokens[position - 1].kind == .numeral else { return nil }
            position -= 2
        }
    }

    // MARK: numbers

    func amount(at index: Int) -> Amount? {
        guard let value = FigureNumeral.value(text, tokens[index].range) else { return nil }
        var amount = Amount(value: value, scaled: false, end: index + 1)
        if amount.end < tokens.count, tokens[amount.end].kind == .word,
           let factor = FigureTables.scales[Int(tokens[amount.end].word)] {
            amount.value *= factor
            amount.scaled = true
            amount.end += 1
            if amount.end + 1 < tokens.count, tokens[amount.end].kind == .numeral,
               tokens[amount.end + 1].kind == .word,
               let rest = FigureNumeral.value(text, tokens[amount.end].range),
               let smaller = FigureTables.scales[Int(tokens[amount.end + 1].word)], smaller < factor {
                amount.value += rest * smaller
                amount.end += 2
            }
        }
        return amount
    }

    /// A number written as words ("ba nội dung", "hai mươi"): not "Hai là", not "thứ hai",
    /// not a capitalised name; "năm" only before a counted noun.
    func wordAmount(at index: Int) -> Amount? {
        let token = tokens[index]
        guard token.isRead, token.word != 0 else { return nil }
        let opensHundreds = token.word == FigureWords.mot && index + 1 < tokens.count
            && FigureWords.hundredsOpeners.contains(tokens[index + 1].word)
        guard FigureTables.wordNumberStarts.contains(token.word) || opensHundreds || isOneAfterApproximation(at: index)
                || isOneCountingPrize(at: index),
              !isQuoted(token), !isInWordNumberIdiom(index) else { return nil }
        if token.capitalized && !startsSentence(index) { return nil }
        if index > 0, tokens[index - 1].kind == .word,
           FigureTables.wordNumberBlockers.contains(tokens[index - 1].word) { return nil }
        var words = [token.word]
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .word {
            let word = tokens[end].word
            let previous = words[words.count - 1]
            let isMultiplier = FigureTables.wordNumberMultipliers.contains(word)
            let isDigit = FigureTables.digitWords[Int(word)] != nil && word != FigureWords.muoiTen
                && !(word == FigureWords.nam && (previous == FigureWords.muoiTens || previous == FigureWords.muoiTen))
            guard isMultiplier || (isDigit && FigureTables.wordNumberMultipliers.contains(previous)) else { break }
            words.append(word)
            end += 1
        }
        guard let parsed = VietnameseNumber.parseWords(words.map(FigureLexicon.word)), parsed.count == words.count
        else { return nil }
        if FigureTables.ambiguousWordNumbers.contains(token.word) && parsed.count == 1 { return nil }
        var next = index + parsed.count
        var value = parsed.value
        if parsed.count == 1, value < 10, next < tokens.count, tokens[next].isWord(FigureWords.tens) {
            value *= 10
            next += 1
        }
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].word != FigureWords.la,
              !FigureTables.wordNumberFalseFollowers.contains(tokens[next].word) else { return nil }
        if tokens[next].word == FigureWords.phan, next + 1 < tokens.count,
           FigureTables.digitWords[Int(tokens[next + 1].word)] != nil || tokens[next + 1].word == FigureWords.muoiTen {
            return nil
        }
        if token.word == FigureWords.nam && parsed.count == 1
            && FigureVocabulary.phrase(in: FigureTables.namCountNouns, at: next, of: tokens) == nil {
            return nil
        }
        return Amount(value: value, scaled: next - index > 1, end: next)
    }

    /// True when the word at `index` belongs to a phrase of ``FigureVocabulary/wordNumberIdioms``
    /// ("nuôi ba ba", "hai bên đường").
    func isInWordNumberIdiom(_ index: Int) -> Bool {
        for offset in 0..<FigureTables.longestWordNumberIdiom where index - offset >= 0 {
            if let length = FigureVocabulary.phrase(in: FigureTables.wordNumberIdioms, at: index - offset, of: tokens),
               length > offset {
                return true
            }
        }
        return false
    }

    /// "một" as the number one before a prize and its rank ("trao một giải nhất, hai giải
    /// nhì"; ``FigureVocabulary/oneCountedPrizeExample``).
    func isOneCountingPrize(at index: Int) -> Bool {
        guard tokens[index].word == FigureWords.mot, index + 2 < tokens.count, tokens[index + 1].kind == .word,
              FigureTables.prizeWords.contains(tokens[index + 1].word) else { return false }
        return FigureVocabulary.phrase(in: FigureTables.prizeRanks, at: index + 2, of: tokens) != nil
    }

    /// "một" as the number one after an approximation word ("hơn một thập kỷ", "ít nhất một
    /// việc làm"), not before a quantifier word ("hơn một số", "gần một nửa").
    func isOneAfterApproximation(at index: Int) -> Bool {
        guard tokens[index].word == FigureWords.mot, index + 1 < tokens.count, tokens[index + 1].kind == .word,
              !FigureTables.oneFalseFollowers.contains(tokens[index + 1].word) else { return false }
        return FigureVocabulary.phrase(in: FigureTables.oneAfterApproximation, endingAt: index - 1, of: tokens) != nil
    }

    /// False for numerals that are dates, codes, years, times, phone numbers, footnote
    /// markers, list markers, ordinals or parts of names, and for those inside quotes.
    func isCardinal(at index: Int, endsRange: Bool = false) -> Bool {
        let token = tokens[index]
        if isQuoted(token) { return false }
        let previous = index > 0 && !endsRange ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
        if let previous, token.attached {
            if previous.kind == .word || previous.kind == .numeral { return false }
            if previous.isSymbol(in: Self.attachedBeforeNumber) { return false }
        }
        if let next, next.attached {
            if next.kind == .word, !FigureTables.currencies.contains(next.word), !FigureTables.gluedUnits.contains(next.word) {
                return false
            }
            if next.isSymbol(in: Self.attachedAfterNumber) { return false }
            if next.isSymbol(Self.dash), let afterNext, afterNext.attached, afterNext.kind == .word { return false }
            if next.isSymbol(Self.dash), let afterNext, afterNext.attached, afterNext.kind == .numeral,
               index + 3 < tokens.count, tokens[index + 3].isSymbol(Self.dash) { return false }
        }
        if let previous, let next, previous.isSymbol(UInt8(ascii: "(")), next.isSymbol(UInt8(ascii: ")")) { return false }
        if !endsRange, previous == nil || previous?.kind == .lineBreak, let next, next.attached,
           next.isSymbol(UInt8(ascii: ".")) || next.isSymbol(UInt8(ascii: ")")) { return false }
        let (digits, leadingZero) = digitCount(token)
        if digits >= 9 && leadingZero { return false }
        if digits >= 7 && digits == token.range.count { return false }
        if leadingZero, let next, next.kind == .numeral { return false }
        // A capitalised word before a number makes a name ("Tổ 3", "Phường 7") unless an amount
        // of money ("giải Nhì 3 triệu đồng") or a tally's counted noun ("Kỳ Sơn 35 mô hình") follows.
        if !endsRange, let previous, previous.kind == .word, previous.capitalized, !startsSentence(index - 1),
           FigureVocabulary.phrase(in: FigureTables.approximationWords, endingAt: index - 1, of: tokens) == nil,
           !isMoneyAhead(index),
           FigureVocabulary.phrase(in: FigureTables.tallyNouns, at: index + 1, of: tokens,
                                   maxWords: FigureTables.longestTallyNoun) == nil {
            return false
        }
        if isAfterContactLead(index) { return false }
        if isYear(token),
           !(next.map { $0.isSymbol(Self.percent) || FigureTables.scales[Int($0.word)] != nil } ?? false) {
            return false
        }
        if next.map({ $0.kind == .word && FigureTables.timeUnits.contains($0.word) }) ?? false { return false }
        if index > 0, let length = FigureVocabulary.phrase(in: FigureTables.nameLeads, endingAt: index - 1, of: tokens),
           (FigureVocabulary.phrase(in: FigureTables.nameLeadCompounds, endingAt: index - 1, of: tokens) ?? 0) <= length {
            if tokens[index - 1].word != FigureWords.soNumber || length > 1 { return false }
            guard index >= 2, tokens[index - 2].kind == .word,
                  FigureTables.countingSo.contains(tokens[index - 2].word) else { return false }
        }
        return true
    }

    /// True when the number at `index` is followed by a currency, with or without a scale
    /// ("3 triệu đồng", "7.000.000 đồng").
    func isMoneyAhead(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        if isCurrency(at: index + 1) { return true }
        guard index + 2 < tokens.count, tokens[index + 2].kind == .word,
              FigureTables.scales[Int(tokens[index + 1].word)] != nil else { return false }
        return isCurrency(at: index + 2)
    }

    /// "điện thoại 0913…", "ĐT: 04 7300…": numbers after a contact word are not figures.
    func isAfterContactLead(_ index: Int) -> Bool {
        var position = index - 1
        while position >= max(0, index - 3) {
            if tokens[position].kind == .word,
               FigureVocabulary.phrase(in: FigureTables.contactLeads, endingAt: position, of: tokens, maxWords: 2) != nil {
                return true
            }
            position -= 1
        }
        return false
    }

    func isYear(_ token: FigureToken) -> Bool {
        FigureTokenizer.isYear(token)
    }

    /// The number of digits of a numeral and whether the first is 0.
    func digitCount(_ token: FigureToken) -> (Int, Bool) {
        var digits = 0
        for byte in text.folded[token.range] where FigureTokenizer.isDigit(byte) { digits += 1 }
        return (digits, text.folded[token.range.lowerBound] == UInt8(ascii: "0"))
    }

    static let dash = UInt8(ascii: "-")
    static let slash = UInt8(ascii: "/")
    static let breakdownClosers = ByteSet(",;.")
    static let percent = UInt8(ascii: "%")
    static let attachedBeforeNumber = ByteSet("/-.:^[")
    static let attachedAfterNumber = ByteSet("/:]")
    static let sentenceOpeners = ByteSet(".!?:\"-*(")

    func isQuoted(_ token: FigureToken) -> Bool {
        QuoteScanner.contains(quotes, token.range.lowerBound)
    }

    func startsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .lineBreak || previous.isSymbol(in: Self.sentenceOpeners)
    }

    // MARK: the figure

    func figure(from first: Amount, start: Int) -> (Figure, Int)? {
        var amount = first
        var maximum: Double?
        if let (second, end) = rangeEnd(after: first, start: start) {
            var low = first.value
            if !first.scaled && second.scaled, let factor = FigureTables.scales[Int(tokens[second.end - 1].word)],
               low * factor < second.value {
                low *= factor
            }
            guard second.value > low else { return nil }
            amount = Amount(value: low, scaled: second.scaled, end: end)
            maximum = second.value
        }
        var position = amount.end
        if FigureVocabulary.phrase(in: FigureTables.teachingFollowers, at: position, of: tokens) != nil { return nil }
        var kind = FigureKind.count
        var subject: String?
        var mentionEnd = tokens[position - 1].range.upperBound
        let next = position < tokens.count ? tokens[position] : nil

        if let next, next.isSymbol(Self.percent) {
            kind = .percent
            position += 1
        } else if next?.isWord(FigureWords.phan) == true, position + 1 < tokens.count,
                  tokens[position + 1].isWord(FigureWords.tram) {
            kind = .percent
            position += 2
        } else if let next, next.kind == .word, isCurrency(at: position) {
            kind = .money
            position += 1
        } else if let next, next.kind == .word, !isCountUnitCompound(at: position),
                  let length = FigureVocabulary.phrase(in: FigureTables.durationUnits, at: position, of: tokens) {
            let after = position + length
            if isAnniversary(start: start, after: after) { return nil }
            if next.word == FigureWords.minute, start >= 2, tokens[start - 2].kind == .numeral,
               tokens[start - 1].kind == .word, FigureTables.clockHourUnits.contains(tokens[start - 1].word) { return nil }
            // "5 năm 2020" is a date unless a year's span follows: "trong 5 năm 2020 - 2024".
            if after < tokens.count, tokens[after].kind == .numeral, !isYearsBeforeSpan(unit: next, after: after) { return nil }
            kind = .duration
            subject = text.slice(next.range.lowerBound..<tokens[after - 1].range.upperBound)
            mentionEnd = tokens[after - 1].range.upperBound
            position = after
        }
        if kind != .duration { mentionEnd = tokens[position - 1].range.upperBound }
        let afterUnit = position

        switch kind {
        case .count, .percent:
            if let span = SubjectRules.phrase(at: position, in: tokens) {
                subject = slice(span)
                mentionEnd = tokens[span.upperBound - 1].range.upperBound
                position = span.upperBound
            } else if kind == .percent, let span = SubjectRules.ratioSubject(before: start, in: tokens)
                        ?? SubjectRules.tallySubject(before: start, in: tokens)
                        ?? SubjectRules.parenthesisedShareSubject(before: start, in: tokens)
                        ?? SubjectRules.changeSubject(before: approximation(before: start).1 ?? start, in: tokens)
                        ?? SubjectRules.sentenceRatioSubject(before: start, in: tokens) {
                subject = sentenceCased(slice(span), first: tokens[span.lowerBound])
            } else if kind == .count, let span = SubjectRules.tableRowSubject(start: approximation(before: start).1 ?? start,
                                                                              end: position, in: tokens) {
                subject = sentenceCased(slice(span), first: tokens[span.lowerBound])
            } else if kind == .count, let lead = ageLead(before: approximation(before: start).1 ?? start) {
                kind = .duration
                subject = slice(lead..<lead + 1)
            } else if kind == .count {
                return nil
            }
        case .money:
            if let length = FigureVocabulary.phrase(in: FigureTables.moneyNouns, at: position, of: tokens) {
                subject = slice(position..<(position + length))
            } else {
                subject = (SubjectRules.prizeSubject(before: start, in: tokens)
                    ?? SubjectRules.moneySubject(before: start, in: tokens)).map(slice)
            }
        case .duration:
            break
        }

        var (approx, approxStart) = approximation(before: start)
        if approx == nil { approx = approximationFollower(at: afterUnit) ?? approximationFollower(at: position) }
        let mentionStart = approxStart.map { tokens[$0].range.lowerBound } ?? tokens[start].range.lowerBound
        let figure = Figure(value: amount.value, kind: kind, max: maximum, approx: approx,
                            subject: subject.map(Normalization.field),
                            mentions: [Mention(mentionStart..<mentionEnd)])
        return (figure, max(position, amount.end))
    }

    /// The upper end of "250 – 500" or "từ 01 đến 02": the second amount and the token after it.
    func rangeEnd(after first: Amount, start: Int) -> (Amount, Int)? {
        var joint = first.end
        let unitFirst = joint < tokens.count && tokens[joint].isSymbol(Self.percent)
        if unitFirst { joint += 1 }
        guard joint + 1 < tokens.count, tokens[joint + 1].kind == .numeral else { return nil }
        let isDash = tokens[joint].isSymbol(Self.dash)
        let isTo = (tokens[joint].isWord(FigureWords.den) || tokens[joint].isWord(FigureWords.toi))
            && start > 0 && tokens[start - 1].isWord(FigureWords.tu)
        guard isDash || isTo, isCardinal(at: joint + 1, endsRange: true), let second = amount(at: joint + 1) else { return nil }
        if unitFirst, !(second.end < tokens.count && tokens[second.end].isSymbol(Self.percent)) { return nil }
        return (second, second.end)
    }

    /// True when the duration unit `unit` is "năm" and a span of years opens at `after`
    /// ("trong 5 năm 2020 - 2024"): the number counts those years.
    func isYearsBeforeSpan(unit: FigureToken, after: Int) -> Bool {
        unit.isWord(FigureWords.nam) && tokens[after].isYearValue && after + 2 < tokens.count
            && tokens[after + 1].isSymbol(Self.dash) && tokens[after + 2].isYearValue
    }

    /// "ngày công", "tháng lương": a duration unit that names a counted unit of work or pay.
    func isCountUnitCompound(at position: Int) -> Bool {
        guard FigureVocabulary.phrase(in: FigureTables.countUnitCompounds, at: position, of: tokens, maxWords: 2) == 2
        else { return false }
        let after = position + 2
        return !(after < tokens.count && tokens[after].kind == .word
            && FigureTables.countUnitCompoundBreakers.contains(tokens[after].word))
    }

    func isCurrency(at position: Int) -> Bool {
        let word = tokens[position].word
        guard FigureTables.currencies.contains(word) else { return false }
        guard word == FigureWords.dong, position + 1 < tokens.count else { return true }
        let after = tokens[position + 1]
        return !(after.kind == .word && !after.attached && FigureTables.dongCompounds.contains(after.word))
    }

    /// "132 năm ngày sinh", "kỷ niệm 50 năm": the token after the unit is `after`.
    func isAnniversary(start: Int, after: Int) -> Bool {
        if FigureVocabulary.phrase(in: FigureTables.anniversaryFollowers, at: after, of: tokens) != nil { return true }
        var position = start - 1
        while position >= max(0, start - 4) {
            if FigureVocabulary.phrase(in: FigureTables.anniversaryLeads, endingAt: position, of: tokens, maxWords: 2) != nil {
                return true
            }
            position -= 1
        }
        return false
    }

    /// Where a phrase of ``FigureVocabulary/ageLeads`` ending right before token `start` begins.
    func ageLead(before start: Int) -> Int? {
        guard start > 0, let length = FigureVocabulary.phrase(in: FigureTables.ageLeads, endingAt: start - 1, of: tokens,
                                                              maxWords: 4) else { return nil }
        // "trong độ tuổi từ 16 đến 30" bounds an age group, no one's age.
        let lead = start - length
        if lead > 0, tokens[lead - 1].kind == .word, tokens[lead - 1].word == FigureWords.doAge { return nil }
        return lead
    }

    /// The approximation words right before the number (or before "từ"), and where they start.
    func approximation(before start: Int) -> (Approximation?, Int?) {
        var end = start - 1
        if end >= 0, tokens[end].isWord(FigureWords.tu) { end -= 1 }
        guard end >= 0, Self.mayHold(FigureTables.approximationEnds, tokens[end]) else { return (nil, nil) }
        for (words, approx) in FigureTables.approximations {
            let first = end - words.count + 1
            guard first >= 0 else { continue }
            if (0..<words.count).allSatisfy({ tokens[first + $0].isWord(words[$0]) }) {
                return (approx, first)
            }
        }
        return (nil, nil)
    }

    /// The approximation a phrase of ``FigureVocabulary/approximationFollowers`` at token
    /// `position` gives ("95% trở lên").
    func approximationFollower(at position: Int) -> Approximation? {
        guard position >= tokens.count || Self.mayHold(FigureTables.approximationFollowerStarts, tokens[position]) else {
            return nil
        }
        for (words, approx) in FigureTables.approximationFollowers
        where position + words.count <= tokens.count
            && (0..<words.count).allSatisfy({ tokens[position + $0].isWord(words[$0]) }) {
            return approx
        }
        return nil
    }

    /// False when `token` can be no word of a phrase of `table` (a ``FigureTables/wordTable(_:_:)``):
    /// it is no word, or a word the table does not flag.
    static func mayHold(_ table: [Bool]?, _ token: FigureToken) -> Bool {
        guard let table else { return true }
        return token.kind == .word && token.word >= 0 && Int(token.word) < table.count && table[Int(token.word)]
    }

    /// A subject that opens a sentence, lower-cased at its first letter unless its first word
    /// is capitalised anywhere ("Thời gian xử lý" → "thời gian xử lý"; "Đảng viên" stays).
    func sentenceCased(_ subject: String, first: FigureToken) -> String {
        guard first.capitalized, !FigureTables.capitalisedCommonWords.contains(first.word),
              let head = subject.first else { return subject }
        // An abbreviation keeps its capitals ("CCB", "HSSV").
        let firstWord = subject.prefix { $0.isLetter }
        if firstWord.count >= 2, firstWord.allSatisfy(\.isUppercase) { return subject }
        return head.lowercased() + subject.dropFirst()
    }

    func slice(_ span: Range<Int>) -> String {
        text.slice(tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound)
    }
}

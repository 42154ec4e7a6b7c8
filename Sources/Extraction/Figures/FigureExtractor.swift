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
        var figures: [Figure] = []
        var index = 0
        while index < tokens.count, !check.hasPassed() {
            let token = tokens.unread(index)
            // Only numerals and read number words may open a figure (see `read(at:)` and
            // `wordAmount(at:)`): a word is looked up only when it folds like one.
            guard token.kind == .numeral || token.kind == .word && token.isRead
                    && text.folded.withUnsafeBufferPointer({ openers.contains(FigureTokenizer.pack($0, token.range)) })
            else {
                index += 1
                continue
            }
            if let (figure, next) = reader.read(at: index) {
                figures.append(figure)
                index = next
            } else {
                index += 1
            }
        }
        return Self.merged(figures)
    }

    /// One item per distinct fact: figures with the same value, kind, subject, range and
    /// approximation are the same fact stated again ("tuyên dương 42 tập thể" … "trao Giấy
    /// khen cho 42 tập thể"), kept once with all their mentions. Figures without a subject
    /// are never merged: nothing shows they state the same fact.
    static func merged(_ figures: [Figure]) -> [Figure] {
        var result: [Figure] = []
        // The first figure of each fact: a figure merges into the first equal one, and a
        // lookup replaces a walk over all the figures kept so far.
        var firstByFact: [FactKey: Int] = [:]
        for figure in figures {
            guard let subject = figure.subject else {
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
    /// is: 0 and -0 equal, NaN equal to nothing).
    private struct FactKey: Hashable {
        let value: Double
        let kind: FigureKind
        let subject: String
        let max: Double?
        let approx: Approximation?
    }
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

    func read(at index: Int) -> (Figure, Int)? {
        let token = tokens[index]
        switch token.kind {
        case .numeral:
            guard isCardinal(at: index), let amount = amount(at: index) else { return nil }
            return figure(from: amount, start: index)
        case .word:
            guard let amount = wordAmount(at: index) else { return nil }
            return figure(from: amount, start: index)
        default:
            return nil
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
        guard FigureTables.wordNumberStarts.contains(token.word) || opensHundreds, !isQuoted(token) else { return nil }
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
            if next.kind == .word, !FigureTables.currencies.contains(next.word) { return false }
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
        if !endsRange, let previous, previous.kind == .word, previous.capitalized, !startsSentence(index - 1),
           FigureVocabulary.phrase(in: FigureTables.approximationWords, endingAt: index - 1, of: tokens) == nil {
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
            if after < tokens.count, tokens[after].kind == .numeral { return nil }
            if FigureVocabulary.phrase(in: FigureTables.calendarSpanFollowers, at: after, of: tokens) != nil,
               next.word != FigureWords.ngay { return nil }
            kind = .duration
            subject = text.slice(next.range.lowerBound..<tokens[after - 1].range.upperBound)
            mentionEnd = tokens[after - 1].range.upperBound
            position = after
        }
        if kind != .duration { mentionEnd = tokens[position - 1].range.upperBound }

        switch kind {
        case .count, .percent:
            if let span = SubjectRules.phrase(at: position, in: tokens) {
                subject = slice(span)
                mentionEnd = tokens[span.upperBound - 1].range.upperBound
                position = span.upperBound
            } else if kind == .percent, let span = SubjectRules.ratioSubject(before: start, in: tokens)
                        ?? SubjectRules.changeSubject(before: approximation(before: start).1 ?? start, in: tokens)
                        ?? SubjectRules.sentenceRatioSubject(before: start, in: tokens) {
                subject = sentenceCased(slice(span), first: tokens[span.lowerBound])
            } else if kind == .count {
                return nil
            }
        case .money:
            if let length = FigureVocabulary.phrase(in: FigureTables.moneyNouns, at: position, of: tokens) {
                subject = slice(position..<(position + length))
            } else {
                subject = SubjectRules.moneySubject(before: start, in: tokens).map(slice)
            }
        case .duration:
            break
        }

        let (approx, approxStart) = approximation(before: start)
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

    /// The approximation words right before the number (or before "từ"), and where they start.
    func approximation(before start: Int) -> (Approximation?, Int?) {
        var end = start - 1
        if end >= 0, tokens[end].isWord(FigureWords.tu) { end -= 1 }
        guard end >= 0 else { return (nil, nil) }
        for (words, approx) in FigureTables.approximations {
            let first = end - words.count + 1
            guard first >= 0 else { continue }
            if (0..<words.count).allSatisfy({ tokens[first + $0].isWord(words[$0]) }) {
                return (approx, first)
            }
        }
        return (nil, nil)
    }

    /// A subject that opens a sentence, lower-cased at its first letter unless its first word
    /// is capitalised anywhere ("Thời gian xử lý" → "thời gian xử lý"; "Đảng viên" stays).
    func sentenceCased(_ subject: String, first: FigureToken) -> String {
        guard first.capitalized, !FigureTables.capitalisedCommonWords.contains(first.word),
              let head = subject.first else { return subject }
        return head.lowercased() + subject.dropFirst()
    }

    func slice(_ span: Range<Int>) -> String {
        text.slice(tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound)
    }
}

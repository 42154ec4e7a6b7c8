import VietnameseText

/// Finds Figure items: every cardinal quantity that reports a result, a size or a target
/// (counts, percentages, money, durations, ranges, numbers written as words). Dates,
/// years, document numbers, ordinals, anniversaries, footnote markers, numbers in quoted
/// titles and numbers that are part of a name are not figures. The same fact stated twice
/// is one item with both mentions.
public struct FigureExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Figure] {
        let tokens = FigureTokenizer.tokens(of: text)
        guard tokens.contains(where: { !$0.text.isEmpty }) else { return [] }
        let reader = FigureReader(text: text, tokens: tokens, quotes: QuoteScanner.spans(in: text))
        var figures: [Figure] = []
        var index = 0
        while index < tokens.count {
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
        for figure in figures {
            if figure.subject != nil, let index = result.firstIndex(where: {
                $0.value == figure.value && $0.kind == figure.kind && $0.subject == figure.subject
                    && $0.max == figure.max && $0.approx == figure.approx
            }) {
                result[index].mentions.append(contentsOf: figure.mentions)
            } else {
                result.append(figure)
            }
        }
        return result
    }
}

/// Reads one figure at a token: the number, its range, scale and unit, the approximation
/// before it and its subject.
struct FigureReader {
    let text: AnalyzedText
    let tokens: [FigureToken]
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
        guard let value = VietnameseNumber.parse(tokens[index].text) else { return nil }
        var amount = Amount(value: value, scaled: false, end: index + 1)
        if amount.end < tokens.count, let factor = FigureVocabulary.scales[tokens[amount.end].text],
           tokens[amount.end].kind == .word {
            amount.value *= factor
            amount.scaled = true
            amount.end += 1
            if amount.end + 1 < tokens.count, tokens[amount.end].kind == .numeral,
               let rest = VietnameseNumber.parse(tokens[amount.end].text),
               let smaller = FigureVocabulary.scales[tokens[amount.end + 1].text], smaller < factor,
               tokens[amount.end + 1].kind == .word {
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
        guard !token.text.isEmpty else { return nil }
        let opensHundreds = token.text == "một" && index + 1 < tokens.count
            && ["trăm", "nghìn", "ngàn", "triệu", "tỷ"].contains(tokens[index + 1].text)
        guard FigureVocabulary.wordNumberStarts.contains(token.text) || opensHundreds, !isQuoted(token) else { return nil }
        if token.capitalized && !startsSentence(index) { return nil }
        if index > 0, tokens[index - 1].kind == .word,
           FigureVocabulary.wordNumberBlockers.contains(tokens[index - 1].text) { return nil }
        var words = [token.text]
        var end = index + 1
        while end < tokens.count, tokens[end].kind == .word {
            let word = tokens[end].text
            let previous = words[words.count - 1]
            let isMultiplier = FigureVocabulary.wordNumberMultipliers.contains(word)
            let isDigit = VietnameseNumber.digitWords[word] != nil && word != "mười"
                && !(word == "năm" && ["mươi", "mười"].contains(previous))
            guard isMultiplier || (isDigit && FigureVocabulary.wordNumberMultipliers.contains(previous)) else { break }
            words.append(word)
            end += 1
        }
        guard let parsed = VietnameseNumber.parseWords(words), parsed.count == words.count else { return nil }
        if FigureVocabulary.ambiguousWordNumbers.contains(token.text) && parsed.count == 1 { return nil }
        var next = index + parsed.count
        var value = parsed.value
        if parsed.count == 1, value < 10, next < tokens.count, tokens[next].isWord(FigureVocabulary.tensWord) {
            value *= 10
            next += 1
        }
        guard next < tokens.count, tokens[next].kind == .word, tokens[next].text != "là",
              !FigureVocabulary.wordNumberFalseFollowers.contains(tokens[next].text) else { return nil }
        if tokens[next].text == "phần", next + 1 < tokens.count,
           VietnameseNumber.digitWords[tokens[next + 1].text] != nil || tokens[next + 1].text == "mười" { return nil }
        if token.text == "năm" && parsed.count == 1
            && FigureVocabulary.phrase(in: FigureVocabulary.namCountNouns, at: next, of: tokens) == nil {
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
            if ["/", "-", ".", ":", "^", "["].contains(previous.text) { return false }
        }
        if let next, next.attached {
            if next.kind == .word, !FigureVocabulary.currencies.contains(next.text) { return false }
            if ["/", ":", "]"].contains(next.text) { return false }
            if next.text == "-", let afterNext, afterNext.attached, afterNext.kind == .word { return false }
            if next.text == "-", let afterNext, afterNext.attached, afterNext.kind == .numeral,
               index + 3 < tokens.count, tokens[index + 3].isSymbol("-") { return false }
        }
        if let previous, let next, previous.isSymbol("("), next.isSymbol(")") { return false }
        if !endsRange, previous == nil || previous?.kind == .lineBreak, let next, next.attached,
           next.isSymbol(".") || next.isSymbol(")") { return false }
        let digits = token.text.filter(\.isNumber)
        if digits.count >= 9 && digits.hasPrefix("0") { return false }
        if digits.count >= 7 && digits.count == token.text.count { return false }
        if digits.hasPrefix("0"), let next, next.kind == .numeral { return false }
        if !endsRange, let previous, previous.kind == .word, previous.capitalized, !startsSentence(index - 1),
           FigureVocabulary.phrase(in: FigureVocabulary.approximationWords, endingAt: index - 1, of: tokens) == nil {
            return false
        }
        if isAfterContactLead(index) { return false }
        if isYear(token), !(next.map { $0.isSymbol("%") || FigureVocabulary.scales[$0.text] != nil } ?? false) {
            return false
        }
        if next.map({ FigureVocabulary.timeUnits.contains($0.text) && $0.kind == .word }) ?? false { return false }
        if index > 0, let length = FigureVocabulary.phrase(in: FigureVocabulary.nameLeads, endingAt: index - 1, of: tokens),
           (FigureVocabulary.phrase(in: FigureVocabulary.nameLeadCompounds, endingAt: index - 1, of: tokens) ?? 0) <= length {
            let lead = tokens[index - 1].text
            if lead != "số" || length > 1 { return false }
            guard index >= 2, tokens[index - 2].kind == .word,
                  FigureVocabulary.countingSo.contains(tokens[index - 2].text) else { return false }
        }
        return true
    }

    /// "điện thoại 0913…", "ĐT: 04 7300…": numbers after a contact word are not figures.
    func isAfterContactLead(_ index: Int) -> Bool {
        var position = index - 1
        while position >= max(0, index - 3) {
            if tokens[position].kind == .word,
               FigureVocabulary.phrase(in: FigureVocabulary.contactLeads, endingAt: position, of: tokens, maxWords: 2) != nil {
                return true
            }
            position -= 1
        }
        return false
    }

    func isYear(_ token: FigureToken) -> Bool {
        guard token.text.count == 4, let value = Int(token.text) else { return false }
        return (1800...2100).contains(value)
    }

    func isQuoted(_ token: FigureToken) -> Bool {
        QuoteScanner.contains(quotes, token.range.lowerBound)
    }

    func startsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .lineBreak || [".", "!", "?", ":", "\"", "-", "*", "("].contains(previous.text)
    }

    // MARK: the figure

    func figure(from first: Amount, start: Int) -> (Figure, Int)? {
        var amount = first
        var maximum: Double?
        if let (second, end) = rangeEnd(after: first, start: start) {
            var low = first.value
            if !first.scaled && second.scaled, let factor = FigureVocabulary.scales[tokens[second.end - 1].text],
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

        if let next, next.isSymbol("%") {
            kind = .percent
            position += 1
        } else if next?.isWord("phần") == true, position + 1 < tokens.count, tokens[position + 1].isWord("trăm") {
            kind = .percent
            position += 2
        } else if let next, next.kind == .word, isCurrency(at: position) {
            kind = .money
            position += 1
        } else if let next, next.kind == .word, !isCountUnitCompound(at: position),
                  let length = FigureVocabulary.phrase(in: FigureVocabulary.durationUnits, at: position, of: tokens) {
            let after = position + length
            if isAnniversary(start: start, after: after) { return nil }
            if after < tokens.count, tokens[after].kind == .numeral { return nil }
            if FigureVocabulary.phrase(in: FigureVocabulary.calendarSpanFollowers, at: after, of: tokens) != nil,
               next.text != "ngày" { return nil }
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
            if let length = FigureVocabulary.phrase(in: SubjectRules.moneyNouns, at: position, of: tokens) {
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
        let unitFirst = joint < tokens.count && tokens[joint].isSymbol("%")
        if unitFirst { joint += 1 }
        guard joint + 1 < tokens.count, tokens[joint + 1].kind == .numeral else { return nil }
        let isDash = tokens[joint].isSymbol("-")
        let isTo = (tokens[joint].isWord("đến") || tokens[joint].isWord("tới"))
            && start > 0 && tokens[start - 1].isWord("từ")
        guard isDash || isTo, isCardinal(at: joint + 1, endsRange: true), let second = amount(at: joint + 1) else { return nil }
        if unitFirst, !(second.end < tokens.count && tokens[second.end].isSymbol("%")) { return nil }
        return (second, second.end)
    }

    /// "ngày công", "tháng lương": a duration unit that names a counted unit of work or pay.
    func isCountUnitCompound(at position: Int) -> Bool {
        guard FigureVocabulary.phrase(in: FigureVocabulary.countUnitCompounds, at: position, of: tokens, maxWords: 2) == 2
        else { return false }
        let after = position + 2
        return !(after < tokens.count && tokens[after].kind == .word
            && FigureVocabulary.countUnitCompoundBreakers.contains(tokens[after].text))
    }

    func isCurrency(at position: Int) -> Bool {
        let word = tokens[position].text
        guard FigureVocabulary.currencies.contains(word) else { return false }
        guard word == "đồng", position + 1 < tokens.count else { return true }
        let after = tokens[position + 1]
        return !(after.kind == .word && !after.attached && FigureVocabulary.dongCompounds.contains(after.text))
    }

    /// "132 năm ngày sinh", "kỷ niệm 50 năm": the token after the unit is `after`.
    func isAnniversary(start: Int, after: Int) -> Bool {
        if FigureVocabulary.phrase(in: FigureVocabulary.anniversaryFollowers, at: after, of: tokens) != nil { return true }
        var position = start - 1
        while position >= max(0, start - 4) {
            if FigureVocabulary.phrase(in: FigureVocabulary.anniversaryLeads, endingAt: position, of: tokens, maxWords: 2) != nil {
                return true
            }
            position -= 1
        }
        return false
    }

    /// The approximation words right before the number (or before "từ"), and where they start.
    func approximation(before start: Int) -> (Approximation?, Int?) {
        var end = start - 1
        if end >= 0, tokens[end].isWord("từ") { end -= 1 }
        guard end >= 0 else { return (nil, nil) }
        for (words, approx) in Self.approximationWords {
            let first = end - words.count + 1
            guard first >= 0 else { continue }
            if (0..<words.count).allSatisfy({ tokens[first + $0].kind == .word && tokens[first + $0].text == words[$0] }) {
                return (approx, first)
            }
        }
        return (nil, nil)
    }

    /// ``FigureVocabulary/approximations`` with each phrase split into words, in order.
    static let approximationWords: [(words: [String], approx: Approximation)] =
        FigureVocabulary.approximations.map { ($0.phrase.split(separator: " ").map(String.init), $0.approx) }

    /// A subject that opens a sentence, lower-cased at its first letter unless its first word
    /// is capitalised anywhere ("Thời gian xử lý" → "thời gian xử lý"; "Đảng viên" stays).
    func sentenceCased(_ subject: String, first: FigureToken) -> String {
        guard first.capitalized, !SubjectRules.capitalisedCommonWords.contains(first.text),
              let head = subject.first else { return subject }
        return head.lowercased() + subject.dropFirst()
    }

    func slice(_ span: Range<Int>) -> String {
        text.slice(tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound)
    }
}

import ExtractionEngine
import VietnameseText

/// A day written with its month but no year ("Chiều 24/7", "Sáng ngày 3-6", "từ ngày 13/11
/// đến 10/12/2023"): the news shape of an event's date. Its year comes from the context:
/// the end of the span it opens, else the article's own date.
struct YearlessDate: Sendable {
    /// The code points of "D/M".
    let range: Range<Int>
    let day: Int
    let month: Int
}

/// The words that mark "D/M" as a day of the calendar, and how its year is found.
enum YearlessDates {
    static let ruleName = "day and month, year from context"

    /// Words directly before "D/M" (through an optional "ngày", "nay" and comma) that make it
    /// a day, folded, each with a sentence that shows it. A bare "D/M" is not read: it is a
    /// tally or a fraction as often ("3/4 số xã", "15/15 chi bộ").
    static let leadRows: [(word: String, example: String)] = [
        ("ngay", "Ngày 11/8, đoàn giám sát của Ủy ban Kiểm tra làm việc tại thị trấn"),
        ("sang", "Sáng 23-2, Đảng ủy xã Ea Tul triển khai chuyên đề"),
        ("chieu", "Chiều 9/11, Thị ủy tổng kết công tác tuyên giáo"),
        ("toi", "Tối 4/9, tại sân vận động xã diễn ra đêm giao lưu"),
        ("trua", "Trưa 2/9, đoàn đại biểu dâng hương tại khu di tích"),
        ("dem", "Đêm 30/4, thành phố bắn pháo hoa mừng ngày thống nhất"),
        ("hom", "Hôm 12/10, Hội Nông dân xã ra mắt tổ hợp tác"),
    ]

    /// Words allowed between the lead word and "D/M": "Sáng ngày 27/4", "Sáng nay 17/5",
    /// "Sáng nay, 10-10", "Chiều qua 5/6".
    static let linkRows: [(word: String, example: String)] = [
        ("ngay", "Sáng ngày 6/10, Hội Cựu chiến binh phường tổ chức tọa đàm"),
        ("nay", "Sáng nay, 21-3, Huyện đoàn tuyên dương đoàn viên"),
        ("qua", "Chiều qua 5/6, Đảng ủy phường ra mắt mô hình"),
    ]

    /// Marks between day and month: "24/7", "15-3", "10.10".
    static let separators: [UInt8] = Array("/-.".utf8)

    /// A day more than this many months after the article's date belongs to the year before:
    /// "Ngày 28/12" in an article of 5 January 2024 is 2023-12-28; "trước ngày 30/6" in one
    /// of March 2024 is 2024-06-30.
    static let monthsAheadOfArticle = 6

    static let leads: [[UInt8]] = leadRows.map { Array($0.word.utf8) }
    /// The word joints of ``SharedDates/jointRows`` ("và", "đến"), after which "D/M" is the
    /// end of "ngày D và D/M".
    static let sharedJoints: [[UInt8]] = SharedDates.jointRows.map(\.word).filter { !$0.contains(" ") && $0 != "," }
        .map { Array($0.utf8) }
    static let links: [[UInt8]] = linkRows.map { Array($0.word.utf8) }

    /// The word that opens a span of two days ("từ 01/3 đến 31/3", "từ ngày 15/5 đến
    /// 20/5/2024"): before "D/M" it marks a day only when a span's joint and a second date follow.
    static let spanLead: [UInt8] = Array("tu".utf8)
    /// Farthest, in code points, the closing date of such a span stands from the opening one.
    static let maximumSpanJoint = 24

    /// Every "D/M" with a lead word, not part of a longer number or date, outside `claimed`.
    /// A day opens only at a digit after no letter or digit: with the text's ``WordStarts`` at
    /// hand, only the starts of its runs of digits are tried.
    static func find(in text: AnalyzedText, claimed: ClaimedPositions, wordStarts: WordStarts? = nil) -> [YearlessDate] {
        text.folded.withView { bytes in
            var found: [YearlessDate] = []
            let count = bytes.count
            // The closing "D/M" of a span an accepted "từ D/M" opened: a day without a lead word.
            var spanClose: Int?
            /// The end of the date read at `position`, a digit after no letter or digit; nil when none is.
            func date(at position: Int) -> Int? {
                guard let dayEnd = FoldedScan.digitRun(bytes, at: position, upper: count, 1...2), dayEnd < count,
                      separators.contains(bytes[dayEnd]),
                      let monthEnd = FoldedScan.digitRun(bytes, at: dayEnd + 1, upper: count, 1...2) else { return nil }
                if monthEnd < count {
                    let next = bytes[monthEnd]
                    if FoldedScan.isLowerAlphanumeric(next) { return nil }
                    if separators.contains(next) || next == UInt8(ascii: ","),
                       monthEnd + 1 < count, FoldedScan.isDigit(bytes[monthEnd + 1]) { return nil }
                }
                if position > 0, separators.contains(bytes[position - 1]) || bytes[position - 1] == UInt8(ascii: ",")
                    && position > 1 && FoldedScan.isDigit(bytes[position - 2]) { return nil }
                let range = position..<monthEnd
                let closing = closingDate(bytes, after: monthEnd, upper: count)
                guard !claimed.overlaps(range),
                      hasLead(bytes, before: position) || position == spanClose
                        || (closing != nil && hasSpanLead(bytes, before: position)),
                      let day = Int(text.foldedSlice(position..<dayEnd)),
                      let month = Int(text.foldedSlice((dayEnd + 1)..<monthEnd)),
                      (1...12).contains(month), (1...31).contains(day) else { return nil }
                found.append(YearlessDate(range: range, day: day, month: month))
                spanClose = closing
                return monthEnd
            }
            // A date found goes on after its end.
            var next = 0
            if let wordStarts {
                // A digit after no letter or digit opens a run of digits.
                for position in wordStarts.digitRunStarts where position >= next
                    && (position == 0 || !FoldedScan.isLowerLetter(bytes[position - 1])) {
                    if let end = date(at: position) { next = end }
                }
            } else {
                for position in 0..<count where position >= next && FoldedScan.isDigit(bytes[position])
                    && (position == 0 || !FoldedScan.isLowerAlphanumeric(bytes[position - 1])) {
                    if let end = date(at: position) { next = end }
                }
            }
            return found
        }
    }

    /// True when a lead word ends before `position`, through an optional link word and comma.
    static func hasLead(_ bytes: FoldedScan.Bytes, before position: Int) -> Bool {
        var end = position
        while end > 0, FoldedScan.isBlank(bytes[end - 1]) { end -= 1 }
        if end > 0, bytes[end - 1] == UInt8(ascii: ",") {
            end -= 1
            while end > 0, FoldedScan.isBlank(bytes[end - 1]) { end -= 1 }
        }
        guard end < position, let word = wordEnding(bytes, at: end) else { return false }
        if leads.contains(where: { bytes[word].elementsEqual($0) }) { return true }
        if sharedJoints.contains(where: { bytes[word].elementsEqual($0) }) {
            // "ngày 9 và 10/6", "từ ngày 16 đến 18/10": the lone day before the joint has the lead.
            var digits = word.lowerBound
            while digits > 0, FoldedScan.isBlank(bytes[digits - 1]) { digits -= 1 }
            var first = digits
            while first > 0, FoldedScan.isDigit(bytes[first - 1]), digits - first < 3 { first -= 1 }
            guard (1...2).contains(digits - first), digits < word.lowerBound else { return false }
            return SharedDates.precededByLead(bytes, first, SharedDates.dayLead)
        }
        guard links.contains(where: { bytes[word].elementsEqual($0) }) else { return false }
        var before = word.lowerBound
        while before > 0, FoldedScan.isBlank(bytes[before - 1]) { before -= 1 }
        guard before < word.lowerBound, let lead = wordEnding(bytes, at: before) else { return false }
        return leads.contains(where: { bytes[lead].elementsEqual($0) })
    }

    /// True when ``spanLead`` ends before `position`, through an optional "ngày".
    static func hasSpanLead(_ bytes: FoldedScan.Bytes, before position: Int) -> Bool {
        var end = position
        while end > 0, FoldedScan.isBlank(bytes[end - 1]) { end -= 1 }
        guard end < position, var word = wordEnding(bytes, at: end) else { return false }
        if bytes[word].elementsEqual(linkRows[0].word.utf8) {
            var before = word.lowerBound
            while before > 0, FoldedScan.isBlank(bytes[before - 1]) { before -= 1 }
            guard before < word.lowerBound, let lead = wordEnding(bytes, at: before) else { return false }
            word = lead
        }
        return bytes[word].elementsEqual(spanLead)
    }

    /// Where the second date of a span starts when a span's joint ("đến", "đến hết ngày", "-")
    /// follows `end` and a digit after it, within ``maximumSpanJoint`` code points; else nil.
    static func closingDate(_ bytes: FoldedScan.Bytes, after end: Int, upper: Int) -> Int? {
        var digit = end
        let limit = min(upper, end + maximumSpanJoint)
        while digit < limit, !FoldedScan.isDigit(bytes[digit]) {
            if bytes[digit] == UInt8(ascii: "\n") { return nil }
            digit += 1
        }
        guard digit < limit, digit > end,
              PeriodMatchers.isThrough(bytes, end, digit) || PeriodMatchers.isDash(bytes, end, digit) else { return nil }
        return digit
    }

    /// The letters of the word that ends at `end`, or nil.
    static func wordEnding(_ bytes: FoldedScan.Bytes, at end: Int) -> Range<Int>? {
        var start = end
        while start > 0, FoldedScan.isLowerLetter(bytes[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !FoldedScan.isRegexWord(bytes[start - 1]) else { return nil }
        return start..<end
    }

    /// The value of `date`: with the year of the dated expression that closes the span it opens
    /// ("từ ngày 13/11 đến 10/12/2023"; the year before when its month comes later), else with
    /// the year of `article` (the year before when that puts it more than
    /// ``monthsAheadOfArticle`` months after the article), else nil.
    static func value(of date: YearlessDate, closedBy next: DateExpression?, in text: AnalyzedText,
                      article: CalendarValue?) -> CalendarValue? {
        if let next, let year = next.value.year, opensSpan(date, closedBy: next, in: text) {
            let endMonth = next.value.month ?? 12
            return CalendarValidation.day(date.day, month: date.month, year: date.month > endMonth ? year - 1 : year)
        }
        guard let article, let year = article.year, let articleMonth = article.month else { return nil }
        let ahead = date.month - articleMonth
        return CalendarValidation.day(date.day, month: date.month, year: ahead > monthsAheadOfArticle ? year - 1 : year)
    }

    /// True when only a span's joint ("đến", "đến hết ngày", "-") stands between the two.
    static func opensSpan(_ date: YearlessDate, closedBy next: DateExpression, in text: AnalyzedText) -> Bool {
        guard date.range.upperBound <= next.range.lowerBound else { return false }
        return text.folded.withView { bytes in
            !PeriodMatchers.hasLineFeed(bytes, date.range.upperBound, next.range.lowerBound)
                && (PeriodMatchers.isDash(bytes, date.range.upperBound, next.range.lowerBound)
                    || PeriodMatchers.isThrough(bytes, date.range.upperBound, next.range.lowerBound))
        }
    }

    /// The article's date from an ISO value ("2024-07-24", "2024-07-24T15:20:00+07:00").
    static func articleDate(_ iso: String?) -> CalendarValue? {
        guard let iso else { return nil }
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CalendarValidation.day(day, month: month, year: year)
    }
}

/// A day or quarter written alone before a joint and a fuller date that lends it its month
/// and year: "ngày 3 và 4/5/2023", "từ ngày 12 đến 14/5", "quý I và quý II/2024".
enum SharedDates {
    static let ruleName = "day, month or quarter sharing the next date's month and year"

    /// Joints between the lone day or quarter and the fuller date, folded, with examples.
    /// A dash is not one: "18-19/5/2023" is read as the date it ends on.
    static let jointRows: [(word: String, example: String)] = [
        ("va", "Hội trại diễn ra ngày 7 và 8/4/2022 tại sân vận động huyện"),
        ("den", "Từ ngày 16 đến 18/10/2022, lớp bồi dưỡng lý luận chính trị diễn ra tại huyện"),
        ("den ngay", "từ ngày 2 đến ngày 5/12/2021 các chi bộ sinh hoạt chuyên đề"),
        ("den het", "từ tháng 7 đến hết tháng 12/2025 các chi bộ sinh hoạt chuyên đề"),
        (",", "các ngày 21, 22/3/2023 đoàn kiểm tra làm việc tại 4 xã"),
    ]

    /// Words before a lone day that make it a day: "ngày 7", "từ ngày 16", "các ngày 21".
    static let dayLead: [UInt8] = Array("ngay".utf8)
    static let quarterLead: [UInt8] = Array("quy".utf8)
    /// The word before a lone month: "từ tháng 7 đến tháng 9/2025".
    static let monthLead: [UInt8] = Array("thang".utf8)
    static let quarterNumerals: [(folded: String, value: Int)] = [("iv", 4), ("iii", 3), ("ii", 2), ("i", 1)]
    static let joints: [[UInt8]] = jointRows.map { Array($0.word.utf8) }

    /// The lone days and quarters of `text` outside `claimed`, each valued from the expression
    /// of `resolved` that starts right after its joint.
    /// `wordStarts` are the text's ``WordStarts`` when the caller has them.
    static func find(in text: AnalyzedText, claimed: ClaimedPositions, resolved: [DateExpression],
                     wordStarts: WordStarts? = nil) -> [DateExpression] {
        guard !resolved.isEmpty else { return [] }
        var startsAt: [Int: DateExpression] = [:]
        for expression in resolved { startsAt[expression.range.lowerBound] = expression }
        return text.folded.withView { bytes in
            var found: [DateExpression] = []
            let count = bytes.count
            // Only a digit or a "q" after no `\w` can open one: where a word starts, when the
            // text's word starts are at hand.
            func scan(_ positions: some Sequence<Int>) {
                for position in positions {
                    // Only a digit or a "q" can open one: tested before the byte in front.
                    guard FoldedScan.isDigit(bytes[position]) || bytes[position] == UInt8(ascii: "q"),
                          position == 0 || !FoldedScan.isRegexWord(bytes[position - 1]) else { continue }
                    // A lone day: digits after "ngày", not followed by a separator and digit.
                    if FoldedScan.isDigit(bytes[position]) {
                        guard let end = FoldedScan.digitRun(bytes, at: position, upper: count, 1...2),
                              end == count || !(FoldedScan.isRegexWord(bytes[end]) || bytes[end] == UInt8(ascii: "/")
                                                || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".")),
                              !claimed.overlaps(position..<end), let number = Int(text.foldedSlice(position..<end)) else { continue }
                        if precededByLead(bytes, position, dayLead) {
                            guard let next = following(bytes, end, count, startsAt), case .day(let year, let month, let nextDay) = next.value,
                                  number < nextDay, let value = CalendarValidation.day(number, month: month, year: year) else { continue }
                            found.append(DateExpression(range: position..<end, rule: ruleName, value: value))
                        } else if let start = leadStart(bytes, position, monthLead) {
                            // A lone month: "tháng 7" before "đến tháng 9/2025". Its range holds
                            // "tháng", as a month's expression does, so "từ" opens its span.
                            guard let next = following(bytes, end, count, startsAt), case .month(let year, let nextMonth) = next.value,
                                  (1..<nextMonth).contains(number), !claimed.overlaps(start..<end) else { continue }
                            found.append(DateExpression(range: start..<end, rule: ruleName, value: .month(year: year, month: number)))
                        }
                    } else if bytes[position] == UInt8(ascii: "q"), let numeralStart = FoldedScan.word(bytes, "quy", thenBlanksAt: position, upper: count) {
                        // A lone quarter: "quý I" before "và quý II/2024".
                        for numeral in quarterNumerals {
                            let literal = Array(numeral.folded.utf8)
                            let end = numeralStart + literal.count
                            guard FoldedScan.has(bytes, literal, at: numeralStart, upper: count),
                                  end == count || !FoldedScan.isRegexWord(bytes[end]) else { continue }
                            if !claimed.overlaps(position..<end), let next = following(bytes, end, count, startsAt),
                               case .quarter(let year, let quarter) = next.value, numeral.value < quarter {
                                found.append(DateExpression(range: position..<end, rule: ruleName,
                                                            value: .quarter(year: year, quarter: numeral.value)))
                            }
                            break
                        }
                    }
                }
            }
            if let wordStarts {
                scan(wordStarts.positions)
            } else {
                scan(0..<count)
            }
            return found
        }
    }

    /// True when `lead` is the word before `position` (blanks between).
    static func precededByLead(_ bytes: FoldedScan.Bytes, _ position: Int, _ lead: [UInt8]) -> Bool {
        leadStart(bytes, position, lead) != nil
    }

    /// Where `lead` starts when it is the word before `position` (blanks between), else nil.
    static func leadStart(_ bytes: FoldedScan.Bytes, _ position: Int, _ lead: [UInt8]) -> Int? {
        var end = position
        while end > 0, FoldedScan.isBlank(bytes[end - 1]) { end -= 1 }
        guard end < position, let word = YearlessDates.wordEnding(bytes, at: end), bytes[word].elementsEqual(lead) else { return nil }
        return word.lowerBound
    }

    /// The expression that starts right after a joint at `position`, or nil.
    static func following(_ bytes: FoldedScan.Bytes, _ position: Int, _ count: Int,
                          _ startsAt: [Int: DateExpression]) -> DateExpression? {
        for joint in joints {
            var index = FoldedScan.skipBlanks(bytes, from: position, upper: count)
            guard FoldedScan.has(bytes, joint, at: index, upper: count) else { continue }
            index = FoldedScan.skipBlanks(bytes, from: index + joint.count, upper: count)
            if let next = startsAt[index] { return next }
        }
        return nil
    }
}

extension CalendarValue {
    /// The year of any value.
    var year: Int? {
        switch self {
        case .year(let year), .month(let year, _), .quarter(let year, _), .day(let year, _, _): return year
        }
    }

    /// The month of a day or month value; nil for a year or quarter.
    var month: Int? {
        switch self {
        case .month(_, let month), .day(_, let month, _): return month
        default: return nil
        }
    }
}

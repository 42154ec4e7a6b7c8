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
    static let links: [[UInt8]] = linkRows.map { Array($0.word.utf8) }

    /// Every "D/M" with a lead word, not part of a longer number or date, outside `claimed`.
    static func find(in text: AnalyzedText, claimed: ClaimedPositions) -> [YearlessDate] {
        text.folded.withUnsafeBufferPointer { bytes in
            var found: [YearlessDate] = []
            let count = bytes.count
            var position = 0
            while position < count {
                defer { position += 1 }
                guard FoldedScan.isDigit(bytes[position]), position == 0 || !FoldedScan.isLowerAlphanumeric(bytes[position - 1])
                else { continue }
                guard let dayEnd = FoldedScan.digitRun(bytes, at: position, upper: count, 1...2), dayEnd < count,
                      separators.contains(bytes[dayEnd]),
                      let monthEnd = FoldedScan.digitRun(bytes, at: dayEnd + 1, upper: count, 1...2) else { continue }
                if monthEnd < count {
                    let next = bytes[monthEnd]
                    if FoldedScan.isLowerAlphanumeric(next) { continue }
                    if separators.contains(next) || next == UInt8(ascii: ","),
                       monthEnd + 1 < count, FoldedScan.isDigit(bytes[monthEnd + 1]) { continue }
                }
                if position > 0, separators.contains(bytes[position - 1]) || bytes[position - 1] == UInt8(ascii: ",")
                    && position > 1 && FoldedScan.isDigit(bytes[position - 2]) { continue }
                let range = position..<monthEnd
                guard !claimed.overlaps(range), hasLead(bytes, before: position),
                      let day = Int(text.foldedSlice(position..<dayEnd)),
                      let month = Int(text.foldedSlice((dayEnd + 1)..<monthEnd)),
                      (1...12).contains(month), (1...31).contains(day) else { continue }
                found.append(YearlessDate(range: range, day: day, month: month))
                position = monthEnd - 1
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
        guard links.contains(where: { bytes[word].elementsEqual($0) }) else { return false }
        var before = word.lowerBound
        while before > 0, FoldedScan.isBlank(bytes[before - 1]) { before -= 1 }
        guard before < word.lowerBound, let lead = wordEnding(bytes, at: before) else { return false }
        return leads.contains(where: { bytes[lead].elementsEqual($0) })
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
        return text.folded.withUnsafeBufferPointer { bytes in
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

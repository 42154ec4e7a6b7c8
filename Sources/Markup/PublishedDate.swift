import VietnameseText

/// Reads an article date from a meta value or a printed byline/dateline and writes it as
/// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` when a time is given
/// (`+07:00`, Vietnam time, when the time is printed without a zone).
enum PublishedDate {
    /// Numeric day/month/year: "20/12/2022", "02-02-2023", "5.1.2023".
    static let numericDate = Pattern(#"(?<![0-9])([0-3]?[0-9])\s*([/.-])\s*([01]?[0-9])\s*\2\s*((?:19|20)[0-9]{2})(?![0-9])"#)
    /// Spelled-out date: "ngày 5 tháng 1 năm 2023".
    static let wordDate = Pattern(#"ngay\s+([0-3]?[0-9])\s+thang\s+([01]?[0-9])\s*(?:,\s*)?nam\s+((?:19|20)[0-9]{2})"#)
    /// Spelled-out date without "ngày", the year perhaps without "năm": "14 tháng 10 năm 2023",
    /// "08 Tháng 9 2021" (as some portals print their dateline).
    static let monthWordDate = Pattern(#"(?<![0-9])([0-3]?[0-9])\s+thang\s+([01]?[0-9])\s*(?:,\s*)?(?:nam\s+)?((?:19|20)[0-9]{2})(?![0-9])"#)
    /// A month named in words, as WordPress and other CMSs print Vietnamese dates: "03 Tháng
    /// Mười Hai, 2025" (folded; longest first). The word must be capitalised or a comma follow
    /// it: "6 tháng năm 2025" is six months of 2025. Lunar months ("tháng Giêng") are none.
    static let monthWords: [(folded: String, month: Int)] = [
        ("muoi mot", 11), ("muoi hai", 12), ("muoi", 10), ("mot", 1), ("hai", 2), ("ba", 3), ("tu", 4),
        ("nam", 5), ("sau", 6), ("bay", 7), ("tam", 8), ("chin", 9),
    ]
    /// ``monthWords`` as regular-expression alternatives, spaces matching any run of spaces.
    static let monthWordAlternatives = monthWords.map { $0.folded.replacingOccurrences(of: " ", with: #"\s+"#) }.joined(separator: "|")
    /// A spelled-out date whose month is a word (``monthWords``): day, month, year.
    static let spelledMonthDate = Pattern(#"(?<![0-9])([0-3]?[0-9])\s+thang\s+("# + monthWordAlternatives
        + #")\s*,?\s*(?:nam\s+)?((?:19|20)[0-9]{2})(?![0-9])"#)
    /// ISO date as in meta tags: "2022-12-20T14:49:00+07:00", "2022-12-20 14:49".
    static let isoDate = Pattern(#"((?:19|20)[0-9]{2})-([01]?[0-9])-([0-3]?[0-9])(?:[t ]+([0-2]?[0-9]):([0-5][0-9])(?::([0-5][0-9]))?(?:\.[0-9]+)?\s*(z|[+-][0-9]{2}:?[0-9]{2})?)?"#)
    /// A date printed year first, "2015-04-02" (a CMS's own format beside a time), folded.
    static let printedISODate = Pattern(#"(?<![0-9])((?:19|20)[0-9]{2})-([01]?[0-9])-([0-3]?[0-9])(?![0-9])"#)
    /// A stamp with a two-digit year, day first, and the clock right after it, as some CMSs
    /// print it: "10/04/24 2:47 PM" (2024). Without the clock "09/04/24" is no date.
    static let shortYearStamp = Pattern(#"(?<![0-9./-])([0-3]?[0-9])/([01]?[0-9])/([0-9]{2})\s+(?=[0-2]?[0-9]:[0-5][0-9](?![0-9]))"#)
    /// Clock time: "14:49", "14h49", "10:30:15", "10 giờ 32 phút".
    static let clock = Pattern(#"(?<![0-9:])([0-2]?[0-9])\s*(?:[:h]|gio)\s*([0-5][0-9])(?:\s*phut)?(?:\s*:\s*([0-5][0-9]))?(?![0-9])"#)
    /// Printed zone: "(GMT+7)", "GMT+07:00", "UTC+7".
    static let zone = Pattern(#"(?:gmt|utc)\s*([+-])\s*([0-9]{1,2})(?::?([0-9]{2}))?"#)

    /// The largest gap, in characters, between a date and the time printed with it.
    static let clockDistance = 24

    /// A meta or `datetime` attribute value.
    static func fromMachineValue(_ value: String) -> String? {
        let text = AnalyzedText(value.trimmingSpaces)
        if let match = isoDate.matches(in: text).first, let y = int(text, match[1]),
           let m = int(text, match[2]), let d = int(text, match[3]), valid(y, m, d) {
            let date = format(y, m, d)
            guard let h = int(text, match[4]), let mi = int(text, match[5]), h < 24 else { return date }
            let s = int(text, match[6]) ?? 0
            let zoneText = match[7].map { text.foldedSlice($0) }
            return date + "T" + two(h) + ":" + two(mi) + ":" + two(s) + isoZone(zoneText)
        }
        return fromPrintedText(value)
    }

    /// Words (folded) after a 12-hour clock time, and whether they mean the afternoon: English
    /// AM/PM and the Vietnamese "SA"/"CH" (sáng, chiều) portals print ("3:05:41 CH").
    static let halfDayWords: [(folded: String, afternoon: Bool)] = [
        ("am", false), ("pm", true), ("sa", false), ("ch", true), ("sang", false), ("chieu", true), ("toi", true),
    ]

    /// The first date printed in `line`, with the time printed next to it, if any.
    static func fromPrintedText(_ line: String) -> String? {
        let text = AnalyzedText(line)
        guard let found = firstDate(in: text) else { return nil }
        let date = format(found.year, found.month, found.day)
        let times = clock.matches(in: text).filter {
            $0.range.upperBound <= found.range.lowerBound || $0.range.lowerBound >= found.range.upperBound
        }
        let near = times.first {
            let gap = $0.range.lowerBound >= found.range.upperBound
                ? $0.range.lowerBound - found.range.upperBound
                : found.range.lowerBound - $0.range.upperBound
            return gap <= clockDistance
        }
        guard let near, var h = int(text, near[1]), let mi = int(text, near[2]), h < 24 else { return date }
        let s = int(text, near[3]) ?? 0
        let after = text.foldedSlice(near.range.upperBound..<min(text.count, near.range.upperBound + 8))
        let word = after.trimmingSpaces.prefix { $0.isLetter }
        if let half = halfDayWords.first(where: { $0.folded == word }) {
            if h < 12 && half.afternoon { h += 12 }
            if h == 12 && !half.afternoon { h = 0 }
        }
        var zone = "+07:00"
        if let z = self.zone.matches(in: text).first, let signRange = z[1], let hours = int(text, z[2]), hours <= 14 {
            let sign = text.foldedSlice(signRange)
            zone = sign + two(hours) + ":" + two(int(text, z[3]) ?? 0)
        }
        return date + "T" + two(h) + ":" + two(mi) + ":" + two(s) + zone
    }

    /// False when `line` has no ASCII digit, so no date pattern can match it: the patterns'
    /// digits match folded bytes, and only ASCII digits fold to digits.
    static func mayHoldDate(_ line: String) -> Bool {
        var line = line
        return line.withUTF8(ByteSearch.containsASCIIDigit)
    }

    /// True when `line` prints a calendar date.
    static func containsDate(_ line: String) -> Bool {
        firstDate(in: AnalyzedText(line)) != nil
    }

    static func firstDate(in text: AnalyzedText) -> (year: Int, month: Int, day: Int, range: Range<Int>)? {
        var found: [(year: Int, month: Int, day: Int, range: Range<Int>)] = []
        if let m = numericDate.matches(in: text).first(where: { isValid(text, day: $0[1], month: $0[3], year: $0[4]) }),
           let d = int(text, m[1]), let mo = int(text, m[3]), let y = int(text, m[4]) {
            found.append((y, mo, d, m.range))
        }
        if text.containsFolded("thang"),
           let m = wordDate.matches(in: text).first(where: { isValid(text, day: $0[1], month: $0[2], year: $0[3]) }),
           let d = int(text, m[1]), let mo = int(text, m[2]), let y = int(text, m[3]) {
            found.append((y, mo, d, m.range))
        }
        if found.isEmpty, text.containsFolded("thang"),
           let m = monthWordDate.matches(in: text).first(where: { isValid(text, day: $0[1], month: $0[2], year: $0[3]) }),
           let d = int(text, m[1]), let mo = int(text, m[2]), let y = int(text, m[3]) {
            found.append((y, mo, d, m.range))
        }
        if found.isEmpty, text.containsFolded("thang"), let m = spelledMonthDate.matches(in: text).first,
           let d = int(text, m[1]), let y = int(text, m[3]), let monthRange = m[2],
           let mo = monthWords.first(where: { $0.folded == text.foldedSlice(monthRange).split(whereSeparator: \.isWhitespace).joined(separator: " ") })?.month,
           text.isUppercase(at: monthRange.lowerBound)
               || text.foldedSlice(monthRange.upperBound..<min(text.count, monthRange.upperBound + 2)).trimmingSpaces.hasPrefix(","),
           valid(y, mo, d) {
            found.append((y, mo, d, m.range))
        }
        if found.isEmpty,
           let m = printedISODate.matches(in: text).first(where: { isValid(text, day: $0[3], month: $0[2], year: $0[1]) }),
           let y = int(text, m[1]), let mo = int(text, m[2]), let d = int(text, m[3]) {
            found.append((y, mo, d, m.range))
        }
        if found.isEmpty, text.containsFolded(":"),
           let m = shortYearStamp.matches(in: text).first(where: { isValid(text, day: $0[1], month: $0[2], year: $0[3], century: 2000) }),
           let d = int(text, m[1]), let mo = int(text, m[2]), let y = int(text, m[3]) {
            found.append((2000 + y, mo, d, m.range))
        }
        return found.min { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func isValid(_ text: AnalyzedText, day: Range<Int>?, month: Range<Int>?, year: Range<Int>?,
                                century: Int = 0) -> Bool {
        guard let d = int(text, day), let m = int(text, month), let y = int(text, year) else { return false }
        return valid(century + y, m, d)
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1900...2100).contains(y) && (1...12).contains(m) && (1...31).contains(d)
    }

    private static func int(_ text: AnalyzedText, _ range: Range<Int>?) -> Int? {
        guard let range else { return nil }
        return Int(text.foldedSlice(range))
    }

    private static func isoZone(_ zone: String?) -> String {
        guard let zone, !zone.isEmpty else { return "+07:00" }
        if zone == "z" { return "+00:00" }
        let digits = zone.dropFirst().filter(\.isNumber)
        guard digits.count == 4 else { return "+07:00" }
        return String(zone.prefix(1)) + digits.prefix(2) + ":" + digits.suffix(2)
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        String(y) + "-" + two(m) + "-" + two(d)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}

extension String {
    /// The string without leading and trailing whitespace (including no-break spaces).
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

/// A calendar value at the precision the text wrote it: a year, a month, a quarter or a day.
enum CalendarValue: Hashable, Sendable {
    case year(Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case day(year: Int, month: Int, day: Int)

    /// ISO form: `2021`, `2022-05`, `2022-Q4`, `2016-05-15`.
    var iso: String {
        switch self {
        case .year(let year):
            return String(year)
        case .month(let year, let month):
            return "\(year)-\(Self.twoDigits(month))"
        case .quarter(let year, let quarter):
            return "\(year)-Q\(quarter)"
        case .day(let year, let month, let day):
            return "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
        }
    }

    /// False for a bare year, which is not a `dates` item.
    var isDateItem: Bool {
        if case .year = self { return false }
        return true
    }

    /// The first day the value covers, as `yyyymmdd`, for ordering the ends of a span.
    var firstDay: Int {
        switch self {
        case .year(let year): return year * 10_000 + 101
        case .month(let year, let month): return year * 10_000 + month * 100 + 1
        case .quarter(let year, let quarter): return year * 10_000 + ((quarter - 1) * 3 + 1) * 100 + 1
        case .day(let year, let month, let day): return year * 10_000 + month * 100 + day
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}

/// Range checks that turn written numbers into a ``CalendarValue`` or reject them.
enum CalendarValidation {
    /// Years a report plausibly states.
    static let years = 1800...2100

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func year(_ year: Int) -> CalendarValue? {
        years.contains(year) ? .year(year) : nil
    }

    static func month(_ month: Int, year: Int) -> CalendarValue? {
        guard years.contains(year), (1...12).contains(month) else { return nil }
        return .month(year: year, month: month)
    }

    static func quarter(_ quarter: Int, year: Int) -> CalendarValue? {
        guard years.contains(year), (1...4).contains(quarter) else { return nil }
        return .quarter(year: year, quarter: quarter)
    }

    static func day(_ day: Int, month: Int, year: Int) -> CalendarValue? {
        guard years.contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return .day(year: year, month: month, day: day)
    }
}

import VietnameseText

/// One way of writing a date expression, over the folded text: its pattern, how its
/// captured numbers become a ``CalendarValue``, and examples (text → ISO value, or nil
/// when the rule must reject it).
struct DateExpressionRule: Sendable {
    let name: String
    /// The expression the rule was written as, kept as its specification: ``match`` finds
    /// exactly its matches (the tests compare the two).
    let pattern: Pattern
    /// The rule's expression compiled by hand over the folded bytes (``DateRuleMatchers``):
    /// the match starting at a position (its end and capture groups), or nil.
    let match: DateRuleMatcher
    /// The folded bytes a match can start with: ``match`` is tried only there.
    let starts: String
    /// Builds the value from the captured groups (folded text, "" for a group not taking part).
    let build: @Sendable ([String]) -> CalendarValue?
    /// Words that, when they directly precede the match, make it a number or a code, not a date.
    let blockedAfter: [String]
    let examples: [(text: String, value: String?)]
}

/// The date-expression rules, most specific first: an earlier rule's match claims its text
/// so a later rule cannot reuse a part of it ("15/5/2016" is not also "5/2016").
enum DatePatterns {
    static let space = "[ \\t]+"
    static let optionalSpace = "[ \\t]*"
    /// Between a month or quarter and its year: "5/2022", "5-2022", "5 năm 2022", "5, năm 2022".
    static let monthYearJoint = "(?:\(optionalSpace)[/.\\-]\(optionalSpace)|\(optionalSpace),?\(space)nam\(space))"

    static let rules: [DateExpressionRule] = [
        DateExpressionRule(
            name: "numeric day",
            pattern: Pattern("(?<![0-9/.,])([0-9]{1,2})([/.\\-])([0-9]{1,2})\\2([0-9]{4})(?![0-9])"),
            match: DateRuleMatchers.numericDay,
            starts: "0123456789",
            build: { groups in
                guard let day = Int(groups[0]), let month = Int(groups[2]), let year = Int(groups[3]) else { return nil }
                return CalendarValidation.day(day, month: month, year: year)
            },
            blockedAfter: [],
            examples: [
                ("ngày 15/5/2016", "2016-05-15"),
                ("ngày 13-8-2021", "2021-08-13"),
                ("ngày 01.02.2023", "2023-02-01"),
                ("14:49 ngày 20/12/2022", "2022-12-20"),
                ("ngày 29/2/2020", "2020-02-29"),
                ("ngày 29/2/2021", nil),
                ("ngày 31/4/2021", nil),
                ("ngày 12/13/2021", nil),
                ("ngày 15/5/1700", nil),
                ("ngày 15/5/16", nil),
                ("ngày 15/5-2016", nil),
            ]),
        DateExpressionRule(
            name: "day in words",
            pattern: Pattern("\\bngay\(space)([0-9]{1,2})\(space)thang\(space)([0-9]{1,2})\(monthYearJoint)([0-9]{4})(?![0-9])"),
            match: DateRuleMatchers.dayInWords,
            starts: "n",
            build: { groups in
                guard let day = Int(groups[0]), let month = Int(groups[1]), let year = Int(groups[2]) else { return nil }
                return CalendarValidation.day(day, month: month, year: year)
            },
            blockedAfter: [],
            examples: [
                ("ngày 18 tháng 5 năm 2021", "2021-05-18"),
                ("Ngày 02 tháng 9, năm 1945", "1945-09-02"),
                ("ngày 18 tháng 5/2021", "2021-05-18"),
                ("ngày 31 tháng 6 năm 2021", nil),
            ]),
        DateExpressionRule(
            name: "quarter",
            pattern: Pattern("\\bquy\(space)(iv|iii|ii|i|[1-4])\(monthYearJoint)([0-9]{4})(?![0-9])"),
            match: DateRuleMatchers.quarter,
            starts: "q",
            build: { groups in
                guard let year = Int(groups[1]),
                      let quarter = Int(groups[0]) ?? RomanNumeral.value(groups[0].uppercased()) else { return nil }
                return CalendarValidation.quarter(quarter, year: year)
            },
            blockedAfter: [],
            examples: [
                ("quý IV/2022", "2022-Q4"),
                ("quý IV năm 2022", "2022-Q4"),
                ("quý 4/2022", "2022-Q4"),
                ("trong quý I-2023", "2023-Q1"),
                ("quý II, năm 2021", "2021-Q2"),
                ("quỹ 4/2022", nil),
            ]),
        DateExpressionRule(
            name: "month in words",
            pattern: Pattern("\\bthang\(space)([0-9]{1,2})\(monthYearJoint)([0-9]{4})(?![0-9])"),
            match: DateRuleMatchers.monthInWords,
            starts: "t",
            build: { groups in
                guard let month = Int(groups[0]), let year = Int(groups[1]) else { return nil }
                return CalendarValidation.month(month, year: year)
            },
            blockedAfter: [],
            examples: [
                ("tháng 5/2022", "2022-05"),
                ("tháng 5 năm 2022", "2022-05"),
                ("đến hết tháng 9/2022", "2022-09"),
                ("Tháng 12-2020", "2020-12"),
                ("tháng 02.2023", "2023-02"),
                ("tháng 13/2022", nil),
            ]),
        DateExpressionRule(
            name: "numeric month",
            pattern: Pattern("(?<![0-9/.,\\-])([0-9]{1,2})/([0-9]{4})(?![0-9])"),
            match: DateRuleMatchers.numericMonth,
            starts: "0123456789",
            build: { groups in
                guard let month = Int(groups[0]), let year = Int(groups[1]) else { return nil }
                return CalendarValidation.month(month, year: year)
            },
            blockedAfter: ["so", "ty le", "ky hieu", "dot", "lan", "ky hop", "thu"] + DirectiveKinds.symbolWords,
            examples: [
                ("từ 02/2023", "2023-02"),
                ("(12/2021)", "2021-12"),
                ("Thông tư 01/2021/TT-BNV", nil),
                ("Nghị quyết số 05/2021", nil),
                ("bản đồ tỷ lệ 1/2000", nil),
                ("đợt 1/2022", nil),
                ("NQ 05/2021", nil),
                ("Thông tri 05/2021", nil),
                ("QĐi 05/2021", nil),
                ("Kế hoạch 12/2021 của Tỉnh ủy", nil),
                ("30/2020/NĐ-CP", nil),
                ("3/4 số xã", nil),
            ]),
        DateExpressionRule(
            name: "year",
            pattern: Pattern("(?<![0-9a-z/.,])(?:nam\(space))?([0-9]{4})(?![0-9a-z])(?![.,][0-9])"),
            match: DateRuleMatchers.year,
            starts: "0123456789n",
            build: { groups in
                Int(groups[0]).flatMap(CalendarValidation.year)
            },
            blockedAfter: [],
            examples: [
                ("năm 2019", "2019"),
                ("(2020 – 2022)", "2020"),
                ("16.700 người", nil),
                ("1.2021", nil),
                ("2020,5 tỷ", nil),
                ("Nghị định 30/2020/NĐ-CP", nil),
                ("năm 1700", nil),
                ("mã QH2021", nil),
                ("2021a", nil),
            ]),
    ]

    /// Text right after a match that makes it a document code ("30/2020/NĐ-CP", "15/5/2016/QĐ").
    static let codeContinuation = Pattern("[ \\t]*[/\\-][ \\t]*[a-z]")

    /// Spellings whose folded form collides with a date word ("quỹ" fund, "thắng" win).
    static let collidingWords: Set<String> = ["quỹ", "thắng", "thẳng"]
}

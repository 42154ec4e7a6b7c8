import ExtractionEngine
import VietnameseText

/// The words that join two date expressions into a span, and the guards around them.
enum PeriodPatterns {
    /// Between the ends of a written span: "2021 – 2025", "2021-2025", "19/5/1890 - 19/5/2022".
    static let dash = Pattern("^[ \\t]*-[ \\t]*(?:ngay[ \\t]+)?$")

    /// Between the ends of a "từ … đến …" span: "từ năm 2021 đến hết tháng 9/2022".
    static let through = Pattern("^[ \\t]+(?:den|toi)[ \\t]+(?:het[ \\t]+|cuoi[ \\t]+)?(?:ngay[ \\t]+)?$")

    /// What must stand before a "… đến …" span's start: "từ", or a label.
    static let throughOpening = Pattern("(?:\\btu|\\bgiai doan|\\bnhiem ky)[ \\t]+(?:ngay[ \\t]+)?$")

    /// Labels written right before a span, folded → as printed in the record.
    static let labels: [(folded: String, label: String)] = [
        ("giai doan", "giai đoạn"),
        ("nhiem ky", "nhiệm kỳ"),
    ]

    /// A label right before the span, allowing "từ", "ngày" and a colon between.
    static let labelBefore = Pattern("\\b(giai doan|nhiem ky)[ \\t]*:?[ \\t]*(?:tu[ \\t]+)?(?:ngay[ \\t]+)?$")

    /// A "từ" right before the span, kept in the mention.
    static let fromBefore = Pattern("\\btu[ \\t]+(?:ngay[ \\t]+)?$")

    /// Words (lower-cased, as written) after two bare numbers that make them quantities,
    /// not years: "2000 - 3000 người", "từ 1500 đến 2000 hộ".
    static let quantityWords: Set<String> = [
        "người", "lượt", "đồng", "triệu", "nghìn", "ngàn", "tỷ", "usd", "ha", "tấn", "kg",
        "km", "m", "m2", "m3", "cây", "chiếc", "cuốn", "suất", "lít", "xe", "hộ", "con",
        "học", "bản", "bộ", "phần", "đơn", "lần",
    ]

    /// How far back a label or "từ" may stand from the span's start.
    static let lookBehind = 24
}

/// The ``PeriodPatterns`` expressions compiled by hand over the folded bytes of a range
/// (opaque bounds, `^` and `$` at the range's ends, as `NSRegularExpression` searches a
/// range). Each expression's greedy reading is its only possible match: giving back a
/// blank or skipping an optional word leaves `$` before a letter or a blank, never at an end.
enum PeriodMatchers {
    typealias Bytes = FoldedScan.Bytes

    /// `(?:ngay[ \t]+)?$` at `position`: true when it holds.
    @inline(__always) static func optionalDayWordThenEnd(_ bytes: Bytes, _ position: Int, upper: Int) -> Bool {
        let end = FoldedScan.word(bytes, "ngay", thenBlanksAt: position, upper: upper) ?? position
        return FoldedScan.isEnd(bytes, end, upper: upper)
    }

    /// ``PeriodPatterns/dash`` anchored at `lower`: `^[ \t]*-[ \t]*(?:ngay[ \t]+)?$`.
    static func isDash(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Bool {
        let dash = FoldedScan.skipBlanks(bytes, from: lower, upper: upper)
        guard dash < upper, bytes[dash] == UInt8(ascii: "-") else { return false }
        return optionalDayWordThenEnd(bytes, FoldedScan.skipBlanks(bytes, from: dash + 1, upper: upper), upper: upper)
    }

    /// ``PeriodPatterns/through`` anchored at `lower`:
    /// `^[ \t]+(?:den|toi)[ \t]+(?:het[ \t]+|cuoi[ \t]+)?(?:ngay[ \t]+)?$`.
    static func isThrough(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Bool {
        let word = FoldedScan.skipBlanks(bytes, from: lower, upper: upper)
        guard word > lower,
              var position = FoldedScan.word(bytes, "den", thenBlanksAt: word, upper: upper)
                ?? FoldedScan.word(bytes, "toi", thenBlanksAt: word, upper: upper) else { return false }
        position = FoldedScan.word(bytes, "het", thenBlanksAt: position, upper: upper)
            ?? FoldedScan.word(bytes, "cuoi", thenBlanksAt: position, upper: upper) ?? position
        return optionalDayWordThenEnd(bytes, position, upper: upper)
    }

    /// True when ``PeriodPatterns/throughOpening`` matches in `lower..<upper`:
    /// `(?:\btu|\bgiai doan|\bnhiem ky)[ \t]+(?:ngay[ \t]+)?$`.
    static func hasThroughOpening(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Bool {
        for position in lower..<max(lower, upper) where FoldedScan.isWordBoundary(bytes, position, lower: lower, upper: upper) {
            guard let end = FoldedScan.word(bytes, "tu", thenBlanksAt: position, upper: upper)
                    ?? FoldedScan.word(bytes, "giai doan", thenBlanksAt: position, upper: upper)
                    ?? FoldedScan.word(bytes, "nhiem ky", thenBlanksAt: position, upper: upper) else { continue }
            if optionalDayWordThenEnd(bytes, end, upper: upper) { return true }
        }
        return false
    }

    /// The first (and only) match of ``PeriodPatterns/labelBefore`` in `lower..<upper`:
    /// `\b(giai doan|nhiem ky)[ \t]*:?[ \t]*(?:tu[ \t]+)?(?:ngay[ \t]+)?$`, with the label's range.
    static func labelBefore(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> (range: Range<Int>, label: Range<Int>)? {
        for position in lower..<max(lower, upper) where FoldedScan.isWordBoundary(bytes, position, lower: lower, upper: upper) {
            let labelEnd: Int
            if FoldedScan.has(bytes, "giai doan", at: position, upper: upper) {
                labelEnd = position + 9
            } else if FoldedScan.has(bytes, "nhiem ky", at: position, upper: upper) {
                labelEnd = position + 8
            } else {
                continue
            }
            var end = FoldedScan.skipBlanks(bytes, from: labelEnd, upper: upper)
            if end < upper, bytes[end] == UInt8(ascii: ":") { end += 1 }
            end = FoldedScan.skipBlanks(bytes, from: end, upper: upper)
            end = FoldedScan.word(bytes, "tu", thenBlanksAt: end, upper: upper) ?? end
            end = FoldedScan.word(bytes, "ngay", thenBlanksAt: end, upper: upper) ?? end
            if FoldedScan.isEnd(bytes, end, upper: upper) { return (position..<end, position..<labelEnd) }
        }
        return nil
    }

    /// The first (and only) match of ``PeriodPatterns/fromBefore`` in `lower..<upper`:
    /// `\btu[ \t]+(?:ngay[ \t]+)?$`.
    static func fromBefore(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Range<Int>? {
        for position in lower..<max(lower, upper) where FoldedScan.isWordBoundary(bytes, position, lower: lower, upper: upper) {
            guard var end = FoldedScan.word(bytes, "tu", thenBlanksAt: position, upper: upper) else { continue }
            end = FoldedScan.word(bytes, "ngay", thenBlanksAt: end, upper: upper) ?? end
            if FoldedScan.isEnd(bytes, end, upper: upper) { return position..<end }
        }
        return nil
    }

    /// True when `lower..<upper` holds a line feed (`String.contains("\n")` on the folded slice).
    static func hasLineFeed(_ bytes: Bytes, _ lower: Int, _ upper: Int) -> Bool {
        for index in lower..<max(lower, upper) where bytes[index] == 0x0A { return true }
        return false
    }
}

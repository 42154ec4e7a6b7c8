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

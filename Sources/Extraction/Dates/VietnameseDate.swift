import VietnameseText

/// Reads one Vietnamese date expression as an ISO value.
public enum VietnameseDate {
    /// The ISO value of a single date expression, or nil when `s` is not exactly one date
    /// to the day, month or quarter with a year in 1800–2100.
    ///
    /// "15/5/2016", "13-8-2021", "ngày 18 tháng 5 năm 2021" → `2016-05-15`, `2021-08-13`,
    /// `2021-05-18`; "tháng 5/2022", "tháng 5 năm 2022", "5/2022" → `2022-05`;
    /// "quý IV/2022", "quý 4 năm 2022" → `2022-Q4`. A leading "ngày" and surrounding
    /// spaces or punctuation are allowed; a bare year ("năm 2019") gives nil.
    public static func parse(_ s: String) -> String? {
        let text = AnalyzedText(s)
        let expressions = DateExpressionScanner.scan(text)
        guard expressions.count == 1, let only = expressions.first, only.value.isDateItem else { return nil }
        let before = text.foldedSlice(0..<only.range.lowerBound)
        let after = text.foldedSlice(only.range.upperBound..<text.count)
        guard isFiller(before, allowing: ["ngay"]), isFiller(after, allowing: []) else { return nil }
        return only.value.iso
    }

    private static func isFiller(_ folded: String, allowing words: Set<String>) -> Bool {
        let separators: Set<Character> = [" ", "\t", "\n", ",", ".", ";", ":", "(", ")", "\"", "'"]
        return folded.split(whereSeparator: { separators.contains($0) }).allSatisfy { words.contains(String($0)) }
    }
}

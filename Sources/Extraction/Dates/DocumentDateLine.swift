import VietnameseText

/// The place-and-date line of an official document ("Nga Sơn, ngày 12 tháng 3 năm 2021"
/// alone on its line, under the national motto): the document's own date, like an
/// article's dateline, so not a `dates` item.
enum DocumentDateLine {
    /// Lines the rule takes (true) or leaves to the date rules (false).
    static let examples: [(line: String, isDocumentDate: Bool)] = [
        ("Nga Sơn, ngày 12 tháng 3 năm 2021", true),
        ("Buôn Ma Thuột, ngày 05 tháng 01 năm 2024", true),
        ("TP. Hồ Chí Minh, ngày 3 tháng 2 năm 2023", true),
        ("Hà Nội, ngày 20/5/2022", true),
        ("Ngày 18 tháng 5 năm 2021, Huyện ủy tổ chức hội nghị", false),
        ("Huyện ủy ban hành Kế hoạch số 12, ngày 3 tháng 4 năm 2022", false),
        ("Sáng nay, ngày 3 tháng 4 năm 2022", false),
    ]

    /// Most words a place name before the comma holds ("Thành phố Hồ Chí Minh").
    static let placeWords = 1...5

    /// True when `range` is the date of a line that holds only a capitalised place name, a
    /// comma, and the date (from "ngày" on) with at most a closing mark after it.
    static func holds(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        let folded = text.folded
        var start = range.lowerBound
        if !(start >= 0 && start + 4 <= folded.count && folded[start..<(start + 4)].elementsEqual("ngay".utf8)) {
            var back = start
            while back > 0, folded[back - 1] == UInt8(ascii: " ") { back -= 1 }
            guard back >= 4, folded[(back - 4)..<back].elementsEqual("ngay".utf8) else { return false }
            start = back - 4
        }
        var end = range.upperBound
        while end < folded.count, folded[end] != UInt8(ascii: "\n") {
            guard folded[end] == UInt8(ascii: " ") || folded[end] == UInt8(ascii: ".") else { return false }
            end += 1
        }
        var position = start
        while position > 0, folded[position - 1] == UInt8(ascii: " ") { position -= 1 }
        guard position > 0, folded[position - 1] == UInt8(ascii: ",") else { return false }
        let placeEnd = position - 1
        var lineStart = placeEnd
        while lineStart > 0, folded[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var words = 0
        var index = lineStart
        while index < placeEnd {
            if folded[index] == UInt8(ascii: " ") { index += 1; continue }
            guard text.isUppercase(at: index) else { return false }
            words += 1
            while index < placeEnd, folded[index] != UInt8(ascii: " ") {
                guard text.isWordCharacter(at: index) || folded[index] == UInt8(ascii: ".") else { return false }
                index += 1
            }
        }
        return placeWords.contains(words)
    }
}

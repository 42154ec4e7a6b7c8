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
        // Two header columns copied onto one line: the place-and-date after the symbol or the "*".
        ("Số: 52/BC-THCS Bố Hạ, ngày 25 tháng 5 năm 2024", true),
        ("* Gia Viễn, ngày 12 tháng 5 năm 2025", true),
        ("Theo Kế hoạch 52/KH-UBND Bố Hạ, ngày 25 tháng 5 năm 2024 tổ chức", false),
        ("Đoàn công tác của huyện Gia Viễn, ngày 12 tháng 5 năm 2025", false),
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
        // The place: capitalised words right before the comma; before them, nothing on the
        // line, or the other header column: a "*" or a document symbol ("52/BC-THCS").
        var words = 0
        var index = placeEnd
        while index > lineStart {
            while index > lineStart, folded[index - 1] == UInt8(ascii: " ") { index -= 1 }
            guard index > lineStart else { break }
            var wordStart = index
            while wordStart > lineStart, folded[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
            let isPlaceWord = text.isUppercase(at: wordStart)
                && (wordStart..<index).allSatisfy { text.isWordCharacter(at: $0) || folded[$0] == UInt8(ascii: ".") }
            guard isPlaceWord, words < placeWords.upperBound else {
                let column = folded[wordStart..<index]
                guard words >= placeWords.lowerBound,
                      column.elementsEqual("*".utf8) || (column.contains(UInt8(ascii: "/")) && column.contains(where: { $0 >= 48 && $0 <= 57 }))
                else { return false }
                return true
            }
            words += 1
            index = wordStart
        }
        return placeWords.contains(words)
    }
}

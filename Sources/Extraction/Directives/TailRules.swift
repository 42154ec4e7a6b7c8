import VietnameseText

/// What a citation states right after its number: "… ngày 15/5/2016 của Bộ Chính trị (khóa XII)".
struct DirectiveTail: Sendable {
    var date: String?
    var issuer: String?
    var term: String?
    /// Where the tail ends (the citation's end when it states nothing).
    var end: Int
}

/// Reads the issue date, the issuer ("của …", "do … ban hành") and the term ("khóa XIII")
/// that follow a citation.
enum DirectiveTailRules {
    static let numericDate = Pattern(
        #"\s*,?\s*\(?\s*(?:(?:duoc\s+)?ban hanh\s+|ky\s+)?ngay\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![0-9])\s*\)?"#)
    static let wordDate = Pattern(
        #"\s*,?\s*\(?\s*(?:(?:duoc\s+)?ban hanh\s+|ky\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})(?![0-9])\s*\)?"#)
    /// "Chỉ thị số 05 năm 2016 của …": a year of issue, not a date, between number and issuer.
    static let issueYear = Pattern(#"\s*,?\s*nam\s+(?:19|20)\d{2}(?![0-9])"#)
    static let issuerIntro = Pattern(#"\s*,?\s*(cua|do)\s+"#)
    static let issuedAfterBody = Pattern(#"\s+(?:da\s+)?ban hanh(?![a-z])"#)
    static let term = Pattern(#"\s*,?\s*\(?\s*khoa\s+([ivxlc]+)(?![a-z0-9])(\s*\))?"#)

    static func tail(_ text: AnalyzedText, after position: Int) -> DirectiveTail {
        var tail = DirectiveTail(end: position)
        if let (iso, end) = date(text, at: tail.end) {
            tail.date = iso
            tail.end = end
        } else if let year = DirectiveMatching.match(issueYear, in: text, at: tail.end) {
            tail.end = year.range.upperBound
        }
        if let intro = DirectiveMatching.match(issuerIntro, in: text, at: tail.end), let meeting = DirectiveMatching.match(conferenceName, in: text, at: intro.range.upperBound) {
            if let body = centralBody(text, after: meeting.range.lowerBound) {
                tail.issuer = Normalization.field(text.slice(body))
                tail.end = body.upperBound
            } else if let named = meeting[1] {
                tail.issuer = Normalization.field(text.slice(meeting.range.lowerBound..<named.upperBound))
                tail.end = named.upperBound
            }
        } else if let intro = DirectiveMatching.match(issuerIntro, in: text, at: tail.end),
           let body = DirectiveIssuerRules.readForward(text, from: intro.range.upperBound) {
            tail.issuer = Normalization.field(text.slice(body))
            tail.end = body.upperBound
            if let word = intro[1], text.foldedSlice(word) == "do",
               let issued = DirectiveMatching.match(issuedAfterBody, in: text, at: tail.end) {
                tail.end = issued.range.upperBound
            }
        } else if let body = centralBody(text, after: tail.end) {
            tail.issuer = Normalization.field(text.slice(body))
            tail.end = body.upperBound
        }
        if let (roman, end) = term(text, at: tail.end) {
            tail.term = roman
            tail.end = end
        }
        if tail.date == nil, tail.issuer != nil, let (iso, end) = date(text, at: tail.end) {
            tail.date = iso
            tail.end = end
        }
        return tail
    }

    /// Central bodies that may follow a citation without "của": "Nghị quyết số 19-NQ/TW Hội
    /// nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "Chỉ thị 05 Bộ Chính trị".
    static let centralHeads: [String] = ["bo chinh tri", "ban bi thu", "ban chap hanh trung uong", "chinh phu",
                                         "thu tuong chinh phu", "quoc hoi"]
    static let conference = Pattern(#"\s*,?\s*hoi nghi\s+(?:lan thu\s+[a-z0-9]+|trung uong\s+[0-9]+)?\s*(?:cua\s+)?"#)

    /// A plenum named by its number: "Hội nghị Trung ương 4", "Hội nghị lần thứ tư".
    static let conferenceName = Pattern(#"hoi nghi\s+(?:ban chap hanh\s+)?(trung uong\s+[0-9]+|lan thu\s+[a-z0-9]+)?"#)

    static func centralBody(_ text: AnalyzedText, after position: Int) -> Range<Int>? {
        var start = position
        if let meeting = DirectiveMatching.match(conference, in: text, at: position) { start = meeting.range.upperBound }
        while start < text.count, text.ascii[start] == UInt8(ascii: " ") { start += 1 }
        guard start > position, text.isUppercase(at: start) else { return nil }
        let opens = centralHeads.contains { head in
            start + head.count <= text.count && text.foldedSlice(start..<(start + head.count)) == head
        }
        return opens ? DirectiveIssuerRules.readForward(text, from: start) : nil
    }

    /// "ngày 15/5/2016", "ngày 13-8-2021", "ngày 18 tháng 5 năm 2021" at `position`, as ISO.
    static func date(_ text: AnalyzedText, at position: Int) -> (String, Int)? {
        if let match = DirectiveMatching.match(numericDate, in: text, at: position),
           let day = match[1], let month = match[3], let year = match[4],
           let iso = iso(text, day: day, month: month, year: year) {
            return (iso, match.range.upperBound)
        }
        if let match = DirectiveMatching.match(wordDate, in: text, at: position),
           let day = match[1], let month = match[2], let year = match[3],
           let iso = iso(text, day: day, month: month, year: year) {
            return (iso, match.range.upperBound)
        }
        return nil
    }

    static func iso(_ text: AnalyzedText, day: Range<Int>, month: Range<Int>, year: Range<Int>) -> String? {
        guard let d = Int(text.slice(day)), let m = Int(text.slice(month)), let y = Int(text.slice(year)),
              (1...31).contains(d), (1...12).contains(m), (1900...2100).contains(y) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// "khóa XIII", "(khóa XII)" at `position`: the Roman numeral, upper-case.
    static func term(_ text: AnalyzedText, at position: Int) -> (String, Int)? {
        guard let match = DirectiveMatching.match(term, in: text, at: position), let numeral = match[1] else { return nil }
        let roman = text.slice(numeral).uppercased()
        guard RomanNumeral.value(roman) != nil else { return nil }
        return (roman, match.range.upperBound)
    }
}

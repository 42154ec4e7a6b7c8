import ExtractionEngine
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

    /// The tail after `position`, in a text read up to `bound`; each expression reads at
    /// most ``DirectiveMatching/defaultWindow`` code points from where it is tried.
    static func tail(_ text: AnalyzedText, after position: Int, bound: Int) -> DirectiveTail {
        var tail = DirectiveTail(end: position)
        if let (iso, end) = date(text, at: tail.end, bound: bound) {
            tail.date = iso
            tail.end = end
        } else if let year = anchored(text, at: tail.end, bound: bound, DirectiveScan.issueYear) {
            tail.end = year
        }
        var intro = anchored(text, at: tail.end, bound: bound, DirectiveScan.issuerIntro)
        if intro == nil, let topic = quotedTopicEnd(text, at: tail.end, bound: bound),
           let after = anchored(text, at: topic, bound: bound, DirectiveScan.issuerIntro) {
            // "Chương trình số 08-CTr/TU ngày 26/4/2016 về “…” của Thành ủy": the quoted
            // subject stands between the citation and its issuer.
            intro = after
            tail.end = topic
        }
        if let intro, let meeting = anchored(text, at: intro.end, bound: bound, DirectiveScan.conferenceName) {
            if let body = centralBody(text, after: meeting.range.lowerBound, bound: bound) {
                tail.issuer = Normalization.field(text.slice(body))
                tail.end = body.upperBound
            } else if let named = meeting[1] {
                tail.issuer = Normalization.field(text.slice(meeting.range.lowerBound..<named.upperBound))
                tail.end = named.upperBound
            }
        } else if let intro, let body = DirectiveIssuerRules.readForward(text, from: intro.end, bound: bound) {
            tail.issuer = Normalization.field(text.slice(body))
            tail.end = body.upperBound
            if intro.word.count == 2,
               let issued = anchored(text, at: tail.end, bound: bound, DirectiveScan.issuedAfterBody) {
                tail.end = issued
            }
        } else if let body = centralBody(text, after: tail.end, bound: bound) {
            tail.issuer = Normalization.field(text.slice(body))
            tail.end = body.upperBound
        }
        if let (roman, end) = term(text, at: tail.end, bound: bound) {
            tail.term = roman
            tail.end = end
        }
        if tail.date == nil, tail.issuer != nil, let (iso, end) = date(text, at: tail.end, bound: bound) {
            tail.date = iso
            tail.end = end
        }
        return tail
    }

    /// Most code points of a quoted subject read between a citation and its issuer.
    static let longestQuotedTopic = 400

    /// Where a quoted subject ends, "về “…”" at `position` (after spaces): the citation's
    /// topic, not its issuer. Nil when none stands there or it does not close on its line.
    static func quotedTopicEnd(_ text: AnalyzedText, at position: Int, bound: Int) -> Int? {
        var cursor = position
        while cursor < bound, text.folded[cursor] == 0x20 { cursor += 1 }
        guard cursor + 4 < bound, text.folded[cursor] == UInt8(ascii: "v"), text.folded[cursor + 1] == UInt8(ascii: "e"),
              text.folded[cursor + 2] == 0x20, text.folded[cursor + 3] == UInt8(ascii: "\"") else { return nil }
        let limit = min(bound, cursor + 4 + longestQuotedTopic)
        var close = cursor + 4
        while close < limit, text.folded[close] != UInt8(ascii: "\""), text.folded[close] != 0x0A { close += 1 }
        guard close < limit, text.folded[close] == UInt8(ascii: "\"") else { return nil }
        return close + 1
    }

    /// A rule's match anchored at `position`, reading ``DirectiveMatching/defaultWindow`` code
    /// points within `bound`.
    @inline(__always)
    static func anchored<Result>(_ text: AnalyzedText, at position: Int, bound: Int,
                                 _ rule: (FoldedScan.Bytes, Int, Int) -> Result?) -> Result? {
        guard position >= 0, position <= bound else { return nil }
        let upper = DirectiveMatching.upper(at: position, bound: bound)
        return text.folded.withView { rule($0, position, upper) }
    }

    /// Central bodies that may follow a citation without "của": "Nghị quyết số 19-NQ/TW Hội
    /// nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "Chỉ thị 05 Bộ Chính trị".
    static let centralHeads: [String] = ["bo chinh tri", "ban bi thu", "ban chap hanh trung uong", "chinh phu",
                                         "thu tuong chinh phu", "quoc hoi"]
    static let conference = Pattern(#"\s*,?\s*hoi nghi\s+(?:lan thu\s+[a-z0-9]+|trung uong\s+[0-9]+)?\s*(?:cua\s+)?"#)

    /// A plenum named by its number: "Hội nghị Trung ương 4", "Hội nghị lần thứ tư".
    static let conferenceName = Pattern(#"hoi nghi\s+(?:ban chap hanh\s+)?(trung uong\s+[0-9]+|lan thu\s+[a-z0-9]+)?"#)

    static func centralBody(_ text: AnalyzedText, after position: Int, bound: Int) -> Range<Int>? {
        var start = position
        if let meeting = anchored(text, at: position, bound: bound, DirectiveScan.conference) { start = meeting }
        while start < bound, text.ascii[start] == UInt8(ascii: " ") { start += 1 }
        guard start > position, start < bound, text.isUppercase(at: start) else { return nil }
        let opens = centralHeadBytes.contains { head in
            start + head.count <= bound && text.folded[start..<(start + head.count)].elementsEqual(head)
        }
        return opens ? DirectiveIssuerRules.readForward(text, from: start, bound: bound) : nil
    }

    static let centralHeadBytes: [[UInt8]] = centralHeads.map { Array($0.utf8) }

    /// "ngày 15/5/2016", "ngày 13-8-2021", "ngày 18 tháng 5 năm 2021" at `position`, as ISO;
    /// read up to `bound` (the whole text by default).
    static func date(_ text: AnalyzedText, at position: Int, bound: Int? = nil) -> (String, Int)? {
        let bound = bound ?? text.count
        if let match = anchored(text, at: position, bound: bound, DirectiveScan.numericDate),
           let day = match[1], let month = match[3], let year = match[4],
           let iso = iso(text, day: day, month: month, year: year) {
            return (iso, match.range.upperBound)
        }
        if let match = anchored(text, at: position, bound: bound, DirectiveScan.wordDate),
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

    /// "khóa XIII", "(khóa XII)" at `position`: the Roman numeral, upper-case; read up to
    /// `bound` (the whole text by default).
    static func term(_ text: AnalyzedText, at position: Int, bound: Int? = nil) -> (String, Int)? {
        guard let match = anchored(text, at: position, bound: bound ?? text.count, DirectiveScan.term) else { return nil }
        let roman = text.slice(match.numeral).uppercased()
        guard RomanNumeral.value(roman) != nil else { return nil }
        return (roman, match.end)
    }
}

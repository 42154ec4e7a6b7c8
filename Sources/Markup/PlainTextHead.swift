import VietnameseText

/// Reads the head lines a portal prints around a plain-text report's title: the dateline
/// (publication date, perhaps with a source or author), the portal's "today" header, the
/// portal's name and its menu bar.
enum PlainTextHead {
    /// What a head line is.
    enum Line: Equatable {
        /// A dateline: the ISO publication date and the credit printed after "|" or " - ".
        case dateline(published: String, credit: String?)
        /// The portal's "today" header: neither the publication date nor article text.
        case today
        /// The portal's name.
        case portal(site: String)
        /// A menu bar of short links separated by "|".
        case menu
    }

    /// Weekday names (folded) that may open a dateline.
    static let weekdays = #"thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|cn"#
    /// Labels (folded) that may open a dateline.
    static let dateLabels = [
        "ngay dang tai", "ngay dang", "dang ngay", "dang luc", "dang tai", "dang", "ngay cap nhat",
        "cap nhat luc", "cap nhat", "thoi gian dang", "ngay xuat ban", "xuat ban", "ngay dua tin",
        "posted on", "posted", "published on", "published", "updated on", "updated", "ngay",
    ]
    /// A numeric ("14/06/2024") or spelled-out ("3 tháng 2 năm 2021") date, folded.
    static let date = #"[0-3]?[0-9]\s*([/.-])\s*[01]?[0-9]\s*\1\s*(?:19|20)[0-9]{2}|[0-3]?[0-9]\s+thang\s+[01]?[0-9]\s*,?\s*nam\s+(?:19|20)[0-9]{2}"#
    /// A clock time ("08:30", "lúc 15h42", "8:00 AM"), folded.
    static let time = #"(?:luc\s+)?[0-2]?[0-9]\s*[:h]\s*[0-5][0-9](?:\s*:\s*[0-5][0-9])?(?:\s*(?:am|pm))?"#
    /// A printed zone ("(GMT+7)", "UTC+07:00"), folded.
    static let zone = #"\(?\s*(?:gmt|utc)\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?\s*\)?"#

    /// A whole line that only prints a date: optional weekday and label, the date, an
    /// optional time and zone, and an optional credit after " | " or " - " (group 2).
    static let datelinePattern: Pattern = {
        let opening = #"(?:(?:"# + weekdays + "|" + dateLabels.map { $0.replacingOccurrences(of: " ", with: #"\s+"#) }
            .joined(separator: "|") + #")\s*[,:-]?\s*){0,3}"#
        let stamp = "(?:" + time + #"\s*[,|-]?\s*)?(?:ngay\s+)?(?:"# + date + #")(?:\s*[,|-]?\s*"# + time + ")?"
        let credit = #"(?:\s*\|\s*|\s+-\s+)([^|]*[^\s|])"#
        return Pattern("^\\s*" + opening + stamp + #"(?:\s*"# + zone + ")?" + #"\s*[|,.]?(?:"# + credit + #")?\s*$"#)
    }()

    /// Openings (folded) of the portal's "today" header.
    static let todayLabels = ["hom nay la", "hom nay", "today is", "today"]

    /// Openings (folded) of a portal's name line; the whole line is the site.
    static let portalOpenings = [
        "cong thong tin dien tu ", "trang thong tin dien tu ", "cong ttdt ", "trang ttdt ",
        "trang tin dien tu ", "cong thong tin ", "bao dien tu ", "tap chi dien tu ",
    ]
    /// Words (lower-case, with marks) a newspaper's name line "Báo …" may end with.
    static let newspaperTail: Set<String> = ["điện", "tử", "online"]
    /// Words (lower-case, with marks) after "Báo" that make a common noun, not a newspaper.
    static let notNewspaper: Set<String> = ["cáo", "chí", "động", "công", "hiệu", "giá", "đáp", "ơn", "tin", "danh"]
    static let maximumNewspaperWords = 6

    /// Most words of one menu entry, and fewest "|"-separated entries of a menu bar.
    static let maximumMenuItemWords = 5
    static let minimumMenuItems = 3

    /// Longest credit, in characters, read after a dateline.
    static let maximumCreditChars = 60

    /// Openings (lower-case, with marks) of units and sources: a credit starting with one
    /// names no person.
    static let unitOpenings = [
        "ban", "sở", "phòng", "ủy ban", "ubnd", "hđnd", "ubmttq", "đảng ủy", "đảng bộ", "chi bộ",
        "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "trung tâm", "văn phòng", "hội",
        "công an", "báo", "đài", "cổng", "trang", "trường", "bệnh viện", "mặt trận", "liên đoàn",
        "cục", "tổng cục", "chi cục", "bộ", "viện", "đoàn thanh niên", "huyện đoàn", "tỉnh đoàn",
        "thành đoàn", "ttxvn", "bbt", "btg", "theo", "nguồn", "lượt xem",
    ]
    static let minimumNameWords = 2
    static let maximumNameWords = 5

    /// Classifies `line` (bullets already removed), or nil when it is not head furniture.
    static func classify(_ line: String) -> Line? {
        let content = line.squeezedSpaces
        guard !content.isEmpty, content.count <= PlainTextCleaner.maximumHeadChars else { return nil }
        let folded = Folding.key(content)
        if let label = todayLabels.first(where: { folded.hasPrefix($0) }) {
            let rest = String(content.unicodeScalars.dropFirst(label.unicodeScalars.count))
                .drop(while: { $0.isWhitespace || ":,-".contains($0) })
            if dateline(String(rest)) != nil { return .today }
        }
        if let (published, credit) = dateline(content) { return .dateline(published: published, credit: credit) }
        if let site = portalSite(content, folded: folded) { return .portal(site: site) }
        if isMenu(content) { return .menu }
        return nil
    }

    /// The publication date and credit of a dateline.
    static func dateline(_ line: String) -> (String, String?)? {
        let text = AnalyzedText(line.squeezedSpaces)
        guard let match = datelinePattern.match(in: text, at: 0) else { return nil }
        let creditRange = match[2]
        let stamp = text.slice(0..<(creditRange?.lowerBound ?? text.count))
        guard let published = PublishedDate.fromPrintedText(stamp) else { return nil }
        let credit = creditRange.map { text.slice($0).trimmingSpaces }
        if let credit, credit.count > maximumCreditChars { return nil }
        return (published, credit)
    }

    /// The site a portal-name line names.
    static func portalSite(_ line: String, folded: String) -> String? {
        if portalOpenings.contains(where: { folded.hasPrefix($0) }) { return Normalization.nfc(line) }
        let words = line.split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= maximumNewspaperWords, words[0] == "Báo" || words[0] == "BÁO" else {
            return nil
        }
        let second = words[1].lowercased()
        guard !notNewspaper.contains(second) else { return nil }
        let nameWords = words.dropFirst().filter { !newspaperTail.contains($0.lowercased()) }
        guard !nameWords.isEmpty, nameWords.allSatisfy({ $0.first?.isUppercase ?? false }),
              !".:;,".contains(line.last ?? " ") else { return nil }
        return Normalization.nfc(line)
    }

    /// True when `line` is a bar of short "|"-separated links.
    static func isMenu(_ line: String) -> Bool {
        let items = line.split(separator: "|").map { String($0).trimmingSpaces }
        guard items.count >= minimumMenuItems, !PublishedDate.containsDate(line) else { return false }
        return items.allSatisfy {
            let words = $0.split(separator: " ").filter { $0 != "-" && $0 != "–" }
            return !words.isEmpty && words.count <= maximumMenuItemWords && ($0.first?.isUppercase ?? false)
        }
    }

    /// The author a dateline's credit names: a byline or a person's name, never a unit.
    static func author(inCredit credit: String) -> String? {
        let lower = Normalization.field(credit).lowercased()
        if unitOpenings.contains(where: { lower == $0 || lower.hasPrefix($0 + " ") }) { return nil }
        let folded = Folding.key(credit)
        let bylined = Signature.bylinePrefixes.contains { $0.hasSuffix(":") && folded.hasPrefix($0) }
        guard let name = Signature.author(in: credit, requireStyle: false), !Signature.isHeading(name) else { return nil }
        let words = name.split(separator: " ").count
        guard bylined || (minimumNameWords...maximumNameWords).contains(words) else { return nil }
        return name
    }
}

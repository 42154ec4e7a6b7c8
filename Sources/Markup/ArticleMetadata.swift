import VietnameseText

/// Choosing the article's own title and date among the page's candidates.
extension ContentExtractor {
    /// Fewest words an h1 needs to be taken as the headline rather than a section name.
    static let minimumHeadlineWords = 4

    /// The headline: the h1 by the content when it reads like one (and is no page furniture:
    /// the portal's name, a date line, a menu), else og:title when the `<title>` repeats it as
    /// its headline, else the `<title>` headline, og:title or h1.
    static func chooseTitle(headline: String?, meta: PageMetadata) -> String? {
        if let headline, TitleText.wordCount(headline) >= minimumHeadlineWords,
           !isFurniture(headline: headline, site: meta.site) {
            // Only an h1 that copies the `<title>` or og:title carries the publication's name.
            let copiesTitle = [meta.documentTitle, meta.ogTitle].contains { $0.map { TitleText.same($0, headline) } == true }
            return copiesTitle ? withoutSiteSuffix(headline) : headline
        }
        let documentKey = meta.documentTitle.map { Folding.key($0.squeezedSpaces) } ?? ""
        let split = meta.documentTitleParts?.headline
        if let og = meta.ogTitle, ByteSearch.contains(documentKey, Folding.key(og.squeezedSpaces)),
           split.map({ ByteSearch.contains(Folding.key(og), Folding.key($0)) }) ?? true { return og }
        // A `<title>` that is only the site's name in capitals ("SỞ Y TẾ TỈNH SÓC TRĂNG") under an og:title.
        if let og = meta.ogTitle, let document = meta.documentTitle, !document.contains(where: \.isLowercase),
           split.map({ Folding.key($0.squeezedSpaces) == documentKey }) ?? true,
           TitleText.wordCount(og) > TitleText.wordCount(document) { return og }
        return split ?? meta.ogTitle ?? headline
    }

    /// An h1 that copies a `<title>` with the publication's name after a dash or bar, as
    /// aggregators print the story they took: "Bí thư chi bộ … ở bản Khuôn Tát – Báo Thái
    /// Nguyên: Tin tức mới nhất về …" is the headline before the dash. The name (before its
    /// tagline's ":") reads as a portal's (``TitleText/isPortalName(_:)``; the page's site
    /// name may be that same `<title>`'s last segment); a headline of fewer than
    /// ``minimumHeadlineWords`` words is left whole.
    static func withoutSiteSuffix(_ headline: String) -> String {
        for separator in [" – ", " - ", " | ", " — "] {
            guard let mark = headline.range(of: separator, options: .backwards) else { continue }
            let suffix = headline[mark.upperBound...]
            let name = String(suffix.split(separator: ":", maxSplits: 1).first ?? suffix).trimmingSpaces
            let before = String(headline[..<mark.lowerBound]).trimmingSpaces
            guard !name.isEmpty, TitleText.wordCount(before) >= minimumHeadlineWords else { continue }
            if TitleText.isPortalName(name) { return before }
        }
        return headline
    }

    /// True when an h1 is page furniture printed as a heading: the portal's name (or the site
    /// the page names), a date line or a breadcrumb. Each test is tried only when the heading
    /// can pass it (a digit for a date, a step separator for a breadcrumb): one fold of a
    /// short text per page otherwise.
    static func isFurniture(headline: String, site: String?) -> Bool {
        guard headline.hasAtMostCharacters(PlainTextCleaner.maximumHeadChars) else { return false }
        if let site, TitleText.same(site, headline) { return true }
        if PlainTextHead.portalSite(headline, folded: Folding.key(headline)) != nil { return true }
        if mayHoldDateStamp(headline), PlainTextHead.dateline(headline) != nil { return true }
        if mayHoldStepSeparator(headline), headline.contains(where: { $0 == "»" || $0 == "›" || $0 == ">" }),
           PageChrome.isBreadcrumb(headline) { return true }
        return false
    }

    /// False when no ASCII digit of `text` is followed, past ASCII spaces and controls, by
    /// "/", ".", "-", "t" or "T", or by a byte beyond ASCII: every date of
    /// ``PlainTextHead/date`` has a digit so followed in the folded text a dateline's pattern
    /// reads ("12/03", "2024-03", "12 thang"), folding makes no ASCII digit, and only a
    /// character beyond ASCII may fold to a space, a dash, a dot or a "t". Such a headline
    /// can be no dateline: a report's "… năm 2023 của huyện …" is spared the dateline's readings.
    static func mayHoldDateStamp(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte &- 0x30 < 10 else { continue }
                var next = index
                while next < bytes.count, bytes[next] &- 0x09 <= 0x20 - 0x09 { next += 1 }
                guard next < bytes.count else { return false }
                switch bytes[next] {
                case 0x2D, 0x2E, 0x2F, 0x54, 0x74, 0x80...: return true
                default: continue
                }
            }
            return false
        }
    }

    /// False when `text` has none of the bytes of "»" (C2 BB), "›" (E2 80 BA) or ">": no
    /// character of it is a breadcrumb's step separator.
    static func mayHoldStepSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 == 0x3E || $0 == 0xBB || $0 == 0xBA } }
    }

    /// The title without stray markup or separators at its ends ("… công nghệ>").
    static func trimmedTitle(_ title: String) -> String {
        let stray = strayTitleEnds
        var slice = Substring(title)
        while let first = slice.first, stray.contains(first) || first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, stray.contains(last) || last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    static let strayTitleEnds = Set<Character>("<>|-–—:»«/\\•*")

    /// The meta date, unless it lacks the time a printed dateline of the same day gives.
    static func preferTimed(_ meta: String?, _ printed: String?) -> String? {
        guard let meta else { return nil }
        // A dateline printed with its time beside the article is what the reader sees: a
        // `<meta>` stamp of a later day (a scheduled or re-indexed time) gives way to it. A
        // printed date later than the `<meta>` one may be the portal's clock or an update,
        // and a bare date a listed story's.
        if let printed, printed.count > 10, printed.prefix(10) < meta.prefix(10) { return printed }
        guard meta.count == 10, let printed, printed.count > 10, printed.hasPrefix(meta) else { return meta }
        return printed
    }

    /// A short line that only prints the date and time (and perhaps a name) of the article.
    static func isDateline(_ paragraph: PageScan.Paragraph) -> Bool {
        guard PublishedDate.mayHoldDate(paragraph.text) else { return false }
        if paragraph.chars <= datelineChars, hasAtMostWords(10, paragraph.text), PublishedDate.containsDate(paragraph.text) {
            return true
        }
        // A DNN or custom portal's row of details: "Ngày 14/05/2025 | 10:05 | Người viết: … | Lượt xem: 1.047"
        // (its pieces between "|": most dated paragraphs have none and are spared the reading).
        return paragraph.text.utf8.count <= PlainTextHead.maximumCounterLineBytes && paragraph.text.utf8.contains(UInt8(ascii: "|"))
            && PlainTextHead.piecedDateline(paragraph.text) != nil
    }

    /// `text.split(whereSeparator: \.isWhitespace).count <= limit`, counted without the words.
    static func hasAtMostWords(_ limit: Int, _ text: String) -> Bool {
        var words = 0
        var inWord = false
        for character in text {
            if character.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > limit { return false }
            }
        }
        return true
    }

    /// Labels of dates that are not the publication: validity, issue, birth…
    static let otherDateLabels = ["hieu luc", "ban hanh", "ap dung", "het han", "thong qua", "sinh ngay",
                                  "ngay sinh", "han chot", "han nop", "khai mac", "be mac", "to chuc"]

    /// A short paragraph's date.
    typealias DatedLine = (date: String, paragraph: PageScan.Paragraph)

    /// The first short paragraph printing a date that is not another date's label (`line`),
    /// passing over the portal's "today" header; the first such header (`clock`) too.
    static func datedLine(in paragraphs: [PageScan.Paragraph]) -> (line: DatedLine?, clock: DatedLine?)? {
        var clock: DatedLine?
        for paragraph in paragraphs where paragraph.chars <= shortLineChars && PublishedDate.mayHoldDate(paragraph.text) {
            let folded = Folding.key(paragraph.text)
            if otherDateLabels.contains(where: { ByteSearch.contains(folded, $0) }) { continue }
            guard let date = PublishedDate.fromPrintedText(paragraph.text) else { continue }
            if isPortalClock(paragraph) {
                clock = clock ?? (date, paragraph)
                continue
            }
            return ((date, paragraph), clock)
        }
        return clock.map { (nil, $0) }
    }

    /// True when a dated paragraph is the portal's "today" header ("Hôm nay: Thứ Tư,
    /// 10/07/2024", "Today is …"), the line plain-text pages never take as their date.
    static func isPortalClock(_ paragraph: PageScan.Paragraph) -> Bool {
        PlainTextHead.classify(paragraph.text) == .today
    }
}

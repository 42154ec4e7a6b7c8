import VietnameseText

/// The head of a plain-text page read as a layout: the lines above the first paragraph of
/// prose hold the portal's furniture (site name, clock, menus, breadcrumb, category label),
/// the headline, the byline and the dateline. The headline is found from the shape of the
/// lines around it, never from the names a portal prints.
///
/// - The page's navigation (menu bars, breadcrumbs, menus printed one entry a line, search
///   and account links) comes before the headline: a date line above it is the portal's
///   clock, and no line above it is the headline.
/// - The dateline is printed beside the headline, just below it (perhaps after a byline or
///   the portal's name) or just above it.
/// - A category label repeats a menu entry or breadcrumb step, or is a short line over a
///   longer headline.
struct PlainTextLayout {
    /// One head line: its text, its text without bullets, and what it is.
    struct Line {
        let text: String
        let content: String
        let bulleted: Bool
        var kind: PlainTextHead.Line?
        /// A text line of the navigation (a menu entry printed alone, a category label).
        var isNavigation = false
        /// A breadcrumb whose last step repeats the headline: never the headline itself.
        var repeatsHeadline = false
    }

    var lines: [Line]
    /// ``hasDocumentHeader(_:)`` of the head, read once.
    private var hasDocumentHeader = false
    /// Index of the first line after the page's navigation.
    private(set) var navigationEnd = 0
    private(set) var titleIndex: Int?
    private(set) var datelineIndex: Int?
    /// Index of a byline between the headline and its dateline.
    private(set) var bylineIndex: Int?

    /// Most words of a category label over a longer headline.
    static let maximumLabelWords = 6
    /// Most words of a category label printed above the dateline, over the headline below it.
    static let maximumCategoryWords = 2
    /// Most words of a byline printed between the headline and the dateline.
    static let maximumBylineWords = 4

    /// Reads the head lines; `body` is the article text below them (for the capitals rule of
    /// ``PlainTextCleaner/looksLikeTitle(_:rest:)``).
    init(head: ArraySlice<String>, body: ArraySlice<String>) {
        lines = head.map { text in
            let bulleted = text.first.map { PlainTextCleaner.bullets.contains($0) } ?? false
            let content = String(text.drop(while: { PlainTextCleaner.bullets.contains($0) || $0.isWhitespace }))
            return Line(text: text, content: content, bulleted: bulleted, kind: PlainTextHead.classify(content))
        }
        joinTimeLines()
        markNavigation()
        markClocks()
        findHeadline(body: body)
    }

    private func isDateline(_ index: Int) -> Bool {
        if case .dateline = lines[index].kind { return true }
        return false
    }

    private func isText(_ index: Int) -> Bool {
        lines[index].kind == nil && !lines[index].isNavigation
            && PlainTextCleaner.welcomeSite(in: lines[index].content) == nil
    }

    /// A date line over a line holding only its time ("16:02 (GMT +7)") reads as one dateline.
    private mutating func joinTimeLines() {
        for index in lines.indices.dropLast() where lines[index].kind != nil && PlainTextHead.isTimeOnly(lines[index + 1].content) {
            switch lines[index].kind {
            case .dateline, .today:
                let joined = lines[index].content + " " + lines[index + 1].content
                if let kind = PlainTextHead.classify(joined) {
                    lines[index].kind = kind
                    lines[index + 1].kind = .tool
                }
            default:
                break
            }
        }
    }

    /// Marks menus printed one entry a line (runs of short capitalised lines, navigation
    /// lines among them), category labels repeating a navigation entry, and the end of the
    /// navigation.
    private mutating func markNavigation() {
        var runStart = 0
        var entries = 0
        func closeRun(at end: Int) {
            if entries >= PageChrome.minimumNavigationRun {
                for index in runStart..<end where lines[index].kind == nil { lines[index].isNavigation = true }
            }
            entries = 0
        }
        for index in lines.indices {
            let line = lines[index]
            let entry = line.kind?.isNavigation == true
                || (line.kind == nil && !line.bulleted && PageChrome.isNavigationEntry(line.content))
            if entry {
                if entries == 0 { runStart = index }
                entries += 1
            } else if line.kind != .tool || entries == 0 {
                closeRun(at: index)
            }
        }
        closeRun(at: lines.count)
        markBreadcrumbsEndingInHeadlines()
        // The last entry of a run just above a dateline is the headline.
        for index in lines.indices where isDateline(index) {
            if let above = nearestAbove(index, skipping: { $0.kind == .tool }), lines[above].isNavigation,
               !lines[above].repeatsHeadline,
               above + 1 == index || !lines[(above + 1)..<index].contains(where: { $0.kind != .tool }) {
                lines[above].isNavigation = false
            }
        }
        navigationEnd = (lines.lastIndex { $0.kind?.isNavigation == true || $0.isNavigation } ?? -1) + 1
        var entriesSeen = Set<String>()
        for line in lines where line.kind?.isNavigation == true || line.isNavigation {
            for item in Self.navigationItems(line.content) { entriesSeen.insert(item) }
        }
        // A headline the breadcrumb repeats in full stays text; a label repeats a short entry.
        for index in lines.indices where index >= navigationEnd && lines[index].kind == nil {
            if Self.wordCount(lines[index].content) <= Self.maximumLabelWords, entriesSeen.contains(Self.key(lines[index].content)) {
                lines[index].isNavigation = true
            }
        }
    }

    /// Longest line read as a breadcrumb that lost its separators.
    static let maximumBreadcrumbChars = 300

    /// Folded openings of a breadcrumb whose separators the copy lost: "Trang chủ Tin Ảnh
    /// Hội thảo khoa học …", the last step being the headline printed again below.
    static let breadcrumbHomes = ["trang chu ", "home "]

    /// True when `line` opens with a home link and ends no sentence: a breadcrumb, however
    /// long its last step.
    static func opensWithHome(_ line: String) -> Bool {
        // "Trang ch…" or "Home " on the bytes first: most lines open otherwise.
        let bytes = line.utf8
        guard let first = bytes.first, first | 0x20 == UInt8(ascii: "t") || first | 0x20 == UInt8(ascii: "h") else { return false }
        let head = bytes.prefix(8).map { $0 | 0x20 }
        guard head.starts(with: "trang ch".utf8) || head.starts(with: "home ".utf8) else { return false }
        guard line.hasAtMostCharacters(maximumBreadcrumbChars), let last = line.last, !".!?;:".contains(last) else { return false }
        let folded = Folding.key(String(line.prefix(12)))
        return breadcrumbHomes.contains { folded.hasPrefix($0) }
    }

    /// True when `line` opens with a home link glued to the next step with no separator, as
    /// a copy of a breadcrumb whose arrows were images prints it: "Trang chủTin tức…".
    static func opensWithGluedHome(_ line: String) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first, first | 0x20 == UInt8(ascii: "t") || first | 0x20 == UInt8(ascii: "h"),
              line.hasAtMostCharacters(maximumBreadcrumbChars) else { return false }
        for home in gluedHomes {
            guard line.hasPrefix(home), let next = line.dropFirst(home.count).first, next.isUppercase else { continue }
            return true
        }
        return false
    }

    /// Home links, as printed, that a breadcrumb may glue to its next step.
    static let gluedHomes = ["Trang chủ", "Trang Chủ", "TRANG CHỦ", "Home"]

    /// Marks a line opening with a home link and ending with a later line (of more than a
    /// label's words) as navigation: a breadcrumb that repeats the headline.
    private mutating func markBreadcrumbsEndingInHeadlines() {
        let crumbs = lines.indices.filter { index in
            lines[index].kind == nil && !lines[index].isNavigation
                && (PlainTextLayout.opensWithHome(lines[index].content) || PlainTextLayout.opensWithGluedHome(lines[index].content))
        }
        guard !crumbs.isEmpty else { return }
        // Each later line's key once, by where it starts: a breadcrumb's word suffixes are looked up.
        var headlines: [String: Int] = [:]
        for index in lines.indices where lines[index].kind == nil && Self.wordCount(lines[index].content) > Self.maximumLabelWords {
            headlines[Self.key(lines[index].content)] = index
        }
        for index in crumbs {
            let key = Self.key(lines[index].content)
            let words = key.split(separator: " ")
            let repeatsHeadline = (1..<words.count).contains { start in
                headlines[words[start...].joined(separator: " ")].map { $0 > index } ?? false
            } || PlainTextLayout.opensWithGluedHome(lines[index].content) && headlines.contains { headline, line in
                // Steps glued with no separator: "Trang chủTin tứcHuyện Đức Phong sơ kết …".
                line > index && key.count > headline.count && key.hasSuffix(headline)
            }
            if repeatsHeadline {
                lines[index].isNavigation = true
                lines[index].repeatsHeadline = true
            }
        }
    }

    /// Date lines above the navigation are the portal's clock.
    private mutating func markClocks() {
        for index in 0..<navigationEnd where isDateline(index) { lines[index].kind = .today }
    }

    /// The folded key a navigation entry and a label are compared by.
    static func key(_ text: String) -> String {
        BoilerplateLabels.strippedDecoration(Folding.key(text))
    }

    /// The entries of a navigation line: menu items, breadcrumb steps, or the line itself.
    static func navigationItems(_ line: String) -> [String] {
        if let menu = PlainTextHead.menuItems(line) { return menu.map(key).filter { !$0.isEmpty } }
        var items = [line]
        for separator in ["|"] + PageChrome.breadcrumbSeparators {
            items = items.flatMap { TitleText.components($0, separatedBy: separator) }
        }
        return items.map(key).filter { !$0.isEmpty }
    }

    /// The nearest index above `index` (and not above the navigation) whose line `skipping` refuses.
    private func nearestAbove(_ index: Int, skipping: (Line) -> Bool) -> Int? {
        var above = index - 1
        while above >= navigationEnd && skipping(lines[above]) { above -= 1 }
        return above >= navigationEnd ? above : nil
    }

    /// Lines that may stand between a headline and its dateline.
    private func standsBetween(_ line: Line) -> Bool {
        switch line.kind {
        case .tool, .portal, .weather, .colophon, .today: true
        default: PlainTextCleaner.welcomeSite(in: line.content) != nil
        }
    }

    /// A line shaped like a headline: two words or more, short enough, no closing period.
    static func isHeadlineShaped(_ line: String) -> Bool {
        var text = Substring(line)
        while let last = text.last, PlainTextCleaner.trailingSeparators.contains(last) || last.isWhitespace { text.removeLast() }
        // A hashtag over the headline ("#Điển hình học Bác") is the story's tag.
        guard text.count <= PlainTextCleaner.maximumTitleChars, text.split(separator: " ").count >= 2,
              let last = text.last, !".:;,".contains(last), text.first != "#" else { return false }
        return true
    }

    /// True when `line` may be a byline: a short capitalised name, no heading words, no digits.
    static func isBylineShaped(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard !words.isEmpty, words.count <= maximumBylineWords, !line.contains(where: \.isNumber),
              !Signature.isHeading(line), let name = Signature.author(in: line, requireStyle: false) else { return false }
        return !name.isEmpty
    }

    /// True when `line` is a short label in capitals: "NGƯỜI TỐT - VIỆC TỐT", "GƯƠNG SÁNG".
    static func isCapitalLabel(_ line: String) -> Bool {
        wordCount(line) <= maximumLabelWords && line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// True when `line` is a byline-shaped name in capitals: "PHẠM THỊ KIM LOAN".
    static func isCapitalName(_ line: String) -> Bool {
        line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase) && isBylineShaped(line)
            && !PageChrome.regionsAndSections.contains(Folding.key(line)) && Signature.author(in: line, requireStyle: true) != nil
    }

    private static func wordCount(_ line: String) -> Int {
        line.split(separator: " ").count
    }

    /// The headline of the dateline at `index`, printed above it: the nearest text line over
    /// the lines that may stand between, and over a byline when a longer headline tops it.
    private func headlineAbove(_ index: Int) -> (title: Int, byline: Int?)? {
        guard let above = nearestAbove(index, skipping: standsBetween), isText(above) else { return nil }
        let line = lines[above].content
        // A byline printed twice (the writer's avatar text over the name): "Bắc Bình\nBắc Bình".
        var bylineTop = above
        if let repeated = nearestAbove(above, skipping: standsBetween), isText(repeated),
           lines[repeated].content == line, repeated == above - 1 {
            bylineTop = repeated
        }
        if !lines[above].bulleted, Self.isBylineShaped(line),
           let top = nearestAbove(bylineTop, skipping: standsBetween), isText(top), !lines[top].bulleted,
           Self.isHeadlineShaped(lines[top].content), Self.wordCount(lines[top].content) > Self.wordCount(line) {
            return (top, above)
        }
        // The writer's name in capitals over their role: "PHẠM THỊ KIM LOAN" over "Tỉnh ủy viên,
        // Phó Trưởng Ban …" between the headline and the dateline, as magazines print it.
        if !lines[above].bulleted, !Self.isHeadlineShaped(line) || line.contains(","),
           let name = nearestAbove(above, skipping: standsBetween), name == above - 1, isText(name),
           Self.isCapitalName(lines[name].content),
           let top = nearestAbove(name, skipping: standsBetween), isText(top), !lines[top].bulleted,
           Self.isHeadlineShaped(lines[top].content), Self.wordCount(lines[top].content) > Self.wordCount(lines[name].content) {
            return (top, name)
        }
        if lines[above].bulleted, let top = nearestAbove(above, skipping: { $0.bulleted || self.standsBetween($0) }),
           isText(top), Self.isHeadlineShaped(lines[top].content) {
            return (top, nil)
        }
        guard !lines[above].bulleted, Self.isHeadlineShaped(line) else { return nil }
        return (above, nil)
    }

    /// The headline of the dateline at `index`, printed just below it, perhaps under tools
    /// and a category label ("Phóng sự" over the headline).
    private func headlineBelow(_ index: Int) -> Int? {
        var below = index + 1
        while below < lines.count && (lines[below].kind == .tool || lines[below].isNavigation) { below += 1 }
        guard below < lines.count, isText(below), !lines[below].bulleted,
              Self.isHeadlineShaped(lines[below].content) else { return nil }
        if isCategoryLabel(below) { return below + 1 }
        return below
    }

    /// True when text line `index` is a short label over a longer headline-shaped text line.
    private func isCategoryLabel(_ index: Int) -> Bool {
        let next = index + 1
        return Self.wordCount(lines[index].content) <= Self.maximumLabelWords && next < lines.count && isText(next)
            && !lines[next].bulleted && Self.isHeadlineShaped(lines[next].content)
            && Self.wordCount(lines[next].content) > Self.wordCount(lines[index].content)
    }

    private mutating func findHeadline(body: ArraySlice<String>) {
        let datelines = lines.indices.filter { $0 >= navigationEnd && isDateline($0) }
        let labelled = datelines.filter { PlainTextHead.isLabelled(lines[$0].content) }
        for index in datelines {
            // A bare date over a labelled dateline with its own headline is the portal's clock,
            // though no menu parts them: "Sở Nội vụ tỉnh …" over "Thứ Hai, ngày 20/10/2025",
            // then the headline over "Đăng ngày: 17/10/2025".
            if !labelled.contains(index), PlainTextHead.isStamp(lines[index].content),
               labelled.contains(where: { later in later > index && headlineAbove(later).map { $0.title > index } == true }) {
                continue
            }
            // A category label over the dateline ("Tây Nguyên") is no headline when a longer
            // headline follows the dateline.
            // So is a label in capitals ("NGƯỜI TỐT - VIỆC TỐT") over a longer headline in lower case.
            if let (title, byline) = headlineAbove(index), byline == nil, let below = headlineBelow(index),
               Self.wordCount(lines[title].content) <= Self.maximumCategoryWords
                    && Self.wordCount(lines[below].content) > Self.wordCount(lines[title].content) + Self.maximumCategoryWords
                || Self.isCapitalLabel(lines[title].content) && lines[below].content.contains(where: \.isLowercase)
                    && Self.wordCount(lines[below].content) > Self.wordCount(lines[title].content) {
                lines[title].isNavigation = true
                (titleIndex, datelineIndex) = (below, index)
                return
            }
            if let (title, byline) = headlineAbove(index) {
                (titleIndex, datelineIndex, bylineIndex) = (title, index, byline)
                return
            }
        }
        for index in datelines {
            if let title = headlineBelow(index) {
                (titleIndex, datelineIndex) = (title, index)
                return
            }
        }
        var sawBullets = false
        hasDocumentHeader = Self.hasDocumentHeader(lines)
        for index in lines.indices where index >= navigationEnd {
            let line = lines[index]
            if line.bulleted { sawBullets = true }
            guard isText(index) else { continue }
            // A writer's box printed twice over the headline ("Khánh Linh\nKhánh Linh").
            if let next = nextText(after: index), lines[next].content == line.content, Self.isBylineShaped(line.content) {
                lines[index].isNavigation = true
                lines[next].isNavigation = true
                continue
            }
            if isCapitalHeader(index) {
                lines[index].isNavigation = true
                continue
            }
            guard !line.bulleted, !sawBullets, PlainTextCleaner.looksLikeTitle(line.content, rest: body) else { break }
            if isCategoryLabel(index) {
                lines[index].isNavigation = true
                continue
            }
            titleIndex = index
            break
        }
        // With no dateline beside the headline, a labelled one ("Ngày đăng: …") still dates the article;
        // on a page with no headline, its only dateline does when it prints the time too.
        datelineIndex = datelines.first { index in
            (titleIndex.map { index > $0 } ?? true) && PlainTextHead.isLabelled(lines[index].content)
        }
        if datelineIndex == nil, titleIndex == nil, datelines.count == 1,
           case let .dateline(published, _) = lines[datelines[0]].kind, published.contains("T") {
            datelineIndex = datelines[0]
        }
    }

    /// The next text line below `index`, if any.
    private func nextText(after index: Int) -> Int? {
        lines.indices[(index + 1)...].first { isText($0) }
    }

    /// True when a head line is an official document's place-and-date or number line, or
    /// holds a motto: its capital lines are the document's issuer, not a page header.
    private static func hasDocumentHeader(_ lines: [Line]) -> Bool {
        lines.contains { line in
            let folded = Folding.key(line.content)
            return OfficialHeader.isPlaceDate(line.content) || OfficialHeader.isNumberLine(line.content)
                || OfficialDocumentWords.mottoes.contains { folded.contains($0.words.joined(separator: " ")) }
        }
    }

    /// Most lines of a page's header printed in capitals over the headline.
    static let maximumHeaderLines = 4
    /// Most words of a body's or a unit's name printed in capitals over the headline.
    static let maximumHeaderWords = 10

    /// True when text line `index` is a body's or a place's name printed in capitals over a
    /// headline in normal case ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM" over "QUẬN 3 - THÀNH PHỐ HỒ
    /// CHÍ MINH" over the headline): the run of capital lines is the page's header. A
    /// headline in capitals has prose under it, not a shorter headline.
    private func isCapitalHeader(_ index: Int) -> Bool {
        func isCapitals(_ line: String) -> Bool { line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase) }
        guard !hasDocumentHeader, isCapitals(lines[index].content),
              Self.wordCount(lines[index].content) <= Self.maximumHeaderWords else { return false }
        var next = nextText(after: index)
        var run = 1
        while let line = next, isCapitals(lines[line].content) {
            run += 1
            guard run <= Self.maximumHeaderLines else { return false }
            next = nextText(after: line)
        }
        guard let below = next, !lines[below].bulleted else { return false }
        return Self.isHeadlineShaped(lines[below].content) && !Self.isBylineShaped(lines[below].content)
    }
}

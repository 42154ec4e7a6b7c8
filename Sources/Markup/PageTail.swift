import VietnameseText

/// The end of a plain-text page: what a portal prints under the article (tools, counters,
/// lists of other stories, link lists, comment forms, colophon) goes; the article's last
/// lines (signature, caption) stay.
enum PageTail {
    /// The article lines of `lines` (the page from its first paragraph of prose on): up to
    /// the first heading of the blocks under the article (or the first of two listed
    /// headlines with dates) after which no paragraph of prose follows, without the
    /// furniture at the end.
    ///
    /// A labelled dateline printed under the article ("Tin đăng ngày: 9/9/2021 - Xem: 92",
    /// "Tác giả: Hồng Nhung - Ngày đăng: 07/06/2025 11:20")
    /// leaves the text and is returned; links to other stories inside it (">> …") go.
    static func article(_ lines: ArraySlice<String>) -> (lines: [String], dateline: PlainTextHead.Line?) {
        var article = Array(lines)
        // The blocks under the article are furniture below its last lines.
        var furnitureBelow = false
        if let cut = tailStart(article) {
            article.removeSubrange(cut...)
            furnitureBelow = true
        }
        var dateline: PlainTextHead.Line?
        let lastProse = article.lastIndex(where: isArticleProse) ?? 0
        if let index = article.indices.last(where: { $0 > lastProse && PlainTextHead.holdsLabelledStamp(article[$0]) }),
           case let .dateline(published, credit)? = PlainTextHead.classify(article[index]) {
            // The writers it credits stay in the text as their byline, their names alone.
            if let credit, case let writers = PlainTextHead.authors(inCredit: credit), !writers.isEmpty {
                dateline = .dateline(published: published, credit: nil)
                article[index] = writers.joined(separator: ", ")
            } else {
                dateline = .dateline(published: published, credit: credit)
                article.remove(at: index)
            }
        }
        article.removeAll(where: isRelatedLink)
        // A date alone among the furniture under the article ("27/03/2025" over "Danh mục: …"
        // and "Người đăng: …", or right under "Chia sẻ: …") is its dateline; a date with the
        // article's own lines above it and nothing below stays text.
        while let last = article.last {
            if isTrailingFurniture(last) {
                article.removeLast()
                furnitureBelow = true
            } else if dateline == nil, furnitureBelow || article.count >= 2 && isTrailingFurniture(article[article.count - 2]),
                      case .dateline(_, nil)? = PlainTextHead.classify(last),
                      // Over the furniture, the stamp may share its line with a poster and a counter:
                      // "15/05/2025 16:20:33 | Người đăng: admin | Lượt xem: 208".
                      furnitureBelow || PlainTextHead.isStamp(last) {
                dateline = PlainTextHead.classify(last)
                article.removeLast()
            } else if dateline == nil, furnitureBelow, case let .dateline(published, credit?)? = PlainTextHead.classify(last),
                      !PlainTextHead.authors(inCredit: credit).isEmpty {
                // "Ngày 14/03/2022 - Minh An" over the other stories: the writer stays as the byline.
                dateline = .dateline(published: published, credit: nil)
                article[article.count - 1] = credit
                break
            } else {
                break
            }
        }
        return (article, dateline)
    }

    /// Openings (folded) of a link to another story printed inside the article:
    /// ">> Hội nghị tổng kết năm 2020", "Xem thêm: …", "Đọc thêm: …".
    static let relatedLinkOpenings = [">>", "xem them:", "doc them:", "tin lien quan:", "bai lien quan:", "xem tiep:"]

    /// True when `line` links to another story.
    static func isRelatedLink(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(PageChrome.maximumChromeChars + 40) else { return false }
        let folded = Folding.key(line)
        return relatedLinkOpenings.contains { folded.hasPrefix($0) }
    }

    /// Where the blocks under the article start, if they do.
    static func tailStart(_ lines: [String]) -> Int? {
        // The last line of prose: no tail starts above it.
        let lastProse = lines.lastIndex(where: isArticleProse) ?? 0
        for index in lines.indices where index > lastProse {
            if isTailHeading(lines[index]) { return index }
            if index + 1 < lines.count, PageChrome.isListedHeadline(lines[index]), PageChrome.isListedHeadline(lines[index + 1]) {
                // An unknown heading of the list ("Các bài khác:") goes with it.
                if index - 1 > lastProse, let above = lines[index - 1].last, above == ":" { return index - 1 }
                return index
            }
        }
        return nil
    }

    /// A paragraph of prose that belongs to the article, not to the colophon. A tail heading
    /// above one is a subheading of the story, and the article goes on.
    static func isArticleProse(_ line: String) -> Bool {
        PlainTextCleaner.isProse(line) && !PageChrome.isColophon(line)
    }

    /// The key tail headings are compared by: folded, without decoration, commas and counters.
    static func headingKey(_ line: String) -> String? {
        guard line.hasAtMostCharacters(PageChrome.maximumChromeChars) else { return nil }
        var folded = Folding.key(line)
        if folded.utf8.contains(UInt8(ascii: ",")) { folded = folded.replacingOccurrences(of: ",", with: " ") }
        return BoilerplateLabels.label(of: folded)
    }

    /// True when `line` heads a block under the article: "Tin khác", "Các tin đã đưa:",
    /// "TIN LIÊN QUAN", "Ý kiến bạn đọc (0)", "Liên kết website", "Từ khóa: …".
    static func isTailHeading(_ line: String) -> Bool {
        if let key = headingKey(line), PageChrome.tailHeadings.contains(key) { return true }
        guard line.hasAtMostCharacters(2 * PageChrome.maximumChromeChars) else { return false }
        let folded = Folding.key(line)
        return PageChrome.keywordOpenings.contains { folded.hasPrefix($0) }
    }

    /// Openings (folded) of the lines of a comment form or rating widget under an article,
    /// each with an example: such a line ends the page, never the article.
    static let commentFormOpenings: [(folded: String, example: String)] = [
        ("gui file dinh kem", "Gửi file đính kèm không quá 10MB Đính kèm File"),
        ("dinh kem file", "Đính kèm File"),
        ("tro thanh nguoi dau tien", "Trở thành người đầu tiên tặng sao cho bài viết 0 0 0"),
        ("hay la nguoi dau tien", "Hãy là người đầu tiên bình luận"),
        ("quay len tren", "Quay lên trên"),
        ("len tren", "Lên trên"),
        ("ho va ten:", "Họ và tên:"),
        ("nhap ma xac nhan", "Nhập mã xác nhận"),
        ("ma xac nhan", "Mã xác nhận:"),
    ] + ratingWidgetOpenings

    /// Openings (folded) of a rating widget's lines, each with an example: furniture even
    /// inside an HTML page's article container.
    static let ratingWidgetOpenings: [(folded: String, example: String)] = [
        ("tong so diem cua bai viet", "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"),
        ("click de danh gia bai viet", "Click để đánh giá bài viết"),
    ]

    /// True when folded `folded` opens a rating widget's line (``ratingWidgetOpenings``).
    static func isRatingWidget(_ folded: String) -> Bool {
        ratingWidgetOpenings.contains { folded.hasPrefix($0.folded) }
    }

    /// The note above a comment form: "Lưu ý: Ban biên tập sẽ biên tập ý kiến trước khi đăng".
    static let commentNoteOpening = "luu y:"
    static let commentNoteWord = "bien tap"

    /// A template's variable printed as text: "intNumViewTotal=338".
    static func isTemplateVariable(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(60), !line.contains(" "), let equals = line.firstIndex(of: "=") else { return false }
        return line[..<equals].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && line[line.index(after: equals)...].allSatisfy { $0.isASCII && ($0.isNumber || $0.isLetter) }
    }

    /// True when `line` belongs to a comment form or rating widget (``commentFormOpenings``).
    static func isCommentForm(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(PageChrome.maximumChromeChars) else { return false }
        let folded = Folding.key(line)
        if commentFormOpenings.contains(where: { folded.hasPrefix($0.folded) }) { return true }
        return folded.hasPrefix(commentNoteOpening) && folded.contains(commentNoteWord) || isTemplateVariable(line)
    }

    /// True when `line`, at the end of the page, is furniture: tools, counters, menus,
    /// colophon, portal name, a tail heading, a comment form, or a line with no letter or digit.
    static func isTrailingFurniture(_ line: String) -> Bool {
        if !line.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        if isCommentForm(line) { return true }
        if PlainTextCleaner.isWidget(Folding.key(line)) || isTailHeading(line) { return true }
        switch PlainTextHead.chrome(line) {
        case .some(.tool), .some(.navigation), .some(.menu), .some(.colophon), .some(.weather): return true
        default: break
        }
        if line.hasAtMostCharacters(PlainTextCleaner.maximumHeadChars),
           PlainTextHead.portalSite(line, folded: Folding.key(line)) != nil { return true }
        return PageChrome.isListedHeadline(line)
    }
}

internal import CLibXML2
import VietnameseText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the article in a page: its paragraphs in reading order and its own metadata.
public enum ContentExtractor {
    /// Longest paragraph, in characters, read as a byline or dateline.
    static let shortLineChars = 120
    /// A paragraph whose link text exceeds this share of its text is navigation.
    static let maximumLinkDensity = 0.5
    /// How many elements before the headline a dateline may sit.
    static let datelineLead = 40
    /// Longest line, in characters, treated as a bare dateline and kept out of the text.
    static let datelineChars = 60
    /// A paragraph between the headline and the body needs this many characters to be the lead.
    static let minimumLeadChars = 60
    static let maximumLeads = 2
    /// Longest line between the headline and the body read as a byline.
    static let maximumBylineChars = 40

    /// Article text shorter than this makes the extractor retry with fewer removals.
    static let retryBelowChars = 250

    /// Extracts the main content of an HTML page.
    ///
    /// Removes dropped elements and boilerplate-marked containers, scores the remaining
    /// blocks by text and link density, emits the best container's paragraphs, and reads
    /// the metadata around it. When little text survives, class/id-based removal is relaxed.
    /// `contentXPath`, a portal's hint, names the article's container: the search then runs
    /// inside the first element it selects (the whole page when it selects none).
    public static func html(_ html: String, contentXPath: String? = nil) throws(MarkupError) -> PageContent {
        try self.html(DecodedText(text: html, encoding: "utf-8"), contentXPath: contentXPath)
    }

    /// ``html(_:contentXPath:)`` on decoded bytes, parsed without making a String of the page.
    ///
    /// Past `deadline` the parse ends with ``MarkupError/outOfTime``, and the walks over the
    /// page stop with partial content: the caller checks the deadline and discards it.
    public static func html(_ decoded: DecodedText, contentXPath: String? = nil,
                            deadline: Deadline = .never) throws(MarkupError) -> PageContent {
        try html(decoded, contentXPath: contentXPath, deadline: deadline, skippingScriptBodies: true)
    }

    /// ``html(_:contentXPath:deadline:)``, the page parsed with or without its script bodies
    /// and, when `elidingAttributeValues` (by default as `skippingScriptBodies`), the values
    /// of the attributes nothing here reads (``AttributeElision``): the content is the same.
    static func html(_ decoded: DecodedText, contentXPath: String? = nil, deadline: Deadline = .never,
                     skippingScriptBodies: Bool, elidingAttributeValues: Bool? = nil) throws(MarkupError) -> PageContent {
        let elision = elidingAttributeValues ?? skippingScriptBodies ? AttributeElision(contentXPath: contentXPath) : nil
        let document = try HTMLDocument(decoded, deadline: deadline, skippingScriptBodies: skippingScriptBodies,
                                        eliding: elision)
        guard var root = document.root else { throw .noContent }
        if let contentXPath, let container = try document.elements(matchingXPath: contentXPath).first { root = container }
        let meta = PageMetadata(document)
        // A logo's `alt` was needed and not given to libxml2: the page again, values whole.
        if meta.readElidedValue {
            return try html(decoded, contentXPath: contentXPath, deadline: deadline,
                            skippingScriptBodies: skippingScriptBodies, elidingAttributeValues: false)
        }
        var best: PageContent?
        let attempts: [(PageScan.Removal, Int)] = [
            (.full, ContentScoring.minimumParagraphChars), (.strongOnly, ContentScoring.minimumParagraphChars),
            (.none, ContentScoring.minimumParagraphChars), (.strongOnly, 1),
        ]
        // An attempt whose scan would equal one already made, with the same minimum, gives
        // the same content again: it is skipped, and equal scans are walked once.
        var scans: [PageScan] = []
        var tried: [(scan: Int, minimumChars: Int)] = []
        for (removal, minimumChars) in attempts {
            let same = scans.firstIndex { $0.removal == removal || !$0.mayDiffer(under: removal) }
            let scanIndex = same ?? scans.count
            if same == nil { scans.append(PageScan(root: root, removal: removal, deadline: deadline)) }
            if deadline.hasPassed { break }
            if tried.contains(where: { $0.scan == scanIndex && $0.minimumChars == minimumChars }) { continue }
            tried.append((scanIndex, minimumChars))
            let content = extract(scans[scanIndex], meta: meta, minimumChars: minimumChars)
            if let content, hasAtLeast(retryBelowChars, charactersIn: content.text) {
                // An official document whose header sat in an element the full removal drops.
                if content.opensWithBareKindLine, removal == .full, scans[scanIndex].mayDiffer(under: .strongOnly),
                   let framed = extract(PageScan(root: root, removal: .strongOnly, deadline: deadline), meta: meta,
                                        minimumChars: minimumChars),
                   !framed.opensWithBareKindLine, hasAtLeast(retryBelowChars, charactersIn: framed.text) {
                    return withMarkedHeadline(withMarkedPublished(framed, in: document), in: document, meta: meta)
                }
                return withMarkedHeadline(withMarkedPublished(content, in: document), in: document, meta: meta)
            }
            if let content, content.text.count > best?.text.count ?? -1 { best = content }
        }
        guard let best else { throw .noContent }
        return withMarkedHeadline(withMarkedPublished(best, in: document), in: document, meta: meta)
    }

    /// Elements that mark the article's own publication time even inside page furniture the
    /// scan drops (a WordPress `<header class="entry-header">` holds
    /// `<time class="entry-date published" datetime="…">`).
    static let publishedMarkers = [
        "//time[contains(concat(' ', normalize-space(@class), ' '), ' published ')][@datetime]",
        "//*[@itemprop='datePublished'][@datetime or @content]",
    ]

    /// `content` with `published` read from the first publication marker when nothing else
    /// gave a date. The markers are looked for only for pages without one, in one walk over
    /// the nodes that finds what ``publishedMarkers`` select (tested equal).
    static func withMarkedPublished(_ content: PageContent, in document: HTMLDocument) -> PageContent {
        guard content.published == nil else { return content }
        let markers: [(xmlNodePtr) -> Bool] = [isPublishedTime, isItempropPublished]
        for marker in markers {
            guard let found = firstElement(in: document, where: marker) else { continue }
            let element = HTMLNode(found, in: document)
            guard let value = element.attribute("datetime") ?? element.attribute("content"),
                  let published = PublishedDate.fromMachineValue(value) else { continue }
            var dated = content
            dated.published = published
            return dated
        }
        return content
    }

    /// `content` with the title of the page's `<h1 itemprop="headline">` when the title is the
    /// whole `<title>` (or none was found): the scan drops an article's own header
    /// that a class such as "header" marks as furniture, schema.org's headline stays.
    static func withMarkedHeadline(_ content: PageContent, in document: HTMLDocument, meta: PageMetadata) -> PageContent {
        let documentKey = meta.documentTitle.map { Folding.key($0.squeezedSpaces) } ?? ""
        guard content.title.map({ Folding.key($0.squeezedSpaces) == documentKey }) ?? true,
              let found = firstElement(in: document, where: isMarkedHeadline) else { return content }
        let headline = Normalization.nfc(HTMLNode(found, in: document).textContent.squeezedSpaces)
        guard TitleText.wordCount(headline) >= minimumHeadlineWords, !isFurniture(headline: headline, site: meta.site),
              !documentKey.contains(Folding.key(headline)) else { return content }
        var titled = content
        titled.title = headline
        return titled
    }

    /// `h1[@itemprop='headline']`.
    static func isMarkedHeadline(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.ns == nil, let name = node.pointee.name,
              strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "h1") == 0,
              let itemprop = ElementAttributes.value(of: node, named: "itemprop") else { return false }
        return itemprop.withBytes { $0.elementsEqual("headline".utf8) }
    }

    /// The first element of the document, in document order, that `matches` accepts.
    static func firstElement(in document: HTMLDocument, where matches: (xmlNodePtr) -> Bool) -> xmlNodePtr? {
        var stack: [xmlNodePtr] = []
        var child = document.pointer.pointee.last
        while let current = child {
            stack.append(current)
            child = current.pointee.prev
        }
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if matches(node) { return node }
            var child = node.pointee.last
            while let current = child {
                stack.append(current)
                child = current.pointee.prev
            }
        }
        return nil
    }

    /// `time[contains(concat(' ', normalize-space(@class), ' '), ' published ')][@datetime]`:
    /// a `time` element with a `datetime` and "published" among its class words (separated
    /// by XPath whitespace: space, tab, CR, LF).
    static func isPublishedTime(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.ns == nil, let name = node.pointee.name,
              strcmp(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self), "time") == 0,
              ElementAttributes.value(of: node, named: "datetime") != nil,
              let classValue = ElementAttributes.value(of: node, named: "class") else { return false }
        return classValue.withBytes { bytes in
            bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A })
                .contains { $0.elementsEqual("published".utf8) }
        }
    }

    /// `*[@itemprop='datePublished'][@datetime or @content]`.
    static func isItempropPublished(_ node: xmlNodePtr) -> Bool {
        guard let itemprop = ElementAttributes.value(of: node, named: "itemprop"),
              itemprop.withBytes({ $0.elementsEqual("datePublished".utf8) }) else { return false }
        return ElementAttributes.value(of: node, named: "datetime") != nil
            || ElementAttributes.value(of: node, named: "content") != nil
    }

    /// `text.count >= count`, reading only the first `count` characters of a long text.
    static func hasAtLeast(_ count: Int, charactersIn text: String) -> Bool {
        count <= 0 || !text.hasAtMostCharacters(count - 1)
    }

    /// Heading tags a portal without an h1 prints its headline in ("<h2 class=\"detail-title\">",
    /// "<h3 class=\"news-title\">").
    static let subheadingTags: Set<String> = ["h2", "h3"]

    static func isHeading(_ paragraph: PageScan.Paragraph, in scan: PageScan) -> Bool {
        guard let tag = scan.blocks[safe: paragraph.block]?.tag else { return false }
        return tag == "h1" || subheadingTags.contains(tag) || tag == "h4"
    }

    /// The headline of a page without an h1: the last h2 or h3 before the article's first
    /// long paragraph that reads like one (enough words, not a link, no page furniture), and
    /// either repeated by the `<title>` or og:title, or neither in capitals nor numbered (a
    /// section heading inside the article, "KẾT QUẢ NỔI BẬT", "I. Kết quả", is none).
    /// A sapo printed in an h2 ("<h2 class=\"sapo\">…", a long paragraph) is passed over for an
    /// earlier heading the titles repeat, and a heading the titles do not repeat is none when
    /// the `<title>`'s headline is printed below it: a section's or a sidebar's heading
    /// ("Tin cùng chuyên mục", a category name) over the article's own headline.
    static func subheading(_ scan: PageScan, before bodyStart: Int, meta: PageMetadata) -> PageScan.Paragraph? {
        let headings = scan.paragraphs.filter {
            $0.position < bodyStart && subheadingTags.contains(scan.blocks[safe: $0.block]?.tag ?? "")
        }
        guard let last = headings.last else { return nil }
        let titleKeys = [meta.documentTitle, meta.ogTitle].compactMap { $0.map { Folding.key($0.squeezedSpaces) } }
        func readsLikeHeadline(_ paragraph: PageScan.Paragraph) -> Bool {
            TitleText.wordCount(paragraph.text) >= minimumHeadlineWords
                && Double(paragraph.linkChars) < Double(paragraph.chars) * 0.5
                && !isFurniture(headline: paragraph.text, site: meta.site)
        }
        func repeated(_ paragraph: PageScan.Paragraph) -> Bool {
            let key = Folding.key(paragraph.text.squeezedSpaces)
            return titleKeys.contains { ByteSearch.contains($0, key) }
        }
        if let found = headings.last(where: { repeated($0) && readsLikeHeadline($0) }) { return found }
        guard readsLikeHeadline(last), last.chars < shortLineChars,
              last.text.contains(where: \.isLowercase), !opensWithNumbering(last.text) else { return nil }
        // The `<title>`'s headline printed between the heading and the article is the headline.
        let headlineKeys = Set([meta.documentTitleParts?.headline, meta.ogTitle].compactMap {
            $0.map { Folding.key($0.squeezedSpaces) }
        })
        let printedBelow = scan.paragraphs.contains {
            $0.position > last.position && $0.position < bodyStart && $0.chars < shortLineChars
                && headlineKeys.contains(Folding.key($0.text.squeezedSpaces))
        }
        return printedBelow ? nil : last
    }

    /// Fewest words of a headline read over a dateline: a document register's short fields
    /// ("Hiệu lực: Còn hiệu lực" over "Ngày ban hành: …") are none.
    static let minimumHeadlineOverDatelineWords = 6

    /// The headline of a page with no heading element: the short line printed right above
    /// the dateline that opens the article, in a table layout's cells ("HÀM YÊN: BIỂU DƯƠNG
    /// 40 BÍ THƯ …" over "Cập nhật: 15/11/2024 8:05:21 AM" over the article's cell).
    static func headlineOverDateline(_ scan: PageScan, contentStart: Int, meta: PageMetadata) -> PageScan.Paragraph? {
        let lead = (contentStart - datelineLead)...contentStart
        guard let index = scan.paragraphs.firstIndex(where: {
                  lead.contains($0.position) && !$0.inMarkedRegion && isDateline($0)
              }), index > 0 else { return nil }
        let above = scan.paragraphs[index - 1]
        guard lead.contains(above.position), above.chars < shortLineChars,
              TitleText.wordCount(above.text) >= minimumHeadlineOverDatelineWords,
              Double(above.linkChars) < Double(above.chars) * 0.5,
              let last = above.text.last, !".:;,".contains(last),
              !isDateline(above), !isFurniture(headline: above.text, site: meta.site) else { return nil }
        return above
    }

    /// True when `text` opens like a numbered section ("I. Kết quả", "2) Nhiệm vụ", "a. …").
    static func opensWithNumbering(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first, let mark = first.last,
              mark == "." || mark == ")" else { return false }
        let label = first.dropLast()
        return !label.isEmpty && label.count <= 4
            && (label.allSatisfy(\.isNumber) || label.allSatisfy { "IVXLivxl".contains($0) } || label.count == 1)
    }

    static func extract(_ scan: PageScan, meta: PageMetadata,
                        minimumChars: Int = ContentScoring.minimumParagraphChars) -> PageContent? {
        let containers = ContentScoring.chooseContainers(scan, minimumChars: minimumChars)
        let ranges = containers.map { scan.blocks[$0].start...scan.blocks[$0].end }
        func inContent(_ paragraph: PageScan.Paragraph) -> Bool {
            guard paragraph.block >= 0 else { return false }
            let start = scan.blocks[paragraph.block].start
            return ranges.contains { $0.contains(start) }
        }
        let contentStart = ranges.map(\.lowerBound).min() ?? 0
        let contentEnd = ranges.map(\.upperBound).max() ?? 0

        let headings = scan.paragraphs.filter { scan.blocks[safe: $0.block]?.tag == "h1" }
        let headline = headings.last { $0.position <= contentEnd }
            ?? subheading(scan, before: scan.paragraphs.first {
                inContent($0) && $0.chars >= shortLineChars && !isHeading($0, in: scan)
            }?.position ?? contentEnd, meta: meta)
            ?? headlineOverDateline(scan, contentStart: contentStart, meta: meta)
        var title = chooseTitle(headline: headline?.text, meta: meta)
        title = title.map { Normalization.nfc(TitleText.withoutLiveTag(trimmedTitle($0.squeezedSpaces))) }
        let titleForms = [title, meta.ogTitle, headline?.text, meta.documentTitle,
                          meta.documentTitleParts?.headline].compactMap { $0 }
        let titleKeys = Set(titleForms.map { Folding.key($0.squeezedSpaces) })

        var body: [PageScan.Paragraph] = []
        var datelines: [PageScan.Paragraph] = []
        // The lead (sapo) printed between the headline and the article's first paragraph,
        // outside the chosen containers: under the headline above them, or between two of them
        // (a dateline's block above the headline, the article's below the sapo).
        var leadsBetweenContainers = false
        if let headline, headline.position < contentEnd, !inContent(headline) {
            leadsBetweenContainers = headline.position > contentStart
            // A dateline's block chosen beside the article ("09:12, 20/05/2025 | Lượt xem: 512")
            // is no article text: the lead may stand under it.
            let nextContent = scan.paragraphs.first {
                $0.position > headline.position && inContent($0) && !isDateline($0)
            }?.position ?? contentEnd
            let leads = scan.paragraphs.filter {
                $0.position > headline.position && $0.position < nextContent && !inContent($0)
                    && $0.chars >= minimumLeadChars && Double($0.linkChars) < Double($0.chars) * 0.3
            }
            body.append(contentsOf: leads.prefix(maximumLeads))
        }
        let titleKeyLengths = Set(titleKeys.map(\.utf8.count))
        // Byte lengths of the body's texts that are NFC by the quick check: two such texts are
        // `==` only when their bytes are, so a length that differs settles the comparison.
        var bodyLengths = body.map { nfcLength($0.text) }
        for paragraph in scan.paragraphs where inContent(paragraph) {
            if isLongText(paragraph.text, notOfLengths: titleKeyLengths) {
                if Double(paragraph.linkChars) > Double(paragraph.chars) * maximumLinkDensity { continue }
            } else {
                // "Ngày đăng: 19/05/2025 | Người đăng: … | Lượt xem: 527" under the article: a
                // dateline however long its poster and counter make it.
                if isLabelledDateline(paragraph) {
                    datelines.append(paragraph)
                    continue
                }
                let folded = Folding.key(paragraph.text)
                let label = BoilerplateLabels.label(of: folded)
                let endsSection = label.map { BoilerplateLabels.sectionEnderSet.contains($0) } ?? false
                if !body.isEmpty && endsSection { break }
                if isFurniture(paragraph, folded: folded, label: label, endsSection: endsSection) { continue }
                if titleKeys.contains(folded) { continue }
            }
            let length = nfcLength(paragraph.text)
            if body.indices.contains(where: { index in
                if let length, let other = bodyLengths[index], other != length { return false }
                return body[index].text == paragraph.text
            }) { continue }
            if isDateline(paragraph) {
                datelines.append(paragraph)
                // The writers a row of details credits stay in the text as their byline, as
                // on plain-text pages: "Ngày 14/05/2025 | 10:05 | Người viết: Trần Thị Kim Phượng".
                if paragraph.chars > datelineChars, PlainTextHead.dateline(paragraph.text)?.1 != nil,
                   let credit = PlainTextHead.writerPieces(of: paragraph.text) {
                    var byline = paragraph
                    byline.text = credit
                    byline.chars = credit.count
                    body.append(byline)
                    bodyLengths.append(nfcLength(credit))
                }
                continue
            }
            body.append(paragraph)
            bodyLengths.append(length)
        }
        // Leads found between two containers go where they are printed.
        if leadsBetweenContainers { body.sort { $0.position < $1.position } }
        var framed = false
        if let frame = documentFrame(scan, around: body) {
            framed = true
            // A document's own lines that read like datelines ("(19/5/1890 - 19/5/2025) trên
            // địa bàn huyện" under its title) are its text: its date is the header's.
            let framedPositions = Set(frame.head.map(\.position) + frame.tail.map(\.position))
            let tailStart = frame.tail.first?.position ?? Int.max
            let inDocument = { (paragraph: PageScan.Paragraph) in paragraph.position >= frame.start && paragraph.position < tailStart }
            let lines = frame.head + body.filter { !framedPositions.contains($0.position) && $0.position < tailStart }
                + frame.tail + datelines.filter(inDocument)
            body = lines.filter { framedPositions.contains($0.position) || $0.position >= frame.start }
                .sorted { $0.position < $1.position }
            datelines.removeAll(where: inDocument)
        }
        let text = Normalization.nfc(body.map(\.text).joined(separator: "\n\n"))
        guard !text.isEmpty else { return nil }

        let anchor = min(headline?.position ?? contentStart, contentStart)
        let window = (anchor - datelineLead)...contentEnd
        let firstLong = body.first { $0.chars >= shortLineChars }?.position ?? contentEnd
        // A portal's "today" header is taken only when no other line dates the page.
        let printed = datedLine(in: datelines)
        let hinted = { datedLine(in: scan.paragraphs.filter { $0.inDateHint && !$0.inMarkedRegion && window.contains($0.position) }) }
        let nearby = {
            datedLine(in: scan.paragraphs.filter {
                $0.position >= anchor - datelineLead && $0.position <= firstLong && isDateline($0) && !$0.inMarkedRegion
            })
        }
        // With a `<meta>` stamp and no dateline inside the article, a date and time printed in
        // a date-classed element ("27/05/2025 | 14:22") is still what the reader sees.
        // A `<meta>` day without its time ("2025-10-15EDT09:20:00" reads as a day) takes the time
        // of a dateline of that day printed by the headline ("Thứ tư - 15/10/2025 09:20").
        let timedSameDay = { () -> String? in
            guard let day = meta.published, day.count == 10, let date = nearby()?.line?.date,
                  date.count > 10, date.hasPrefix(day) else { return nil }
            return date
        }
        let printedDate = printed?.line?.date
            ?? (meta.published == nil ? nil : hinted()?.line.map(\.date).flatMap { $0.count > 10 ? $0 : nil })
            ?? timedSameDay()
        // A publication label printed in the article with the time ("Ngày xuất bản: 10/06/2025
        // 08:00") says when it was published, whatever day the `<meta>` stamp names.
        // So does a labelled day when the `<meta>` stamp names a day only, or midnight
        // ("2025-03-26T00:00:00+07:00" beside "Ngày đăng: 28/03/2025").
        let metaNamesADay = meta.published.map { $0.count == 10 || $0.dropFirst(10).hasPrefix("T00:00:00") } ?? false
        let labelledPublication = printed?.line.flatMap { line in
            (line.date.count > 10 || metaNamesADay) && PlainTextHead.isPublicationLabelled(line.paragraph.text) ? line.date : nil
        }
        var published = labelledPublication ?? preferTimed(meta.published, printedDate) ?? printedDate
            ?? scan.machineDates.first { window.contains($0.position) }.flatMap { PublishedDate.fromMachineValue($0.value) }
        var clock: DatedLine? = printed?.clock
        // A posting date printed under the article with its label: "Đăng ngày: 22/01/2025 | Ảnh: …".
        let labelledInBody = {
            datedLine(in: body.filter { $0.chars <= shortLineChars && PlainTextHead.opensWithColonLabel($0.text) })
        }
        // … or in the row under the article: "Ngày đăng: 19/05/2025 | Người đăng: … | Lượt xem: 527".
        let labelledUnder = {
            datedLine(in: scan.paragraphs.filter {
                $0.position > contentEnd && $0.position <= contentEnd + datelineLead && !$0.inMarkedRegion
                    && isLabelledDateline($0)
            })
        }
        if published == nil {
            for candidates in [hinted, nearby, labelledInBody, labelledUnder] {
                let found = candidates()
                clock = clock ?? found?.clock
                if let line = found?.line {
                    published = line.date
                    break
                }
            }
        }
        var fromClock = false
        if published == nil, let clock {
            published = clock.date
            fromClock = true
        }

        var authors = meta.authors
        for paragraph in scan.paragraphs
        where paragraph.inAuthorHint && !paragraph.inMarkedRegion && window.contains(paragraph.position) {
            authors.append(contentsOf: Signature.authors(in: paragraph.text, requireStyle: false))
        }
        if let headline, headline.position < contentStart {
            for paragraph in scan.paragraphs
            where paragraph.position > headline.position && paragraph.position < contentStart && !inContent(paragraph)
                && !paragraph.inMarkedRegion && paragraph.chars <= shortLineChars {
                if paragraph.chars <= maximumBylineChars && !isDateline(paragraph) {
                    authors.append(contentsOf: Signature.authors(in: paragraph.text, requireStyle: false))
                } else {
                    authors += writers(onLabelledDateline: paragraph)
                }
            }
        }
        if let last = body.last { authors.append(contentsOf: Signature.authors(in: last.text, requireStyle: true)) }
        // The writer a labelled dateline taken out of the text credits: "Đăng lúc: … Tác giả: … Lượt đọc: …".
        for paragraph in datelines { authors += writers(onLabelledDateline: paragraph) }
        var content = PageContent(title: title, published: published, authors: unique(authors),
                                  site: meta.site, text: text)
        content.publishedFromPortalHeader = fromClock
        content.opensWithBareKindLine = !framed && body.first.map {
            $0.chars <= shortLineChars && OfficialHeader.kinds.contains(BoilerplateLabels.strippedDecoration(Folding.key($0.text)))
        } == true
        return content
    }

    /// A short paragraph opening with a date label that reads whole as a dateline, its poster
    /// and counter included.
    static func isLabelledDateline(_ paragraph: PageScan.Paragraph) -> Bool {
        paragraph.chars <= shortLineChars && PlainTextHead.opensWithColonLabel(paragraph.text)
            && PlainTextHead.dateline(paragraph.text) != nil
    }

    /// The writers a short labelled dateline credits ("Đăng lúc: … Tác giả: … Lượt đọc: …"),
    /// read with one reading of the line; none for another paragraph.
    static func writers(onLabelledDateline paragraph: PageScan.Paragraph) -> [String] {
        guard paragraph.chars <= shortLineChars, PlainTextHead.opensWithColonLabel(paragraph.text),
              let credit = PlainTextHead.dateline(paragraph.text)?.1 else { return [] }
        return PlainTextHead.authors(inCredit: credit)
    }

    /// Most paragraphs above the body searched for an official document's header, and below
    /// it for its signature block.
    static let documentFrameParagraphs = 16

    /// An official document published as a page (a portal's "văn bản" section): the header
    /// above the body (issuer, "Số: 118/KH-UBND", the motto, place and date, kind and
    /// subtitle, usually a table) and the signature block under it ("Nơi nhận:", "KT. CHỦ
    /// TỊCH", "(Đã ký)", the name) are the document's own text, which content scoring leaves
    /// out. Nil when no motto heads the body.
    static func documentFrame(_ scan: PageScan, around body: [PageScan.Paragraph])
        -> (head: [PageScan.Paragraph], tail: [PageScan.Paragraph], start: Int)? {
        guard let first = body.first?.position, let last = body.last?.position,
              let firstIndex = scan.paragraphs.firstIndex(where: { $0.position == first }) else { return nil }
        // The header may stand above the chosen container or open it.
        let window = scan.paragraphs[max(0, firstIndex - documentFrameParagraphs)..<min(scan.paragraphs.count, firstIndex + documentFrameParagraphs)]
            .filter { $0.linkChars == 0 && $0.text.contains(where: { $0.isLetter || $0.isNumber }) }
        guard var start = OfficialHeader.start(in: window.map(\.text)[...]) else { return nil }
        // The issuer over "Số: Không số", a law's number line without a number.
        let motto = start
        while start > 0, motto - start < OfficialHeader.maximumIssuerLines,
              OfficialHeader.isIssuerLine(window[start - 1].text) || OfficialHeader.isNumberlessLine(window[start - 1].text) {
            start -= 1
        }
        let head = window[start...].filter { $0.position < first }
        // The signature block from "Nơi nhận:" (or a capacity line) to the name under "(Đã ký)",
        // inside the container or just under it.
        let after = scan.paragraphs[firstIndex...].prefix { $0.position <= last }.count + firstIndex
        let closing = scan.paragraphs[firstIndex..<min(scan.paragraphs.count, after + documentFrameParagraphs)]
        guard let opening = closing.lastIndex(where: {
            $0.chars <= shortLineChars && Folding.key($0.text).hasPrefix(OfficialDocumentWords.recipientsOpening)
        }) else { return (head, [], window[start].position) }
        var tail: [PageScan.Paragraph] = []
        var signed = false
        for paragraph in closing[opening...] {
            guard paragraph.linkChars == 0, paragraph.chars <= shortLineChars else { break }
            tail.append(paragraph)
            if signed, paragraph.text.contains(where: \.isLowercase) { break }
            signed = signed || OfficialDocumentWords.isSignedMark(paragraph.text)
        }
        return (head, signed ? tail : [], window[start].position)
    }

    /// Widgets, navigation and tiny chrome that survive inside the content container.
    /// `label` is ``BoilerplateLabels/label(of:)`` of `folded`, `endsSection` whether it is
    /// a section ender.
    static func isFurniture(_ paragraph: PageScan.Paragraph, folded: String, label: String?, endsSection: Bool) -> Bool {
        if Double(paragraph.linkChars) > Double(paragraph.chars) * maximumLinkDensity { return true }
        if endsSection || label.map({ BoilerplateLabels.widgetSet.contains($0) }) == true
            || BoilerplateLabels.isCallToAction(folded) { return true }
        // A rating widget or a view counter ("Lượt xem: 412") inside the container.
        if paragraph.chars <= PageChrome.maximumChromeChars,
           PageTail.isRatingWidget(folded) || PageChrome.isViewCounter(paragraph.text) { return true }
        var wordLength = 0
        for character in folded {
            if character.isNumber { return false }
            if character.isLetter {
                wordLength += 1
                if wordLength >= 3 { return false }
            } else {
                wordLength = 0
            }
        }
        return true
    }

    /// The UTF-8 length of `text` when it is NFC by ``Normalization``'s quick check (no scalar
    /// of its table), nil otherwise. NFC is unique: two NFC texts are canonically equivalent,
    /// so `==`, exactly when their bytes are the same.
    static func nfcLength(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { Normalization.mayNeedNormalization(utf8: $0) ? nil : $0.count }
    }

    /// Scalars of a paragraph's opening folded by ``isLongText(_:notOfLengths:)``.
    static let openingScalars = 128
    /// More scalars than this make a folded paragraph too long for a call to action (whose
    /// test rejects folded texts of over twice ``BoilerplateLabels/maximumCallChars`` bytes).
    static let longTextScalars = 2 * BoilerplateLabels.maximumCallChars

    /// True when the content loop's tests on `Folding.key(text)` are settled, all negative,
    /// by the fold of its first ``openingScalars`` scalars: no section ender, widget label,
    /// call to action or title key, and a number or a word of three letters (so no furniture).
    ///
    /// Holds for a text that is NFC by the quick check of ``Normalization`` (whose fold is then
    /// one byte per scalar, without normalisation, so the opening's fold is the fold's opening) of more than
    /// ``longTextScalars`` scalars, a count no title key has, when the opening's fold has
    /// more than 40 label bytes (so the whole fold exceeds every label) and meets a number or
    /// a three-letter word (each byte a Character there but CR LF). False when undecided.
    static func isLongText(_ text: String, notOfLengths lengths: Set<Int>) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count > longTextScalars, !Normalization.mayNeedNormalization(utf8: bytes) else { return false }
            let scalars = scalarCount(bytes)
            guard scalars > longTextScalars, !lengths.contains(scalars) else { return false }
            var labelBytes = 0
            var wordLength = 0
            var sawWord = false
            var index = 0
            var previous: UInt8 = 0
            for _ in 0..<openingScalars {
                let lead = bytes[index]
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var folded = lead
                if lead >= 0x80 {
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    folded = Unicode.Scalar(value).map(Folding.ascii) ?? Folding.unmapped
                }
                folded = Folding.lowercase(folded)
                if !BoilerplateLabels.skippedBytes[Int(folded)] { labelBytes += 1 }
                if !sawWord {
                    if folded >= 0x30 && folded <= 0x39 {
                        sawWord = true
                    } else if folded >= 0x61 && folded <= 0x7A {
                        wordLength += 1
                        if wordLength >= 3 { sawWord = true }
                    } else if !(folded == 0x0A && previous == 0x0D) {
                        wordLength = 0
                    }
                }
                if sawWord && labelBytes > 40 { return true }
                previous = folded
                index += length
            }
            return false
        }
    }

    /// Scalars in valid UTF-8 `bytes`: the bytes that are not continuation bytes (10xxxxxx),
    /// counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A byte's top bit stays set when it is 1 and the bit below it is 0.
            continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 == 0x80 { continuations += 1 }
            offset += 1
        }
        return bytes.count - continuations
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { !$0.isEmpty && seen.insert(Folding.key($0)).inserted }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

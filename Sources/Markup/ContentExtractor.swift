import VietnameseText

/// Finds the article in a page: its paragraphs in reading order and its own metadata.
public enum ContentExtractor {
    /// Longest paragraph, in characters, read as a byline or dateline.
    static let shortLineChars = 120
    /// A paragraph whose link text exceeds this share of its text is navigation.
    static let maximumLinkDensity = 0.5
    /// How many elements before the headline a dateline may sit.
    static let datelineLead = 40

    /// Extracts the main content of an HTML page.
    public static func html(_ html: String) throws(MarkupError) -> PageContent {
        let document = try HTMLDocument(html)
        guard let root = document.root else { throw .noContent }
        let meta = PageMetadata(document)
        let scan = PageScan(root: root)
        let containers = ContentScoring.chooseContainers(scan)
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
        var title = meta.ogTitle ?? headline?.text ?? meta.documentTitle.map { TitleText.split($0).headline }
        title = title.map { Normalization.nfc($0.squeezedSpaces) }
        let titleForms = [title, meta.ogTitle, headline?.text, meta.documentTitle,
                          meta.documentTitle.map { TitleText.split($0).headline }].compactMap { $0 }

        var body: [PageScan.Paragraph] = []
        for paragraph in scan.paragraphs where inContent(paragraph) {
            let folded = Folding.key(paragraph.text)
            if !body.isEmpty && BoilerplateLabels.isLabel(folded, in: BoilerplateLabels.sectionEnders) { break }
            if isFurniture(paragraph, folded: folded) { continue }
            if titleForms.contains(where: { TitleText.same($0, paragraph.text) }) { continue }
            body.append(paragraph)
        }
        let text = Normalization.nfc(body.map(\.text).joined(separator: "\n\n"))
        guard !text.isEmpty else { throw .noContent }

        let anchor = min(headline?.position ?? contentStart, contentStart)
        let window = (anchor - datelineLead)...contentEnd
        let firstLong = body.first { $0.chars >= shortLineChars }?.position ?? contentEnd
        let published = meta.published
            ?? scan.machineDates.first { window.contains($0.position) }.flatMap { PublishedDate.fromMachineValue($0.value) }
            ?? dateline(in: scan.paragraphs.filter { $0.inDateHint && window.contains($0.position) })
            ?? dateline(in: scan.paragraphs.filter { $0.position >= anchor - datelineLead && $0.position <= firstLong })
            ?? body.last.flatMap { $0.chars <= 40 ? PublishedDate.fromPrintedText($0.text) : nil }

        var authors = meta.authors
        for paragraph in scan.paragraphs where paragraph.inAuthorHint && window.contains(paragraph.position) {
            if let name = Signature.author(in: paragraph.text, requireStyle: false) { authors.append(name) }
        }
        if let last = body.last, let name = Signature.author(in: last.text, requireStyle: true) {
            authors.append(name)
        }
        return PageContent(title: title, published: published, authors: unique(authors),
                           site: meta.site, text: text)
    }

    /// Widgets, navigation and tiny chrome that survive inside the content container.
    static func isFurniture(_ paragraph: PageScan.Paragraph, folded: String) -> Bool {
        if Double(paragraph.linkChars) > Double(paragraph.chars) * maximumLinkDensity { return true }
        if BoilerplateLabels.isLabel(folded, in: BoilerplateLabels.widgets)
            || BoilerplateLabels.isLabel(folded, in: BoilerplateLabels.sectionEnders) { return true }
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return !words.contains { $0.count >= 3 || $0.contains(where: \.isNumber) }
    }

    static func dateline(in paragraphs: [PageScan.Paragraph]) -> String? {
        for paragraph in paragraphs where paragraph.chars <= shortLineChars {
            if let date = PublishedDate.fromPrintedText(paragraph.text) { return date }
        }
        return nil
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

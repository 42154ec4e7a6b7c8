import VietnameseText

/// Words with their boxes on the pages of a document, as a PDF text layer (poppler) or OCR
/// (Tesseract) gives them, in the engine's reading order; turned into text by ``text``.
struct PageLayout: Sendable {
    struct Word: Sendable, Equatable {
        var text: String
        var x0, y0, x1, y1: Double
    }

    /// One line as the engine found it; `flow` and `block` are the engine's groups (poppler's
    /// flow and block, Tesseract's block and paragraph).
    struct Line: Sendable, Equatable {
        var flow: Int
        var block: Int
        var words: [Word]

        var x0: Double { words.map(\.x0).min() ?? 0 }
        var x1: Double { words.map(\.x1).max() ?? 0 }
        var y0: Double { words.map(\.y0).min() ?? 0 }
        var y1: Double { words.map(\.y1).max() ?? 0 }
        var height: Double { max(1, y1 - y0) }
        var centre: Double { (y0 + y1) / 2 }
        var text: String { words.map(\.text).joined(separator: " ") }
    }

    struct Page: Sendable, Equatable {
        var number: Int
        var width: Double
        var height: Double
        var lines: [Line]
    }

    var pages: [Page]

    /// Share of a page's height, from the top and from the bottom, where running headers,
    /// footers and page numbers are looked for.
    static let furnitureZone = 0.08

    /// Words of a line that touch (a gap under a twentieth of their height) joined into one:
    /// poppler ends a word where the font changes, as where a font lacks a letter and a
    /// fallback font draws it ("HUY" "Ệ" "N"), or a TCVN3 word takes a capital from `.VnTimeH`.
    mutating func joinTouchingWords() {
        for pageIndex in pages.indices {
            for lineIndex in pages[pageIndex].lines.indices {
                let words = pages[pageIndex].lines[lineIndex].words
                guard words.count > 1 else { continue }
                var joined: [Word] = [words[0]]
                for word in words.dropFirst() {
                    let last = joined[joined.count - 1]
                    let height = max(1, min(last.y1 - last.y0, word.y1 - word.y0))
                    let gap = word.x0 - last.x1
                    if gap < 0.05 * height, gap > -0.2 * height, min(last.y1, word.y1) - max(last.y0, word.y0) > 0.5 * height {
                        joined[joined.count - 1] = Word(text: last.text + word.text, x0: last.x0, y0: min(last.y0, word.y0),
                                                        x1: max(last.x1, word.x1), y1: max(last.y1, word.y1))
                    } else {
                        joined.append(word)
                    }
                }
                pages[pageIndex].lines[lineIndex].words = joined
            }
        }
    }

    /// The text in reading order, one paragraph a line: lines of one visual line that the
    /// engine split are merged; page numbers and lines repeated at the top or bottom of several
    /// pages are left out; lines of a paragraph are joined (also across a page break),
    /// keeping a hyphen at a line end ("05-" + "CT/TW" is "05-CT/TW", "2021 -" + "2025" is
    /// "2021 - 2025"); in a closing block, the signature column comes before "Nơi nhận:".
    var text: String {
        let split = pages.map { page in (page, Self.mergeSplitLines(page.lines).flatMap(Self.splitAtWideGaps)) }
        let margins = Margins(split.flatMap(\.1))
        let repeated = repeatedFurniture()
        var placed: [(page: Page, line: Line)] = []
        for (page, lines) in split {
            for line in lines where !isFurniture(line, on: page, repeated: repeated) {
                placed.append((page, line))
            }
        }
        placed = Self.signatureBeforeRecipients(Self.headerColumns(placed))
        var paragraphs: [String] = []
        var previous: (page: Page, line: Line)?
        for item in placed {
            let text = item.line.text
            if let previous, margins.continues(previous.line, on: previous.page.number, with: item.line, on: item.page.number),
               let last = paragraphs.popLast() {
                paragraphs.append(Self.join(last, text))
            } else {
                paragraphs.append(text)
            }
            previous = item
        }
        return paragraphs.joined(separator: "\n")
    }

    /// Joins a paragraph's next line: no space after a hyphen attached to a word ("05-").
    static func join(_ head: String, _ tail: String) -> String {
        if head.hasSuffix("-"), let before = head.dropLast().last, !before.isWhitespace {
            return head + tail
        }
        return head + " " + tail
    }

    /// Consecutive lines of one block on the same baseline, which an engine splits where a
    /// justified line has wide gaps, merged back into one.
    static func mergeSplitLines(_ lines: [Line]) -> [Line] {
        var merged: [Line] = []
        for line in lines where !line.words.isEmpty {
            if var last = merged.last, last.flow == line.flow, last.block == line.block,
               abs(last.centre - line.centre) < 0.4 * min(last.height, line.height), line.x0 >= last.x1 {
                last.words += line.words
                merged[merged.count - 1] = last
            } else {
                merged.append(line)
            }
        }
        return merged
    }

    /// A line with a gap wider than 2.5 line heights and three times its narrowest gap (two
    /// columns read as one line: "Nơi nhận:" beside "K/T TRƯỞNG BAN", the number beside the
    /// place and date) split there into one line a column. The gaps of a justified line are
    /// all alike, however wide, and a line with one gap is left whole.
    static func splitAtWideGaps(_ line: Line) -> [Line] {
        let gaps = zip(line.words, line.words.dropFirst()).map { $1.x0 - $0.x1 }
        guard gaps.count >= 2, let narrowest = gaps.min() else { return [line] }
        let threshold = max(2.5 * line.height, 3 * max(narrowest, 0.1 * line.height))
        var result: [Line] = []
        var current = Line(flow: line.flow, block: line.block, words: [line.words[0]])
        for (word, gap) in zip(line.words.dropFirst(), gaps) {
            if gap > threshold {
                result.append(current)
                current.words = []
            }
            current.words.append(word)
        }
        result.append(current)
        return result
    }

    /// Keys (lower-cased, digits as "#") of lines found in the top or bottom zone of at least
    /// two pages and of two pages in five: running headers and footers.
    func repeatedFurniture() -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var pagesByKey: [String: Set<Int>] = [:]
        for page in pages {
            for line in Self.mergeSplitLines(page.lines) where Self.inZone(line, page) {
                pagesByKey[Self.furnitureKey(line.text), default: []].insert(page.number)
            }
        }
        let needed = max(2, (pages.count * 2 + 4) / 5)
        return Set(pagesByKey.filter { $0.value.count >= needed }.keys)
    }

    static func inZone(_ line: Line, _ page: Page) -> Bool {
        line.y1 <= page.height * furnitureZone || line.y0 >= page.height * (1 - furnitureZone)
    }

    /// Letters without their marks and digits as "#": OCR reads a running header's marks
    /// differently from page to page ("ĐẢNG BỘ", "ĐẲNG BỘ").
    static func furnitureKey(_ text: String) -> String {
        String(Folding.key(text).filter { $0.isLetter || $0.isNumber }.map { $0.isNumber ? "#" : $0 })
    }

    /// "3", "- 3 -", "Trang 3", "3/12", "Page 3 of 12".
    static let pageNumber = Pattern(#"^[^a-z0-9]*(?:trang|page)?\s*[0-9]{1,4}\s*(?:(?:/|of|tren)\s*[0-9]{1,4})?[^a-z0-9]*$"#)

    func isFurniture(_ line: Line, on page: Page, repeated: Set<String>) -> Bool {
        guard Self.inZone(line, page) else { return false }
        return Self.pageNumber.match(in: AnalyzedText(line.text), at: 0) != nil || repeated.contains(Self.furnitureKey(line.text))
    }

    /// The header of an official document's first page has two columns: the issuer, "*" and
    /// the number on the left, the motto and the place-and-date line on the right. An engine
    /// may read them row by row; the left column is put first, then the right. The header ends
    /// at the first line centred on the page (the kind, "BÁO CÁO").
    static func headerColumns(_ placed: [(page: Page, line: Line)]) -> [(page: Page, line: Line)] {
        guard let first = placed.first else { return placed }
        let page = first.page
        let middle = page.width / 2
        var end = 0
        while end < placed.count, end < 12, placed[end].page.number == page.number {
            let line = placed[end].line
            if line.x0 < middle, line.x1 > middle, abs((line.x0 + line.x1) / 2 - middle) < 0.1 * page.width { break }
            end += 1
        }
        let band = placed[..<end]
        let left = band.filter { ($0.line.x0 + $0.line.x1) / 2 < middle }
        let right = band.filter { ($0.line.x0 + $0.line.x1) / 2 >= middle }
        guard !left.isEmpty, !right.isEmpty, end < placed.count else { return placed }
        return left + right + Array(placed[end...])
    }

    /// Official documents end with "Nơi nhận:" and its list on the left beside the signature
    /// block on the right; an engine reads the left column first, or both row by row. The
    /// signature column is put first, so the text ends like the document's body: signature,
    /// then the recipients.
    static func signatureBeforeRecipients(_ placed: [(page: Page, line: Line)]) -> [(page: Page, line: Line)] {
        guard let anchor = placed.lastIndex(where: { Folding.key($0.line.text).hasPrefix("noi nhan") }) else { return placed }
        let page = placed[anchor].page
        let middle = page.width * 0.45
        let top = placed[anchor].line.y0 - placed[anchor].line.height
        guard placed[anchor].line.x0 < middle else { return placed }
        var start = anchor
        while start > 0, placed[start - 1].page.number == page.number, placed[start - 1].line.x0 >= middle,
              placed[start - 1].line.y1 >= top {
            start -= 1
        }
        var end = anchor
        while end < placed.count, placed[end].page.number == page.number { end += 1 }
        let band = placed[start..<end]
        let right = band.filter { $0.line.x0 >= middle }
        let left = band.filter { $0.line.x0 < middle }
        guard !right.isEmpty else { return placed }
        return Array(placed[..<start]) + right + left + Array(placed[end...])
    }

    /// The body's margins, from the long lines: where a paragraph's lines start and end.
    struct Margins {
        var left: Double
        var right: Double

        init(_ lines: [Line]) {
            let widest = lines.map { $0.x1 - $0.x0 }.max() ?? 0
            let body = lines.filter { $0.x1 - $0.x0 >= 0.6 * widest }
            let lefts = body.map(\.x0).sorted()
            let rights = body.map(\.x1).sorted()
            left = lefts.isEmpty ? 0 : lefts[lefts.count / 10]
            right = rights.isEmpty ? 0 : rights[(rights.count * 9) / 10]
        }

        /// True when `next` goes on the paragraph `previous` ends: `previous` is full (the
        /// first word of `next` would not have fit after it), `next` starts at the left margin,
        /// is close below (or the first line of the next page), and is not a list item after
        /// a finished sentence.
        func continues(_ previous: Line, on previousPage: Int, with next: Line, on nextPage: Int) -> Bool {
            guard let first = next.words.first else { return false }
            let size = min(previous.height, next.height)
            let space = 0.3 * size
            guard previous.x1 + space + (first.x1 - first.x0) >= right - 0.5 * size else { return false }
            guard abs(next.x0 - left) <= 0.6 * size, previous.x0 >= left - 0.6 * size else { return false }
            if nextPage == previousPage {
                guard next.y0 > previous.y0, next.y0 - previous.y1 < 1.1 * size else { return false }
            } else if nextPage != previousPage + 1 {
                return false
            }
            if let end = previous.text.last, ".;:!?".contains(end),
               let start = first.text.first, "-+•–*".contains(start) || first.text.hasSuffix(")") {
                return false
            }
            return true
        }
    }
}

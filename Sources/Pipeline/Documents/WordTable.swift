/// The word table that `pdftotext -tsv` and `tesseract … tsv` write: one row a page, group,
/// line or word (`level page group subgroup line word left top width height conf text`).
/// poppler's groups are flow and block, Tesseract's block and paragraph; both are kept as
/// ``PageLayout/Line``'s `flow` and `block`.
struct WordTable {
    var layout = PageLayout(pages: [])
    /// Confidence (0–100) of each word; Tesseract's, or 100 for a text layer.
    var confidences: [Double] = []

    init(tsv: String) {
        var lineKey: (page: Int, flow: Int, block: Int, line: Int)?
        for row in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = row.split(separator: "\t", maxSplits: 11, omittingEmptySubsequences: false)
            guard fields.count >= 11, let level = Int(fields[0]), let page = Int(fields[1]),
                  let flow = Int(fields[2]), let block = Int(fields[3]), let line = Int(fields[4]),
                  let left = Double(fields[6]), let top = Double(fields[7]),
                  let width = Double(fields[8]), let height = Double(fields[9]) else { continue }
            if level == 1 {
                layout.pages.append(PageLayout.Page(number: page, width: width, height: height, lines: []))
                lineKey = nil
                continue
            }
            guard level == 5, fields.count == 12, !layout.pages.isEmpty else { continue }
            let text = fields[11].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let word = PageLayout.Word(text: String(text), x0: left, y0: top, x1: left + width, y1: top + height)
            let key = (page, flow, block, line)
            let last = layout.pages.count - 1
            if let lineKey, lineKey == key, !layout.pages[last].lines.isEmpty {
                layout.pages[last].lines[layout.pages[last].lines.count - 1].words.append(word)
            } else {
                layout.pages[last].lines.append(PageLayout.Line(flow: flow, block: block, words: [word]))
            }
            lineKey = key
            if let confidence = Double(fields[10]), confidence >= 0 { confidences.append(confidence) }
        }
    }
}

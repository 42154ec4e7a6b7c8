import ExtractionEngine
import Records
import VietnameseText

/// Finds Directive items: every numbered Party or State document the text cites, one item
/// per document with all its mentions (see ANNOTATION.md, "directives").
///
/// A mention spans the kind word through the number or symbol ("Chỉ thị số 05-CT/TW");
/// a symbol cited without a kind word ("theo 05-CT/TW") is a mention by itself.
public struct DirectiveExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Directive] {
        extract(from: text, wordStarts: WordStarts(text))
    }

    /// ``extract(from:)`` with the text's ``WordStarts``.
    func extract(from text: AnalyzedText, wordStarts: WordStarts) -> [Directive] {
        var check = DeadlineCheck(.never)
        return extract(from: text, wordStarts: wordStarts, check: &check)
    }

    /// ``extract(from:wordStarts:)`` until `check`'s deadline passes (then with what was
    /// found so far).
    func extract(from text: AnalyzedText, wordStarts: WordStarts, check: inout DeadlineCheck) -> [Directive] {
        var citations = DirectiveCitationFinder.citations(in: text, wordStarts: wordStarts, check: &check)
        guard !citations.isEmpty, !check.hasPassed(cost: .max) else { return [] }
        DirectiveIssuerSharing.shareAcrossLists(&citations, in: text)
        if check.hasPassed(cost: .max) { return [] }
        DirectiveIssuerSharing.takeIssuerBeforeIssuance(&citations, in: text)
        if check.hasPassed(cost: .max) { return [] }
        return DirectiveMerging.merge(citations)
    }
}

/// One occurrence of a cited document with what the text states about it there.
struct DirectiveCitation: Sendable {
    var kind: DirectiveKind
    var number: String
    var code: String?
    var range: Range<Int>
    var tail: DirectiveTail
}

/// Turns kind words with numbers and free-standing symbols into citations.
enum DirectiveCitationFinder {
    static func citations(in text: AnalyzedText, wordStarts: WordStarts) -> [DirectiveCitation] {
        var check = DeadlineCheck(.never)
        return citations(in: text, wordStarts: wordStarts, check: &check)
    }

    static func citations(in text: AnalyzedText, wordStarts: WordStarts, check: inout DeadlineCheck) -> [DirectiveCitation] {
        var citations: [DirectiveCitation] = []
        // The code points of the symbols the titles took: a free-standing symbol overlapping one is not another citation.
        var symbolsTaken = ClaimedPositions(count: text.count)
        for title in DirectiveTitleRules.titles(in: text, wordStarts: wordStarts) {
            if check.hasPassed() { return [] }
            if let code = DirectiveCodeParser.code(in: text, at: title.numberStart) {
                symbolsTaken.claim(code.range)
                citations.append(citation(kind: title.kind, number: code.number, code: code.code,
                                          range: title.nameRange.lowerBound..<code.range.upperBound, text))
            } else if let number = DirectiveTitleRules.bareNumber(text, after: title) {
                citations.append(citation(kind: title.kind, number: text.slice(number), code: nil,
                                          range: title.nameRange.lowerBound..<number.upperBound, text))
            }
        }
        for code in DirectiveCodeParser.allCodes(in: text, wordStarts: wordStarts)
        where !symbolsTaken.overlaps(code.range) && !isOwnNumber(code.range, in: text) {
            if check.hasPassed() { return [] }
            let named = DirectiveTitleRules.namedTitle(text, beforeSymbolAt: code.range.lowerBound)
            guard let kind = DirectiveKinds.resolve(namedAcrossTitle: named?.kind, code: code) else { continue }
            let start = named?.nameRange.lowerBound ?? code.range.lowerBound
            citations.append(citation(kind: kind, number: code.number, code: code.code,
                                      range: start..<code.range.upperBound, text))
        }
        return citations.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// True for the symbol of a document's own number line, "Số 215-BC/HU" or "Số: 45-TB/BTGTU"
    /// alone on its line in the header, or before the next column of a two-column header
    /// (a tab or a wide gap: "Số: 52/BC-THCS\tBố Hạ, ngày …"): the document itself, not one it cites.
    static func isOwnNumber(_ range: Range<Int>, in text: AnalyzedText) -> Bool {
        text.folded.withView { bytes in
            var end = range.upperBound
            while end < bytes.count, FoldedScan.isBlank(bytes[end]) || bytes[end] == 0x0D { end += 1 }
            let columnGap = bytes[range.upperBound..<end].contains(0x09) || end - range.upperBound >= 3
            guard end == bytes.count || bytes[end] == 0x0A || columnGap || isPlaceAndDate(bytes, from: end) else { return false }
            var start = range.lowerBound
            while start > 0, FoldedScan.isBlank(bytes[start - 1]) { start -= 1 }
            if start > 0, bytes[start - 1] == UInt8(ascii: ":") { start -= 1 }
            while start > 0, FoldedScan.isBlank(bytes[start - 1]) { start -= 1 }
            guard start >= 2, FoldedScan.has(bytes, "so", at: start - 2, upper: range.lowerBound) else { return false }
            var lineStart = start - 2
            while lineStart > 0, FoldedScan.isBlank(bytes[lineStart - 1]) { lineStart -= 1 }
            return lineStart == 0 || bytes[lineStart - 1] == 0x0A
        }
    }

    /// The folded words of a place-and-date line, in order: "Bố Hạ, ngày 25 tháng 5 năm 2024".
    static let placeAndDateWords: [[UInt8]] = [", ngay ", " thang ", " nam "].map { Array($0.utf8) }

    /// True when the rest of the line from `start` is the header's place and date, which
    /// follows the number on the same line once the two columns are joined.
    static func isPlaceAndDate(_ bytes: FoldedScan.Bytes, from start: Int) -> Bool {
        var lineEnd = start
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, lineEnd - start < 80 { lineEnd += 1 }
        guard lineEnd == bytes.count || bytes[lineEnd] == 0x0A else { return false }
        var cursor = start
        for (index, word) in placeAndDateWords.enumerated() {
            while cursor < lineEnd, !FoldedScan.has(bytes, word, at: cursor, upper: lineEnd) { cursor += 1 }
            guard cursor < lineEnd else { return false }
            // The place comes before ", ngày": "Số 21-NQ/TW, ngày …" is a cited symbol and its date.
            if index == 0, !(start..<cursor).contains(where: { FoldedScan.isLowerLetter(bytes[$0]) }) { return false }
            cursor += word.count
        }
        return true
    }

    static func citation(kind: DirectiveKind, number: String, code: String?, range: Range<Int>,
                         _ text: AnalyzedText) -> DirectiveCitation {
        DirectiveCitation(kind: kind, number: number, code: code, range: range,
                          tail: tail(text, after: range.upperBound))
    }

    /// The tail read on the 400 code points after the citation in a long text (the whole
    /// of a short one).
    static func tail(_ text: AnalyzedText, after position: Int) -> DirectiveTail {
        let end = min(text.count, position + 400)
        let bound = text.count > 800 && DirectiveMatching.isFaithfulWindow(text, position..<end) ? end : text.count
        return DirectiveTailRules.tail(text, after: position, bound: bound)
    }
}

import VietnameseText

/// The header of an official document (a report, plan or notice of the Party or the State)
/// reproduced in a plain-text page: issuer lines, "*", "Số 78-BC/BTGHU", the motto, the
/// place-and-date line, the kind ("BÁO CÁO") and its subtitle. The header is document text,
/// not page furniture: it stays in the article text for the readers of the document.
enum OfficialHeader {
    /// Motto lines (folded, without decoration) of a Party or State document.
    static let mottoes: Set<String> = Set(OfficialDocumentWords.mottoes.map { Folding.key($0.example) })
    /// Kind lines (folded) of a document title, printed alone over the subtitle.
    static let kinds: Set<String> = Set(OfficialDocumentWords.titleNames)
    /// The place-and-date line: "Bảo Lâm, ngày 05 tháng 12 năm 2023" (folded).
    static let placeDate = Pattern(#"^\s*[a-z][a-z0-9 .'-]{1,40},\s*ngay\s+[0-3]?[0-9]\s+thang\s+[01]?[0-9]\s*,?\s*nam\s+(?:19|20)[0-9]{2}\s*\.?\s*$"#)
    /// The number line: "Số 78-BC/BTGHU", "Số: 33/2009/QĐ-UBND" (folded).
    static let numberLine = Pattern(#"^\s*so\s*:?\s*[0-9]+\s*[-/]"#)
    /// Most header lines above the motto or number line (issuer lines and "*").
    static let maximumIssuerLines = 6
    /// Most lines between the motto and the place-and-date or number line.
    static let maximumMottoGap = 3
    /// Most subtitle lines under the kind line.
    static let maximumSubtitleLines = 4

    /// ``mottoes`` split into words, for the comparison that forgives an OCR misreading.
    static let mottoWords: [[String]] = mottoes.map { $0.split(separator: " ").map(String.init) }

    static func isMotto(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(60) else { return false }
        let folded = BoilerplateLabels.strippedDecoration(Folding.key(line))
        if mottoes.contains(folded) { return true }
        let words = folded.split(separator: " ")
        return mottoWords.contains { NearMatch.words(words, nearlyEqual: $0) }
    }

    /// True when `line` is a place-and-date line, its place capitalised.
    static func isPlaceDate(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(80), line.first?.isUppercase == true else { return false }
        return placeDate.match(in: AnalyzedText(line.squeezedSpaces), at: 0) != nil
    }

    /// "Số: Không số": the number line of a document without a number (a law).
    static func isNumberlessLine(_ line: String) -> Bool {
        line.hasAtMostCharacters(24) && Folding.key(line.squeezedSpaces) == "so: khong so"
    }

    static func isNumberLine(_ line: String) -> Bool {
        line.hasAtMostCharacters(60) && numberLine.match(in: AnalyzedText(line.squeezedSpaces), at: 0) != nil
    }

    /// A line of the issuer block: in capitals, or only punctuation ("*", "-----"), or the number line.
    static func isIssuerLine(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(80) else { return false }
        if !line.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        return !line.contains(where: \.isLowercase) || isNumberLine(line)
    }

    /// Where the document header starts among `lines`: the issuer block over a motto that a
    /// place-and-date or number line accompanies.
    static func start(in lines: ArraySlice<String>) -> Int? {
        guard let motto = lines.indices.first(where: { index in
            isMotto(lines[index]) && lines.indices.contains { other in
                abs(other - index) <= maximumMottoGap && (isPlaceDate(lines[other]) || isNumberLine(lines[other]))
            }
        }) else { return nil }
        var start = motto
        while start - 1 >= lines.startIndex, motto - (start - 1) <= maximumIssuerLines, isIssuerLine(lines[start - 1]) {
            start -= 1
        }
        return start
    }

    /// The document's date from its place-and-date line.
    static func date(in lines: ArraySlice<String>) -> String? {
        lines.first(where: isPlaceDate).flatMap { PublishedDate.fromPrintedText($0) }
    }

    /// The document's title: the kind line in sentence case and its subtitle lines, as one line
    /// ("BÁO CÁO" over "Kết quả thực hiện …" gives "Báo cáo kết quả thực hiện …").
    static func title(in lines: ArraySlice<String>) -> String? {
        guard let kindIndex = lines.indices.first(where: { kinds.contains(BoilerplateLabels.strippedDecoration(Folding.key(lines[$0]))) })
        else { return nil }
        let kind = lines[kindIndex].trimmingSpaces
        var subtitle: [String] = []
        var index = kindIndex + 1
        // The header's second column, read after the kind word when its two columns were read one
        // after the other (a PDF's text): the motto, its rule and the place-and-date line.
        while index < lines.endIndex, isMotto(lines[index]) || isPlaceDate(lines[index]) {
            index = lines.indices[(index + 1)...].first { line in lines[line].contains(where: \.isLetter) } ?? lines.endIndex
        }
        while index < lines.endIndex, subtitle.count < maximumSubtitleLines {
            let line = lines[index].trimmingSpaces
            if !line.contains(where: { $0.isLetter || $0.isNumber }) || PlainTextCleaner.isProse(line) { break }
            subtitle.append(line)
            index += 1
        }
        var text = sentenceCase(kind)
        if var first = subtitle.first {
            if first.contains(where: \.isLowercase), let letter = first.first, letter.isUppercase {
                first = letter.lowercased() + first.dropFirst()
            }
            subtitle[0] = first
            text += " " + subtitle.joined(separator: " ")
        }
        return Normalization.nfc(text.squeezedSpaces)
    }

    /// "BÁO CÁO" → "Báo cáo".
    static func sentenceCase(_ text: String) -> String {
        let lower = text.lowercased()
        guard let first = lower.first else { return lower }
        return first.uppercased() + lower.dropFirst()
    }
}

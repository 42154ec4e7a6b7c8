import ExtractionEngine
import VietnameseText

/// Issuers stated once for several citations.
enum DirectiveIssuerSharing {
    /// Separators of a coordinated list of citations: "Chỉ thị 05, Kết luận 01 của Bộ Chính trị".
    static let listSeparator = Pattern(#"\s*(?:,|\s(?:va|cung|hoac))\s*(?:(?:va|cung)\s+)?"#)

    /// Symbols that name different issuers ("30/2020/NĐ-CP" and "2012/QĐ-UBND") keep a list
    /// from sharing one "của …"; a citation without a symbol says nothing against it.
    static func sameIssuingSymbol(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return Folding.key(String(issuerSegment(lhs))) == Folding.key(String(issuerSegment(rhs)))
    }

    /// The issuer part of a symbol: "TW" of "05-CT/TW", "UBND" of "1234/QĐ-UBND", "QH13" of "80/2015/QH13".
    static func issuerSegment(_ code: String) -> Substring {
        guard let slash = code.lastIndex(of: "/") else { return Substring(code) }
        let after = code[code.index(after: slash)...]
        guard let dash = after.firstIndex(of: "-") else { return after }
        return after[after.index(after: dash)...]
    }

    /// Where the list separator (``listSeparator``) at `position` ends, if one stands there.
    static func separatorEnd(_ text: AnalyzedText, at position: Int) -> Int? {
        guard position >= 0, position <= text.count else { return nil }
        let upper = DirectiveMatching.upper(at: position, bound: text.count)
        return text.folded.withView { DirectiveScan.listSeparator($0, position, upper) }
    }

    /// The matches of ``issuance`` inside `range`; the expression sees nothing outside it.
    static func issuances(_ text: AnalyzedText, in range: Range<Int>) -> [Range<Int>] {
        let range = range.clamped(to: 0..<text.count)
        return text.folded.withView { DirectiveScan.issuances($0, range.lowerBound, range.upperBound) }
    }

    /// A citation whose tail states no issuer takes the issuer (and term) of the next
    /// citation in the same coordinated list.
    static func shareAcrossLists(_ citations: inout [DirectiveCitation], in text: AnalyzedText) {
        guard citations.count > 1 else { return }
        for index in stride(from: citations.count - 2, through: 0, by: -1) {
            let next = citations[index + 1]
            guard citations[index].tail.issuer == nil, let issuer = next.tail.issuer,
                  separatorEnd(text, at: citations[index].tail.end) == next.range.lowerBound
                    || isSymbolSeries(citations[index], next, in: text),
                  sameIssuingSymbol(citations[index].code, next.code) else { continue }
            citations[index].tail.issuer = issuer
            if citations[index].tail.term == nil { citations[index].tail.term = next.tail.term }
        }
    }

    /// Folded words that join two citations of a series ("A ngày … và B ngày … của X").
    static let seriesJoiners: [[UInt8]] = ["va", "cung"].map { Array($0.utf8) }

    /// "Chương trình 03-CTr/TU ngày 28/6/2016; Chương trình số 06-CTr/TU ngày 29/6/2016 …
    /// của Thành ủy khóa XVI", "A ngày … và B ngày … của X": citations of one kind, each with
    /// its symbol, separated by a semicolon, a comma or "và", form a list too
    /// when their symbols name the same issuer.
    static func isSymbolSeries(_ citation: DirectiveCitation, _ next: DirectiveCitation, in text: AnalyzedText) -> Bool {
        guard citation.kind == next.kind, let code = citation.code, let nextCode = next.code,
              Folding.key(String(issuerSegment(code))) == Folding.key(String(issuerSegment(nextCode))) else { return false }
        var position = citation.tail.end
        if citation.tail.issuer == nil,
           let topic = DirectiveTailRules.quotedTopicEnd(text, at: position, bound: next.range.lowerBound) {
            position = topic
        }
        while position < next.range.lowerBound, text.ascii[position] == UInt8(ascii: " ") { position += 1 }
        guard position < next.range.lowerBound else { return false }
        if text.ascii[position] == UInt8(ascii: ";") || text.ascii[position] == UInt8(ascii: ",") {
            position += 1
        } else if let word = seriesJoiners.first(where: { joiner in
            position + joiner.count < next.range.lowerBound
                && text.folded[position..<(position + joiner.count)].elementsEqual(joiner)
                && text.ascii[position + joiner.count] == UInt8(ascii: " ")
        }) {
            position += word.count
        } else {
            return false
        }
        while position < next.range.lowerBound, text.ascii[position] == UInt8(ascii: " ") { position += 1 }
        return position == next.range.lowerBound
    }

    static let issuance = Pattern(#"(?<![a-z])ban hanh(?![a-z])"#)
    /// Folded words between "ban hành" and a citation that make the citation something else
    /// than what was issued ("ban hành kế hoạch thực hiện Chỉ thị 05").
    static let blockers: [String] = [
        "thuc hien", "trien khai", "quan triet", "ve", "cua", "theo", "can cu", "tiep tuc", "so ket",
        "tong ket", "nham", "hoc tap", "chi dao", "thay the", "sua doi", "bai bo", "bo sung", "huy bo", "dieu chinh",
        "phe duyet",
    ]
    /// Lower-case verbs that state a body holds the document it names right after:
    /// "Thị ủy … có Đề án số 03".
    static let holdingVerbs: Set<String> = ["có"]

    /// "<Body> đã ban hành nhiều văn bản, kế hoạch như Kế hoạch số 33", "<Body> có Đề án số 03":
    /// the body issued the citation when nothing between the verb and it is a clause of its own;
    /// the next citations of the same coordinated list share it.
    static func takeIssuerBeforeIssuance(_ citations: inout [DirectiveCitation], in text: AnalyzedText) {
        guard citations.contains(where: { $0.tail.issuer == nil }) else { return }
        let sentences = text.sentences
        var subjects: [Int: DirectiveIssuingSubject] = [:]
        for index in citations.indices where citations[index].tail.issuer == nil {
            let start = citations[index].range.lowerBound
            guard let sentence = OrderedRanges.range(containing: start, in: sentences) else { continue }
            let subject: DirectiveIssuingSubject
            if let verbStart = issuingVerb(before: start, in: text, sentence: sentence),
               let found = DirectiveIssuingSubjectRules.subject(ofVerbAt: verbStart, in: text, sentence: sentence) {
                subject = found
            } else if index > 0, let shared = subjects[index - 1],
                      separatorEnd(text, at: citations[index - 1].tail.end) == start {
                subject = shared
            } else {
                continue
            }
            subjects[index] = subject
            citations[index].tail.issuer = Normalization.field(text.slice(subject.body))
            if citations[index].tail.term == nil { citations[index].tail.term = subject.term }
            if citations[index].tail.date == nil { citations[index].tail.date = subject.date }
        }
    }

    /// Where the verb that issued the citation at `start` begins: a holding verb right before
    /// it, or the last "ban hành" before it with no clause of its own in between.
    static func issuingVerb(before start: Int, in text: AnalyzedText, sentence: Range<Int>) -> Int? {
        if let word = DirectiveIssuerRules.previousWord(text, endingAt: start, lowerBound: sentence.lowerBound),
           holdingVerbs.contains(TextWords.lowercased(text, word)),
           lastExamplesOpener(in: foldedWords(text, max(sentence.lowerBound, word.lowerBound - 12)..<word.upperBound), text) == nil {
            return word.lowerBound
        }
        let searchStart = max(sentence.lowerBound, start - 400)
        guard let verb = issuances(text, in: searchStart..<start).last else { return nil }
        var between = foldedWords(text, verb.upperBound..<start)
        // "ban hành 27 văn bản lãnh đạo, chỉ đạo, trong đó có Kế hoạch số 41 … và Kế hoạch số
        // 18": the citations are what was issued. The words before "trong đó" describe the
        // whole and are read for blockers ("văn bản … để triển khai các nghị quyết của Trung
        // ương, trong đó có …" names documents implemented, not issued) but not counted.
        if let opener = lastExamplesOpener(in: between, text) {
            let whole = between[..<opener].filter { word in !issuedWholeWords.contains { text.folded[word].elementsEqual($0) } }
            guard !blockerWords.contains(where: { blocker in standsIn(Array(whole), blocker, text) }) else { return nil }
            between.removeSubrange(..<opener)
        }
        guard between.count <= 15,
              !blockerWords.contains(where: { blocker in standsIn(between, blocker, text) }),
              !opensClauseWithSubject(text, verb.upperBound..<start) else { return nil }
        return verb.lowerBound
    }

    /// Folded words of "văn bản lãnh đạo, chỉ đạo", the usual description of what a body
    /// issued: not read as the blocker "chỉ đạo".
    static let issuedWholeWords: [[UInt8]] = ["lanh", "dao", "chi"].map { Array($0.utf8) }

    /// Folded words before a citation that name it as one of the documents just issued.
    static let examplesOpeners: [String] = ["trong do co", "trong do"]
    static let examplesOpenerWords: [[[UInt8]]] = examplesOpeners.map { $0.split(separator: " ").map { Array($0.utf8) } }

    /// The index just past the last "trong đó có" (or "trong đó") among `words`, or nil.
    static func lastExamplesOpener(in words: [Range<Int>], _ text: AnalyzedText) -> Int? {
        guard words.count >= 2 else { return nil }
        for start in stride(from: words.count - 2, through: 0, by: -1) {
            for phrase in examplesOpenerWords where start + phrase.count <= words.count {
                if phrase.indices.allSatisfy({ text.folded[words[start + $0]].elementsEqual(phrase[$0]) }) {
                    return start + phrase.count
                }
            }
        }
        return nil
    }

    /// ``blockers`` as words of folded bytes.
    static let blockerWords: [[[UInt8]]] = blockers.map { $0.split(separator: " ").map { Array($0.utf8) } }

    /// The runs of letters and digits of the folded range: its words, punctuation read as spaces.
    static func foldedWords(_ text: AnalyzedText, _ range: Range<Int>) -> [Range<Int>] {
        Runs.of(range) { FoldedScan.isLowerAlphanumeric(text.folded[$0]) }
    }

    /// True when `phrase` stands as consecutive whole words among `words`.
    static func standsIn(_ words: [Range<Int>], _ phrase: [[UInt8]], _ text: AnalyzedText) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) {
            let matches = phrase.indices.allSatisfy { offset in
                text.folded[words[start + offset]].elementsEqual(phrase[offset])
            }
            if matches { return true }
        }
        return false
    }

    /// True when a ";" between the verb and the citation opens a clause that names a body of
    /// its own: "Huyện ủy A ban hành …; Thị ủy B xây dựng Đề án số 03".
    static func opensClauseWithSubject(_ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            guard text.ascii[index] == UInt8(ascii: ";") else { continue }
            guard let word = DirectiveIssuerRules.nextWord(text, from: index + 1), word.upperBound <= range.upperBound else {
                return false
            }
            let opens = text.isUppercase(at: word.lowerBound)
                || DirectiveIssuerRules.lowerCaseOpenings.contains(TextWords.lowercased(text, word))
            return opens && DirectiveIssuerRules.startsBody(text, at: word.lowerBound)
        }
        return false
    }
}

extension DirectiveIssuerSharing {
    /// "Ngày 14/9/2021, |Ban Thường vụ Tỉnh ủy ban hành …": the issue date stated before the body.
    static func dateOpening(_ text: AnalyzedText, before position: Int, lowerBound: Int) -> String? {
        var end = position
        while end > lowerBound, text.ascii[end - 1] == UInt8(ascii: " ") || text.ascii[end - 1] == UInt8(ascii: ",") {
            end -= 1
        }
        let start = max(lowerBound, end - 40)
        let rules: [(FoldedScan.Bytes, Int, Int) -> DirectiveMatch?] = [DirectiveScan.numericDate, DirectiveScan.wordDate]
        let dateStart = text.folded.withView { bytes -> Int? in
            for rule in rules {
                var position = start
                while position < end {
                    guard let match = rule(bytes, position, end) else { position += 1; continue }
                    if match.range.upperBound == end { return position }
                    position = match.range.upperBound
                }
            }
            return nil
        }
        return dateStart.flatMap { DirectiveTailRules.date(text, at: $0)?.0 }
    }

    /// "Bộ Chính trị (khóa XII)| ban hành", "Ban Bí thư khóa IX| ban hành": the term and
    /// where it starts.
    static func termBefore(_ text: AnalyzedText, endingAt position: Int,
                           lowerBound: Int) -> (roman: String, start: Int)? {
        var close = position
        while close > lowerBound, text.ascii[close - 1] == UInt8(ascii: " ") { close -= 1 }
        guard close > lowerBound else { return nil }
        if text.ascii[close - 1] != UInt8(ascii: ")") {
            guard let numeral = DirectiveIssuerRules.previousWord(text, endingAt: close, lowerBound: lowerBound),
                  DirectiveIssuerRules.isRomanNumeral(text, numeral),
                  let word = DirectiveIssuerRules.previousWord(text, endingAt: numeral.lowerBound, lowerBound: lowerBound),
                  text.foldedSlice(word) == "khoa" else { return nil }
            return (text.slice(numeral), word.lowerBound)
        }
        var open = close - 1
        while open > max(lowerBound, close - 20), text.ascii[open] != UInt8(ascii: "(") { open -= 1 }
        guard text.ascii[open] == UInt8(ascii: "("), let (roman, end) = DirectiveTailRules.term(text, at: open),
              end == close else { return nil }
        return (roman, open)
    }
}

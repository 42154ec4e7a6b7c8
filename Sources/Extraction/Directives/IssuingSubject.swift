import VietnameseText

/// The body that is the subject of an issuing verb ("Ban Thường vụ Tỉnh ủy đã ban hành",
/// "Bộ Chính trị khóa X ban hành", "Thị ủy … có Đề án"), with the term and the opening date
/// its clause states.
struct DirectiveIssuingSubject: Sendable {
    var body: Range<Int>
    var term: String?
    var date: String?
}

/// Reads the subject of an issuing verb backwards; a clause without a subject of its own
/// ("…; đồng thời ban hành …") takes the subject of the previous issuing verb of its sentence.
enum DirectiveIssuingSubjectRules {
    /// Folded adverbs between a body and its verb: "Tỉnh ủy đã kịp thời ban hành".
    static let adverbs: Set<String> = ["da", "vua", "cung", "moi", "kip", "thoi", "tiep", "tuc", "som", "lan", "luot"]

    /// Folded verbs that may precede "ban hành" in one action: "Huyện ủy xây dựng và ban hành".
    static let preambles: [[String]] = [["xay", "dung", "va"], ["nghien", "cuu", "va"], ["soan", "thao", "va"]]

    /// Folded words that open a clause without a subject of its own: "; đồng thời ban hành".
    static let subjectlessOpeners: Set<String> = ["dong", "thoi", "va", "sau", "do", "tiep", "theo", "ngoai", "ra",
                                                  "cung", "con"]

    /// Folded words before a body's name that make it several bodies, none of them the issuer:
    /// "các huyện ủy có kế hoạch".
    static let pluralMarkers: Set<String> = ["cac", "nhung", "nhieu", "moi", "tung", "mot", "so"]

    /// Punctuation that closes the clause before a subjectless one.
    static let clauseSeparators: Set<UInt8> = [UInt8(ascii: ";"), UInt8(ascii: ",")]

    /// "ban hành" as a whole phrase.
    static let issuance = Pattern(#"(?<![a-z])ban hanh(?![a-z])"#)

    /// The subject of the verb that starts at `verbStart`, within `sentence`.
    static func subject(ofVerbAt verbStart: Int, in text: AnalyzedText, sentence: Range<Int>,
                        depth: Int = 0) -> DirectiveIssuingSubject? {
        let lowerBound = sentence.lowerBound
        var bodyEnd = skipAdverbs(text, endingAt: verbStart, lowerBound: lowerBound)
        bodyEnd = skipPreamble(text, endingAt: bodyEnd, lowerBound: lowerBound)
        bodyEnd = skipAdverbs(text, endingAt: bodyEnd, lowerBound: lowerBound)
        let term = DirectiveIssuerSharing.termBefore(text, endingAt: bodyEnd, lowerBound: lowerBound)
        if let term { bodyEnd = term.start }
        if let body = DirectiveIssuerRules.readBackward(text, endingAt: bodyEnd, lowerBound: lowerBound) {
            if let before = DirectiveIssuerRules.previousWord(text, endingAt: body.lowerBound, lowerBound: lowerBound),
               pluralMarkers.contains(text.foldedSlice(before)) {
                return nil
            }
            return DirectiveIssuingSubject(
                body: body, term: term?.roman,
                date: DirectiveIssuerSharing.dateOpening(text, before: body.lowerBound, lowerBound: lowerBound))
        }
        guard term == nil, depth < 3, let clauseEnd = subjectlessClauseBoundary(text, endingAt: bodyEnd, lowerBound: lowerBound),
              let previous = DirectiveIssuerSharing.issuances(text, in: max(lowerBound, clauseEnd - 400)..<clauseEnd).last
        else { return nil }
        return subject(ofVerbAt: previous.lowerBound, in: text, sentence: sentence, depth: depth + 1)
    }

    /// Where the previous clause ends when the words before `position` only open a clause
    /// ("…; đồng thời |"), or nil when they name something.
    static func subjectlessClauseBoundary(_ text: AnalyzedText, endingAt position: Int, lowerBound: Int) -> Int? {
        var index = position
        var count = 0
        while count < 4, let word = DirectiveIssuerRules.previousWord(text, endingAt: index, lowerBound: lowerBound),
              subjectlessOpeners.contains(text.foldedSlice(word)) {
            index = word.lowerBound
            count += 1
        }
        while index > lowerBound, text.ascii[index - 1] == UInt8(ascii: " ") { index -= 1 }
        guard index > lowerBound, clauseSeparators.contains(text.ascii[index - 1]) else { return nil }
        return index - 1
    }

    static func skipAdverbs(_ text: AnalyzedText, endingAt position: Int, lowerBound: Int) -> Int {
        var end = position
        while let word = DirectiveIssuerRules.previousWord(text, endingAt: end, lowerBound: lowerBound),
              adverbs.contains(text.foldedSlice(word)) {
            end = word.lowerBound
        }
        return end
    }

    static func skipPreamble(_ text: AnalyzedText, endingAt position: Int, lowerBound: Int) -> Int {
        for preamble in preambles {
            var end = position
            var matched = true
            for expected in preamble.reversed() {
                guard let word = DirectiveIssuerRules.previousWord(text, endingAt: end, lowerBound: lowerBound),
                      text.foldedSlice(word) == expected else {
                    matched = false
                    break
                }
                end = word.lowerBound
            }
            if matched { return end }
        }
        return position
    }
}

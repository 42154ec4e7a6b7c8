import VietnameseText

/// Reads the unit that runs a model from the words right after its name: "(…)" or "của …".
enum ModelOwner {
    /// The owner clause after a name ending at `position`, if any: its range in the text
    /// (the whole clause, for list joining) and the owner's words.
    struct Clause {
        let range: Range<Int>
        let owner: String?
    }

    static let ofWord = Pattern("cua\\s+")
    /// The edition or year printed between a name and its owner: "lần thứ III", "năm 2023".
    static let edition = Pattern("(lan thu [a-z0-9]+|lan [0-9]+|nam [0-9]{4})\\s+(?=cua\\s|\\()")
    static let clauseEnd = Set(";,.:!?()\"\n".utf8)

    /// The owner clause starting at `position` (after optional spaces), or nil when none.
    static func clause(in text: AnalyzedText, at position: Int, limit: Int) -> Clause? {
        var start = position
        while start < limit, text.folded[start] == 0x20 { start += 1 }
        guard start < limit else { return nil }
        if let skipped = edition.match(in: text, at: start, limit: limit) { start = skipped.range.upperBound }
        if text.folded[start] == UInt8(ascii: "(") {
            var end = start + 1
            while end < limit, text.folded[end] != UInt8(ascii: ")"), text.folded[end] != 0x0A { end += 1 }
            guard end < limit, text.folded[end] == UInt8(ascii: ")") else { return nil }
            let inner = ModelText.trimmed(text, (start + 1)..<end)
            return Clause(range: start..<(end + 1), owner: unit(text, inner))
        }
        guard let match = ofWord.match(in: text, at: start, limit: limit),
              text.slice(start..<(start + 3)).lowercased() == "của" else { return nil }
        var end = match.range.upperBound
        var ownerWords: [Range<Int>] = []
        var cursor = end
        while cursor < limit {
            let byte = text.folded[cursor]
            if clauseEnd.contains(byte) { break }
            if byte == 0x20 {
                cursor += 1
                continue
            }
            var wordEnd = cursor
            while wordEnd < limit, text.folded[wordEnd] != 0x20, !clauseEnd.contains(text.folded[wordEnd]) { wordEnd += 1 }
            if isStopWord(text, at: cursor, limit: limit) { break }
            ownerWords.append(cursor..<wordEnd)
            end = wordEnd
            cursor = wordEnd
        }
        while let last = ownerWords.last, !closesUnitName(text, last) { ownerWords.removeLast() }
        let owner = ownerWords.count <= ModelVocabulary.maxOwnerWords
            ? ownerWords.last.flatMap { unit(text, match.range.upperBound..<$0.upperBound) } : nil
        return Clause(range: start..<end, owner: owner)
    }

    /// The owner's text when it names a unit, normalised.
    static func unit(_ text: AnalyzedText, _ range: Range<Int>) -> String? {
        let trimmed = ModelText.trimmed(text, range)
        guard !trimmed.isEmpty else { return nil }
        let words = ModelText.originalWords(text, trimmed)
        let isUnit = ModelVocabulary.unitHeads.contains { head in
            let headWords = head.split(separator: " ").map(String.init)
            return words.count >= headWords.count && Array(words.prefix(headWords.count)) == headWords
        }
        return isUnit ? Normalization.field(text.slice(trimmed)) : nil
    }

    /// True when a word can end a unit's name: capitalised, a number, or a level word ("xã").
    static func closesUnitName(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        if text.isUppercase(at: word.lowerBound) || (0x30...0x39).contains(text.ascii[word.lowerBound]) { return true }
        let printed = Normalization.field(text.slice(word)).lowercased()
        return ModelVocabulary.unitTailWords.contains(printed)
    }

    static func isStopWord(_ text: AnalyzedText, at position: Int, limit: Int) -> Bool {
        let rest = ModelText.originalWords(text, position..<min(limit, position + 24))
        return ModelVocabulary.ownerStopWords.contains { stop in
            let stopWords = stop.split(separator: " ").map(String.init)
            return rest.count >= stopWords.count && Array(rest.prefix(stopWords.count)) == stopWords
        }
    }
}

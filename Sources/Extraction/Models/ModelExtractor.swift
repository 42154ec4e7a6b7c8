import ExtractionEngine
import Records
import VietnameseText

/// Finds Model items: the models, movements, campaigns, contests and awards that the text
/// names in quotation marks, as semicolon-separated list items, or as a capitalised title,
/// when an introducing word (``ModelVocabulary/introducingWords``) announces them.
public struct ModelExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Model] {
        extract(from: text, quotes: nil)
    }

    /// ``extract(from:)`` with the text's quotations (``QuoteScanner/spans(in:)``) and word
    /// starts when known.
    func extract(from text: AnalyzedText, quotes: [QuotedSpan]?, wordStarts: WordStarts? = nil) -> [Model] {
        var check = DeadlineCheck(.never)
        return extract(from: text, quotes: quotes, wordStarts: wordStarts, check: &check)
    }

    /// ``extract(from:quotes:wordStarts:)`` until `check`'s deadline passes (then with what
    /// was found so far).
    func extract(from text: AnalyzedText, quotes: [QuotedSpan]?, wordStarts: WordStarts?,
                 check: inout DeadlineCheck) -> [Model] {
        let hitRanges = ModelContext.hitRanges(in: text, wordStarts: wordStarts ?? WordStarts(text))
        guard !hitRanges.isEmpty else { return [] }
        let context = ModelContext(text, hitRanges: hitRanges, quotes: quotes ?? QuoteScanner.spans(in: text))
        var found: [FoundModel] = []
        var consumed = Set<Int>()
        found += context.unquotedTitles(consuming: &consumed)
        let named = context.namesAfterKindWords()
        found += named
        if check.hasPassed(cost: .max) { return [] }
        found += context.quotedModels(skipping: consumed)
        if check.hasPassed(cost: .max) { return [] }
        // A list item holding a name found after its kind word is the older reading: it wins.
        let items = context.unquotedListItems(context.lists + context.chainedLists(after: found))
        found.removeAll { model in named.contains { $0.mention == model.mention } && items.contains { $0.mention.overlaps(model.mention) } }
        found += items
        if check.hasPassed(cost: .max) { return [] }
        return ModelMerger.merge(found, in: text, check: &check)
    }
}

/// One model occurrence before merging.
struct FoundModel {
    var name: String
    var category: ModelCategory
    var owner: String?
    var mention: Range<Int>
}

/// An introducing word found in the text.
struct IntroducingHit {
    let range: Range<Int>
    let entry: ModelVocabulary.IntroducingWord
}

/// A list announced by an introducing word: "các mô hình: …", "tiêu biểu như: …".
struct ModelList {
    /// Where the items begin (after the opener).
    let itemsStart: Int
    /// The end of the list's sentence.
    let end: Int
    let category: ModelCategory
    /// True when the head announces named examples (plural or "tiêu biểu như"), so
    /// unquoted items may be titles.
    let namesExamples: Bool
}

/// The text with its quotes, introducing words, sentences and lists located once.
struct ModelContext {
    let text: AnalyzedText
    let quotes: [QuotedSpan]
    let hits: [IntroducingHit]
    let sentences: [Range<Int>]
    let lists: [ModelList]

    /// The folded introducing words, longest first, so the longest
    /// word starting at a position wins.
    static let foldedHitWords: [[UInt8]] = ModelVocabulary.introducingWords.map(\.folded)
        .sorted { $0.count > $1.count }.map { Array($0.utf8) }

    /// The introducing words as whole folded words, left to right without overlap: what the
    /// pattern `(?<![a-z0-9])(w1|w2|…)(?![a-z0-9])` over the longest-first words finds.
    ///
    /// Every introducing word has two bytes or more and opens with a letter or digit
    /// (``hitWordsOpenWithLetters``), so a position is tried only where a word starts
    /// (``WordStarts``) with a byte some introducing word opens with and is followed by one
    /// some has second (``hitByteClasses``).
    static func hitRanges(in text: AnalyzedText) -> [Range<Int>] {
        hitRanges(in: text, wordStarts: WordStarts(text))
    }

    /// ``hitRanges(in:)`` over the text's ``WordStarts``.
    static func hitRanges(in text: AnalyzedText, wordStarts: WordStarts) -> [Range<Int>] {
        let wordsByInitial = hitWordsByInitial
        return text.folded.withView { folded in
            hitPairs.withView { pairs in
                hitByteClasses.withView { classes in
                    let count = folded.count
                    var ranges: [Range<Int>] = []
                    guard count >= 2 else { return ranges }
                    var matchEnd = 0
                    // Each word's opening bytes come with its start (``WordStarts/withOpenings(_:)``).
                    return wordStarts.withOpenings { positions, openings in
                        for index in 0..<positions.count {
                            let position = Int(positions[index])
                            guard position < count - 1 else { break }
                            guard position >= matchEnd else { continue }
                            let opening = openings[index]
                            let byte = UInt8(truncatingIfNeeded: opening >> 24)
                            let second = UInt8(truncatingIfNeeded: opening >> 16)
                            guard classes[Int(byte)] & 2 != 0, classes[Int(second)] & 4 != 0,
                                  pairs[Int(byte) << 8 | Int(second)], position + 2 < count,
                                  hitTriples[Self.tripleIndex(byte, second, UInt8(truncatingIfNeeded: opening >> 8))]
                            else { continue }
                            for word in wordsByInitial[Int(byte)] where FoldedScan.has(folded, word, at: position, upper: count) {
                                let end = position + word.count
                                if end < count, FoldedScan.isLowerAlphanumeric(folded[end]) { continue }
                                ranges.append(position..<end)
                                matchEnd = end
                                break
                            }
                        }
                        return ranges
                    }
                }
            }
        }
    }

    /// True when every introducing word has two bytes or more and opens with a letter or
    /// digit, as ``hitRanges(in:)`` relies on.
    static let hitWordsOpenWithLetters = foldedHitWords.allSatisfy { word in
        word.count >= 2 && FoldedScan.isLowerAlphanumeric(word[0])
    }

    /// Per byte: 1 when it is a lower-case letter or digit, 2 when an introducing word opens
    /// with it, 4 when one has it second.
    static let hitByteClasses: [UInt8] = {
        var classes = (0..<256).map { FoldedScan.isLowerAlphanumeric(UInt8($0)) ? UInt8(1) : 0 }
        for word in foldedHitWords where word.count >= 2 {
            classes[Int(word[0])] |= 2
            classes[Int(word[1])] |= 4
        }
        return classes
    }()

    /// ``foldedHitWords`` by first byte, longest first.
    static let hitWordsByInitial: [[[UInt8]]] = FoldedScan.byInitial(foldedHitWords)

    /// True for the first three bytes of an introducing word (each has three or more), by
    /// ``tripleIndex(_:_:_:)``: "th" opens many words, "tha" fewer.
    static let hitTriples: [Bool] = {
        var table = [Bool](repeating: false, count: 38 * 38 * 38)
        for word in foldedHitWords where word.count >= 3 { table[tripleIndex(word[0], word[1], word[2])] = true }
        return table
    }()

    /// True when every introducing word has three bytes or more, as ``hitTriples`` relies on.
    static let hitWordsHaveThreeBytes = foldedHitWords.allSatisfy { $0.count >= 3 }

    /// Letters, digits, space and anything else as 0–37, three bytes as one index.
    @inline(__always)
    static func tripleIndex(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        @inline(__always) func code(_ byte: UInt8) -> Int {
            switch byte {
            case 0x61...0x7A: return Int(byte - 0x61)
            case 0x30...0x39: return 26 + Int(byte - 0x30)
            case 0x20: return 36
            default: return 37
            }
        }
        return (code(first) * 38 + code(second)) * 38 + code(third)
    }

    /// The first two bytes of the introducing words (``FoldedScan/openingPairs(_:)``).
    static let hitPairs: [Bool] = FoldedScan.openingPairs(foldedHitWords)

    static let topicPattern = Pattern(
        "(?<![a-z0-9])(" + ModelVocabulary.titleTopicWords.map(Folding.key).joined(separator: "|") + ")(?![a-z0-9])")

    static let topicWords: [[UInt8]] = ModelVocabulary.titleTopicWords.map { Array(Folding.key($0).utf8) }

    /// The first match of ``topicPattern`` in `range` (which it reads alone): a topic word
    /// with no letter or digit of the range on either side.
    static func firstTopic(in text: AnalyzedText, _ range: Range<Int>) -> Range<Int>? {
        let range = range.clamped(to: 0..<text.count)
        return text.folded.withView { bytes -> Range<Int>? in
            for position in range {
                if position > range.lowerBound, FoldedScan.isLowerAlphanumeric(bytes[position - 1]) { continue }
                for word in topicWords where FoldedScan.has(bytes, word, at: position, upper: range.upperBound) {
                    let end = position + word.count
                    if end == range.upperBound || !FoldedScan.isLowerAlphanumeric(bytes[end]) { return position..<end }
                }
            }
            return nil
        }
    }

    /// The scalars of each introducing word, which its own words read back unchanged
    /// (``TextWords/originalWords(_:_:)``; tested).
    static let introducingScalars: [[Unicode.Scalar]] = ModelVocabulary.introducingWords.map { Array($0.word.unicodeScalars) }

    static let listIntroEnds = ByteSet(":;\"(")
    static let topicEnds = ByteSet(";.:!?()\"\n")
    static let titleEnds = ByteSet(";,.:!?()\"\n")
    /// What stands before a sentence or a list item.
    static let openingMarks = ByteSet(".!?:;\n\"-*")

    /// The context of a text whose introducing words stand at `hitRanges` (``hitRanges(in:)``)
    /// and whose quotations are `quotes` (``QuoteScanner/spans(in:)``).
    init(_ text: AnalyzedText, hitRanges: [Range<Int>], quotes: [QuotedSpan]) {
        self.text = text
        // A model may be named inside a quoted speech: the quotations inside others count too.
        self.quotes = quotes.contains { !$0.inside.isEmpty } ? quotes.flatMap(\.withInside) : quotes
        sentences = text.sentences
        hits = hitRanges.compactMap { range in
            // Written as the vocabulary prints it, the words are read as printed.
            let scalars = text.scalars[range]
            if let entry = Self.introducingScalars.firstIndex(where: { $0.elementsEqual(scalars) }) {
                return IntroducingHit(range: range, entry: ModelVocabulary.introducingWords[entry])
            }
            let printed = TextWords.originalWords(text, range).joined(separator: " ")
            guard let entry = ModelVocabulary.introducingWords.first(where: { $0.word == printed }) else { return nil }
            return IntroducingHit(range: range, entry: entry)
        }
        lists = Self.findLists(text, hits: hits, sentences: sentences)
    }

    /// The first sentence holding `position` or ending there, by binary search over the
    /// ordered, disjoint sentence ranges; the whole text when none does.
    func sentence(containing position: Int) -> Range<Int> {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound < position { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].contains(position) || sentences[low].upperBound == position else {
            return 0..<text.count
        }
        return sentences[low]
    }

    // MARK: Lists

    static func findLists(_ text: AnalyzedText, hits: [IntroducingHit], sentences: [Range<Int>]) -> [ModelList] {
        var lists: [ModelList] = []
        for hit in hits {
            guard let sentence = OrderedRanges.range(containing: hit.range.lowerBound, in: sentences) else { continue }
            var cursor = hit.range.upperBound
            while cursor < sentence.upperBound, !Self.listIntroEnds.contains(text.folded[cursor]) { cursor += 1 }
            guard cursor < sentence.upperBound, text.folded[cursor] == UInt8(ascii: ":") else {
                if let list = openerList(text, hit: hit, sentence: sentence) { lists.append(list) }
                continue
            }
            let gap = hit.range.upperBound..<cursor
            let original = TextWords.originalWords(text, gap)
            guard original.count <= ModelVocabulary.maxListIntroWords,
                  !ModelPhrases.namesASpeaker(original)
            else { continue }
            let plural = followsPluralMarker(text, hit: hit, sentence: sentence)
            let namesExamples = original.isEmpty || ModelPhrases.exampleWords.contains { words in
                return original.count >= words.count && Array(original.suffix(words.count)) == words
            }
            lists.append(ModelList(itemsStart: cursor + 1, end: sentence.upperBound,
                                   category: hit.entry.category,
                                   namesExamples: plural || namesExamples))
        }
        for (index, sentence) in sentences.enumerated() where index > 0 {
            guard let list = exampleList(text, sentence: sentence, previous: sentences[index - 1], hits: hits),
                  !lists.contains(where: { $0.itemsStart == list.itemsStart }) else { continue }
            lists.append(list)
        }
        return lists.sorted { $0.itemsStart < $1.itemsStart }
    }

    /// True when a plural marker ("các", "những", "nhiều" …) stands right before `hit`.
    static func followsPluralMarker(_ text: AnalyzedText, hit: IntroducingHit, sentence: Range<Int>) -> Bool {
        let before = TextWords.originalWords(text, max(sentence.lowerBound, hit.range.lowerBound - 12)..<hit.range.lowerBound)
        return ModelPhrases.pluralMarkers.contains { words in
            before.count >= words.count && Array(before.suffix(words.count)) == words
        }
    }

    /// "Nhiều mô hình được duy trì như Tổ tư vấn lưu động của Phòng Khách hàng; mô hình “…”;
    /// …": after a plural kind word, a list opener with no colon ("như", "gồm") before a
    /// capital or a quote opens a list whose items a semicolon separates.
    static func openerList(_ text: AnalyzedText, hit: IntroducingHit, sentence: Range<Int>) -> ModelList? {
        // The semicolon first, on the bytes: most sentences hold none.
        guard TextWords.containsAny(text, hit.range.upperBound..<sentence.upperBound, of: ";"),
              followsPluralMarker(text, hit: hit, sentence: sentence) else { return nil }
        let words = TextWords.wordRanges(text, hit.range.upperBound..<sentence.upperBound)
        for (index, word) in words.prefix(ModelVocabulary.maxListIntroWords).enumerated() {
            let gap = (index == 0 ? hit.range.upperBound : words[index - 1].upperBound)..<word.lowerBound
            if TextWords.containsAny(text, gap, of: ";:\"()") { return nil }
            let opener = ModelPhrases.unmarkedListOpeners.first { phrase in
                index + phrase.count <= words.count && words[index..<(index + phrase.count)].map { TextWords.word(text, $0) } == phrase
            }
            guard let opener else { continue }
            // "như" of a likeness opens no list: "triển khai đúng như Kế hoạch đã đề ra; …".
            if index > 0, ModelVocabulary.likenessWords.contains(TextWords.word(text, words[index - 1])) { return nil }
            let last = words[index + opener.count - 1]
            var start = last.upperBound
            while start < sentence.upperBound, text.folded[start] == 0x20 { start += 1 }
            // The semicolon the guard found stands after the opener: the gaps before it hold none.
            guard start < sentence.upperBound, start > last.upperBound,
                  text.isUppercase(at: start) || text.folded[start] == UInt8(ascii: "\"") else { return nil }
            // A document named after the opener is what the models follow, not one of them.
            let first = TextWords.wordRanges(text, start..<min(sentence.upperBound, start + 40)).map { TextWords.word(text, $0) }
            if ModelPhrases.nonModelNameOpeners.contains(where: { first.starts(with: $0) }) { return nil }
            return ModelList(itemsStart: start, end: sentence.upperBound, category: hit.entry.category, namesExamples: true)
        }
        return nil
    }

    /// "… xây dựng 126 mô hình. Tiêu biểu như: …": a sentence opening with an example word
    /// and a colon lists named examples of the last models the previous sentence counted.
    static func exampleList(_ text: AnalyzedText, sentence: Range<Int>, previous: Range<Int>,
                            hits: [IntroducingHit]) -> ModelList? {
        guard let hit = lastHit(in: hits, where: { $0.range.lowerBound < previous.upperBound }),
              hit.range.lowerBound >= previous.lowerBound else { return nil }
        var colon = sentence.lowerBound
        while colon < min(sentence.upperBound, sentence.lowerBound + 30), text.folded[colon] != UInt8(ascii: ":") {
            colon += 1
        }
        guard colon < sentence.upperBound, text.folded[colon] == UInt8(ascii: ":") else { return nil }
        let words = TextWords.originalWords(text, sentence.lowerBound..<colon)
        let opens = ModelPhrases.exampleOpeners.contains { openerWords in
            return Array(words.prefix(openerWords.count)) == openerWords
        }
        let rest = words.count - 2
        guard opens, rest <= 1, rest == 0 || ModelVocabulary.listOpeners.contains(words[words.count - 1]) else {
            return nil
        }
        return ModelList(itemsStart: colon + 1, end: sentence.upperBound, category: hit.entry.category,
                         namesExamples: true)
    }

    /// The last hit satisfying `isBefore`, a condition that holds for a leading run of the
    /// hits (which stand in text order, without overlap), by binary search.
    static func lastHit(in hits: [IntroducingHit], where isBefore: (IntroducingHit) -> Bool) -> IntroducingHit? {
        lastHitIndex(in: hits, where: isBefore).map { hits[$0] }
    }

    /// Code points of a long word with its space, to bound a gap of so many words before reading it.
    static let longestWord = 16

    static func lastHitIndex(in hits: [IntroducingHit], where isBefore: (IntroducingHit) -> Bool) -> Int? {
        var low = 0
        var high = hits.count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(hits[middle]) { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// True when only a few words, or a count, and no mark stand between `hit` and `quote`.
    func isDirect(_ hit: IntroducingHit, _ quote: QuotedSpan) -> Bool {
        let gap = hit.range.upperBound..<quote.outer.lowerBound
        // Longer than the most words could be: not read.
        guard gap.count <= ModelVocabulary.maxDirectGapWords * Self.longestWord,
              TextWords.words(text, gap).count <= ModelVocabulary.maxDirectGapWords else { return false }
        return holdsNoMark(gap, words: TextWords.originalWords(text, gap))
    }

    /// True when `gap` (of words `words`) holds no mark and no digit, unless its one word is a
    /// count: "khánh thành 8 “Tuyến đường thắp sáng”".
    func holdsNoMark(_ gap: Range<Int>, words: [String]) -> Bool {
        let countOnly = words.count == 1 && words[0].allSatisfy(\.isNumber)
        return !TextWords.containsAny(text, gap, of: countOnly ? ",;.:!?()/\"\n" : ",;.:!?()/\"\n0123456789")
    }

    func list(around position: Int) -> ModelList? {
        lists.last(where: { $0.itemsStart <= position && position < $0.end })
    }

    // MARK: Capitalised titles

    /// Contest and award titles written without quotes after a capitalised introducing word
    /// mid-sentence; a quote that closes such a title is consumed with it.
    func unquotedTitles(consuming consumed: inout Set<Int>) -> [FoundModel] {
        var found: [FoundModel] = []
        for hit in hits where hit.entry.opensUnquotedTitle && text.isUppercase(at: hit.range.lowerBound) {
            guard !opensSentence(at: hit.range.lowerBound), !inUpperCaseRun(before: hit.range.lowerBound) else { continue }
            let sentence = sentence(containing: hit.range.lowerBound)
            if let quoteIndex = quotes.firstIndex(where: { $0.outer.lowerBound >= hit.range.upperBound }),
               quotes[quoteIndex].outer.upperBound <= sentence.upperBound {
                let quote = quotes[quoteIndex]
                let gap = hit.range.upperBound..<quote.outer.lowerBound
                let words = TextWords.words(text, gap)
                let original = TextWords.originalWords(text, gap)
                let describes = TextWords.containsAny(text, gap, of: ",")
                    || words.count > 4
                    || ModelPhrases.titleTopicWordsNeedles.contains { TextWords.contains(original, needle: $0) }
                let continuesTitle = gap.isEmpty || text.folded[gap.lowerBound] == 0x20
                    && text.isWordCharacter(at: TextWords.trimmed(text, gap).lowerBound)
                if continuesTitle, let title = titleBeforeTopic(gap) {
                    // "Hội thi Chúng em kể chuyện Bác Hồ với chủ đề “…”": the quote is the
                    // contest's topic, the title the capitalised words before it.
                    consumed.insert(quoteIndex)
                    found.append(FoundModel(name: Normalization.field(text.slice(title)),
                                            category: hit.entry.category, owner: nil, mention: title))
                    continue
                }
                let breaks = ModelPhrases.titleBreakingWordsNeedles.contains { TextWords.contains(original, needle: $0) }
                    || ModelPhrases.namesASpeaker(original)
                if describes, continuesTitle, !breaks, words.count <= ModelVocabulary.maxUnquotedTitleGapWords,
                   !TextWords.containsAny(text, gap, of: ";.!?:()\n") {
                    consumed.insert(quoteIndex)
                    let range = hit.range.lowerBound..<quote.outer.upperBound
                    let owner = ModelOwner.clause(in: text, at: range.upperBound, limit: sentence.upperBound)?.owner
                    found.append(FoundModel(name: Normalization.field(text.slice(range)),
                                            category: hit.entry.category, owner: owner, mention: range))
                    continue
                }
                if !describes && words.count <= ModelVocabulary.maxDirectGapWords { continue }
            }
            if let title = topicTitle(after: hit, limit: sentence.upperBound) {
                found.append(FoundModel(name: Normalization.field(text.slice(title)),
                                        category: hit.entry.category, owner: nil, mention: title))
            } else if let title = capitalisedTitle(after: hit, limit: sentence.upperBound) {
                found.append(FoundModel(name: Normalization.field(text.slice(title)),
                                        category: hit.entry.category, owner: nil, mention: title))
            }
        }
        return found
    }

    /// "mô hình Mổ đêm không chờ sáng, …", "câu lạc bộ Tiếng Anh Bông Sen với 60 thành viên":
    /// a kind word (no verb) and a name opening with a title-case word mid-sentence, without
    /// quotes. The name runs to a mark, an owner clause or a word of
    /// ``ModelVocabulary/unquotedNameStopWords``, two to ``ModelVocabulary/maxUnquotedNameWords``
    /// words; its owner is the clause after it.
    func namesAfterKindWords() -> [FoundModel] {
        var found: [FoundModel] = []
        for hit in hits where !hit.entry.isVerb && !(hit.entry.opensUnquotedTitle && text.isUppercase(at: hit.range.lowerBound))
            && !ModelPhrases.quotedNameKindWords.contains(hit.entry.folded) {
            let start = hit.range.upperBound + 1
            guard start < text.count, text.folded[hit.range.upperBound] == 0x20, text.isUppercase(at: start),
                  !inUpperCaseRun(before: hit.range.lowerBound), !inProperName(hit),
                  !quotes.contains(where: { $0.outer.contains(hit.range.lowerBound) }) else { continue }
            let sentence = sentence(containing: hit.range.lowerBound)
            let words = TextWords.wordRanges(text, start..<min(sentence.upperBound, start + 240))
            guard let first = words.first, first.lowerBound == start, ModelOwner.isTitleCase(text, first) else { continue }
            var count = 0
            var ended = false
            for (index, word) in words.enumerated() {
                if index > 0 {
                    let gap = words[index - 1].upperBound..<word.lowerBound
                    if gap.contains(where: { Self.titleEnds.contains(text.folded[$0]) }) && !(gap.count == 1 && text.folded[gap.lowerBound] != 0x20) {
                        ended = true
                        break
                    }
                    let rest = words[index..<min(words.count, index + 2)].map { TextWords.word(text, $0) }
                    if ModelPhrases.unquotedNameStopWords.contains(where: { rest.starts(with: $0) }) {
                        let joinsName = rest.first == "và" && index + 1 < words.count && text.isUppercase(at: words[index + 1].lowerBound)
                        if !joinsName {
                            ended = true
                            break
                        }
                    }
                }
                count += 1
                if count > ModelVocabulary.maxUnquotedNameWords { break }
            }
            // A name may close its sentence: "… xây dựng Câu lạc bộ Giảng viên trẻ học Bác."
            if !ended, count == words.count, let last = words.last, sentence.upperBound - last.upperBound <= 2 { ended = true }
            guard ended, count >= 2, count <= ModelVocabulary.maxUnquotedNameWords else { continue }
            let name = start..<words[count - 1].upperBound
            let lowered = words.prefix(count).map { TextWords.word(text, $0) }
            guard !TextWords.containsAny(text, name, of: "\""),
                  !ModelPhrases.genericUnquotedNames.contains(where: { lowered.starts(with: $0) }),
                  !ModelPhrases.nonModelNameOpeners.contains(where: { lowered.starts(with: $0) }),
                  !opensWithUnitAndVerb(lowered, words), !quoteFollows(name.upperBound, before: sentence.upperBound)
            else { continue }
            let owner = ModelOwner.clause(in: text, at: name.upperBound, limit: sentence.upperBound)?.owner
            found.append(FoundModel(name: Normalization.field(text.slice(name)), category: hit.entry.category,
                                    owner: owner, mention: name))
        }
        return found
    }

    /// True when a quotation opens right after `position` (spaces between): the capitals before
    /// it describe the quoted name ("mô hình Dân vận khéo “Nhà sạch, ngõ đẹp”").
    func quoteFollows(_ position: Int, before limit: Int) -> Bool {
        byte(afterSpacesFrom: position, before: limit) == UInt8(ascii: "\"")
    }

    /// The first folded byte from `position` on that is no space, before `limit`.
    func byte(afterSpacesFrom position: Int, before limit: Int) -> UInt8? {
        var index = position
        while index < limit, text.folded[index] == 0x20 { index += 1 }
        return index < limit ? text.folded[index] : nil
    }

    /// True when a capitalised kind word follows a title-case word: it belongs to a proper
    /// name ("Khu di tích Sở Chỉ huy Chiến dịch Điện Biên Phủ").
    func inProperName(_ hit: IntroducingHit) -> Bool {
        guard text.isUppercase(at: hit.range.lowerBound), !opensSentence(at: hit.range.lowerBound),
              let previous = ModelOwner.wordBefore(text, hit.range.lowerBound) else { return false }
        return ModelOwner.isTitleCase(text, previous)
    }

    /// True when a name opens with a unit head of two words or more and goes on in lower case:
    /// a unit and its verb ("sáng kiến Công ty công nhận"), not a title.
    func opensWithUnitAndVerb(_ lowered: [String], _ words: [Range<Int>]) -> Bool {
        let head = ModelOwner.headLength(lowered)
        guard head >= 2, head < lowered.count, ModelOwner.unitHeadWords.contains(Array(lowered.prefix(head))) else { return false }
        return !text.isUppercase(at: words[head].lowerBound)
    }

    /// Words that open a contest's topic after its title: "Hội thi Chúng em kể chuyện Bác Hồ
    /// với chủ đề “Bác Hồ trong trái tim em”" names the contest "Chúng em kể chuyện Bác Hồ".
    static let topicLeads: [[String]] = [["với", "chủ", "đề"], ["với", "chủ", "đề", "là"]]

    /// The capitalised title in `gap` (between a contest word and a quote) before one of
    /// ``topicLeads``, when no mark stands in it.
    func titleBeforeTopic(_ gap: Range<Int>) -> Range<Int>? {
        let words = TextWords.wordRanges(text, gap)
        guard words.count >= 4, !TextWords.containsAny(text, gap, of: ",;.!?:()\n") else { return nil }
        let lowered = words.map { TextWords.word(text, $0) }
        guard let lead = (1..<lowered.count).first(where: { index in
            Self.topicLeads.contains { lowered[index...].starts(with: $0) && index + $0.count == lowered.count }
        }), text.isUppercase(at: words[0].lowerBound) else { return nil }
        return words[0].lowerBound..<words[lead - 1].upperBound
    }

    /// "Giải thưởng sáng tác, quảng bá tác phẩm … về chủ đề học tập và làm theo Bác giai đoạn
    /// …": a description naming its topic, without quotes. The title runs through "chủ đề" and
    /// its topic, to a topic stop word or a punctuation mark.
    func topicTitle(after hit: IntroducingHit, limit: Int) -> Range<Int>? {
        let before = TextWords.originalWords(text, max(0, hit.range.lowerBound - 16)..<hit.range.lowerBound).suffix(3)
        guard !before.contains(where: { ModelVocabulary.receivingWords.contains($0) }) else { return nil }
        let searchEnd = min(limit, hit.range.upperBound + 240)
        guard let topic = Self.firstTopic(in: text, hit.range.upperBound..<searchEnd) else { return nil }
        let description = hit.range.upperBound..<topic.lowerBound
        let described = TextWords.originalWords(text, description)
        guard !described.isEmpty, described.count <= ModelVocabulary.maxUnquotedTitleGapWords,
              !TextWords.containsAny(text, description, of: ";.!?:()\"\n0123456789"),
              !ModelPhrases.titleBreakingWordsNeedles.contains(where: { TextWords.contains(described, needle: $0) }),
              !ModelPhrases.namesASpeaker(described)
        else { return nil }
        var end = topic.upperBound
        var cursor = end
        while cursor < limit {
            let byte = text.folded[cursor]
            if byte == 0x20 { cursor += 1; continue }
            let rest = TextWords.originalWords(text, cursor..<min(limit, cursor + 24))
            if byte == UInt8(ascii: ",") {
                let continues = ModelPhrases.topicContinuations.contains { words in
                    return Array(rest.prefix(words.count)) == words
                }
                guard continues else { break }
                cursor += 1
                continue
            }
            if Self.topicEnds.contains(byte) { break }
            if let first = rest.first, first.allSatisfy(\.isNumber) { break }
            if ModelPhrases.topicStopWords.contains(where: { stopWords in
                return Array(rest.prefix(stopWords.count)) == stopWords
            }) { break }
            while cursor < limit, text.folded[cursor] != 0x20, !Self.titleEnds.contains(text.folded[cursor]) { cursor += 1 }
            end = cursor
        }
        return end > topic.upperBound ? hit.range.lowerBound..<end : nil
    }

    /// "Giải thưởng Báo chí …", "Giải thưởng Hồ Chí Minh": the capitalised words after the hit,
    /// up to a clause end. A proper title names the award whether it is run or received.
    func capitalisedTitle(after hit: IntroducingHit, limit: Int) -> Range<Int>? {
        var start = hit.range.upperBound
        while start < limit, text.folded[start] == 0x20 { start += 1 }
        guard start < limit, text.isUppercase(at: start) else { return nil }
        var end = start
        var cursor = start
        while cursor < limit {
            let byte = text.folded[cursor]
            if Self.titleEnds.contains(byte) { break }
            if byte == 0x20 { cursor += 1; continue }
            let rest = TextWords.originalWords(text, cursor..<min(limit, cursor + 16))
            if let first = rest.first, first.allSatisfy(\.isNumber) { break }
            if ModelPhrases.titleStopWords.contains(where: { stopWords in
                return Array(rest.prefix(stopWords.count)) == stopWords
            }) { break }
            while cursor < limit, text.folded[cursor] != 0x20, !Self.titleEnds.contains(text.folded[cursor]) { cursor += 1 }
            end = cursor
        }
        return end > start ? hit.range.lowerBound..<end : nil
    }

    /// True when `position` starts a sentence or a list item, where capitals say nothing.
    func opensSentence(at position: Int) -> Bool {
        var index = position - 1
        while index >= 0, text.folded[index] == 0x20 { index -= 1 }
        guard index >= 0 else { return true }
        return Self.openingMarks.contains(text.folded[index])
    }

    /// True when the word before `position` is written in capitals, as in a headline.
    func inUpperCaseRun(before position: Int) -> Bool {
        var end = position
        while end > 0, text.folded[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, text.isWordCharacter(at: start - 1) { start -= 1 }
        return end - start > 1 && (start..<end).allSatisfy { text.isUppercase(at: $0) || !text.scalars[$0].properties.isAlphabetic }
    }

    // MARK: Quoted names

    /// Quotes announced by an introducing word directly, through a list opener, or as the
    /// next item of a list of models.
    ///
    /// An owner after a name ("của X", "(X)", "do X tổ chức") is that name's; a bare comma
    /// list takes the owner of its last item ("“A”, “B” của X"). An owner before the list, as
    /// its subject ("X duy trì mô hình “A”, “B”") or run-by clause ("các mô hình do X thực hiện
    /// như “A”, “B”"), owns every item until another subject takes over.
    func quotedModels(skipping consumed: Set<Int>) -> [FoundModel] {
        var found: [FoundModel] = []
        var pendingComma = Set<Int>()
        var previous: (quote: QuotedSpan, category: ModelCategory, index: Int)?
        var listOwner: String?
        for (quoteIndex, quote) in quotes.enumerated() where !consumed.contains(quoteIndex) {
            let sentence = sentence(containing: quote.outer.lowerBound)
            var category: ModelCategory?
            if let previous, let joint = joiner(after: previous.quote, before: quote, in: sentence) {
                category = previous.category
                if joint.isBareComma, found[previous.index].owner == nil {
                    pendingComma.insert(previous.index)
                }
                if let owner = joint.owner { listOwner = owner }
            } else if let introduced = introducedCategory(of: quote, in: sentence) {
                category = introduced
                listOwner = frontOwner(of: quote, in: sentence)
            }
            guard let category else { previous = nil; listOwner = nil; continue }
            let inner = TextWords.withoutTrailingEllipsis(text, quote.inner)
            guard !inner.isEmpty, !isScareQuote(inner) else { previous = nil; listOwner = nil; continue }
            let clause = ModelOwner.clause(in: text, at: quote.outer.upperBound,
                                           limit: min(text.count, max(sentence.upperBound, quote.outer.upperBound)))
            found.append(FoundModel(name: Normalization.field(text.slice(inner)), category: category,
                                    owner: clause?.owner ?? listOwner, mention: inner))
            if let owner = clause?.owner {
                var index = found.count - 2
                while index >= 0, pendingComma.contains(index), found[index].owner == nil {
                    found[index].owner = owner
                    index -= 1
                }
            }
            previous = (quote, category, found.count - 1)
        }
        return found
    }

    /// A word or two in quotes that open in lower case: a scare quote ("12 mô hình “làm theo”"),
    /// not a name.
    func isScareQuote(_ inner: Range<Int>) -> Bool {
        guard let first = inner.first(where: { text.isWordCharacter(at: $0) }),
              text.scalars[first].properties.isLowercase else { return false }
        return TextWords.wordRanges(text, inner).count <= ModelVocabulary.maxScareQuoteWords
    }

    /// How one quote continues the list of the previous one, and the owner that a subject
    /// before it names.
    struct Joint {
        /// True when only a comma stands between the two names.
        let isBareComma: Bool
        /// The unit that runs this and the following names ("…; Công ty X với “B”").
        let owner: String?
    }

    /// The most bytes other than spaces a joint between two listed quotes holds (", va").
    static let longestJoint = 3

    /// Bytes that a description between two listed names never holds.
    static let descriptionBreaks = ByteSet(":!?\n")

    /// How a quote continues the list of the previous model: "“A” của X; “B”", "“A”, “B”",
    /// "“A” ở xã X, “B”", "“A” (…), giúp …; Công ty Y với “B”". The previous name's own clauses
    /// (owner, run-by) are skipped; then a comma, a semicolon or "và" closes a short description
    /// (a long one before a semicolon), and nothing or a unit with its verb leads to the quote.
    func joiner(after previous: QuotedSpan, before quote: QuotedSpan, in sentence: Range<Int>) -> Joint? {
        guard previous.outer.upperBound <= quote.outer.lowerBound else { return nil }
        var start = previous.outer.upperBound
        var sawClause = false
        while let clause = ModelOwner.clause(in: text, at: start, limit: quote.outer.lowerBound, readsOwner: false) {
            start = clause.range.upperBound
            sawClause = true
        }
        let rest = TextWords.trimmed(text, start..<quote.outer.lowerBound, also: ".")
        var visible = 0
        for index in rest where text.folded[index] != 0x20 {
            visible += 1
            if visible > Self.longestJoint { break }
        }
        if endsLikeSaying(quote) { return nil }
        if visible <= Self.longestJoint {
            let joint = text.foldedSlice(rest).split(separator: " ").joined(separator: " ")
            switch joint {
            case ",": return Joint(isBareComma: !sawClause, owner: nil)
            case ";", "va", ", va", "; va": return Joint(isBareComma: false, owner: nil)
            default: break
            }
        }
        guard sentence.contains(previous.outer.lowerBound), !rest.isEmpty else { return nil }
        // The lead may hold a separator of its own ("Sở Tài nguyên và Môi trường với “…”"):
        // the separators are tried from the last one back.
        var upper = rest.upperBound
        for _ in 0..<Self.separatorsTried {
            guard let separator = lastSeparator(in: rest.lowerBound..<upper) else { return nil }
            upper = separator.lowerBound
            let lead = TextWords.trimmed(text, separator.upperBound..<quote.outer.lowerBound)
            var owner: String?
            if !lead.isEmpty {
                guard let subject = subjectLead(before: quote.outer.lowerBound, from: lead.lowerBound, hits: false),
                      subject.start == lead.lowerBound else { continue }
                owner = subject.owner
            }
            let description = TextWords.trimmed(text, rest.lowerBound..<separator.lowerBound)
            let words = TextWords.wordRanges(text, description).count
            let limit = text.folded[separator.lowerBound] == UInt8(ascii: ";")
                ? ModelVocabulary.maxSemicolonDescriptionWords : ModelVocabulary.maxCommaDescriptionWords
            guard words <= limit, !TextWords.containsAny(text, description, of: "!?:\n\"") else { return nil }
            return Joint(isBareComma: false, owner: owner)
        }
        return nil
    }

    /// How many separators back the lead of a listed name is looked for.
    static let separatorsTried = 4

    /// The last ",", ";" or "và" of a range, as a range; a comma between digits ("2,4") is none.
    func lastSeparator(in range: Range<Int>) -> Range<Int>? {
        var index = range.upperBound - 1
        while index >= range.lowerBound {
            let byte = text.folded[index]
            if byte == UInt8(ascii: ";") { return index..<(index + 1) }
            if byte == UInt8(ascii: ","),
               !(index > range.lowerBound && FoldedScan.isDigit(text.folded[index - 1])
                   && index + 1 < range.upperBound && FoldedScan.isDigit(text.folded[index + 1])) {
                return index..<(index + 1)
            }
            if byte == UInt8(ascii: "v"), index + 2 <= range.upperBound, text.folded[index + 1] == UInt8(ascii: "a"),
               index == range.lowerBound || text.folded[index - 1] == 0x20,
               index + 2 == range.upperBound || text.folded[index + 2] == 0x20,
               text.slice(index..<(index + 2)) == "và" {
                return index..<(index + 2)
            }
            index -= 1
        }
        return nil
    }

    /// True when the quoted words end as a sentence does: a saying, not a name.
    func endsLikeSaying(_ quote: QuotedSpan) -> Bool {
        guard let last = quote.inner.last else { return false }
        let byte = text.folded[last]
        return byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || (byte == UInt8(ascii: ".") && text.scalars[last] != "…")
    }

    /// The unit that runs the models a quote starts, named before it: the subject of a verb of
    /// ``ModelVocabulary/subjectVerbs`` ("Huyện đoàn X có mô hình “A”"), or "do X thực hiện"
    /// between the introducing word and a list opener ("các mô hình do X thực hiện như “A”").
    func frontOwner(of quote: QuotedSpan, in sentence: Range<Int>) -> String? {
        if let subject = subjectLead(before: quote.outer.lowerBound, from: sentence.lowerBound, hits: true) {
            return subject.owner
        }
        guard let hit = Self.lastHit(in: hits, where: { $0.range.upperBound <= quote.outer.lowerBound }),
              hit.range.lowerBound >= sentence.lowerBound else { return nil }
        let gap = hit.range.upperBound..<quote.outer.lowerBound
        for word in TextWords.wordRanges(text, gap) where text.slice(word) == "do" {
            if let clause = ModelOwner.doClause(in: text, at: word.lowerBound, limit: gap.upperBound, readsOwner: true) {
                return clause.owner
            }
        }
        return nil
    }

    /// The folded, lower-cased last words of ``ModelVocabulary/subjectVerbs``.
    static let subjectVerbTails: Set<[UInt8]> = Set(ModelVocabulary.subjectVerbs.compactMap { row in
        Folding.key(row.words).split(separator: " ").last.map { Array($0.utf8) }
    })
    static let pluralTails: Set<[UInt8]> = [Array("cac".utf8), Array("nhung".utf8)]

    /// The word ending before `position` (spaces skipped, not before `lower`), folded and
    /// lower-cased, with where it starts.
    func foldedWordBefore(_ position: Int, lower: Int) -> (bytes: [UInt8], start: Int)? {
        var end = position
        while end > lower, text.folded[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > lower, end - start <= 8, text.isWordCharacter(at: start - 1) { start -= 1 }
        guard start < end, end - start <= 8 else { return nil }
        return (text.folded[start..<end].map(Folding.lowercase), start)
    }

    static let subjectVerbWords: [[String]] = ModelVocabulary.subjectVerbs.map { TextWords.needle($0.words) }
        .sorted { $0.count > $1.count }
    static let subjectAdverbWords: [[String]] = ModelVocabulary.subjectAdverbs.map(TextWords.needle)
        .sorted { $0.count > $1.count }
    static let subjectOpenerWords: [[String]] = ModelVocabulary.subjectOpeners.map(TextWords.needle)
    static let subjectBoundaries = ByteSet(",;:(\n\"'")

    /// "<unit> [adverb] <verb> [các] [introducing word]" right before `position`, the unit
    /// beginning at a clause start at or after `lower` (or after "cùng"): the unit and where
    /// it begins. With `hits` false, no introducing word may stand between verb and quote.
    func subjectLead(before position: Int, from lower: Int, hits withHit: Bool) -> (owner: String, start: Int)? {
        var cursor = position
        while cursor > lower, text.folded[cursor - 1] == 0x20 { cursor -= 1 }
        if withHit, let hit = Self.lastHit(in: hits, where: { $0.range.upperBound <= cursor }),
           hit.range.upperBound == cursor, hit.range.lowerBound >= lower {
            cursor = hit.range.lowerBound
        }
        // Most quotes follow no subject's verb: the folded last word tells, before any word is read.
        var tail = foldedWordBefore(cursor, lower: lower)
        if withHit, let word = tail, Self.pluralTails.contains(word.bytes) { tail = foldedWordBefore(word.start, lower: lower) }
        guard let verbTail = tail, Self.subjectVerbTails.contains(verbTail.bytes) else { return nil }
        let window = max(lower, cursor - 80)..<cursor
        var words = TextWords.wordRanges(text, window)
        guard !words.isEmpty, words.last?.upperBound == TextWords.trimmed(text, window).upperBound else { return nil }
        func drop(_ phrases: [[String]]) -> Bool {
            let lowered = words.suffix(3).map { TextWords.word(text, $0) }
            for phrase in phrases where lowered.count >= phrase.count && Array(lowered.suffix(phrase.count)) == phrase {
                words.removeLast(phrase.count)
                return true
            }
            return false
        }
        if withHit, let last = words.last, ["các", "những"].contains(TextWords.word(text, last)) { words.removeLast() }
        guard drop(Self.subjectVerbWords) else { return nil }
        while drop(Self.subjectAdverbWords) {}
        guard let last = words.last else { return nil }
        var start = last.upperBound
        while start > lower, !Self.subjectBoundaries.contains(text.folded[start - 1]) { start -= 1 }
        var subject = TextWords.trimmed(text, start..<last.upperBound, also: "-*+")
        let subjectWords = TextWords.wordRanges(text, subject)
        let lowered = subjectWords.map { TextWords.word(text, $0) }
        for opener in Self.subjectOpenerWords {
            guard let at = (0..<lowered.count).last(where: { Array(lowered[$0...].prefix(opener.count)) == opener }),
                  at + opener.count < subjectWords.count else { continue }
            subject = subjectWords[at + opener.count].lowerBound..<subject.upperBound
            break
        }
        guard let owner = ModelOwner.namedUnit(text, subject) else { return nil }
        return (owner, subject.lowerBound)
    }

    /// The category of the introducing word that announces `quote`, or nil when none does.
    func introducedCategory(of quote: QuotedSpan, in sentence: Range<Int>) -> ModelCategory? {
        var last = Self.lastHitIndex(in: hits, where: { $0.range.upperBound <= quote.outer.lowerBound })
        // A verb announces only the quote right after it; before a list, the noun before it does.
        while let index = last, hits[index].entry.isVerb, hits[index].range.lowerBound >= sentence.lowerBound,
              !isDirect(hits[index], quote) {
            last = index > 0 ? index - 1 : nil
        }
        if let hit = last.map({ hits[$0] }), hit.range.lowerBound >= sentence.lowerBound {
            let gap = hit.range.upperBound..<quote.outer.lowerBound
            let words = TextWords.words(text, gap)
            // Past the longest gap either reading allows, the words between need not be read.
            let readable = words.count <= max(ModelVocabulary.maxDirectGapWords, ModelVocabulary.maxListIntroWords)
            let noQuoteBetween = readable
                && !quotes.contains { $0.outer.lowerBound >= hit.range.upperBound && $0.outer.upperBound <= quote.outer.lowerBound }
            let original = noQuoteBetween ? TextWords.originalWords(text, gap) : []
            let blocked = noQuoteBetween && ModelPhrases.blockingWordsNeedles.contains { TextWords.contains(original, needle: $0) }
            if noQuoteBetween, !blocked {
                if words.count <= ModelVocabulary.maxDirectGapWords, holdsNoMark(gap, words: original) {
                    return hit.entry.category
                }
                if opensList(gap), words.count <= ModelVocabulary.maxListIntroWords,
                   !TextWords.containsAny(text, gap, of: ".!?\n"), semicolonOpensExamples(gap),
                   !ModelPhrases.namesASpeaker(original) {
                    return hit.entry.category
                }
            }
        }
        if let list = list(around: quote.outer.lowerBound), itemStarts(at: quote.outer.lowerBound, in: list) {
            return list.category
        }
        return headingCategory(of: quote)
    }

    /// Longest heading line, in code points, that announces the quotes of the line below it.
    static let maxHeadingLength = 80

    /// Most dashed items read back over to reach the heading of their list.
    static let maxListItemsAbove = 12

    /// The category a heading announces for a quote opening the next line: "2. Các mô hình"
    /// over "“A” (…); “B” …". The heading is short, ends no sentence and holds an
    /// introducing noun.
    func headingCategory(of quote: QuotedSpan) -> ModelCategory? {
        let folded = text.folded
        var start = quote.outer.lowerBound
        while start > 0, folded[start - 1] == 0x20 || folded[start - 1] == 0x09 { start -= 1 }
        // An item of a dashed list: "Một số mô hình nổi bật:" over "- “A” (xã B): …" lines.
        let bulleted = start > 0 && Self.headingMarks.contains(folded[start - 1])
        if bulleted {
            start -= 1
            while start > 0, folded[start - 1] == 0x20 || folded[start - 1] == 0x09 { start -= 1 }
        }
        guard start > 0, folded[start - 1] == 0x0A else { return nil }
        var lineEnd = start - 1
        var lineStart = lineEnd
        var reachedHeading = !bulleted
        for _ in 0...(bulleted ? Self.maxListItemsAbove : 0) {
            lineEnd = lineStart
            while lineEnd > 0, folded[lineEnd - 1] == 0x0A || folded[lineEnd - 1] == 0x20 || folded[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            lineStart = lineEnd
            while lineStart > 0, folded[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard bulleted, Self.headingMarks.contains(folded[lineStart]) else {
                reachedHeading = true
                break
            }
        }
        // More items above than read back: another item is no heading.
        guard reachedHeading else { return nil }
        guard lineEnd > 0, folded[lineEnd - 1] != UInt8(ascii: ".") else { return nil }
        if bulleted, folded[lineEnd - 1] == UInt8(ascii: ":") {
            // Over a list, the colon's sentence is the heading, at the end of a longer line.
            var sentenceStart = lineEnd - 1
            while sentenceStart > lineStart,
                  !(folded[sentenceStart - 1] == 0x20 && sentenceStart >= lineStart + 2 && folded[sentenceStart - 2] == UInt8(ascii: ".")) {
                sentenceStart -= 1
            }
            lineStart = sentenceStart
        }
        guard lineEnd - lineStart <= Self.maxHeadingLength else { return nil }
        guard let index = Self.lastHitIndex(in: hits, where: { $0.range.upperBound <= lineEnd }),
              hits[index].range.lowerBound >= lineStart, !hits[index].entry.isVerb else { return nil }
        // A numbered heading ("2. Các mô hình", "II- …") or one closed by a colon; a bare
        // subheading may stand over a quoted speech.
        let first = folded[lineStart]
        var roman = lineStart
        while roman < lineEnd, roman - lineStart < 5, "ivx".utf8.contains(folded[roman]) { roman += 1 }
        let romanNumbered = roman > lineStart && roman < lineEnd
            && (folded[roman] == UInt8(ascii: ".") || folded[roman] == UInt8(ascii: "-"))
        let numbered = FoldedScan.isDigit(first) || Self.headingMarks.contains(first) || romanNumbered
        guard numbered || folded[lineEnd - 1] == UInt8(ascii: ":") else { return nil }
        return hits[index].entry.category
    }

    /// Bullets that open a list heading: "- Các mô hình:", "+ Mô hình tiêu biểu".
    static let headingMarks = ByteSet("-+*")

    /// True when the gap holds no ";", or only one that opens the named examples of what was
    /// counted before it ("… 1.054 mô hình, việc làm; tiêu biểu như: “…”").
    func semicolonOpensExamples(_ gap: Range<Int>) -> Bool {
        let semicolons = gap.filter { text.folded[$0] == UInt8(ascii: ";") }
        guard let last = semicolons.last else { return true }
        guard semicolons.count == 1 else { return false }
        let after = TextWords.originalWords(text, (last + 1)..<gap.upperBound)
        return ModelPhrases.exampleWords.contains { after.starts(with: $0) }
    }

    /// True when the gap ends with a list opener: ":", "như", "gồm".
    func opensList(_ gap: Range<Int>) -> Bool {
        let trimmed = TextWords.trimmed(text, gap)
        guard !trimmed.isEmpty else { return false }
        if text.folded[trimmed.upperBound - 1] == UInt8(ascii: ":") { return true }
        let words = TextWords.originalWords(text, trimmed)
        return ModelPhrases.listOpeners.contains { openerWords in
            return words.count >= openerWords.count && Array(words.suffix(openerWords.count)) == openerWords
        }
    }

    /// True when `position` begins an item of `list` (right after its opener or a ";").
    func itemStarts(at position: Int, in list: ModelList) -> Bool {
        var index = position - 1
        while index >= list.itemsStart, text.folded[index] == 0x20 { index -= 1 }
        return index < list.itemsStart || text.folded[index] == UInt8(ascii: ";")
    }

    // MARK: Unquoted list items

    /// "mô hình “A” (Hội X); “B”; Tủ sách C; Ngôi nhà D": the items after a quoted model
    /// followed by a semicolon, outside any colon list, form a list of the same models.
    func chainedLists(after found: [FoundModel]) -> [ModelList] {
        var chained: [ModelList] = []
        for model in found {
            let sentence = sentence(containing: model.mention.lowerBound)
            guard list(around: model.mention.lowerBound) == nil,
                  !chained.contains(where: { sentence.contains($0.itemsStart) }) else { continue }
            var position = quotes.first(where: { $0.inner.lowerBound <= model.mention.lowerBound
                && model.mention.upperBound <= $0.inner.upperBound })?.outer.upperBound ?? model.mention.upperBound
            if let clause = ModelOwner.clause(in: text, at: position, limit: sentence.upperBound, readsOwner: false) {
                position = clause.range.upperBound
            }
            while position < sentence.upperBound, text.folded[position] == 0x20 { position += 1 }
            guard position < sentence.upperBound, text.folded[position] == UInt8(ascii: ";") else { continue }
            chained.append(ModelList(itemsStart: position + 1, end: sentence.upperBound,
                                     category: model.category, namesExamples: true))
        }
        return chained
    }

    /// Items of a colon list, separated by semicolons, written as titles.
    func unquotedListItems(_ lists: [ModelList]) -> [FoundModel] {
        var found: [FoundModel] = []
        for list in lists where list.namesExamples {
            let region = list.itemsStart..<list.end
            guard TextWords.containsAny(text, region, of: ";") else { continue }
            var itemStart = list.itemsStart
            for index in region where index == list.end - 1 || text.folded[index] == UInt8(ascii: ";") {
                let itemEnd = text.folded[index] == UInt8(ascii: ";") ? index : list.end
                var item = TextWords.trimmed(text, itemStart..<itemEnd, also: ".")
                itemStart = index + 1
                // The last item runs into the sentence's verb: "…; Chi hội tự quản về an ninh
                // trật tự được duy trì ở 28/28 chi hội."
                if itemEnd == list.end, let verb = predicateStart(in: item) { item = TextWords.trimmed(text, item.lowerBound..<verb) }
                if let model = unquotedTitle(item, category: list.category) { found.append(model) }
            }
        }
        return found
    }

    func unquotedTitle(_ whole: Range<Int>, category: ModelCategory) -> FoundModel? {
        // A title starts with a capital; the name left of an owner starts where the item does.
        guard whole.isEmpty || text.isUppercase(at: whole.lowerBound) else { return nil }
        let (item, owner) = splitOwner(whole)
        guard !item.isEmpty, text.isUppercase(at: item.lowerBound),
              !TextWords.containsAny(text, item, of: "\":()/") else { return nil }
        let words = TextWords.words(text, item)
        guard words.count >= 2, words.count <= ModelVocabulary.maxUnquotedTitleWords else { return nil }
        let original = TextWords.originalWords(text, item)
        let citesNumber = zip(original, original.dropFirst()).contains { $0 == "số" && $1.first?.isNumber == true }
        guard !citesNumber, !opensWithUnitClause(item),
              !ModelPhrases.descriptiveMarkersNeedles.contains(where: { TextWords.contains(original, needle: $0) }),
              !ModelPhrases.enumerators.contains(where: { words in
                  return Array(original.prefix(words.count)) == words
              }) else { return nil }
        return FoundModel(name: Normalization.field(text.slice(item)), category: category, owner: owner, mention: item)
    }

    /// Where the sentence's predicate opens inside the last item of a list: a word of
    /// ``ModelVocabulary/listPredicateOpeners`` after the item's second word.
    func predicateStart(in item: Range<Int>) -> Int? {
        let words = TextWords.wordRanges(text, item)
        guard words.count > 2 else { return nil }
        return words.dropFirst(2).first { ModelVocabulary.listPredicateOpeners.contains(TextWords.word(text, $0)) }?.lowerBound
    }

    /// True when a comma follows `position` (after spaces) inside the item: a remark on the
    /// owner ("của chị …, ấp Tân Phú", "của Nông trường …, do tổ trưởng … hướng dẫn").
    func remarkFollows(_ position: Int, in item: Range<Int>) -> Bool {
        byte(afterSpacesFrom: position, before: item.upperBound) == UInt8(ascii: ",")
    }

    /// True when an item opens with a unit's name and its verb: "Hội Nông dân tỉnh đã
    /// thường xuyên tổ chức …", "Ban Tổ chức Tỉnh ủy có sổ đăng ký …" say what a unit does,
    /// they name no model. The verbs are those of ``ModelVocabulary/subjectVerbs`` and
    /// ``ModelVocabulary/subjectAdverbs``.
    func opensWithUnitClause(_ item: Range<Int>) -> Bool {
        let words = TextWords.wordRanges(text, item)
        let lowered = words.prefix(ModelVocabulary.maxOwnerWords + 3).map { TextWords.word(text, $0) }
        for index in 1..<max(1, lowered.count) {
            let rest = lowered[index...]
            let isVerb = (Self.subjectVerbWords + Self.subjectAdverbWords).contains { phrase in
                rest.count >= phrase.count && TextWords.starts(rest, with: phrase)
            }
            if isVerb, ModelOwner.namedUnit(text, item.lowerBound..<words[index - 1].upperBound) != nil { return true }
        }
        return false
    }

    /// An unquoted item without its closing owner: "Thắp sáng đường quê của Đoàn xã",
    /// "Thắp sáng đường quê (Đoàn xã)".
    func splitOwner(_ item: Range<Int>) -> (name: Range<Int>, owner: String?) {
        var index = item.lowerBound
        while index < item.upperBound {
            let byte = text.folded[index]
            let opensClause = index > item.lowerBound && (byte == UInt8(ascii: "(")
                || (byte == UInt8(ascii: "c") && text.folded[index - 1] == 0x20 && index + 4 <= item.upperBound
                    && text.folded[index..<(index + 4)].elementsEqual("cua ".utf8))
                || (byte == UInt8(ascii: "d") && text.folded[index - 1] == 0x20 && index + 3 <= item.upperBound
                    && text.folded[index..<(index + 3)].elementsEqual("do ".utf8)))
            if opensClause,
               let clause = ModelOwner.clause(in: text, at: index, limit: item.upperBound),
               let owner = clause.owner, clause.range.upperBound == item.upperBound || remarkFollows(clause.range.upperBound, in: item) {
                return (TextWords.trimmed(text, item.lowerBound..<index), owner)
            }
            index += 1
        }
        return (item, nil)
    }
}

import ExtractionEngine
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
    static let clauseEnd = ByteSet(";,.:!?()\"\n")

    /// ``ofWord`` anchored at `lower`, read up to `upper`: `cua\s+`, where it ends.
    static func ofWordEnd(_ bytes: FoldedScan.Bytes, _ lower: Int, _ upper: Int) -> Int? {
        guard FoldedScan.has(bytes, "cua", at: lower, upper: upper) else { return nil }
        let end = FoldedScan.skipSpaces(bytes, from: lower + 3, upper: upper)
        return end > lower + 3 ? end : nil
    }

    /// ``edition`` anchored at `lower`, read up to `upper`: `(lan thu [a-z0-9]+|lan [0-9]+|nam [0-9]{4})\s+`
    /// before `cua\s` or `(`, where it ends.
    static func editionEnd(_ bytes: FoldedScan.Bytes, _ lower: Int, _ upper: Int) -> Int? {
        let numberEnd: Int
        if FoldedScan.has(bytes, "lan thu ", at: lower, upper: upper),
           case let end = FoldedScan.skip(bytes, from: lower + 8, upper: upper, while: FoldedScan.isLowerAlphanumeric),
           end > lower + 8, end < upper, FoldedScan.isRegexSpace(bytes[end]) {
            numberEnd = end
        } else if FoldedScan.has(bytes, "lan ", at: lower, upper: upper),
                  case let end = FoldedScan.skip(bytes, from: lower + 4, upper: upper, while: FoldedScan.isDigit),
                  end > lower + 4 {
            numberEnd = end
        } else if FoldedScan.has(bytes, "nam ", at: lower, upper: upper),
                  let end = FoldedScan.digitRun(bytes, at: lower + 4, upper: upper, 4...4) {
            numberEnd = end
        } else {
            return nil
        }
        let end = FoldedScan.skipSpaces(bytes, from: numberEnd, upper: upper)
        guard end > numberEnd, end < upper else { return nil }
        if bytes[end] == UInt8(ascii: "(") { return end }
        return FoldedScan.has(bytes, "cua", at: end, upper: upper) && end + 3 < upper
            && FoldedScan.isRegexSpace(bytes[end + 3]) ? end : nil
    }

    /// The owner clause starting at `position` (after optional spaces), or nil when none.
    /// `readsOwner` false leaves the owner out (nil) for callers that only need the range.
    static func clause(in text: AnalyzedText, at position: Int, limit: Int, readsOwner: Bool = true) -> Clause? {
        var start = position
        while start < limit, text.folded[start] == 0x20 { start += 1 }
        guard start < limit else { return nil }
        if let skipped = text.folded.withView({ editionEnd($0, start, min(text.count, limit)) }) {
            start = skipped
        }
        if text.folded[start] == UInt8(ascii: "(") {
            var end = start + 1
            while end < limit, text.folded[end] != UInt8(ascii: ")"), text.folded[end] != 0x0A { end += 1 }
            guard end < limit, text.folded[end] == UInt8(ascii: ")") else { return nil }
            let inner = TextWords.trimmed(text, (start + 1)..<end)
            return Clause(range: start..<(end + 1), owner: readsOwner ? unit(text, inner) : nil)
        }
        if let clause = personClause(in: text, at: start, limit: limit, readsOwner: readsOwner) { return clause }
        if let clause = doClause(in: text, at: start, limit: limit, readsOwner: readsOwner) { return clause }
        guard let ownerStart = text.folded.withView({ ofWordEnd($0, start, min(text.count, limit)) }),
              text.slice(start..<(start + 3)).lowercased() == "của" else { return nil }
        var end = ownerStart
        var ownerWords: [Range<Int>] = []
        var cursor = end
        var headWords = 0
        var capitalRun = 0
        var nameSinceHead = false
        var endsAtPunctuation = false
        while cursor < limit {
            let byte = text.folded[cursor]
            if byte == UInt8(ascii: ","), !ownerWords.isEmpty, continuesAddress(text, after: cursor, limit: limit) {
                cursor += 1
                continue
            }
            if clauseEnd.contains(byte) {
                endsAtPunctuation = true
                break
            }
            if byte == 0x20 {
                cursor += 1
                continue
            }
            if !ownerWords.isEmpty, ownerWords.count >= headWords, text.isUppercase(at: cursor),
               let fieldEnd = UnitFieldNames.end(in: text, at: cursor, bound: limit) {
                nameSinceHead = true
                capitalRun += 1
                ownerWords.append(cursor..<fieldEnd)
                end = fieldEnd
                cursor = fieldEnd
                continue
            }
            if ownerWords.count >= headWords, !ownerWords.isEmpty, !text.isUppercase(at: cursor),
               let phraseEnd = tailPhraseEnd(text, at: cursor, limit: limit) {
                capitalRun = 0
                ownerWords.append(cursor..<phraseEnd)
                end = phraseEnd
                cursor = phraseEnd
                continue
            }
            var wordEnd = cursor
            while wordEnd < limit, text.folded[wordEnd] != 0x20, !clauseEnd.contains(text.folded[wordEnd]) { wordEnd += 1 }
            let byte0 = text.folded[cursor]
            let plainStart = byte0 >= 0x61 && byte0 <= 0x7A
            let mayStop = !plainStart || startsWithAnyWord(text, at: cursor, limit: limit, ownerStopFirstWords)
            let mayHead = ownerWords.isEmpty && (!plainStart || startsWithAnyWord(text, at: cursor, limit: limit, unitHeadFirstWords))
            if mayStop || mayHead {
                let rest = TextWords.originalWords(text, cursor..<min(limit, cursor + longestPhraseChars), first: longestPhrase)
                let joinsNames = nameSinceHead && rest.first == "và" && joinsCapitalisedName(text, after: wordEnd, limit: limit)
                if mayStop, !joinsNames, isStopWord(rest) { break }
                if ownerWords.isEmpty { headWords = headLength(rest) }
            } else if ownerWords.isEmpty {
                headWords = 1
            }
            if ownerWords.count >= headWords {
                if text.isUppercase(at: cursor) {
                    nameSinceHead = true
                    // A unit inside the name ("Đảng bộ Sở Lao động …") opens a name of its own.
                    capitalRun = isSingleWordHead(text, cursor..<wordEnd) ? 0 : capitalRun + 1
                } else {
                    // A lower-case syllable ending the clause ends the name ("của Chi bộ Tòa Hình sự;").
                    if capitalRun >= 2, !closesUnitName(text, cursor..<wordEnd),
                       !(wordEnd < limit && clauseEnd.contains(text.folded[wordEnd])) { break }
                    capitalRun = 0
                }
            }
            ownerWords.append(cursor..<wordEnd)
            end = wordEnd
            cursor = wordEnd
        }
        guard readsOwner else { return Clause(range: start..<end, owner: nil) }
        // A name ended by punctuation keeps a lower-case syllable after a capitalised one
        // ("của Khoa Kinh tế và Kế toán;").
        // So does a department's name in sentence case: one title-case word and a few lower-case
        // ones ("của Phòng Khách hàng doanh nghiệp;", "của Cục Quản lý đất đai.").
        let name = ownerWords.dropFirst(headWords)
        let sentenceCase = name.count >= 2 && name.count <= 1 + ModelVocabulary.maxSentenceCaseNameTail
            && name.first.map { isTitleCase(text, $0) } == true
            && name.dropFirst().allSatisfy { !text.isUppercase(at: $0.lowerBound) }
        let keepsLastSyllable = (endsAtPunctuation || cursor >= limit) && ownerWords.count > headWords + 1
            && ownerWords.last.map { !text.isUppercase(at: $0.lowerBound) } == true
            && (isTitleCase(text, ownerWords[ownerWords.count - 2]) || sentenceCase)
        while !keepsLastSyllable, let last = ownerWords.last, ownerWords.count > headWords, !closesUnitName(text, last) {
            ownerWords.removeLast()
        }
        let owner = ownerWords.count <= ModelVocabulary.maxOwnerWords
            ? ownerWords.last.flatMap { unit(text, ownerStart..<$0.upperBound) } : nil
        return Clause(range: start..<end, owner: owner)
    }

    /// True when the word alone is a unit head ("Sở", "Hội", "Ban").
    static func isSingleWordHead(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        let folded = text.folded
        let matches = singleWordHeadsFolded.contains { head in
            head.count == word.count && head.indices.allSatisfy { Folding.lowercase(folded[word.lowerBound + $0]) == head[$0] }
        }
        return matches && singleWordHeads.contains(TextWords.word(text, word))
    }

    static let singleWordHeadsFolded: [[UInt8]] = Array(Set(singleWordHeads.map { Array(Folding.key($0).utf8) }))

    static let singleWordHeads: Set<String> = Set(unitHeadWords.filter { $0.count == 1 }.map { $0[0] })

    /// True when the comma at `comma` goes on with the place of the unit: a level word and a
    /// capitalised name ("Chi bộ ấp Mỹ Phú, xã Hậu Mỹ Bắc A").
    static func continuesAddress(_ text: AnalyzedText, after comma: Int, limit: Int) -> Bool {
        var start = comma + 1
        while start < limit, text.folded[start] == 0x20 { start += 1 }
        guard start < limit, addressInitials.contains(text.folded[start]) else { return false }
        let words = TextWords.wordRanges(text, start..<min(limit, start + 40))
        guard words.count >= 2, words[0].lowerBound == start else { return false }
        for levelLength in [2, 1] where words.count > levelLength {
            let level = words[0..<levelLength].map { TextWords.word(text, $0) }.joined(separator: " ")
            if ModelVocabulary.addressLevels.contains(level), !text.isUppercase(at: words[0].lowerBound),
               text.isUppercase(at: words[levelLength].lowerBound) {
                return true
            }
        }
        return false
    }

    /// The folded first letters of ``ModelVocabulary/addressLevels``, as printed (lower case).
    static let addressInitials = ByteSet(String(ModelVocabulary.addressLevels.compactMap { Folding.key($0).first }))

    /// True when the word after "và" (ending at `end`) is capitalised and opens no model
    /// ("Sở Tài nguyên và Môi trường"; not "… và Cuộc thi “…”").
    static func joinsCapitalisedName(_ text: AnalyzedText, after end: Int, limit: Int) -> Bool {
        var next = end
        while next < limit, text.folded[next] == 0x20 { next += 1 }
        guard next < limit, text.isUppercase(at: next) else { return false }
        let upper = min(limit, next + 24)
        return text.folded.withView { bytes in
            let initial = Int(Folding.lowercase(bytes[next]))
            return !ModelContext.hitWordsByInitial[initial].contains { word in
                word.indices.allSatisfy { next + $0 < upper && Folding.lowercase(bytes[next + $0]) == word[$0] }
                    && (next + word.count == upper || !FoldedScan.isLowerAlphanumeric(Folding.lowercase(bytes[next + word.count])))
            }
        }
    }

    /// "do <unit> [phối hợp với …] <verb>" after a name: the unit runs the model. Nil when the
    /// words after "do" name no unit or no verb of ``ModelVocabulary/doVerbs`` closes them.
    static func doClause(in text: AnalyzedText, at start: Int, limit: Int, readsOwner: Bool) -> Clause? {
        guard start + 3 < limit, text.folded[start] == UInt8(ascii: "d"), text.folded[start + 1] == UInt8(ascii: "o"),
              text.folded[start + 2] == 0x20, text.slice(start..<(start + 2)) == "do" else { return nil }
        let searchEnd = min(limit, start + 200)
        var end = start + 3
        var skipped: [Range<Int>] = []
        while end < searchEnd {
            let byte = text.folded[end]
            if byte == UInt8(ascii: "(") {
                // "(nay là …)" inside the unit's name is left out.
                var close = end + 1
                while close < searchEnd, text.folded[close] != UInt8(ascii: ")"), text.folded[close] != 0x0A { close += 1 }
                guard close < searchEnd, text.folded[close] == UInt8(ascii: ")") else { break }
                skipped.append(end..<(close + 1))
                end = close + 1
                continue
            }
            if byte == UInt8(ascii: "."), isAbbreviationPeriod(text, end) { end += 1; continue }
            if doClauseEnd.contains(byte) { break }
            end += 1
        }
        let words = TextWords.wordRanges(text, (start + 3)..<end).filter { word in
            !skipped.contains { $0.contains(word.lowerBound) }
        }
        let lower = words.map { TextWords.word(text, $0) }
        guard let first = lower.first, !doCauseWords.contains(where: { TextWords.starts(lower, with: $0) }), !first.isEmpty else { return nil }
        var unitEnd: Int?
        var verbEnd: Int?
        var index = 1
        while index < lower.count, index <= ModelVocabulary.maxOwnerWords + 6 {
            let rest = lower[index...]
            if unitEnd == nil, let partner = doPartnerWords.first(where: { TextWords.starts(rest, with: $0) }) {
                unitEnd = index
                index += partner.count
                continue
            }
            if let verb = doVerbWords.first(where: { TextWords.starts(rest, with: $0) }) {
                unitEnd = unitEnd ?? index
                verbEnd = index + verb.count - 1
                break
            }
            index += 1
        }
        guard let unitEnd, let verbEnd, unitEnd <= ModelVocabulary.maxOwnerWords else { return nil }
        var unitEndBound = words[unitEnd - 1].upperBound
        if let paren = skipped.first(where: { $0.lowerBound >= words[0].lowerBound && $0.upperBound <= unitEndBound + 2 }) {
            unitEndBound = min(unitEndBound, paren.lowerBound)
        }
        let unitRange = TextWords.trimmed(text, words[0].lowerBound..<unitEndBound)
        guard let owner = unit(text, unitRange) else { return nil }
        return Clause(range: start..<words[verbEnd].upperBound, owner: readsOwner ? owner : nil)
    }

    /// "của <lead> <Name>" or "do <lead> <Name>[, <role>] <verb>" after a name, with a lead of
    /// ``ModelVocabulary/personOwnerLeads``: the person runs the model. The name is two to five
    /// capitalised words that name no unit; after "do", a verb of ``ModelVocabulary/doVerbs``
    /// must close the clause.
    static func personClause(in text: AnalyzedText, at start: Int, limit: Int, readsOwner: Bool) -> Clause? {
        // Folded bytes first ("cua ", "do "), the marks of the written word only then.
        guard start + 4 < limit else { return nil }
        let folded = text.folded
        let foldsOf = folded[start] == UInt8(ascii: "c") && folded[start + 1] == UInt8(ascii: "u")
            && folded[start + 2] == UInt8(ascii: "a") && folded[start + 3] == 0x20
        let foldsDo = !foldsOf && folded[start] == UInt8(ascii: "d") && folded[start + 1] == UInt8(ascii: "o") && folded[start + 2] == 0x20
        guard foldsOf || foldsDo else { return nil }
        let isOf = foldsOf && text.slice(start..<(start + 3)) == "của"
        let isDo = foldsDo && text.slice(start..<(start + 2)) == "do"
        guard isOf || isDo else { return nil }
        let wordsStart = isOf ? start + 4 : start + 3
        // The lead's words first, from a short window; the rest only when one is there.
        let opening = TextWords.wordRanges(text, wordsStart..<min(limit, wordsStart + personLeadChars)).prefix(longestPersonLead)
            .map { TextWords.word(text, $0) }
        guard let lead = personLeadWords.filter({ TextWords.starts(opening, with: $0) }).map(\.count).max() else { return nil }
        let words = TextWords.wordRanges(text, wordsStart..<min(limit, start + 240))
        guard words.count > lead,
              !personNameBlockerWords.contains(where: { Array(words[lead...].prefix($0.count)).map { TextWords.word(text, $0) } == $0 })
        else { return nil }
        var nameEnd = lead
        while nameEnd < words.count, nameEnd - lead < 5, isTitleCase(text, words[nameEnd]),
              onlySpaces(text, words[nameEnd - 1].upperBound..<words[nameEnd].lowerBound) {
            nameEnd += 1
        }
        guard nameEnd - lead >= 2 else { return nil }
        let name = words[lead].lowerBound..<words[nameEnd - 1].upperBound
        guard unit(text, name) == nil else { return nil }
        let owner = readsOwner ? Normalization.field(text.slice(name)) : nil
        if isOf { return Clause(range: start..<name.upperBound, owner: owner) }
        var index = nameEnd
        while index < words.count, index <= nameEnd + ModelVocabulary.maxOwnerWords {
            if (words[index - 1].upperBound..<words[index].lowerBound).contains(where: { doClauseEnd.contains(text.folded[$0]) }) { return nil }
            let rest = words[index..<min(words.count, index + longestDoVerb)].map { TextWords.word(text, $0) }
            if let verb = doVerbWords.first(where: { TextWords.starts(rest, with: $0) }) {
                return Clause(range: start..<words[index + verb.count - 1].upperBound, owner: owner)
            }
            index += 1
        }
        return nil
    }

    /// True when only spaces stand in `range`, or one apostrophe inside a name ("K'Brơi", "H'Lan").
    static func onlySpaces(_ text: AnalyzedText, _ range: Range<Int>) -> Bool {
        range.allSatisfy { text.folded[$0] == 0x20 } || range.count == 1 && apostrophes.contains(text.scalars[range.lowerBound])
    }

    /// Apostrophes that join the parts of a name ("K'Brơi", "H’Lan").
    static let apostrophes: Set<Unicode.Scalar> = ["'", "’"]

    /// ``ModelVocabulary/personOwnerLeads`` and ``ModelVocabulary/personNameBlockers`` as words.
    static let personLeadWords: [[String]] = ModelVocabulary.personOwnerLeads.map { TextWords.needle($0.words) }
    static let personNameBlockerWords: [[String]] = ModelVocabulary.personNameBlockers.map(TextWords.needle)
    /// Most words of a ``ModelVocabulary/personOwnerLeads`` phrase.
    static let longestPersonLead = personLeadWords.map(\.count).max() ?? 1
    /// Code points read for a lead's words: its longest row and a word after it, so that no
    /// word of the lead is cut.
    static let personLeadChars = (ModelVocabulary.personOwnerLeads.map(\.words.unicodeScalars.count).max() ?? 16) + 10
    /// Most words of a ``ModelVocabulary/doVerbs`` phrase.
    static let longestDoVerb = doVerbWords.map(\.count).max() ?? 1

    /// True when the period at `index` ends a short capitalised abbreviation ("TP. Hà Tĩnh").
    static func isAbbreviationPeriod(_ text: AnalyzedText, _ index: Int) -> Bool {
        var start = index
        while start > 0, text.isWordCharacter(at: start - 1) { start -= 1 }
        let length = index - start
        return length >= 1 && length <= 2 && (start..<index).allSatisfy { text.isUppercase(at: $0) }
            && index + 2 < text.count && text.folded[index + 1] == 0x20 && text.isUppercase(at: index + 2)
    }

    static let doClauseEnd = ByteSet(";.:!?\"\n(")
    static let doVerbWords: [[String]] = ModelVocabulary.doVerbs.map { TextWords.needle($0.words) }
    static let doPartnerWords: [[String]] = ModelVocabulary.doPartners.map { TextWords.needle($0.words) }
    static let doCauseWords: [[String]] = ModelVocabulary.doCauses.map(TextWords.needle)

    /// The text of a range that is a unit's name as a subject is written: a unit head, then
    /// nothing, or words that end as a unit's name does ("Huyện đoàn Tân Phú", "huyện Tuy An",
    /// "Chi bộ buôn"); a single-word head alone ("Xã") names no unit.
    static func namedUnit(_ text: AnalyzedText, _ range: Range<Int>) -> String? {
        let words = TextWords.wordRanges(text, range)
        guard words.count >= 1, words.count <= ModelVocabulary.maxOwnerWords,
              let owner = unit(text, range) else { return nil }
        let lowered = words.prefix(longestPhrase).map { TextWords.word(text, $0) }
        let head = headLength(Array(lowered))
        if words.count == head { return head >= 2 ? owner : nil }
        // A name in sentence case may end in lower case after a title-case word ("Sở Tư pháp");
        // a code ("06-CT/TW") is no part of a unit's name.
        guard let last = words.last, !TextWords.containsAny(text, range, of: "/"),
              closesUnitName(text, last) || (words.count - head >= 2 && isTitleCase(text, words[words.count - 2])),
              text.isUppercase(at: words[0].lowerBound) || text.isUppercase(at: words[1].lowerBound) else { return nil }
        return owner
    }

    /// True when a word is capitalised and goes on in lower case, if at all ("Tư", "Y"; not "TW").
    static func isTitleCase(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        text.isUppercase(at: word.lowerBound) && (word.count == 1 || text.scalars[word.lowerBound + 1].properties.isLowercase)
    }

    /// The owner's text when it names a unit, normalised.
    static func unit(_ text: AnalyzedText, _ range: Range<Int>) -> String? {
        let trimmed = TextWords.trimmed(text, range)
        guard !trimmed.isEmpty else { return nil }
        // A unit head's first word is a letter word: one opening with a plain letter must
        // open with a head's first word folded.
        let byte0 = text.folded[trimmed.lowerBound]
        if byte0 >= 0x61, byte0 <= 0x7A,
           !startsWithAnyWord(text, at: trimmed.lowerBound, limit: trimmed.upperBound, unitHeadFirstWords) { return nil }
        let words = TextWords.originalWords(text, trimmed, first: longestPhrase)
        guard !nonUnitWords.contains(where: { TextWords.starts(words, with: $0) }) else { return nil }
        let isUnit = words.first.flatMap { unitHeadsByFirstWord[$0] }?.contains { TextWords.starts(words, with: $0) } ?? false
        return isUnit ? Normalization.field(text.slice(trimmed)) : nil
    }

    /// True when a word can end a unit's name: capitalised, a level word ("xã"), or a number
    /// numbering a name ("Tổ 7", "khu phố 3", "Đồn Biên phòng 745"; not "phục vụ khoảng 1").
    static func closesUnitName(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        if text.isUppercase(at: word.lowerBound) || isLevelWord(text, word) { return true }
        if tailPhraseEnd(text, at: word.lowerBound, limit: word.upperBound) == word.upperBound { return true }
        guard (0x30...0x39).contains(text.ascii[word.lowerBound]),
              let previous = wordBefore(text, word.lowerBound) else { return false }
        if text.isUppercase(at: previous.lowerBound) || isLevelWord(text, previous) { return true }
        guard let earlier = wordBefore(text, previous.lowerBound) else { return false }
        return text.isUppercase(at: earlier.lowerBound)
    }

    /// The word ending right before `position`, separated by spaces only.
    static func wordBefore(_ text: AnalyzedText, _ position: Int) -> Range<Int>? {
        var end = position
        while end > 0, text.folded[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, text.isWordCharacter(at: start - 1) { start -= 1 }
        return start < end ? start..<end : nil
    }

    static func isLevelWord(_ text: AnalyzedText, _ word: Range<Int>) -> Bool {
        let isPlainWord = text.scalars[word].allSatisfy { TextWords.standsAlone($0) && ScalarClass.isWordCharacter($0) }
        let lower = isPlainWord ? TextWords.word(text, word) : Normalization.field(text.slice(word)).lowercased()
        return ModelVocabulary.unitTailWords.contains(lower)
    }

    /// The number of words of the longest unit head starting at `position` ("Công đoàn", "Ủy ban").
    /// `rest`: the original words from the position on (``TextWords/originalWords(_:_:)``).
    static func headLength(_ rest: [String]) -> Int {
        rest.first.flatMap { unitHeadsByFirstWord[$0] }?.filter { TextWords.starts(rest, with: $0) }.map(\.count).max() ?? 1
    }

    static func isStopWord(_ rest: [String]) -> Bool {
        rest.first.flatMap { ownerStopsByFirstWord[$0] }?.contains { TextWords.starts(rest, with: $0) } ?? false
    }

    /// True when the folded text at `position` begins with one of `prefixes` as a whole word
    /// of the original words read up to `min(limit, position + 24)`: a cheap necessary
    /// condition for a phrase match on the first of those words, which opens at `position`.
    /// The word surely runs on only past a letter or digit that folds to one.
    static func startsWithAnyWord(_ text: AnalyzedText, at position: Int, limit: Int, _ prefixes: [[UInt8]]) -> Bool {
        let end = min(limit, position + 24)
        return text.folded.withView { bytes in
            prefixes.contains { prefix in
                guard FoldedScan.has(bytes, prefix, at: position, upper: end) else { return false }
                let next = position + prefix.count
                return next == end || !(FoldedScan.isLowerAlphanumeric(bytes[next]) && text.isWordCharacter(at: next))
            }
        }
    }

    /// The end of a ``ModelVocabulary/unitTailPhrases`` phrase written at `position` ("khu vực"), if one is.
    static func tailPhraseEnd(_ text: AnalyzedText, at position: Int, limit: Int) -> Int? {
        text.folded.withView { bytes in
            for (index, phrase) in tailPhrases.enumerated() where FoldedScan.has(bytes, phrase, at: position, upper: limit) {
                let end = position + phrase.count
                // Folded "co so" is "cơ sở" and "có số": the words must be the row's, marks and all.
                guard end == limit || !text.isWordCharacter(at: end),
                      Normalization.field(text.slice(position..<end)).lowercased() == ModelVocabulary.unitTailPhrases[index].phrase
                else { continue }
                return end
            }
            return nil
        }
    }

    static let tailPhrases: [[UInt8]] = ModelVocabulary.unitTailPhrases.map { Array(Folding.key($0.phrase).utf8) }
    static let unitHeadFirstWords: [[UInt8]] = firstFoldedWords(unitHeadWords)
    static let nonUnitWords: [[String]] = ModelVocabulary.nonUnits.map(TextWords.needle)
    static let ownerStopFirstWords: [[UInt8]] = firstFoldedWords(ownerStopWordLists)

    static func firstFoldedWords(_ phrases: [[String]]) -> [[UInt8]] {
        Array(Set(phrases.compactMap { $0.first.map { Array(Folding.key($0).utf8) } }))
    }

    static let unitHeadWords: [[String]] = ModelVocabulary.unitHeads.map { $0.split(separator: " ").map(String.init) }
    static let ownerStopWordLists: [[String]] = ModelVocabulary.ownerStopWords.map { $0.split(separator: " ").map(String.init) }

    /// The most words of a unit head or an owner stop phrase: as many words as are compared.
    static let longestPhrase = (unitHeadWords + ownerStopWordLists).map(\.count).max() ?? 1
    /// Code points of the longest unit head or stop phrase with a space after it: how far
    /// the words that may open one are read.
    static let longestPhraseChars = max(24, (unitHeadWords + ownerStopWordLists).map { $0.joined(separator: " ").count + 1 }.max() ?? 1)

    /// ``unitHeadWords`` and ``ownerStopWordLists`` by their first word: only those can start
    /// words that begin with it.
    static let unitHeadsByFirstWord: [String: [[String]]] = Dictionary(grouping: unitHeadWords) { $0.first ?? "" }
    static let ownerStopsByFirstWord: [String: [[String]]] = Dictionary(grouping: ownerStopWordLists) { $0.first ?? "" }
}

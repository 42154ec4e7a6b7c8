import ExtractionEngine
import Records
import VietnameseText

/// Every word the figure rules name, in one ``Lexicon``: tokens carry its ids.
enum FigureLexicon {
    static let lexicon = Lexicon(vocabularies.joined().flatMap { phrase in
        // Split on the space byte: the same words as a Character split of these phrases,
        // without walking grapheme clusters.
        phrase.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    })

    /// The vocabularies of ``FigureVocabulary``, ``SubjectRules`` and ``VietnameseNumber``,
    /// and the words the rules name in code.
    static var vocabularies: [[String]] {
        typealias V = FigureVocabulary
        typealias S = SubjectRules
        let figure: [[String]] = [
            V.approximations.map(\.phrase), Array(V.contactLeads), Array(V.ambiguousWordNumbers), Array(V.scales.keys),
            Array(V.currencies), Array(V.gluedUnits), Array(V.dongCompounds), Array(V.durationUnits), Array(V.ageLeads),
            Array(V.anniversaryFollowers), Array(V.teachingFollowers), Array(V.anniversaryLeads), Array(V.nameLeads), Array(V.nameLeadCompounds),
            Array(V.countUnitCompounds), Array(V.countUnitCompoundBreakers), Array(V.countingSo), Array(V.timeUnits),
            Array(V.wordNumberStarts), [V.tensWord], Array(V.wordNumberMultipliers), Array(V.wordNumberBlockers),
            Array(V.wordNumberFalseFollowers), Array(V.namCountNouns), Array(V.tallyNouns), V.approximationFollowers.map(\.phrase),
            Array(V.oneAfterApproximation), Array(V.oneFalseFollowers), Array(V.breakdownLeads),
            Array(V.tallyDateLeads), Array(V.clockHourUnits), Array(V.wordNumberIdiomPhrases),
        ]
        let subject: [[String]] = [
            Array(S.functionWords), Array(S.clauseStarts), Array(S.classifiers), Array(S.continuationNouns),
            Array(S.compoundNouns), Array(S.compoundHeads), Array(S.coordinatedNounsOtherwiseAdjectives),
            Array(S.segmentFollowers), Array(S.calendarWords), Array(S.changeVerbs), Array(S.segmentQuantifiers),
            Array(S.perUnitWords), Array(S.moneyNouns), Array(S.ratioLeads), Array(S.capitalisedCommonWords),
            Array(S.measureHeads), Array(S.squareUnits), Array(S.valuationWords), Array(S.totalWords),
            Array(S.addressNouns), Array(S.numberOfWords), Array(S.prizeWords), Array(S.prizeRanks),
            Array(S.prizeRewardWords), Array(S.calendarQualifiers), Array(S.counterLabels),
            Array(S.placeAndPersonHeads), S.nounsOtherwiseFunctionWords.map(\.word),
        ]
        return figure + subject + [Array(VietnameseNumber.digitWords.keys), FigureWords.named]
    }

    /// The id of a word the lexicon holds.
    static func id(_ word: String) -> Int32 {
        let id = lexicon.id(of: word)
        precondition(id != 0, "figure lexicon lacks \"\(word)\"")
        return id
    }

    /// The word of id `id`.
    static func word(_ id: Int32) -> String { lexicon[id] }
}

/// Ids of the words the figure rules name one by one.
enum FigureWords {
    static let named = [
        "một", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "mươi", "mười", "năm", "là", "phần", "đồng", "từ",
        "đến", "tới", "và", "cùng", "so", "ngày", "số", "phút", "độ",
    ]

    static let mot = FigureLexicon.id(FigureVocabulary.one)
    static let muoiTens = FigureLexicon.id(FigureVocabulary.tensAfterDigit)
    static let muoiTen = FigureLexicon.id("mười")
    static let nam = FigureLexicon.id("năm")
    static let la = FigureLexicon.id("là")
    static let phan = FigureLexicon.id("phần")
    static let tram = FigureLexicon.id("trăm")
    static let dong = FigureLexicon.id("đồng")
    static let tu = FigureLexicon.id("từ")
    static let den = FigureLexicon.id("đến")
    static let toi = FigureLexicon.id("tới")
    static let va = FigureLexicon.id("và")
    static let cung = FigureLexicon.id("cùng")
    static let so = FigureLexicon.id("so")
    static let ngay = FigureLexicon.id("ngày")
    static let soNumber = FigureLexicon.id("số")
    static let minute = FigureLexicon.id("phút")
    static let doAge = FigureLexicon.id("độ")
    static let tens = FigureLexicon.id(FigureVocabulary.tensWord)
    /// Scale words that a "một" before them makes a number ("một trăm").
    static let hundredsOpeners: WordPhrases = FigureTables.compile(["trăm", "nghìn", "ngàn", "triệu", "tỷ"])
}

/// The vocabularies compiled over ``FigureLexicon``.
enum FigureTables {
    static func compile(_ phrases: some Sequence<String>) -> WordPhrases {
        WordPhrases(phrases, lexicon: FigureLexicon.lexicon)
    }

    typealias V = FigureVocabulary
    typealias S = SubjectRules

    static let contactLeads = compile(V.contactLeads)
    static let ambiguousWordNumbers = compile(V.ambiguousWordNumbers)
    static let currencies = compile(V.currencies)
    static let gluedUnits = compile(V.gluedUnits)
    static let dongCompounds = compile(V.dongCompounds)
    static let durationUnits = compile(V.durationUnits)
    static let ageLeads = compile(V.ageLeads)
    static let anniversaryFollowers = compile(V.anniversaryFollowers)
    static let teachingFollowers = compile(V.teachingFollowers)
    static let anniversaryLeads = compile(V.anniversaryLeads)
    static let nameLeads = compile(V.nameLeads)
    static let nameLeadCompounds = compile(V.nameLeadCompounds)
    static let countUnitCompounds = compile(V.countUnitCompounds)
    static let countUnitCompoundBreakers = compile(V.countUnitCompoundBreakers)
    static let countingSo = compile(V.countingSo)
    static let timeUnits = compile(V.timeUnits)
    static let wordNumberStarts = compile(V.wordNumberStarts)
    /// The folded forms of the words that may open a number written as words: those of
    /// ``wordNumberStarts`` and "một" (before "trăm" …). A word of any other folded form
    /// has no id among them.
    static let foldedWordNumberOpeners: PackedWordSet = {
        let lexicon = FigureLexicon.lexicon
        let ids = (1..<Int32(lexicon.count)).filter { wordNumberStarts.contains($0) || $0 == FigureWords.mot }
        return PackedWordSet(ids.map { folded(lexicon[$0]) })
    }()
    static let wordNumberMultipliers = compile(V.wordNumberMultipliers)
    static let wordNumberBlockers = compile(V.wordNumberBlockers)
    static let wordNumberFalseFollowers = compile(V.wordNumberFalseFollowers)
    static let wordNumberIdioms = compile(V.wordNumberIdiomPhrases)
    /// Most words of a phrase of ``FigureVocabulary/wordNumberIdioms``.
    static let longestWordNumberIdiom = V.wordNumberIdiomPhrases.map { $0.split(separator: " ").count }.max() ?? 0
    static let namCountNouns = compile(V.namCountNouns)
    static let tallyNouns = compile(V.tallyNouns)
    static let longestTallyNoun = V.tallyNouns.map { $0.split(separator: " ").count }.max() ?? 1
    static let approximationWords = compile(V.approximationWords)
    static let oneAfterApproximation = compile(V.oneAfterApproximation)
    static let oneFalseFollowers = compile(V.oneFalseFollowers)
    static let breakdownLeads = compile(V.breakdownLeads)
    static let tallyDateLeads = compile(V.tallyDateLeads)
    static let clockHourUnits = compile(V.clockHourUnits)

    static let functionWords = compile(S.functionWords)
    static let clauseStarts = compile(S.clauseStarts)
    static let classifiers = compile(S.classifiers)
    static let continuationNouns = compile(S.continuationNouns)
    static let compoundNouns = compile(S.compoundNouns)
    static let compoundHeads = compile(S.compoundHeads)
    static let coordinatedNounsOtherwiseAdjectives = compile(S.coordinatedNounsOtherwiseAdjectives)
    static let segmentFollowers = compile(S.segmentFollowers)
    static let calendarWords = compile(S.calendarWords)
    static let calendarQualifiers = compile(S.calendarQualifiers)
    static let counterLabels = compile(S.counterLabels)
    static let changeVerbs = compile(S.changeVerbs)
    static let segmentQuantifiers = compile(S.segmentQuantifiers)
    static let perUnitWords = compile(S.perUnitWords)
    static let moneyNouns = compile(S.moneyNouns)
    static let ratioLeads = compile(S.ratioLeads)
    static let capitalisedCommonWords = compile(S.capitalisedCommonWords)
    static let prizeWords = compile(S.prizeWords)
    static let prizeRanks = compile(S.prizeRanks)
    static let prizeRewardWords = compile(S.prizeRewardWords)
    static let measureHeads = compile(S.measureHeads)
    static let squareUnits = compile(S.squareUnits)
    static let valuationWords = compile(S.valuationWords)
    static let totalWords = compile(S.totalWords)
    static let addressNouns = compile(S.addressNouns)
    static let shareVerbs = compile(S.shareVerbs)
    static let numberOfWords = compile(S.numberOfWords)
    static let placeAndPersonHeads = compile(S.placeAndPersonHeads)
    static let nounsOtherwiseFunctionWords = compile(S.nounsOtherwiseFunctionWords.map(\.word))

    /// ``FigureVocabulary/scales`` by word id.
    static let scales: [Double?] = {
        var table = [Double?](repeating: nil, count: FigureLexicon.lexicon.count)
        for (word, factor) in V.scales { table[Int(FigureLexicon.id(word))] = factor }
        return table
    }()

    /// ``VietnameseNumber/digitWords`` by word id.
    static let digitWords: [Int?] = {
        var table = [Int?](repeating: nil, count: FigureLexicon.lexicon.count)
        for (word, digit) in VietnameseNumber.digitWords { table[Int(FigureLexicon.id(word))] = digit }
        return table
    }()

    /// ``FigureVocabulary/approximations`` with each phrase as word ids, in order.
    static let approximations: [(words: [Int32], approx: Approximation)] =
        V.approximations.map { ($0.phrase.split(separator: " ").map { FigureLexicon.id(String($0)) }, $0.approx) }

    /// ``FigureVocabulary/approximationFollowers`` with each phrase as word ids.
    static let approximationFollowers: [(words: [Int32], approx: Approximation)] =
        V.approximationFollowers.map { ($0.phrase.split(separator: " ").map { FigureLexicon.id(String($0)) }, $0.approx) }

    /// Per word id, whether some phrase of ``approximations`` ends with it: no other word can
    /// end one, so most numbers are settled by one look-up.
    static let approximationEnds = wordTable(approximations.map(\.words)) { $0.last }

    /// Per word id, whether some phrase of ``approximationFollowers`` starts with it.
    static let approximationFollowerStarts = wordTable(approximationFollowers.map(\.words)) { $0.first }

    /// A flag per lexicon id, set for the word `pick` takes from each phrase; nil when a
    /// phrase has no word (it would match anywhere, so no word can be ruled out).
    static func wordTable(_ phrases: [[Int32]], _ pick: ([Int32]) -> Int32?) -> [Bool]? {
        var table = [Bool](repeating: false, count: FigureLexicon.lexicon.count)
        for phrase in phrases {
            guard let word = pick(phrase), word >= 0, Int(word) < table.count else { return nil }
            table[Int(word)] = true
        }
        return table
    }

    /// A word as the tokenizer's packed look-ups see it: ASCII-folded, lower-case.
    static func folded(_ word: String) -> String {
        String(decoding: word.unicodeScalars.map { Folding.lowercase(Folding.ascii($0)) }, as: UTF8.self)
    }
}

extension FigureVocabulary {
    /// Longest phrase of `table` that starts at token `index` and is made of words; the
    /// number of tokens it spans.
    @inline(__always)
    static func phrase(in table: WordPhrases, at index: Int, of tokens: FigureTokenList, maxWords: Int = 3) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return table.longest(startingAt: tokens[index].word, maxWords: maxWords) { offset in
            let position = index + offset
            return position < tokens.count && tokens[position].kind == .word ? tokens[position].word : nil
        }
    }

    /// Length of a phrase of `table` that ends at token `index`, if any (longest first).
    @inline(__always)
    static func phrase(in table: WordPhrases, endingAt index: Int, of tokens: FigureTokenList, maxWords: Int = 3) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return table.longest(endingAt: tokens[index].word, maxWords: maxWords) { offset in
            let position = index - offset
            return position >= 0 && tokens[position].kind == .word ? tokens[position].word : nil
        }
    }
}

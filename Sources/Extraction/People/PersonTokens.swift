import ExtractionEngine
import VietnameseText

/// One word of the text for the people rules: a run of letters and digits ("đ/c" is one word).
/// Twenty-four bytes: a long text has a word for every four or five code points, so offsets
/// are 32-bit (a document is at most 32 MB), the flags share one byte, and the packed folded
/// form is read from the text when asked (``PersonTokens/foldedKey(_:_:)``).
struct PersonToken: Sendable {
    private let lower: Int32
    private let upper: Int32
    /// One bit per ``PersonTables`` table (``CompiledPhraseTable/bit``) whose first-word
    /// filter the folded word passes: a clear bit means no phrase of that table opens here.
    var opens: UInt32 = 0
    /// The separator after the word with spaces removed.
    var punctuationAfter = Punctuation()
    private var flags: UInt8

    private static let capitalisedFlag: UInt8 = 1
    private static let allCapsFlag: UInt8 = 2
    private static let syllableFlag: UInt8 = 4
    private static let spaceGapFlag: UInt8 = 8
    private static let lineBreakFlag: UInt8 = 16

    init(range: Range<Int>, isCapitalised: Bool, isAllCaps: Bool, isSyllable: Bool) {
        lower = Int32(truncatingIfNeeded: range.lowerBound)
        upper = Int32(truncatingIfNeeded: range.upperBound)
        flags = (isCapitalised ? Self.capitalisedFlag : 0) | (isAllCaps ? Self.allCapsFlag : 0)
            | (isSyllable ? Self.syllableFlag : 0)
    }

    var range: Range<Int> {
        @inline(__always) get { Int(lower)..<Int(upper) }
    }
    var isCapitalised: Bool { flags & Self.capitalisedFlag != 0 }
    var isAllCaps: Bool { flags & Self.allCapsFlag != 0 }
    /// True when a capitalised word has the shape of one Vietnamese syllable (no acronyms, no
    /// digits); false for every word not capitalised, of which the rules never ask.
    var isSyllable: Bool { flags & Self.syllableFlag != 0 }
    /// True when spaces or tabs only, at least one, separate the word from the next.
    var isSpaceGapAfter: Bool {
        get { flags & Self.spaceGapFlag != 0 }
        set { flags = newValue ? flags | Self.spaceGapFlag : flags & ~Self.spaceGapFlag }
    }
    /// True when a line break separates the word from the next.
    var breaksLineAfter: Bool {
        get { flags & Self.lineBreakFlag != 0 }
        set { flags = newValue ? flags | Self.lineBreakFlag : flags & ~Self.lineBreakFlag }
    }
}

/// The lexicon ids of a text's words, filled as the rules ask for them (owned buffer, one
/// slot per word; ``PersonTokens`` copies share it).
final class PersonWordIDs {
    private let ids: Slots<Int32>
    private static let unknown: Int32 = -1

    init(count: Int) {
        ids = Slots(count: count, repeating: Self.unknown)
    }

    /// The id of word `index`, nil until it is set.
    subscript(_ index: Int) -> Int32? {
        get {
            precondition(index >= 0 && index < ids.count, "word index out of range")
            let id = ids[index]
            return id == Self.unknown ? nil : id
        }
        set {
            precondition(index >= 0 && index < ids.count, "word index out of range")
            ids[index] = newValue ?? Self.unknown
        }
    }
}

/// The separator between two words with spaces and tabs removed ("," for ", "), compared
/// with one-mark literals: `separator == [UInt8(ascii: ",")]`, `separator.isEmpty`.
struct Punctuation: Equatable, Sendable, ExpressibleByArrayLiteral {
    /// Number of bytes (32-bit: a separator is shorter than a document).
    private var byteCount: UInt32 = 0
    /// The first four bytes, packed.
    private var packed: UInt32 = 0

    /// Number of bytes.
    var count: Int { Int(byteCount) }

    init() {}

    init(arrayLiteral bytes: UInt8...) {
        for byte in bytes { append(byte) }
    }

    mutating func append(_ byte: UInt8) {
        if byteCount < 4 { packed |= UInt32(byte) << (8 * byteCount) }
        byteCount &+= 1
    }

    var isEmpty: Bool { count == 0 }

    /// True when `byte` is one of the first four bytes.
    func contains(_ byte: UInt8) -> Bool {
        for position in 0..<min(count, 4) where UInt8(truncatingIfNeeded: packed >> (8 * UInt32(position))) == byte {
            return true
        }
        return false
    }
}

/// The words of a text with the separators between them.
struct PersonTokens {
    let text: AnalyzedText
    let tokens: [PersonToken]
    /// The ``PersonLexicon`` id of each word, looked up when a rule first asks for it.
    private let ids: PersonWordIDs

    init(_ text: AnalyzedText) {
        self.text = text
        tokens = text.ascii.withView { ascii in
            text.folded.withView { folded in
                Self.words(text, ascii: ascii, folded: folded)
            }
        }
        ids = PersonWordIDs(count: tokens.count)
    }

    /// The ``PersonLexicon`` id of word `index` (lower-case, tone mark on the first vowel), 0
    /// when it is in no table.
    @inline(__always)
    func word(_ index: Int) -> Int32 {
        if let id = ids[index] { return id }
        return lookUpWord(index)
    }

    /// ``word(_:)`` for a word not looked up yet: looks it up and keeps its id.
    @inline(never)
    private func lookUpWord(_ index: Int) -> Int32 {
        let token = tokens[index]
        let lexicon = PersonLexicon.lexicon
        let key = foldedKey(index)
        let id = key.isEmpty ? lexicon.id(in: text, token.range) : lexicon.id(folded: key, in: text, token.range)
        ids[index] = id
        return id
    }

    /// ASCII byte classes: lower-case letter, upper-case letter, digit, anything else.
    private static let lowerLetter: UInt8 = 1, upperLetter: UInt8 = 2, digit: UInt8 = 3
    private static let byteClasses: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 97...122: lowerLetter
        case 65...90: upperLetter
        case 48...57: digit
        default: 0
        }
    }

    private static func words(_ text: AnalyzedText, ascii: BufferView<UInt8>,
                              folded: BufferView<UInt8>) -> [PersonToken] {
        byteClasses.withView { classes in
            PersonTables.openFilter.withView { filter in
                syllableClasses.withView { syllableClasses in
                    words(text, ascii: ascii, folded: folded, classes: classes, filter: filter,
                          syllableClasses: syllableClasses)
                }
            }
        }
    }

    /// The words of the text, each with the tables its folded form may open a phrase of
    /// (``PersonToken/opens``, from `filter`, ``PersonTables/openFilter``).
    private static func words(_ text: AnalyzedText, ascii: BufferView<UInt8>,
                              folded: BufferView<UInt8>, classes: BufferView<UInt8>, filter: BufferView<UInt32>,
                              syllableClasses: BufferView<UInt8>) -> [PersonToken] {
        var tokens: [PersonToken] = []
        let count = ascii.count
        // Room for the most words the text can hold (words are maximal runs, so one in every
        // two code points), reserved once: growing by doubling would hold the old and the new
        // copy at once. Only the slots filled are touched, so only they take memory.
        tokens.reserveCapacity(count / 2 + 1)
        var index = 0
        @inline(__always) func isWord(_ position: Int) -> Bool {
            guard position < count else { return false }
            let byte = ascii[position]
            return classes[Int(byte)] != 0 || byte == Folding.unmapped && text.isWordCharacter(at: position)
        }
        /// The apostrophe of a highland name prefix: "H’Lan", "Y’Bih", "K’Thiu".
        func isNamePrefixApostrophe(_ position: Int, start: Int) -> Bool {
            guard position < count, folded[position] == UInt8(ascii: "'"),
                  (1...2).contains(position - start), text.isUppercase(at: start),
                  position + 1 < count, text.isUppercase(at: position + 1) else { return false }
            return folded[start..<position].allSatisfy { isConsonant($0) || $0 == UInt8(ascii: "y") }
        }
        while index < count {
            guard isWord(index) else { index += 1; continue }
            let start = index
            var letters = 0
            var upper = 0
            while index < count {
                let byteClass = classes[Int(ascii[index])]
                if byteClass != 0 {
                    if byteClass == upperLetter { upper += 1; letters += 1 } else if byteClass == lowerLetter { letters += 1 }
                } else if !(isWord(index) || ascii[index] == UInt8(ascii: "/") && isWord(index + 1)
                            || isNamePrefixApostrophe(index, start: start)) {
                    break
                }
                index += 1
            }
            let range = start..<index
            let isCapitalised = classes[Int(ascii[start])] == upperLetter
            var token = PersonToken(
                range: range, isCapitalised: isCapitalised, isAllCaps: letters > 0 && upper == letters,
                isSyllable: isCapitalised && (isSyllableShape(folded, range, syllableClasses)
                                              || isPolysyllabicFamilyName(folded[range])))
            let key = foldedKey(folded, range)
            token.opens = filter[key.isEmpty ? 0 : key.hash & (PersonTables.filterBits - 1)]
            tokens.append(token)
        }
        tokens.withMutableView { tokens in
            for position in tokens.indices {
                let end = position + 1 < tokens.count ? tokens[position + 1].range.lowerBound : count
                let gapStart = tokens[position].range.upperBound
                guard gapStart < end else { continue }
                if end == gapStart + 1 && folded[gapStart] == 32 {
                    tokens[position].isSpaceGapAfter = true
                    continue
                }
                var onlySpaces = true
                var punctuation = Punctuation()
                var breaksLine = false
                for offset in gapStart..<end where folded[offset] != 32 && folded[offset] != 9 {
                    onlySpaces = false
                    if folded[offset] == 10 { breaksLine = true }
                    punctuation.append(folded[offset])
                }
                tokens[position].isSpaceGapAfter = onlySpaces
                tokens[position].breaksLineAfter = breaksLine
                tokens[position].punctuationAfter = punctuation
            }
        }
        return tokens
    }

    /// ``TitleVocabulary/polysyllabicFamilyNames``, folded.
    static let polysyllabicFamilyNameKeys: Set<[UInt8]> = Set(TitleVocabulary.polysyllabicFamilyNames.map { Array(Folding.key($0).utf8) })

    /// The first bytes of ``polysyllabicFamilyNameKeys``: most words are refused before any allocation.
    static let polysyllabicFamilyNameInitials: Set<UInt8> = Set(polysyllabicFamilyNameKeys.compactMap(\.first))

    /// True when `folded` is one of ``TitleVocabulary/polysyllabicFamilyNames``.
    static func isPolysyllabicFamilyName<Bytes: Collection<UInt8>>(_ folded: Bytes) -> Bool {
        guard folded.count <= 8, let first = folded.first, polysyllabicFamilyNameInitials.contains(first) else { return false }
        return polysyllabicFamilyNameKeys.contains(Array(folded))
    }

    /// Onset of up to three consonants, one to three vowels, coda of up to two consonants.
    static func isSyllableShape<Bytes: Collection<UInt8>>(_ folded: Bytes) -> Bool
    where Bytes.SubSequence == Bytes, Bytes.Index == Int {
        guard !folded.isEmpty, folded.count <= 7 else { return false }
        if let apostrophe = folded.firstIndex(of: UInt8(ascii: "'")) {
            return isSyllableShape(folded[(apostrophe + 1)...])
        }
        var position = folded.startIndex
        var onset = 0, nucleus = 0, coda = 0
        while position < folded.endIndex, isConsonant(folded[position]) { onset += 1; position += 1 }
        while position < folded.endIndex, isVowel(folded[position]) { nucleus += 1; position += 1 }
        while position < folded.endIndex, isConsonant(folded[position]) { coda += 1; position += 1 }
        return position == folded.endIndex && onset <= 3 && (1...3).contains(nucleus) && coda <= 2
    }

    /// ``isSyllableShape(_:)`` of the folded bytes of `range`, with ``syllableClasses``.
    static func isSyllableShape(_ folded: BufferView<UInt8>, _ range: Range<Int>, _ classes: BufferView<UInt8>) -> Bool {
        guard !range.isEmpty, range.count <= 7 else { return false }
        for position in range where folded[position] == UInt8(ascii: "'") {
            return isSyllableShape(folded, (position + 1)..<range.upperBound, classes)
        }
        var position = range.lowerBound
        let end = range.upperBound
        var onset = 0, nucleus = 0, coda = 0
        while position < end, classes[Int(folded[position])] == consonantClass { onset += 1; position += 1 }
        while position < end, classes[Int(folded[position])] == vowelClass { nucleus += 1; position += 1 }
        while position < end, classes[Int(folded[position])] == consonantClass { coda += 1; position += 1 }
        return position == end && onset <= 3 && (1...3).contains(nucleus) && coda <= 2
    }

    private static let vowelClass: UInt8 = 1, consonantClass: UInt8 = 2
    /// Per byte: ``vowelClass`` where ``isVowel(_:)``, ``consonantClass`` where ``isConsonant(_:)``.
    static let syllableClasses: [UInt8] = (0..<256).map { value in
        isVowel(UInt8(value)) ? vowelClass : isConsonant(UInt8(value)) ? consonantClass : 0
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 97 || byte == 101 || byte == 105 || byte == 111 || byte == 117 || byte == 121
    }

    static func isConsonant(_ byte: UInt8) -> Bool {
        byte >= 97 && byte <= 122 && !isVowel(byte)
    }

    var count: Int { tokens.count }

    subscript(_ index: Int) -> PersonToken { tokens[index] }

    /// The folded separator between word `index` and the next one (to the end of text for the last).
    func gap(after index: Int) -> ArraySlice<UInt8> {
        let start = tokens[index].range.upperBound
        let end = index + 1 < tokens.count ? tokens[index + 1].range.lowerBound : text.count
        return text.folded[start..<end]
    }

    /// The folded separator before word `index` (from the start of text for the first).
    func gap(before index: Int) -> ArraySlice<UInt8> {
        index == 0 ? text.folded[0..<tokens[0].range.lowerBound] : gap(after: index - 1)
    }

    /// True when word `index` and the next are separated by spaces only, on one line.
    @inline(__always)
    func isSpaceGap(after index: Int) -> Bool {
        tokens[index].isSpaceGapAfter
    }

    /// The separator after word `index` with spaces removed: "," for ", ", ":" for ": ".
    @inline(__always)
    func punctuation(after index: Int) -> Punctuation {
        tokens[index].punctuationAfter
    }

    /// True when word `index` opens a line: the first word, or one after a line break.
    func startsLine(_ index: Int) -> Bool {
        index == 0 || tokens[index - 1].breaksLineAfter
    }

    /// True when the folded word `index` is one of `words` (packed folded forms).
    func isFolded(_ index: Int, in words: [Lexicon.FoldedKey]) -> Bool {
        let key = foldedKey(index)
        return !key.isEmpty && words.contains(key)
    }

    /// Folded (ASCII, lower-case) form of word `index` packed for ``Lexicon`` look-ups: the
    /// cheap first test of every table lookup (empty when longer than the key holds).
    func foldedKey(_ index: Int) -> Lexicon.FoldedKey {
        text.folded.withView { Self.foldedKey($0, tokens[index].range) }
    }

    static func foldedKey(_ folded: BufferView<UInt8>, _ range: Range<Int>) -> Lexicon.FoldedKey {
        range.count <= 16 ? Lexicon.pack(folded, range) : Lexicon.FoldedKey()
    }

    /// The original text of words `range` with their inner separators.
    func slice(_ range: Range<Int>) -> String {
        text.slice(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The code-point span of words `range`.
    func span(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}

/// A table of word phrases, as the people rules read them: compiled by ``PersonTables``.
struct PersonPhraseTable: Sendable {
    /// The phrases as listed.
    let phrases: [String]
    /// Each phrase's words in their comparison form.
    let words: [[String]]

    init(_ phrases: [String]) {
        self.phrases = phrases
        words = phrases.map { $0.split(separator: " ").map { Self.key(String($0)) } }.filter { !$0.isEmpty }
    }

    /// The comparison form of a word: NFC, lower-cased, tone mark on the first vowel.
    static func key(_ word: String) -> String {
        OfficeCase.key(word)
    }
}

/// A ``PersonPhraseTable`` over ``PersonLexicon`` ids, matched word by word against
/// ``PersonTokens``: a word matches an entry word when it is the same word lower-cased with
/// the tone mark on the first vowel.
struct CompiledPhraseTable: Sendable {
    /// Every phrase's word ids, one phrase after another: phrase `p` is
    /// `phraseWords[phraseStarts[p]..<phraseStarts[p + 1]]`. Phrases are grouped by their first
    /// word's id, longest first in each group; the group of id `w` is phrases
    /// `groupStarts[w]..<groupStarts[w + 1]`. Flat, so a match retains no inner arrays.
    private let phraseWords: [Int32]
    private let phraseStarts: [Int]
    private let groupStarts: [Int]
    /// The table's bit in ``PersonToken/opens``.
    let bit: UInt32
    /// The filter slots (hashes of the folded first words) where a phrase may open.
    let openSlots: [Int]

    init(_ table: PersonPhraseTable, bit: Int) {
        let lexicon = PersonLexicon.lexicon
        var byFirstWord = [[[Int32]]](repeating: [], count: lexicon.count)
        var openSlots: [Int] = []
        for words in table.words {
            let ids = words.map { lexicon.id(of: $0) }
            precondition(!ids.contains(0), "person lexicon lacks a word of \(words)")
            byFirstWord[Int(ids[0])].append(ids)
            let folded = Array(Folding.key(words[0]).utf8)[...]
            openSlots.append(Lexicon.pack(folded).map { $0.hash & (PersonTables.filterBits - 1) } ?? 0)
        }
        precondition(bit < 32, "more tables than bits in PersonToken.opens")
        var phraseWords: [Int32] = []
        var phraseStarts = [0]
        var groupStarts = [Int](repeating: 0, count: byFirstWord.count + 1)
        for (first, group) in byFirstWord.enumerated() {
            for phrase in group.count > 1 ? group.sorted(by: { $0.count > $1.count }) : group {
                phraseWords.append(contentsOf: phrase)
                phraseStarts.append(phraseWords.count)
            }
            groupStarts[first + 1] = phraseStarts.count - 1
        }
        self.phraseWords = phraseWords
        self.phraseStarts = phraseStarts
        self.groupStarts = groupStarts
        self.bit = 1 << UInt32(bit)
        self.openSlots = openSlots
    }

    /// False when no phrase can open with word `index` (its folded form misses the filter).
    @inline(__always)
    private func mayOpen(_ tokens: PersonTokens, _ index: Int) -> Bool {
        tokens[index].opens & bit != 0
    }

    /// True when word `index` is a one-word entry.
    func contains(_ tokens: PersonTokens, _ index: Int) -> Bool {
        match(tokens, at: index, length: 1) != nil
    }

    /// The number of words of the longest phrase starting at word `index` (words joined
    /// by spaces only), or nil.
    func match(_ tokens: PersonTokens, at index: Int, length: Int? = nil) -> Int? {
        guard index >= 0, index < tokens.count, mayOpen(tokens, index) else { return nil }
        let first = Int(tokens.word(index))
        guard first != 0 else { return nil }
        for phrase in groupStarts[first]..<groupStarts[first + 1] {
            let start = phraseStarts[phrase]
            let count = phraseStarts[phrase + 1] - start
            guard index + count <= tokens.count, (length ?? count) == count else { continue }
            var matched = true
            for offset in 1..<count {
                let position = index + offset
                if !tokens.isSpaceGap(after: position - 1) || tokens.word(position) != phraseWords[start + offset] {
                    matched = false
                    break
                }
            }
            if matched { return count }
        }
        return nil
    }

    /// True when a phrase ends with word `end - 1`.
    func endsAt(_ tokens: PersonTokens, _ end: Int) -> Bool {
        for length in 1...4 where end - length >= 0 {
            if match(tokens, at: end - length, length: length) != nil { return true }
        }
        return false
    }
}

/// Every word of the ``TitleVocabulary`` tables, in one ``Lexicon``: tokens carry its ids.
enum PersonLexicon {
    static let lexicon = Lexicon(TitleVocabulary.tables.flatMap { $0.words.joined() })
}

/// The ``TitleVocabulary`` tables compiled over ``PersonLexicon``, under the same names.
enum PersonTables {
    typealias V = TitleVocabulary
    static let honorifics = CompiledPhraseTable(V.honorifics, bit: 0)
    static let honorificBlockers = CompiledPhraseTable(V.honorificBlockers, bit: 1)
    static let pluralMarkers = CompiledPhraseTable(V.pluralMarkers, bit: 2)
    static let titleHeads = CompiledPhraseTable(V.titleHeads, bit: 3)
    static let abbreviatedTitles = CompiledPhraseTable(V.abbreviatedTitles, bit: 4)
    static let titlePrefixes = CompiledPhraseTable(V.titlePrefixes, bit: 5)
    static let titleEnders = CompiledPhraseTable(V.titleEnders, bit: 6)
    static let locators = CompiledPhraseTable(V.locators, bit: 7)
    static let employerHeads = CompiledPhraseTable(V.employerHeads, bit: 8)
    static let roleJoiner = CompiledPhraseTable(V.roleJoiner, bit: 9)
    static let qualifierBreakers = CompiledPhraseTable(V.qualifierBreakers, bit: 10)
    static let placeWords = CompiledPhraseTable(V.placeWords, bit: 11)
    static let unitWords = CompiledPhraseTable(V.unitWords, bit: 12)
    static let organisationStarts = CompiledPhraseTable(V.organisationStarts, bit: 13)
    static let surnames = CompiledPhraseTable(V.surnames, bit: 14)
    static let weakSurnames = CompiledPhraseTable(V.weakSurnames, bit: 15)
    static let bylineMarkers = CompiledPhraseTable(V.bylineMarkers, bit: 16)
    static let middleNames = CompiledPhraseTable(V.middleNames, bit: 17)
    static let capacityMarks = CompiledPhraseTable(V.capacityMarks, bit: 18)
    static let signedMarks = CompiledPhraseTable(V.signedMarks, bit: 19)
    static let joinedOrganisations = CompiledPhraseTable(V.joinedOrganisations, bit: 20)
    static let titleCompounds = CompiledPhraseTable(V.titleCompounds, bit: 21)
    static let roleHonorifics = CompiledPhraseTable(V.roleHonorifics, bit: 22)
    static let organisationPhrases = CompiledPhraseTable(V.organisationPhrases, bit: 23)
    static let memorialWords = CompiledPhraseTable(V.memorialWords, bit: 24)
    static let roleRestatements = CompiledPhraseTable(V.roleRestatements, bit: 25)
    static let titleOpeners = CompiledPhraseTable(V.titleOpeners, bit: 26)
    static let asideOpeners = CompiledPhraseTable(V.asideOpeners, bit: 27)
    static let nameClosers = CompiledPhraseTable(V.nameClosers, bit: 28)
    static let placeWordExceptions = CompiledPhraseTable(V.placeWordExceptions, bit: 29)
    static let miscasedNames = CompiledPhraseTable(V.miscasedNames, bit: 30)
    static let roleContinuations = CompiledPhraseTable(V.roleContinuations, bit: 31)

    static let all = [honorifics, honorificBlockers, pluralMarkers, titleHeads, abbreviatedTitles, titlePrefixes, titleEnders, locators, employerHeads, roleJoiner, qualifierBreakers, placeWords, unitWords, organisationStarts, surnames, weakSurnames, bylineMarkers, middleNames, capacityMarks, signedMarks, joinedOrganisations, titleCompounds, roleHonorifics, organisationPhrases, memorialWords, roleRestatements, titleOpeners, asideOpeners, nameClosers, placeWordExceptions, miscasedNames, roleContinuations]

    /// Slots of the first-word filter, a multiplicative hash of the packed folded word.
    static let filterBits = 4096
    /// For each filter slot, the ``CompiledPhraseTable/bit`` of every table with a first
    /// word there (words too long to pack are in slot 0).
    static let openFilter: [UInt32] = {
        var filter = [UInt32](repeating: 0, count: filterBits)
        for table in all {
            for slot in table.openSlots { filter[slot] |= table.bit }
        }
        return filter
    }()
    static let abbreviations = V.abbreviations
}

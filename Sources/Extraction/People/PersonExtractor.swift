import ExtractionEngine
import Records
import VietnameseText

/// Finds Person items: people named with an honorific, a title or a role, bylines, photo
/// credits and the article's closing signature.
///
/// Rules, over the words of the text (``PersonTokens``):
/// - honorific + name: "Ông Hoàng Văn Thuận", "đồng chí Nguyễn Văn Đức";
/// - title before the name: "Chủ tịch Hồ Chí Minh", "Bí thư Tỉnh ủy Nguyễn Văn A";
/// - name + ", " + title: "Nguyễn Văn A, Chủ tịch UBND xã cho biết";
/// - bylines and credits: "Ảnh: VĂN THẢO", "Bài, ảnh: …";
/// - a short name alone on the last line: "THỦY HÀ".
///
/// A title after the name runs to a verb of saying, a clause word, ":", ".", ";", a quote
/// or the end of the line; a comma continues it only when another title head follows.
public struct PersonExtractor: Sendable {
    public init() {}

    public func extract(from text: AnalyzedText) -> [Person] {
        var check = DeadlineCheck(.never)
        return extract(from: text, check: &check)
    }

    /// ``extract(from:)`` until `check`'s deadline passes (then with what was found so far).
    func extract(from text: AnalyzedText, check: inout DeadlineCheck) -> [Person] {
        let tokens = PersonTokens(text)
        guard tokens.count > 0 else { return [] }
        var scan = PersonScan(tokens: tokens, check: check)
        scan.run()
        check = scan.check
        if check.passed { return [] }
        return PersonMerge.merge(scan.found)
    }
}

/// One occurrence of a person.
struct PersonOccurrence {
    /// Word range of the name.
    let name: Range<Int>
    let span: Range<Int>
    let written: String
    let title: String?
}

/// The rules, applied in order; later rules skip words an earlier one already used.
struct PersonScan {
    typealias Vocabulary = PersonTables

    let tokens: PersonTokens
    var found: [PersonOccurrence] = []
    /// Word indices already part of a found name or title.
    var used: UsedWords
    /// Stops the rules' loops once the document's deadline passes.
    var check: DeadlineCheck

    init(tokens: PersonTokens, check: DeadlineCheck = DeadlineCheck(.never)) {
        self.tokens = tokens
        used = UsedWords(count: tokens.count)
        self.check = check
    }

    mutating func run() {
        let lines = allLines()
        let rules: [(inout PersonScan) -> Void] = [
            { $0.signatureBlocks(lines) }, { $0.honorificNames() }, { $0.namesBeforeTitles() },
            { $0.titlesBeforeNames() }, { $0.bylines() }, { $0.signature(lines) }, { $0.tableRows(lines) },
        ]
        for rule in rules {
            rule(&self)
            if check.hasPassed(cost: .max) { return }
        }
    }

    // MARK: Rules

    /// "Ông Nguyễn Văn A", "Bà Nghiêm Thị Thu Hường, chủ cơ sở …".
    mutating func honorificNames() {
        let tokens = self.tokens
        let honorifics = Vocabulary.honorifics
        for index in 0..<tokens.count {
            if check.hasPassed() { return }
            guard let length = honorifics.match(tokens, at: index) else { continue }
            var start = index + length
            // "… là Điều dưỡng trưởng khoa. Chị tên Trần Thị Liên", "Đó là đồng chí Phạm Quang Huy".
            let sentenceOpening = namedAtSentenceStart(honorific: index, nameStart: start)
            if let opening = sentenceOpening, opening.naming > 0 { start += opening.naming }
            let plural = index > 0 && tokens.isSpaceGap(after: index - 1)
                && Vocabulary.pluralMarkers.contains(tokens, index - 1)
            guard start < tokens.count,
                  tokens.isSpaceGap(after: start - 1) || (plural && tokens.punctuation(after: start - 1) == [UInt8(ascii: ":")]),
                  !(length == 1 && tokens[index].isCapitalised && startsInsideProperNoun(index)
                    && tokens[index - 1].isAllCaps == tokens[index].isAllCaps),
                  !(index > 0 && tokens.isSpaceGap(after: index - 1)
                    && Vocabulary.honorificBlockers.endsAt(tokens, index)),
                  !(index > 0 && tokens.isSpaceGap(after: index - 1) && Vocabulary.placeWords.endsAt(tokens, index)
                    && !Vocabulary.placeWordExceptions.endsAt(tokens, index)),
                  !(index > 0 && tokens.isSpaceGap(after: index - 1) && Vocabulary.memorialWords.endsAt(tokens, index)),
                  Vocabulary.titleHeads.match(tokens, at: start) == nil,
                  !TitleVocabulary.surnameHonorifics.contains(Normalization.field(tokens.slice(index..<start)).lowercased())
                    || Vocabulary.surnames.contains(tokens, start),
                  let end = nameEnd(from: start), isPlausibleName(start..<end) else { continue }
            // "Đồng chí Nguyễn Thị Thu Hà" over "Bí thư Chi bộ, Giám đốc Công ty …": a table's cells
            // read from a Word file, a line each.
            let title = titleAfter(nameEnd: end) ?? roleLine(after: end, nameLineStart: index, words: 16)
            if Vocabulary.roleHonorifics.match(tokens, at: index) == length {
                if let unit = bylineUnit(afterName: end, roleStart: index) {
                    used.formUnion(index..<start)
                    add(name: start..<end, title: unit)
                } else if let title, Vocabulary.roleRestatements.match(tokens, at: title.lowerBound) != nil {
                    used.formUnion(index..<start)
                    add(name: start..<end, title: title)
                } else {
                    add(name: start..<end, role: index..<start, after: title ?? apposedUnit(afterName: end, closed: false))
                }
                continue
            }
            if title == nil, !plural, let before = titleEnding(before: index) ?? titleStated(before: index) {
                used.formUnion(before)
                add(name: start..<end, title: before)
                continue
            }
            add(name: start..<end, title: title ?? apposedPlace(afterName: end) ?? roleTaken(afterName: end)
                ?? sentenceOpening.flatMap { roleStated(before: $0.sentenceStart) })
            if plural { listedNames(after: title?.upperBound ?? end) }
        }
    }

    /// The further names of a list opened by a plural honorific: "các đồng chí: Nguyễn Văn A,
    /// Trần Văn B và Lê Thị C", each with its own title when one follows it.
    mutating func listedNames(after firstEnd: Int) {
        var last = firstEnd - 1
        while last + 1 < tokens.count {
            let separator = tokens.punctuation(after: last)
            var start = last + 1
            if separator.isEmpty, Vocabulary.roleJoiner.contains(tokens, start) {
                start += 1
            } else if separator != [UInt8(ascii: ",")] && separator != [UInt8(ascii: ";")] {
                return
            }
            guard start < tokens.count else { return }
            // "ThS Nguyễn Thị Thu Sương, Phó Vụ trưởng …", "Đại tá Nguyễn Văn Trường, Giám đốc …".
            var prefix: Range<Int>?
            if !Vocabulary.surnames.contains(tokens, start), let head = Vocabulary.titleHeads.match(tokens, at: start),
               start + head < tokens.count, tokens.isSpaceGap(after: start + head - 1) {
                prefix = start..<(start + head)
                start += head
            }
            guard opensName(start),
                  let end = nameEnd(from: start), isPlausibleName(start..<end) else { return }
            let title = titleAfter(nameEnd: end)
            add(name: start..<end, title: title ?? prefix)
            if let prefix { used.formUnion(prefix) }
            last = (title?.upperBound ?? end) - 1
        }
    }

    /// "Nguyễn Văn A, Chủ tịch UBND xã …": a surname-led name followed by a title.
    mutating func namesBeforeTitles() {
        let tokens = self.tokens
        for start in 0..<tokens.count where !used.contains(start) {
            if check.hasPassed() { return }
            let token = tokens[start]
            guard token.isCapitalised, opensName(start),
                  !startsInsideProperNoun(start), !isAfterPlaceWord(start),
                  let end = nameEnd(from: start), isPlausibleName(start..<end),
                  end - start >= 3 || !Vocabulary.weakSurnames.contains(tokens, start),
                  let title = titleAfter(nameEnd: end, pairs: start > 0 && tokens.isSpaceGap(after: start - 1), units: false)
            else { continue }
            add(name: start..<end, title: title)
        }
    }

    /// "Chủ tịch Hồ Chí Minh", "Tổng Bí thư Nguyễn Phú Trọng", "Bí thư Tỉnh ủy Nguyễn Văn A".
    mutating func titlesBeforeNames() {
        // Read through locals: `self` is inout here, and every read of its properties for a
        // call would copy them.
        let tokens = self.tokens
        let titleHeads = Vocabulary.titleHeads
        var index = 0
        while index < tokens.count, !check.hasPassed() {
            defer { index += 1 }
            guard !used.contains(index), let headLength = titleHeads.match(tokens, at: index),
                  !(index > 0 && tokens.isSpaceGap(after: index - 1) && Vocabulary.memorialWords.endsAt(tokens, index)),
                  let found = nameAfterTitle(head: index, headLength: headLength) else { continue }
            let name = completedName(found)
            var titleStart = withPrefix(index)
            while let earlier = earlierRole(endingBefore: titleStart) { titleStart = withPrefix(earlier) }
            used.formUnion(titleStart..<name.lowerBound)
            if let unit = bylineUnit(afterName: name.upperBound, roleStart: titleStart) {
                add(name: name, title: unit)
            } else if let after = titleAfter(nameEnd: name.upperBound, pairs: true, units: false) {
                add(name: name, title: after)
            } else if let line = roleLine(after: name.upperBound, nameLineStart: titleStart) {
                add(name: name, title: line)
            } else {
                add(name: name, role: titleStart..<name.lowerBound, after: apposedUnit(afterName: name.upperBound, closed: true))
                listedFullNames(after: name.upperBound)
            }
            index = name.upperBound - 1
        }
    }

    /// `name` with the lower-case word after it when the two spell one of
    /// ``TitleVocabulary/miscasedNames`` ("Chủ tịch Hồ Chí minh").
    func completedName(_ name: Range<Int>) -> Range<Int> {
        let next = name.upperBound
        guard next < tokens.count, tokens.isSpaceGap(after: next - 1), !tokens[next].isCapitalised,
              Vocabulary.miscasedNames.match(tokens, at: name.lowerBound) == name.count + 1 else { return name }
        return name.lowerBound..<(next + 1)
    }

    /// The role printed on the line under a line that holds only a title and the name: "ThS. Lê
    /// Minh Châu" over "Giảng viên khoa Xây dựng Đảng", an author's block. The role line opens
    /// with a title head, holds it and at most `words` words more, joined by spaces or commas,
    /// and no sentence mark.
    func roleLine(after end: Int, nameLineStart: Int, words: Int = 12) -> Range<Int>? {
        guard end < tokens.count, tokens[end - 1].breaksLineAfter, tokens.startsLine(nameLineStart),
              Vocabulary.titleHeads.match(tokens, at: end) != nil else { return nil }
        var last = end
        while !tokens[last].breaksLineAfter, last + 1 < tokens.count {
            guard last - end < words, tokens.isSpaceGap(after: last) || tokens.punctuation(after: last) == [UInt8(ascii: ",")]
            else { return nil }
            last += 1
        }
        let gap = tokens.gap(after: last)
        guard !gap.contains(UInt8(ascii: ".")), !gap.contains(UInt8(ascii: ":")), !gap.contains(UInt8(ascii: "!")),
              !gap.contains(UInt8(ascii: "?")) else { return nil }
        return end..<(last + 1)
    }

    /// Full names listed after a person a title introduced, each set off by a comma, after the
    /// place the previous one is from: "Cựu chiến binh Lê Văn Tám ở Nam Định, Phạm Hữu Lộc, Thái
    /// Bình …" lists "Phạm Hữu Lộc" too. Only a name of three words or more, led by a surname that
    /// opens no place name and closed by a mark or "và", is taken.
    mutating func listedFullNames(after end: Int) {
        var last = end - 1
        while last + 2 < tokens.count {
            if tokens.isSpaceGap(after: last), !tokens[last + 1].isCapitalised,
               Vocabulary.placeWords.match(tokens, at: last + 1, length: 1) != nil,
               tokens.isSpaceGap(after: last + 1), tokens[last + 2].isCapitalised {
                last = capitalisedRun(from: last + 2).upperBound - 1
            }
            let start = last + 1
            guard tokens.punctuation(after: last) == [UInt8(ascii: ",")], start < tokens.count, !used.contains(start),
                  Vocabulary.surnames.contains(tokens, start), !Vocabulary.weakSurnames.contains(tokens, start),
                  let nameEnd = nameEnd(from: start), nameEnd - start >= 3, isPlausibleName(start..<nameEnd),
                  isClosed(after: nameEnd - 1) || Vocabulary.roleJoiner.contains(tokens, nameEnd) else { return }
            let title = titleAfter(nameEnd: nameEnd, pairs: true, units: false)
            add(name: start..<nameEnd, title: title)
            last = (title?.upperBound ?? nameEnd) - 1
        }
    }

    /// `head`, or the word before it when that is a prefix ("nguyên Chủ tịch").
    func withPrefix(_ head: Int) -> Int {
        guard head > 0, !used.contains(head - 1) else { return head }
        let separator = tokens.punctuation(after: head - 1)
        if Vocabulary.abbreviatedTitles.contains(tokens, head),
           Vocabulary.abbreviatedTitles.contains(tokens, head - 1),
           separator == [UInt8(ascii: "-")] || separator == [UInt8(ascii: ".")] {
            return withPrefix(head - 1)
        }
        guard tokens.isSpaceGap(after: head - 1),
              Vocabulary.titlePrefixes.match(tokens, at: head - 1, length: 1) != nil else { return head }
        return head - 1
    }

    /// The head of a role joined by a comma or a spaced dash before a title: "Ủy viên Trung
    /// ương Đảng, Bí thư …", "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy …".
    func earlierRole(endingBefore start: Int) -> Int? {
        guard start > 1 else { return nil }
        let dash = isSpacedDash(after: start - 1)
        guard tokens.punctuation(after: start - 1) == [UInt8(ascii: ",")] || dash else { return nil }
        var position = start - 1
        while position >= 0, start - 1 - position < 8, !used.contains(position) {
            // Before a dash the role opens its clause ("Ủy viên Trung ương Đảng - Bí thư …"); a
            // head inside a name ("Hội Cựu chiến binh tỉnh - …") is none.
            let opensClause = !dash || position == 0 || !tokens.isSpaceGap(after: position - 1)
            if opensClause, let length = Vocabulary.titleHeads.match(tokens, at: position) {
                // A longer head may open one word earlier: "Phó Bí thư Tỉnh ủy, …".
                if position > 0, tokens.isSpaceGap(after: position - 1), !used.contains(position - 1),
                   let longer = Vocabulary.titleHeads.match(tokens, at: position - 1), longer > length {
                    return position - 1
                }
                return position
            }
            // "Ủy viên T.Ư Đảng, …": an abbreviation's period joins its words.
            guard position > 0, tokens.isSpaceGap(after: position - 1) || isAbbreviationPeriod(after: position - 1)
            else { return nil }
            position -= 1
        }
        return nil
    }

    /// "Ảnh: VĂN THẢO", "Bài, ảnh: Nguyễn Văn A - Trần Thị B", "(Ảnh: …)".
    mutating func bylines() {
        let tokens = self.tokens
        for index in 0..<tokens.count where tokens[index].isCapitalised {
            if check.hasPassed() { return }
            guard var last = markerEnd(from: index) else { continue }
            while true {
                let separator = tokens.punctuation(after: last)
                let next = last + 1
                guard next < tokens.count, separator == [UInt8(ascii: ",")] || separator == [UInt8(ascii: "/")]
                        || separator == [UInt8(ascii: "-")]
                        || (separator.isEmpty && Vocabulary.roleJoiner.contains(tokens, next)),
                      let end = markerEnd(from: next) else { break }
                last = end
            }
            guard tokens.punctuation(after: last) == [UInt8(ascii: ":")] else { continue }
            if index > 0, isSpacedDash(after: index - 1) { writers(before: index) }
            var start = last + 1
            while start < tokens.count {
                let end: Int
                if let nameEnd = nameEnd(from: start, allowTitleHeads: true), isPlausibleName(start..<nameEnd) {
                    if nameEnd < tokens.count, tokens.isSpaceGap(after: nameEnd - 1), !tokens[nameEnd].isCapitalised { break }
                    end = nameEnd
                } else if let initials = initialsEnd(from: start), !(start..<initials).contains(where: used.contains) {
                    end = initials
                } else {
                    if start > last + 1, isSpacedDash(after: start - 1),
                       Vocabulary.organisationStarts.match(tokens, at: start) != nil
                        || Vocabulary.titleHeads.match(tokens, at: start) != nil,
                       let unit = unitToLineEnd(from: start), let named = found.popLast() {
                        used.formUnion(unit)
                        found.append(PersonOccurrence(name: named.name, span: named.span, written: named.written,
                                                      title: tokens.slice(unit)))
                    }
                    break
                }
                // "Tin, ảnh: Thu Hà (Ban Tuyên giáo Huyện ủy)".
                if end < tokens.count, tokens.punctuation(after: end - 1) == [UInt8(ascii: "(")],
                   let unit = parenthesisedUnit(at: end) {
                    add(name: start..<end, title: unit)
                    break
                }
                add(name: start..<end, title: nil)
                let separator = tokens.punctuation(after: end - 1)
                if separator == [UInt8(ascii: ",")] || separator == [UInt8(ascii: "-")]
                    || separator == [UInt8(ascii: ";")] {
                    start = end
                } else if separator.isEmpty, end < tokens.count, Vocabulary.roleJoiner.contains(tokens, end) {
                    start = end + 1
                } else {
                    break
                }
            }
        }
    }

    /// The writers printed before a credit marker on its line, set off by dashes or commas:
    /// "Lê Hải - Mai Chi - Ảnh: Quang Huy" names "Lê Hải" and "Mai Chi" too. Each piece is a
    /// name of two to four capitalised words, and the first opens the line.
    mutating func writers(before marker: Int) {
        var names: [Range<Int>] = []
        var last = marker - 1
        while last >= 0 {
            var start = last
            while start > 0, last - start < 4, tokens.isSpaceGap(after: start - 1), tokens[start - 1].isCapitalised,
                  tokens[start - 1].isSyllable {
                start -= 1
            }
            let name = start..<(last + 1)
            guard (2...4).contains(name.count), tokens[start].isCapitalised, tokens[start].isSyllable, isPlausibleName(name)
            else { return }
            names.append(name)
            if tokens.startsLine(start) { break }
            guard isSpacedDash(after: start - 1) || tokens.punctuation(after: start - 1) == [UInt8(ascii: ",")] else { return }
            last = start - 1
        }
        for name in names.reversed() { add(name: name, title: nil) }
    }

    /// A short name alone on a line: the author's signature. On one of the last two lines, or on
    /// the line that closes the article's prose when the page runs on with other matter ("Thanh
    /// Trúc" after the last paragraph, then "Tin liên quan"): the line before is a sentence of
    /// prose, the line after is short, and the line holds the names alone, or names and the
    /// writer's unit after a dash ("Thu Thảo - Ban Tuyên giáo Huyện ủy").
    mutating func signature(_ lines: [Range<Int>]) {
        for (position, line) in lines.enumerated() {
            let closing = position >= lines.count - 2
            trailingSignature(line, closing: closing || lines[position + 1].count < 10)
            guard line.lowerBound > 0, !Vocabulary.placeWords.contains(tokens, line.lowerBound) else { continue }
            if !closing {
                // The line after is short, or no prose under a name in capitals: "Tin liên quan", a
                // list of related headlines ("Đà Nẵng" over a headline is a section's name).
                guard line.count <= 12, isProse(lines[position - 1]),
                      position + 1 == lines.count || lines[position + 1].count < 10
                        || tokens[line.lowerBound].isAllCaps && !isProse(lines[position + 1]),
                      !tokens.gap(after: line.upperBound - 1).contains(UInt8(ascii: ".")) else { continue }
            }
            // A writer's initials and name: "K.ANH", "T.Hương".
            if let end = initialsEnd(from: line.lowerBound), end == line.upperBound, !line.contains(where: used.contains) {
                add(name: line, title: nil)
                continue
            }
            var words = Array(line)
            var unit: Range<Int>?
            if let open = line.first(where: { tokens.gap(before: $0).contains(UInt8(ascii: "(")) }),
               open > line.lowerBound {
                guard closing else { continue }
                words = Array(line.lowerBound..<open)
                // "Thu Trang (Ban Tuyên giáo Huyện ủy)": the writer's unit.
                if tokens[open].isCapitalised, tokens.gap(after: line.upperBound - 1).contains(UInt8(ascii: ")")) {
                    unit = open..<line.upperBound
                }
            }
            guard let first = words.first, let lastWord = words.last else { continue }
            if unit == nil, position == lines.count - 2 { unit = unitLine(lines[position + 1]) }
            let caps = tokens[first].isAllCaps
            var groups: [Range<Int>] = []
            var groupStart = first
            var valid = true
            for word in words {
                let token = tokens[word]
                if word == groupStart, !groups.isEmpty,
                   !(token.isCapitalised && token.isSyllable) || Vocabulary.organisationStarts.match(tokens, at: word) != nil {
                    // Away from the end only the writer's unit may follow the names.
                    let isUnit = token.isCapitalised && tokens.punctuation(after: word - 1) == [UInt8(ascii: "-")]
                    if !closing, !(isUnit && Vocabulary.organisationStarts.match(tokens, at: word) != nil) {
                        valid = false
                    }
                    // "Minh Thư - Ban Tuyên giáo Huyện ủy": the unit is the writer's title.
                    if valid, isUnit, isSpacedDash(after: word - 1) { unit = word..<line.upperBound }
                    break
                }
                guard token.isCapitalised, token.isSyllable, token.isAllCaps == caps else { valid = false; break }
                if word == lastWord || !tokens.isSpaceGap(after: word) {
                    let separator = tokens.punctuation(after: word)
                    if word != lastWord && separator != [UInt8(ascii: "-")] && separator != [UInt8(ascii: ",")] {
                        valid = false
                        break
                    }
                    groups.append(groupStart..<(word + 1))
                    groupStart = word + 1
                }
            }
            // "BÍ THƯ" closing a document is an office, not a name.
            guard valid, !groups.isEmpty,
                  groups.allSatisfy({ ((2...5).contains($0.count) || $0.count == 1 && isPrefixedName($0.lowerBound)) && isPlausibleName($0)
                      && Vocabulary.titleHeads.match(tokens, at: $0.lowerBound) == nil }) else { continue }
            // Away from the end, a capital line could be a subheading: a pen name has two words
            // or opens with a surname.
            if !closing, caps, !groups.allSatisfy({ $0.count == 2 || Vocabulary.surnames.contains(tokens, $0.lowerBound) }) {
                continue
            }
            for group in groups {
                if let unit { add(name: group, titleText: tokens.slice(unit)) } else { add(name: group, title: nil) }
            }
            if let unit { used.formUnion(unit) }
        }
    }

    /// The writer's unit printed alone on the last line, under the signing name: "(Đảng ủy xã
    /// Yên Phú)" wholly in parentheses, or "Hội CCB huyện Hoài Ân" opening with a unit's word
    /// (``opensWriterUnit(at:)``, not a credit's marker); two to twelve words, not a sentence.
    func unitLine(_ line: Range<Int>) -> Range<Int>? {
        guard (2...12).contains(line.count), let first = line.first, let last = line.last, tokens[first].isCapitalised,
              !tokens.gap(after: last).contains(UInt8(ascii: ".")), !line.contains(where: used.contains) else { return nil }
        let bracketed = tokens.gap(before: first).contains(UInt8(ascii: "("))
            && tokens.gap(after: last).contains(UInt8(ascii: ")"))
        // A credit's marker opens the page's tail lists too: "Tin ảnh khác", "Bài viết liên quan".
        guard bracketed || opensWriterUnit(at: first) && markerEnd(from: first) == nil,
              line.dropLast().allSatisfy({ tokens.isSpaceGap(after: $0) || Self.unitJoiners.contains(tokens.punctuation(after: $0)) })
        else { return nil }
        return line
    }

    /// Marks that join the words of a unit's name: "TTVH-TT&TT", "HĐND & UBND".
    static let unitJoiners: [Punctuation] = [[UInt8(ascii: "-")], [UInt8(ascii: "&")]]

    /// A writer's name in capitals that ends the last paragraph after its final mark: "… hỗ trợ
    /// 30 hộ nghèo. MAI LAN". Two or three words of one syllable each, the first a surname when
    /// there are three, on a line closing the prose (`closing`).
    mutating func trailingSignature(_ line: Range<Int>, closing: Bool) {
        guard closing, line.count >= 8 else { return }
        for count in [3, 2] {
            let name = (line.upperBound - count)..<line.upperBound
            guard name.allSatisfy({ tokens[$0].isAllCaps && tokens[$0].isSyllable && tokens[$0].range.count > 1 }),
                  name.dropLast().allSatisfy({ tokens.isSpaceGap(after: $0) }),
                  tokens.gap(before: name.lowerBound).contains(UInt8(ascii: ".")),
                  !tokens.gap(after: name.upperBound - 1).contains(UInt8(ascii: ".")),
                  !tokens[name.lowerBound - 1].isAllCaps,
                  count == 2 || Vocabulary.surnames.contains(tokens, name.lowerBound),
                  Vocabulary.titleHeads.match(tokens, at: name.lowerBound) == nil,
                  isPlausibleName(name), Provinces.canonicalName(tokens.slice(name)) == nil else { continue }
            add(name: name, title: nil)
            return
        }
    }

    /// A row of a table copied as text, cells between "|": a cell that is a name alone, with
    /// the next cell as its title when that cell opens with a title head or an employer
    /// ("1 | Y Blim Ayŭn | Bí thư Chi bộ buôn Kram | Vận động 27 hộ …").
    mutating func tableRows(_ lines: [Range<Int>]) {
        let bar: Punctuation = [UInt8(ascii: "|")]
        for line in lines where line.count >= 3 {
            if check.hasPassed() { return }
            var start = line.lowerBound
            while start < line.upperBound {
                defer { start += 1 }
                guard start == line.lowerBound || tokens.punctuation(after: start - 1) == bar, !used.contains(start),
                      opensName(start), let end = nameEnd(from: start), end < line.upperBound,
                      tokens.punctuation(after: end - 1) == bar, isPlausibleName(start..<end) else { continue }
                var cellEnd = end
                while cellEnd < line.upperBound, tokens.punctuation(after: cellEnd) != bar, cellEnd - end < 20 { cellEnd += 1 }
                let opensTitle = Vocabulary.titleHeads.match(tokens, at: end) != nil || employerLength(at: end) != nil
                if opensTitle, cellEnd < line.upperBound, !(end...cellEnd).contains(where: used.contains) {
                    add(name: start..<end, title: end..<(cellEnd + 1))
                } else {
                    add(name: start..<end, title: nil)
                }
                start = end - 1
            }
        }
    }

    /// The signature block of an official document: the office in capitals under a capacity
    /// line or over "(Đã ký)", then the signer's name alone on its line —
    /// "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / (Đã ký) / Mai Văn Định" gives "Mai Văn Định" with the
    /// title "Phó Bí thư".
    mutating func signatureBlocks(_ lines: [Range<Int>]) {
        let tokens = self.tokens
        let markBits = Vocabulary.capacityMarks.bit | Vocabulary.signedMarks.bit
        for (position, markLine) in lines.enumerated() where tokens[markLine.lowerBound].opens & markBits != 0 {
            let office: Range<Int>
            var next = position + 1
            if Vocabulary.capacityMarks.match(tokens, at: markLine.lowerBound) != nil {
                guard next < lines.count else { continue }
                office = lines[next]
                next += 1
                if next < lines.count, Vocabulary.signedMarks.match(tokens, at: lines[next].lowerBound) == lines[next].count {
                    next += 1
                }
            } else {
                guard position > 0, Vocabulary.signedMarks.match(tokens, at: markLine.lowerBound) == markLine.count else { continue }
                office = lines[position - 1]
            }
            guard next < lines.count else { continue }
            addSigner(office: office, name: lines[next])
        }
        // A State document signed by its head alone: "HIỆU TRƯỞNG" over the name that closes
        // the text, with neither capacity line nor "(Đã ký)".
        if lines.count >= 2 {
            let office = lines[lines.count - 2]
            if tokens[office.lowerBound].opens & markBits == 0, office.lowerBound > 0,
               lines.count < 3 || tokens[lines[lines.count - 3].lowerBound].opens & markBits == 0 {
                addSigner(office: office, name: lines[lines.count - 1])
            }
        }
    }

    /// Adds the signer on the line `name` with the office printed in capitals on `office`
    /// ("PHÓ BÍ THƯ" → "Phó Bí thư"), when the lines read so.
    mutating func addSigner(office: Range<Int>, name: Range<Int>) {
        guard (1...8).contains(office.count), office.allSatisfy({ tokens[$0].isAllCaps }),
              Vocabulary.titleHeads.match(tokens, at: office.lowerBound) != nil,
              let end = nameEnd(from: name.lowerBound, allowTitleHeads: true), end == name.upperBound,
              isPlausibleName(name) else { return }
        used.formUnion(office)
        add(name: name, titleText: OfficeCase.normalCase(tokens.slice(office)))
    }

    /// True when line `line` reads as a sentence of prose: twelve words or more, closed by a
    /// sentence mark, a closing quote or a parenthesis.
    func isProse(_ line: Range<Int>) -> Bool {
        guard line.count >= 12 else { return false }
        return tokens.gap(after: line.upperBound - 1).contains {
            $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ")")
        }
    }

    /// The end of initials written with periods starting at `start` ("T.T", "N.H", "V.D"):
    /// two to four capitals of one or two letters each.
    func initialsEnd(from start: Int) -> Int? {
        var end = start
        while end < tokens.count, tokens[end].isAllCaps, tokens[end].range.count <= 2 {
            end += 1
            guard end < tokens.count, tokens.gap(after: end - 1).elementsEqual([UInt8(ascii: ".")]) else { break }
        }
        // Initials before a given name: "H.Đào", "K.ANH", "N.T.Hà".
        if end > start, end < tokens.count, tokens.gap(after: end - 1).elementsEqual([UInt8(ascii: ".")]),
           tokens[end].isCapitalised, tokens[end].isSyllable {
            end += 1
        }
        return (2...4).contains(end - start) ? end : nil
    }

    // MARK: Pieces

    /// The end of a name starting at `start`: 2–5 capitalised syllables joined by spaces,
    /// stopping before a title head. Nil when the capitalised run is too short or too long.
    func nameEnd(from start: Int, allowTitleHeads: Bool = false) -> Int? {
        var end = start
        var capsStyle: Bool?
        while end < tokens.count, tokens[end].isCapitalised, tokens[end].isSyllable {
            if tokens[end].range.count > 1 {
                if let style = capsStyle, style != tokens[end].isAllCaps { break }
                capsStyle = tokens[end].isAllCaps
            }
            if end > start {
                guard tokens.isSpaceGap(after: end - 1) else { break }
                if !allowTitleHeads, Vocabulary.titleHeads.match(tokens, at: end) ?? 0 >= 2 { break }
            }
            end += 1
            if end - start > 5 { return nil }
        }
        return (2...5).contains(end - start) || end - start == 1 && isPrefixedName(start) ? end : nil
    }

    /// True when word `index` is a Central Highlands given name with its prefix, a name by
    /// itself ("K’Dũng", "H’Xuân"): a capital, an apostrophe, a capitalised syllable.
    func isPrefixedName(_ index: Int) -> Bool {
        let range = tokens[index].range
        guard range.count >= 4, tokens.text.folded[range.lowerBound + 1] == UInt8(ascii: "'"),
              tokens.text.isUppercase(at: range.lowerBound + 2) else { return false }
        return !Self.prefixedNonNameKeys.contains(Array(tokens.text.folded[range]))
    }

    /// ``TitleVocabulary/prefixedPeoplesAndPlaces``, folded.
    static let prefixedNonNameKeys: Set<[UInt8]> = Set(TitleVocabulary.prefixedPeoplesAndPlaces.map { Array(Folding.key($0).utf8) })

    /// True when word `index` may open a personal name: a surname, or a Central Highlands
    /// given name with its prefix ("H’Linh Niê").
    func opensName(_ index: Int) -> Bool {
        Vocabulary.surnames.contains(tokens, index) || isPrefixedName(index)
    }

    func isPlausibleName(_ name: Range<Int>) -> Bool {
        guard Vocabulary.organisationStarts.match(tokens, at: name.lowerBound) == nil else { return false }
        return !name.contains { used.contains($0) }
    }

    /// True when the word before `start` is a capitalised word joined by a space: the name
    /// would be the tail of a longer proper noun ("Trường Nguyễn Trãi").
    func startsInsideProperNoun(_ start: Int) -> Bool {
        start > 0 && tokens.isSpaceGap(after: start - 1) && tokens[start - 1].isCapitalised
            && Vocabulary.honorifics.match(tokens, at: start - 1, length: 1) == nil
    }

    /// True when a place or set-phrase word precedes `start` ("tỉnh", "TP.", "phong cách").
    func isAfterPlaceWord(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let separator = tokens.punctuation(after: start - 1)
        guard separator.isEmpty || separator == [UInt8(ascii: ".")] else { return false }
        return Vocabulary.placeWords.endsAt(tokens, start)
    }

    /// The name a title placed before it introduces, within the qualifier that follows the head:
    /// the first capitalised run that holds a surname-led name ("Bí thư Tỉnh ủy Hoàng Văn Nghiệm",
    /// "Chủ tịch UBND tỉnh Lạng Sơn Dương Xuân Huyên"), or a full name after a spaced dash
    /// ("Bí thư Huyện ủy Châu Thành - Lê Quốc Dũng").
    func nameAfterTitle(head: Int, headLength: Int) -> Range<Int>? {
        var position = head + headLength
        // Words of a field read as one (``UnitFieldNames``) count once towards the limit.
        var fieldWords = 0
        while position < tokens.count, position - head - fieldWords <= 10 {
            let token = tokens[position]
            guard tokens.isSpaceGap(after: position - 1) || isAbbreviationPeriod(after: position - 1) else {
                // "Phó Giám đốc Sở KH&ĐT Lê Văn Hòa", "Giám đốc Sở GD-ĐT …": an acronym's parts.
                let separator = tokens.punctuation(after: position - 1)
                if separator == [UInt8(ascii: "&")] || separator == [UInt8(ascii: "-")] && !isSpacedDash(after: position - 1),
                   token.isCapitalised, tokens[position - 1].isCapitalised {
                    position += 1
                    continue
                }
                guard position > head + headLength, isSpacedDash(after: position - 1), token.isCapitalised,
                      token.isSyllable, Vocabulary.surnames.contains(tokens, position) else { break }
                let run = capitalisedRun(from: position)
                return (3...4).contains(run.count) && isPlausibleName(run) ? run : nil
            }
            if !token.isCapitalised {
                if Vocabulary.qualifierBreakers.match(tokens, at: position) != nil && !joinsOrganisationName(at: position)
                    || Vocabulary.titleEnders.match(tokens, at: position) != nil
                        && Vocabulary.titleCompounds.match(tokens, at: position - 1, length: 2) == nil { break }
                position += 1
            } else if token.isSyllable {
                let run = capitalisedRun(from: position)
                // "Giám đốc Sở Lao động - Thương binh và Xã hội Phạm Văn Tùng": a field is no name.
                if let (fieldStart, fieldLast) = run.lazy.filter({ self.mayOpenField($0) })
                    .compactMap({ start in self.fieldLastWord(from: start).map { (start, $0) } }).first {
                    fieldWords += fieldLast - fieldStart
                    position = fieldLast + 1
                    continue
                }
                let afterHead = position == head + headLength
                // A list item is read only where it can matter: a run after a place word, away from the head.
                let listItem = !afterHead && isAfterPlaceWord(run.lowerBound) && closesListItem(after: run.upperBound - 1)
                    && opensListItem(at: head)
                if let name = nameInRun(run, afterHead: afterHead, listItem: listItem) { return name }
                position = run.upperBound
            } else {
                position += 1
            }
        }
        return nil
    }

    /// Capitalised syllables joined by spaces from `start`, in one letter case, stopping before
    /// a title head of two words or more.
    func capitalisedRun(from start: Int) -> Range<Int> {
        var end = start
        var capsStyle: Bool?
        while end < tokens.count, end - start < 10, tokens[end].isCapitalised, tokens[end].isSyllable {
            if tokens[end].range.count > 1 {
                if let style = capsStyle, style != tokens[end].isAllCaps { break }
                capsStyle = tokens[end].isAllCaps
            }
            if end > start {
                guard tokens.isSpaceGap(after: end - 1) else { break }
                if Vocabulary.titleHeads.match(tokens, at: end) ?? 0 >= 2 { break }
            }
            end += 1
        }
        return start..<end
    }

    /// The personal name that ends capitalised run `run` after a title's qualifier: the run
    /// itself, or its tail after a place name ("Quảng Trị Lê Văn Hùng", "Bảo Lâm Nguyễn Văn
    /// Quý"). A name starts with a surname and has 2–4 words; where several starts fit, the one
    /// whose second word is a middle name wins, then a strong surname, then three words.
    ///
    /// In an item of a list of people (`listItem`: "Về phía phường có các đồng chí: Bí thư Đảng ủy
    /// phường Trần Văn Hải; Chủ tịch UBND phường Lê Thị Hoa."), a full name after any place word
    /// is the holder's, though wards are often named after people ("phường Lê Hồng Phong").
    func nameInRun(_ run: Range<Int>, afterHead: Bool, listItem: Bool = false) -> Range<Int>? {
        var best: Range<Int>?
        var bestScore = -1
        for start in run where run.upperBound - start >= 2 || isPrefixedName(start) {
            let length = run.upperBound - start
            guard length <= 4, opensName(start) else { continue }
            let name = start..<run.upperBound
            guard isPlausibleName(name) else { continue }
            let weak = Vocabulary.weakSurnames.contains(tokens, start)
            var score = 0
            if start == run.lowerBound {
                guard afterHead || !isAfterPlaceWord(start)
                        || (length >= 3 && (listItem || Vocabulary.unitWords.endsAt(tokens, start))
                            && Provinces.canonicalName(tokens.slice(name)) == nil),
                      length >= 3 || (afterHead && !weak) else { continue }
                if afterHead { score += 8 }
            } else {
                guard length >= 3 || !weak else { continue }
            }
            if Vocabulary.middleNames.contains(tokens, start + 1) { score += 4 }
            if !weak { score += 2 }
            if length == 3 { score += 1 }
            if score > bestScore {
                best = name
                bestScore = score
            }
        }
        return best
    }

    /// True when the title head at `head` opens an item of a list of people: a colon or a
    /// semicolon before it ("các đồng chí: Bí thư …", "…; Chủ tịch …") and an honorific
    /// earlier in the sentence (a list of posts, "Trưởng ban: Chủ tịch UBND phường …", names
    /// no one).
    func opensListItem(at head: Int) -> Bool {
        guard head > 0 else { return false }
        let separator = tokens.punctuation(after: head - 1)
        guard separator.contains(UInt8(ascii: ":")) || separator.contains(UInt8(ascii: ";")) else { return false }
        var position = head - 1
        while position >= max(0, head - Self.maximumListWords) {
            if Vocabulary.honorifics.match(tokens, at: position) != nil { return true }
            guard position > 0, !tokens[position - 1].breaksLineAfter,
                  !tokens.punctuation(after: position - 1).contains(UInt8(ascii: ".")) else { return false }
            position -= 1
        }
        return false
    }

    /// Most words of a rank (``TitleVocabulary/ranks``).
    static let longestRankWords = TitleVocabulary.ranks.map { $0.split(separator: " ").count }.max() ?? 1

    /// Most words read back from a list's item to the honorific that opens the list.
    static let maximumListWords = 60

    /// True when an item of a list ends after word `last`: a semicolon, or the sentence's or
    /// line's end.
    func closesListItem(after last: Int) -> Bool {
        guard last + 1 < tokens.count, !tokens[last].breaksLineAfter else { return true }
        let separator = tokens.punctuation(after: last)
        return separator.contains(UInt8(ascii: ";")) || separator.contains(UInt8(ascii: "."))
    }

    /// True when a dash with a space on one side at least follows word `index` ("A - B", "A- B").
    func isSpacedDash(after index: Int) -> Bool {
        tokens.punctuation(after: index) == [UInt8(ascii: "-")] && tokens.gap(after: index).contains(32)
    }

    /// True when word `index` is an abbreviated title or place word and a period follows it
    /// ("TS. ", "PGS.", "TP. ").
    func isAbbreviationPeriod(after index: Int) -> Bool {
        let gap = tokens.gap(after: index)
        return gap.first == UInt8(ascii: ".") && gap.dropFirst().allSatisfy { $0 == 32 }
            && (Vocabulary.abbreviatedTitles.contains(tokens, index) || tokens.isFolded(index, in: Self.abbreviationKeys))
    }

    /// The title printed after a name: ", Chủ tịch …", " (Chủ tịch …)", " - Bí thư …", "- TUV, …"
    /// or a capital acronym with no mark at all ("Nguyễn Công Châu UVBTV – PCT UBND huyện").
    /// With `pairs`, nil when the title introduces a name of its own: "Bí thư Huyện ủy Phạm Văn
    /// Cường, Chủ tịch UBND huyện Đỗ Thị Duyên" pairs two titles with two names.
    /// With `units`, a unit in parentheses is a title too, for a name an honorific introduces
    /// ("anh Lò Văn Pầu (Đảng bộ xã Chiềng Sơn)"); a role printed before the name ("thí sinh Lò
    /// Thị Mai (Đoàn xã A)") stays the title.
    func titleAfter(nameEnd: Int, pairs: Bool = false, units: Bool = true) -> Range<Int>? {
        guard nameEnd < tokens.count else { return nil }
        var end = nameEnd
        var separator = tokens.punctuation(after: end - 1)
        // A note between the name and its title: "anh Lò Văn Dũng (32 tuổi), Bí thư Chi đoàn …".
        if separator == [UInt8(ascii: "(")], let close = noteEnd(from: end), close + 1 < tokens.count,
           tokens.punctuation(after: close) == [UInt8(ascii: ")"), UInt8(ascii: ",")] {
            end = close + 1
            separator = [UInt8(ascii: ",")]
        }
        if separator == [UInt8(ascii: ",")] { end = afterAside(end) }
        guard separator == [UInt8(ascii: ",")] || separator == [UInt8(ascii: "(")] || isSpacedDash(after: end - 1)
                || (tokens.isSpaceGap(after: end - 1) && isAcronymTitle(end) && !tokens[end - 1].isAllCaps)
                || (separator == [UInt8(ascii: "-")] && Vocabulary.titleHeads.match(tokens, at: end) != nil)
        else { return nil }
        if let head = Vocabulary.titleHeads.match(tokens, at: end) {
            if pairs, introducesPairedName(head: end, length: head) { return nil }
            return titleRange(from: end)
        }
        if units, separator == [UInt8(ascii: "(")], let unit = parenthesisedUnit(at: end) { return unit }
        // An age before the unit in the parentheses: "cụ Nguyễn Văn Thuyết (82 tuổi, thôn Trà Sơn)".
        if units, separator == [UInt8(ascii: "(")], end + 2 < tokens.count, isNumber(end), tokens.isSpaceGap(after: end),
           tokens.isFolded(end + 1, in: Self.ageWordKeys), tokens.punctuation(after: end + 1) == [UInt8(ascii: ",")],
           let unit = parenthesisedUnit(at: end + 2) ?? parenthesisedRole(at: end + 2) {
            return unit
        }
        guard end + 1 < tokens.count, tokens.isSpaceGap(after: end),
              Vocabulary.titlePrefixes.match(tokens, at: end, length: 1) != nil,
              Vocabulary.titleHeads.match(tokens, at: end + 1) != nil else { return nil }
        let title = titleRange(from: end + 1)
        return end..<title.upperBound
    }

    /// The end of an ``TitleVocabulary/organisationPhrases`` name that holds the "và" at
    /// `index` and opens at most three words before it, on one line.
    func organisationPhraseEnd(around index: Int) -> Int? {
        for start in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            if start < index - 1, !tokens.isSpaceGap(after: start) { return nil }
            if let length = Vocabulary.organisationPhrases.match(tokens, at: start), start + length > index + 1 {
                return start + length
            }
        }
        return nil
    }

    /// A unit in parentheses after a name, up to the closing mark on the same line: "anh Lò
    /// Văn Pầu (Đảng bộ xã Chiềng Sơn)", "em Lò Thị Dung (xã Mường Phăng)". A note ("(SN
    /// 1975)", "(1890 - 1969)") is not one.
    func parenthesisedUnit(at start: Int) -> Range<Int>? {
        guard start < tokens.count, (tokens[start].isCapitalised && Vocabulary.organisationStarts.match(tokens, at: start) != nil)
                || locatorLength(at: start) != nil else { return nil }
        var end = start
        while end < tokens.count, end - start < 10 {
            let gap = tokens.gap(after: end)
            end += 1
            if gap.contains(UInt8(ascii: ")")) { return start..<end }
            if tokens[end - 1].breaksLineAfter || gap.contains(UInt8(ascii: "(")) { return nil }
        }
        return nil
    }

    /// Most words of a role in parentheses after an age.
    static let maximumParenthesisedRoleWords = 16

    /// A role in parentheses after an age, up to the closing mark on the same line, its
    /// places included: "bà Hà Thị Lan (56 tuổi, Bí thư Chi bộ thôn Làng Phát, xã An Phú)".
    func parenthesisedRole(at start: Int) -> Range<Int>? {
        guard start < tokens.count, Vocabulary.titleHeads.match(tokens, at: start) != nil else { return nil }
        var end = start
        while end < tokens.count, end - start < Self.maximumParenthesisedRoleWords {
            let gap = tokens.gap(after: end)
            end += 1
            if gap.contains(UInt8(ascii: ")")) { return start..<end }
            if tokens[end - 1].breaksLineAfter || gap.contains(UInt8(ascii: "(")) || gap.contains(UInt8(ascii: ";")) { return nil }
        }
        return nil
    }

    /// True when "và" at `index` joins two fields inside one organisation's name ("Ban Tuyên
    /// giáo và Dân vận", "Sở Văn hóa và Thể thao", "Phó trưởng ban Tuyên giáo và Dân vận"): an
    /// organisation word up to three words before, capitalised or followed by a capitalised
    /// field, and a capitalised word after that opens no personal name.
    func joinsOrganisationName(at index: Int) -> Bool {
        guard index >= 2, index + 1 < tokens.count, Vocabulary.roleJoiner.contains(tokens, index),
              tokens.isSpaceGap(after: index - 1), tokens.isSpaceGap(after: index), tokens[index + 1].isCapitalised,
              // "… Trưởng khoa Tư tưởng Hồ Chí Minh và TS. Nguyễn Văn Khải": the next person's rank.
              Vocabulary.abbreviatedTitles.match(tokens, at: index + 1) == nil,
              !(Vocabulary.surnames.contains(tokens, index + 1) && nameEnd(from: index + 1) != nil) else { return false }
        for distance in 1...3 where index - distance >= 0 {
            let word = index - distance
            if distance > 1, !tokens.isSpaceGap(after: word) { break }
            if tokens[word].isCapitalised || tokens[word + 1].isCapitalised,
               Vocabulary.joinedOrganisations.contains(tokens, word) { return true }
        }
        return false
    }

    /// True when word `index` is a one-word title written as a capital acronym ("UVBTV", "TUV").
    func isAcronymTitle(_ index: Int) -> Bool {
        tokens[index].isAllCaps && tokens[index].range.count >= 2
            && Vocabulary.titleHeads.match(tokens, at: index, length: 1) != nil
    }

    /// True when the title whose head is at `head` introduces a full name of its own.
    func introducesPairedName(head: Int, length: Int) -> Bool {
        guard let name = nameAfterTitle(head: head, headLength: length) else { return false }
        return name.count >= 3
    }

    /// The words of a title starting with a head at `start`.
    func titleRange(from start: Int) -> Range<Int> {
        var last = start + (Vocabulary.titleHeads.match(tokens, at: start) ?? 1) - 1
        // Set after a place joined by a comma ("…, xã Quảng Tiến"): its name is capitalised or a
        // number, so a lower-case word after it opens the predicate ("… vận động 42 hộ").
        var afterLocator = false
        while last + 1 < tokens.count, last - start < 30 {
            let next = last + 1
            let gap = tokens.gap(after: last)
            let separator = tokens.punctuation(after: last)
            if separator.isEmpty, tokens[next].isCapitalised, mayOpenField(next), let fieldLast = fieldLastWord(from: next) {
                // "Giám đốc Sở Văn hóa, Thể thao và Du lịch": a field whose comma ends no title.
                last = fieldLast
                afterLocator = false
                continue
            }
            if separator.isEmpty {
                let token = tokens[next]
                if afterLocator, !token.isCapitalised, !isNumber(next), locatorLength(at: next) == nil {
                    // "kiêm", "và" or a head go on with the next role, which may hold lower-case words.
                    guard Vocabulary.roleJoiner.match(tokens, at: next) != nil || Vocabulary.titleHeads.match(tokens, at: next) != nil
                            || Vocabulary.roleContinuations.match(tokens, at: next) != nil else { break }
                    afterLocator = false
                }
                if !token.isCapitalised, !isNumber(next), closesUnit(last, before: next) { break }
                if token.isCapitalised, Vocabulary.nameClosers.endsAt(tokens, next) { break }
                if let locator = locatorLength(at: next) {
                    // "Giám đốc Công an tỉnh Hà Tĩnh kiểm tra …": after the place's name a
                    // lower-case word opens the predicate, as after a place set off by a comma.
                    last = next + locator - 1
                    afterLocator = true
                    continue
                }
                if !token.isCapitalised {
                    if Vocabulary.roleJoiner.match(tokens, at: next) != nil {
                        if let phraseEnd = organisationPhraseEnd(around: next) {
                            last = phraseEnd - 1
                            continue
                        }
                        guard next + 1 < tokens.count, tokens.isSpaceGap(after: next),
                              // "… Trưởng khoa … và TS. Nguyễn Văn Khải": the next person's rank.
                              Vocabulary.abbreviatedTitles.match(tokens, at: next + 1) == nil else { break }
                        if let head = Vocabulary.titleHeads.match(tokens, at: next + 1) {
                            last = next + head
                            continue
                        }
                        guard joinsOrganisationName(at: next) else { break }
                        last = next + 1
                        continue
                    }
                    if Vocabulary.titleEnders.match(tokens, at: next) != nil,
                       Vocabulary.titleCompounds.match(tokens, at: last, length: 2) == nil { break }
                    if tokens[last].isCapitalised || Vocabulary.locators.endsAt(tokens, next), clauseFinalVerb(at: next) != nil { break }
                }
                last = next
            } else if separator == [UInt8(ascii: ",")] {
                if let head = Vocabulary.titleHeads.match(tokens, at: next) {
                    if introducesPairedName(head: next, length: head) { break }
                    last = next + head - 1
                    afterLocator = false
                } else if next + 1 < tokens.count, tokens.isSpaceGap(after: next),
                          Vocabulary.titlePrefixes.match(tokens, at: next, length: 1) != nil,
                          let head = Vocabulary.titleHeads.match(tokens, at: next + 1) {
                    // A former role after another: "…, nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước".
                    if introducesPairedName(head: next + 1, length: head) { break }
                    last = next + head
                    afterLocator = false
                } else if let locator = locatorLength(at: next) {
                    last = next + locator - 1
                    afterLocator = true
                    continue
                } else if let employer = employerLength(at: next) {
                    last = next + employer - 1
                } else {
                    break
                }
            } else if separator == [UInt8(ascii: "-")] || separator == [UInt8(ascii: "&")], tokens[next].isCapitalised {
                // "Giám đốc Sở GD&ĐT", "Chi cục Thủy lợi – Phòng chống thiên tai".
                last = next
            } else if isSpacedDash(after: last), let head = Vocabulary.titleHeads.match(tokens, at: next),
                      !introducesPairedName(head: next, length: head) {
                // Roles chained by dashes in lower case: "… – thành ủy viên – phó ban dân vận thành ủy".
                last = next + head - 1
                afterLocator = false
            } else if separator == [UInt8(ascii: "(")], let locator = locatorLength(at: next) {
                // "Bí thư Chi bộ thôn 3, xã Quảng Nhân (huyện Quảng Xương)".
                last = next + locator - 1
            } else if separator == [UInt8(ascii: "(")], let place = parenthesisedPlace(at: next) {
                // "Bí thư Chi bộ thôn Bản Lang, xã Tân Phong (Quảng Hà)".
                last = place
            } else if separator == [UInt8(ascii: "(")], let employer = employerName(at: next),
                      tokens.gap(after: employer.upperBound - 1).first == UInt8(ascii: ")") {
                // "công nhân Nông trường Suối Dây (Công ty TNHH MTV Cao su Tây Ninh)".
                last = employer.upperBound - 1
            } else if separator == [UInt8(ascii: ".")], gap.first == UInt8(ascii: "."),
                      tokens.isFolded(last, in: Self.abbreviationKeys), tokens[next].isCapitalised {
                last = next
            } else {
                break
            }
        }
        return start..<(last + 1)
    }

    /// True when a field may open at word `index`: after a lower-case word or an organisation
    /// word ("Sở", "Phòng"), not inside a capitalised run ("Nguyễn Văn Truyền thông báo" holds
    /// no "Truyền thông").
    func mayOpenField(_ index: Int) -> Bool {
        index == 0 || !tokens[index - 1].isCapitalised || !tokens.isSpaceGap(after: index - 1)
            || Vocabulary.joinedOrganisations.endsAt(tokens, index)
    }

    /// The last word of a ``UnitFieldNames`` field that opens at word `start` and holds more
    /// than one word, or nil.
    func fieldLastWord(from start: Int) -> Int? {
        guard let end = UnitFieldNames.end(in: tokens.text, at: tokens[start].range.lowerBound) else { return nil }
        var last = start
        while last + 1 < tokens.count, tokens[last + 1].range.upperBound <= end { last += 1 }
        return last > start && tokens[last].range.upperBound == end ? last : nil
    }

    /// True when locator word `last` ends a unit's name with no name of its own ("Chi bộ thôn",
    /// "UBND xã") and the lower-case word `next` opens the predicate: "Bí thư Chi bộ bản vui
    /// vẻ kể lại" ends at "bản". A joiner, a role word, another locator or a compound ("xã hội",
    /// "huyện ủy", "nông thôn") goes on.
    func closesUnit(_ last: Int, before next: Int) -> Bool {
        guard Vocabulary.locators.endsAt(tokens, next),
              Vocabulary.titleCompounds.match(tokens, at: last, length: 2) == nil,
              !Vocabulary.titleCompounds.endsAt(tokens, next),
              Vocabulary.roleJoiner.match(tokens, at: next) == nil, Vocabulary.titleHeads.match(tokens, at: next) == nil,
              Vocabulary.locators.match(tokens, at: next) == nil,
              Vocabulary.roleContinuations.match(tokens, at: next) == nil else { return false }
        return true
    }

    /// The last word of a note in parentheses opening at `start`: an age, a year of birth, a
    /// place in a photograph ("(32 tuổi)", "(SN 1981)", "(thứ hai từ trái)"), at most six
    /// words on one line, opening with a digit or a lower-case word or holding a digit.
    func noteEnd(from start: Int) -> Int? {
        var end = start
        var digit = false
        while end < tokens.count, end - start < 6 {
            let first = tokens.text.ascii[tokens[end].range.lowerBound]
            if first >= 48 && first <= 57 { digit = true }
            if tokens.gap(after: end).contains(UInt8(ascii: ")")) {
                return digit || !tokens[start].isCapitalised ? end : nil
            }
            guard tokens.isSpaceGap(after: end) else { return nil }
            end += 1
        }
        return nil
    }

    /// The length of an administrative locator at `index` followed by its capitalised or
    /// numbered name ("xã Sà Phìn", "phường 3"), or nil.
    func locatorLength(at index: Int) -> Int? {
        guard let length = Vocabulary.locators.match(tokens, at: index) else { return nil }
        let name = index + length
        guard name < tokens.count, tokens.isSpaceGap(after: name - 1) else { return nil }
        let first = tokens.text.ascii[tokens[name].range.lowerBound]
        guard tokens[name].isCapitalised || (first >= 48 && first <= 57) else { return nil }
        return length
    }

    /// The length of a capitalised employer head at `index` followed by its capitalised name
    /// ("Công ty TNHH …", "Trường THCS …"), or nil.
    func employerLength(at index: Int) -> Int? {
        guard tokens[index].isCapitalised, let length = Vocabulary.employerHeads.match(tokens, at: index) else { return nil }
        let name = index + length
        guard name < tokens.count, tokens.isSpaceGap(after: name - 1), tokens[name].isCapitalised else { return nil }
        return length
    }

    /// True when word `index` opens with an ASCII digit ("thôn 5", "Tổ 7").
    func isNumber(_ index: Int) -> Bool {
        let first = tokens.text.ascii[tokens[index].range.lowerBound]
        return first >= 48 && first <= 57
    }

    /// The last word of a byline marker starting at `start` ("Ảnh", "Bài", "Tin").
    func markerEnd(from start: Int) -> Int? {
        Vocabulary.bylineMarkers.match(tokens, at: start).map { start + $0 - 1 }
    }

    /// Word ranges of the lines of the text, in order.
    func allLines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        tokens.tokens.withView { words in
            for index in words.indices where words[index].breaksLineAfter || index == words.count - 1 {
                lines.append(start..<(index + 1))
                start = index + 1
            }
        }
        return lines
    }

    /// A role printed before the name as the title, joined by a comma with what is printed
    /// after the name, as written: "cô giáo Hà Thị Lụa" gives "cô giáo"; "Thầy giáo Trịnh Văn
    /// Khôi, Trường THCS Tân Lập dạy …" gives "Thầy giáo, Trường THCS Tân Lập"; "cô giáo Trần
    /// Minh Phương, tổ trưởng tổ Toán" gives "cô giáo, tổ trưởng tổ Toán".
    mutating func add(name: Range<Int>, role: Range<Int>, after: Range<Int>?) {
        if after == nil, role.count <= 2, endsSentence(name.upperBound), TitleVocabulary.ranks.contains(lowered(role)),
           let restated = restatedRole(afterName: name.upperBound) {
            // A rank alone before the name, the role restated in the next sentence.
            used.formUnion(role)
            add(name: name, title: restated)
            return
        }
        // A rank right before the name is no part of a longer role: "Chính ủy Tổng công ty Đại tá
        // Nguyễn Đăng Khoa" gives "Chính ủy Tổng công ty".
        var role = role
        if let rank = (1..<min(role.count, Self.longestRankWords + 1)).reversed().first(where: { length in
            let start = role.upperBound - length
            return tokens.isSpaceGap(after: start - 1) && (start..<(role.upperBound - 1)).allSatisfy { tokens.isSpaceGap(after: $0) }
                && TitleVocabulary.ranks.contains(lowered(start..<role.upperBound))
        }) {
            used.formUnion((role.upperBound - rank)..<role.upperBound)
            role = role.lowerBound..<(role.upperBound - rank)
        }
        var title = tokens.slice(role)
        if let after {
            title += ", " + titleText(after)
            used.formUnion(after)
        }
        used.formUnion(role)
        add(name: name, titleText: title)
    }

    /// The unit a name's holder belongs to, set after the name by a comma or in parentheses:
    /// "…, Trường THCS Tân Lập", "…, Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh", "…, bản
    /// Nà Hìn, xã Pa Ham (Mường Chà)", "… (Đoàn xã Yên Mỹ)", "… (xã Tân Phú)". Nil when no
    /// employer or locator opens what follows.
    /// With `closed`, only a unit that a mark or the line's end closes: in "… Chủ tịch Hồ Chí
    /// Minh, Ban Thường vụ Huyện ủy biểu dương …" the unit opens a clause of its own.
    func apposedUnit(afterName end: Int, closed: Bool) -> Range<Int>? {
        guard end < tokens.count else { return nil }
        let separator = tokens.punctuation(after: end - 1)
        if separator == [UInt8(ascii: "(")] { return parenthesisedUnit(at: end) }
        guard separator == [UInt8(ascii: ",")] else { return nil }
        let end = afterAside(end)
        guard var last = unitPart(at: end) else { return nil }
        while last + 1 < tokens.count {
            let next = last + 1
            let separator = tokens.punctuation(after: last)
            if separator == [UInt8(ascii: ",")], let part = unitPart(at: next) {
                last = part
            } else if separator == [UInt8(ascii: "(")], let place = parenthesisedPlace(at: next) {
                last = place
            } else {
                break
            }
        }
        if closed, !isClosed(after: last) { return nil }
        return end..<(last + 1)
    }

    /// A place set after a name by a comma, for a name with no title: "Ông Lục Văn Thìn,
    /// thôn Khuổi Mản, xã Tân Lập có 9 ha quế" gives "thôn Khuổi Mản, xã Tân Lập".
    func apposedPlace(afterName end: Int) -> Range<Int>? {
        guard end < tokens.count, tokens.punctuation(after: end - 1) == [UInt8(ascii: ",")],
              locatorLength(at: end) != nil else { return nil }
        return apposedUnit(afterName: end, closed: false)
    }

    /// The word after an aside opening at `start` ("dân tộc Ê Đê, …") and its comma, or
    /// `start` when none opens there.
    func afterAside(_ start: Int) -> Int {
        // An age: "ông Lý Văn Tư (trái), 61 tuổi, tình nguyện viên …".
        if start + 2 < tokens.count, isNumber(start), tokens.isSpaceGap(after: start),
           tokens.isFolded(start + 1, in: Self.ageWordKeys), tokens.punctuation(after: start + 1) == [UInt8(ascii: ",")] {
            return start + 2
        }
        guard let length = Vocabulary.asideOpeners.match(tokens, at: start) else { return start }
        var end = start + length
        while end < tokens.count, end - start < 8, tokens[end].isCapitalised {
            if tokens.punctuation(after: end) == [UInt8(ascii: ",")] { return end + 1 < tokens.count ? end + 1 : start }
            guard tokens.isSpaceGap(after: end) else { return start }
            end += 1
        }
        return start
    }

    /// True when a mark (",", ".", ";", ")"), the line's end or the text's end follows word `last`.
    func isClosed(after last: Int) -> Bool {
        guard last + 1 < tokens.count, !tokens[last].breaksLineAfter else { return true }
        let separator = tokens.punctuation(after: last)
        return [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ")")].contains { separator.contains($0) }
    }

    /// A title printed before an honorific and its name, set off by a comma or a dash: "Bí
    /// thư Chi bộ bản Nà Phặc, chị Lò Thị Dung …", "Phó Chủ tịch Hội Nông dân huyện – ông Hà
    /// Văn Sơn đánh giá …". The title opens its line, a clause (after ".", ":", ";") or
    /// follows a ``TitleVocabulary/titleOpeners`` word ("làm Bí thư …"), and runs to the mark.
    func titleEnding(before honorific: Int) -> Range<Int>? {
        guard honorific > 1 else { return nil }
        let separator = tokens.punctuation(after: honorific - 1)
        guard separator == [UInt8(ascii: ",")] || separator == [UInt8(ascii: ")"), UInt8(ascii: ",")]
                || isSpacedDash(after: honorific - 1) else { return nil }
        let lowest = max(0, honorific - 20)
        var found: Range<Int>?
        var position = honorific - 1
        while position >= lowest, !used.contains(position) {
            if position < honorific - 1, tokens[position].breaksLineAfter { break }
            if Vocabulary.titleHeads.match(tokens, at: position) != nil, opensTitleClause(at: position) {
                let start = withPrefix(position)
                if titleRange(from: position).upperBound == honorific { found = start..<honorific }
            }
            position -= 1
        }
        return found
    }

    /// A title that opens its sentence and is said of the person after "là": "Trưởng ban là
    /// ông Đặng Văn Hậu.", "Chủ nhiệm câu lạc bộ là bà Lê Thị Hoa".
    func titleStated(before honorific: Int) -> Range<Int>? {
        let verb = honorific - 1
        guard verb > 0, tokens.isSpaceGap(after: verb), tokens.isSpaceGap(after: verb - 1),
              lowered(verb..<honorific) == "là" else { return nil }
        var position = verb - 1
        while position >= max(0, verb - 10), !used.contains(position) {
            if position < verb - 1, tokens[position].breaksLineAfter { return nil }
            if Vocabulary.titleHeads.match(tokens, at: position) != nil, opensTitleClause(at: position) {
                let start = withPrefix(position)
                // The clause holds the title alone: "Trưởng ban là …", not "Xã có 3 tổ trưởng là …".
                guard start == position || start == position - 1, tokens[start].isCapitalised,
                      titleRange(from: position).upperBound == verb else { return nil }
                return start..<verb
            }
            guard position > 0, tokens.isSpaceGap(after: position - 1) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Where the sentence opens and how many naming words follow the honorific, when an
    /// honorific introduces a name at a sentence's start: a pronoun and ``TitleVocabulary/namingWords``
    /// ("Chị tên Trần Thị Liên", "Anh tên là Điểu Văn Tâm") or "Đó là" before it ("Đó là đồng
    /// chí Phạm Quang Huy"); nil otherwise.
    func namedAtSentenceStart(honorific: Int, nameStart: Int) -> (sentenceStart: Int, naming: Int)? {
        if endsSentence(honorific), let naming = longestPhrase(at: nameStart, in: TitleVocabulary.namingWords, maxWords: 2),
           tokens.isSpaceGap(after: nameStart - 1), nameStart + naming < tokens.count, tokens.isSpaceGap(after: nameStart + naming - 1) {
            return (honorific, naming)
        }
        if honorific >= 2, endsSentence(honorific - 2), tokens.isSpaceGap(after: honorific - 2), tokens.isSpaceGap(after: honorific - 1),
           lowered((honorific - 2)..<honorific) == "đó là" {
            return (honorific - 2, 0)
        }
        return nil
    }

    /// The role after "là" that ends the sentence before `sentenceStart`: "Người khởi xướng mô
    /// hình là Điều dưỡng trưởng khoa." names the role of the person the next sentence names.
    func roleStated(before sentenceStart: Int) -> Range<Int>? {
        guard endsSentence(sentenceStart) else { return nil }
        var position = sentenceStart - 1
        while position > 0, sentenceStart - position <= 16, !used.contains(position) {
            let verb = position - 1
            if tokens.isSpaceGap(after: verb), lowered(verb..<position) == "là", Vocabulary.titleHeads.match(tokens, at: position) != nil,
               titleRange(from: position).upperBound == sentenceStart {
                return position..<sentenceStart
            }
            guard tokens.isSpaceGap(after: verb) || tokens.punctuation(after: verb) == [UInt8(ascii: ",")] else { return nil }
            position -= 1
        }
        return nil
    }

    /// The post a person takes on in the words right after the name: "Tổ hợp tác do chị Võ Thị
    /// Bé Năm làm tổ trưởng", "làm Bí thư Chi bộ bản Nà Hìn". A post in lower case ends at its
    /// head unless a capital or a locator goes on with its unit: "Hợp tác xã do anh Lò Văn Pầu
    /// làm giám đốc lập …" gives "giám đốc".
    func roleTaken(afterName end: Int) -> Range<Int>? {
        guard end + 1 < tokens.count, tokens.isSpaceGap(after: end - 1), tokens.isSpaceGap(after: end),
              lowered(end..<(end + 1)) == "làm", let head = Vocabulary.titleHeads.match(tokens, at: end + 1)
        else { return nil }
        let next = end + 1 + head
        if !tokens[end + 1].isCapitalised, next < tokens.count, tokens.isSpaceGap(after: next - 1),
           !tokens[next].isCapitalised, locatorLength(at: next) == nil {
            return (end + 1)..<next
        }
        return titleRange(from: end + 1)
    }

    /// True when a title at `start` opens its line or clause, or follows a title opener.
    func opensTitleClause(at start: Int) -> Bool {
        let head = start > 0 && tokens.isSpaceGap(after: start - 1)
            && Vocabulary.titlePrefixes.match(tokens, at: start - 1, length: 1) != nil ? start - 1 : start
        guard head > 0, !tokens.startsLine(head) else { return true }
        let separator = tokens.punctuation(after: head - 1)
        if separator.contains(UInt8(ascii: ".")) || separator.contains(UInt8(ascii: ":")) || separator.contains(UInt8(ascii: ";")) {
            return true
        }
        return tokens.isSpaceGap(after: head - 1) && Vocabulary.titleOpeners.endsAt(tokens, head)
    }

    /// The last word of one part of a unit at `index`: an employer's name ("Trường THCS Tân
    /// Lập", "Khoa Hồi sức tích cực") or a locator with its name ("bản Nà Hìn", "xã Pa Ham").
    func unitPart(at index: Int) -> Int? {
        if let employer = employerName(at: index) {
            return lowerCaseTail(after: employer.upperBound - 1) ?? employer.upperBound - 1
        }
        guard let locator = locatorLength(at: index) else { return nil }
        var last = index + locator
        while last + 1 < tokens.count, tokens.isSpaceGap(after: last), tokens[last + 1].isCapitalised,
              last + 1 - index < 6 {
            // "lớp 4A Trường Tiểu học Kim Đồng": the school the class belongs to.
            if let employer = employerName(at: last + 1) {
                return lowerCaseTail(after: employer.upperBound - 1) ?? employer.upperBound - 1
            }
            last += 1
        }
        return last
    }

    /// The last of the lower-case words that finish a department's name after its capitalised
    /// word ("Khoa Hồi sức tích cực", "tổ Khoa học tự nhiên"): at most four letter words, no
    /// title ender, closed by a comma, a parenthesis or the line's end; nil otherwise.
    func lowerCaseTail(after last: Int) -> Int? {
        var end = last
        while end + 1 < tokens.count, tokens.isSpaceGap(after: end), end - last < 4 {
            let next = end + 1
            let first = tokens.text.ascii[tokens[next].range.lowerBound]
            guard !tokens[next].isCapitalised, first >= 97 && first <= 122,
                  Vocabulary.titleEnders.match(tokens, at: next) == nil,
                  Vocabulary.qualifierBreakers.match(tokens, at: next) == nil else { return nil }
            end = next
        }
        return end > last && isClosed(after: end) ? end : nil
    }

    /// The last word of a short place name in parentheses after a unit, "(Mường Chà)",
    /// "(huyện Ba Tơ)": capitalised words or a locator with its name, closed on the same line.
    func parenthesisedPlace(at start: Int) -> Int? {
        guard start < tokens.count else { return nil }
        var end = start
        if let locator = locatorLength(at: start) {
            end = start + locator - 1
        } else if !tokens[start].isCapitalised {
            return nil
        }
        while end < tokens.count, end - start < 5 {
            if end > start || !Vocabulary.locators.contains(tokens, start), tokens.gap(after: end).contains(UInt8(ascii: ")")) {
                return end
            }
            guard end + 1 < tokens.count, tokens.isSpaceGap(after: end), !tokens[end].breaksLineAfter else { return nil }
            end += 1
            guard tokens[end].isCapitalised else { return nil }
        }
        return nil
    }

    /// An employer's name at `index` ("Trường THPT chuyên Lê Khiết"): its head, then capitalised
    /// words and lower-case ones that a capitalised word follows, joined by spaces, "-" or "&".
    func employerName(at index: Int) -> Range<Int>? {
        guard let head = employerLength(at: index) else { return nil }
        var end = index + head
        while end < tokens.count {
            let separator = tokens.punctuation(after: end - 1)
            guard tokens.isSpaceGap(after: end - 1) || separator == [UInt8(ascii: "-")] || separator == [UInt8(ascii: "&")]
            else { break }
            if tokens[end].isCapitalised {
                end += 1
            } else if end + 1 < tokens.count, tokens.isSpaceGap(after: end), tokens[end + 1].isCapitalised,
                      // "… Trường THCS Kim Đồng thuộc Phòng Giáo dục …": another body opens there.
                      employerLength(at: end + 1) == nil,
                      Vocabulary.titleEnders.match(tokens, at: end) == nil,
                      Vocabulary.qualifierBreakers.match(tokens, at: end) == nil {
                end += 2
            } else {
                break
            }
        }
        return index..<end
    }

    /// On a byline's line, the writer's unit or post after a dash, to the end of the line: in
    /// "Tác giả: Đại úy Phạm Minh Quốc - Phòng Tham mưu" and "Thượng úy Trần Minh Tâm - Phòng
    /// Công tác chính trị" the unit, not the rank, is the title. The rank or role honorific at
    /// `roleStart` opens the line or follows a byline marker's ":" that does.
    func bylineUnit(afterName end: Int, roleStart: Int) -> Range<Int>? {
        guard end < tokens.count, isSpacedDash(after: end - 1), let unit = unitToLineEnd(from: end),
              unit.count <= Self.maximumWriterUnitWords, !unit.contains(where: used.contains),
              !tokens.gap(after: unit.upperBound - 1).contains(UInt8(ascii: ".")) else { return nil }
        // A line of its own holds the rank, the name and a unit ("Thượng úy … - Phòng Công tác
        // chính trị"); after a byline marker the post may be a title too.
        let opensUnit = opensWriterUnit(at: end)
        if tokens.startsLine(roleStart) { return opensUnit ? unit : nil }
        guard opensUnit || Vocabulary.titleHeads.match(tokens, at: end) != nil else { return nil }
        var start = roleStart - 1
        while start > 0, !tokens.startsLine(start), tokens.isSpaceGap(after: start - 1) { start -= 1 }
        guard start < roleStart, tokens.startsLine(start), tokens.punctuation(after: roleStart - 1) == [UInt8(ascii: ":")],
              markerEnd(from: start) == roleStart - 1 else { return nil }
        return unit
    }

    /// Most words of a writer's unit after a dash on a byline's line.
    static let maximumWriterUnitWords = 8

    /// True when a writer's unit opens at `start`: a word of ``TitleVocabulary/organisationStarts``
    /// that opens no ``TitleVocabulary/nonUnitOpenings`` phrase ("Nhà văn hóa kiệt xuất",
    /// "Liên kết website", "Tổng lượt xem").
    func opensWriterUnit(at start: Int) -> Bool {
        guard Vocabulary.organisationStarts.match(tokens, at: start) != nil else { return false }
        let first = Normalization.field(tokens.slice(start..<(start + 1))).lowercased()
        let two = start + 1 < tokens.count ? Normalization.field(tokens.slice(start..<(start + 2))).lowercased() : first
        return !TitleVocabulary.nonUnitOpenings.contains(first) && !TitleVocabulary.nonUnitOpenings.contains(two)
    }

    /// The writer's unit after a byline's names, to the end of its line: "Thái Hà - Phòng
    /// Chính trị", "Lan Anh - TTVH-TT&TT huyện"; at most twelve words, opening with a capital.
    func unitToLineEnd(from start: Int) -> Range<Int>? {
        guard start < tokens.count, tokens[start].isCapitalised else { return nil }
        var end = start
        while end < tokens.count, end - start < 12 {
            end += 1
            if tokens[end - 1].breaksLineAfter { return start..<end }
        }
        return end == tokens.count ? start..<end : nil
    }

    /// ``TitleVocabulary/abbreviations`` packed for ``PersonTokens/isFolded(_:in:)``.
    static let abbreviationKeys: [Lexicon.FoldedKey] = Vocabulary.abbreviations.compactMap { Lexicon.pack(Array($0.utf8)[...]) }
    /// The folded word of an age note, "82 tuổi".
    static let ageWordKeys: [Lexicon.FoldedKey] = ["tuoi"].compactMap { Lexicon.pack(Array($0.utf8)[...]) }

    mutating func add(name: Range<Int>, titleText: String) {
        used.formUnion(name)
        found.append(PersonOccurrence(name: name, span: tokens.span(name), written: written(name), title: titleText))
    }

    mutating func add(name: Range<Int>, title: Range<Int>?) {
        var title = title
        if endsSentence(name.upperBound), title.map({ $0.count <= 2 && TitleVocabulary.ranks.contains(lowered($0)) }) ?? true,
           let role = restatedRole(afterName: name.upperBound) {
            title = role
        }
        used.formUnion(name)
        if let title { used.formUnion(title) }
        found.append(PersonOccurrence(
            name: name, span: tokens.span(name), written: written(name), title: title.map(titleText)))
    }

    /// A role restated by a pronoun opening the next sentence, for a name that ends its
    /// sentence: "… là Thượng tá Võ Hoàng Nam. Ông là Trưởng Công an xã, Bí thư Chi bộ", "…
    /// đồng chí Lương Quốc Đoàn. Đồng chí hiện là Phó Bí thư Thường trực Đảng ủy Bộ".
    func restatedRole(afterName end: Int) -> Range<Int>? {
        guard end > 0, end + 3 < tokens.count, tokens.punctuation(after: end - 1) == [UInt8(ascii: ".")],
              let pronoun = longestPhrase(at: end, in: TitleVocabulary.restatingPronouns, maxWords: 2)
        else { return nil }
        var index = end + pronoun
        if let adverb = longestPhrase(at: index, in: TitleVocabulary.restatingAdverbs, maxWords: 2) { index += adverb }
        guard index + 1 < tokens.count, lowered(index..<(index + 1)) == "là", tokens.isSpaceGap(after: index),
              tokens[index + 1].isCapitalised, Vocabulary.titleHeads.match(tokens, at: index + 1) != nil else { return nil }
        return titleRange(from: index + 1)
    }

    /// True when a period follows the word before `end`: the cheap test before a restated role.
    func endsSentence(_ end: Int) -> Bool {
        end > 0 && end < tokens.count && tokens.punctuation(after: end - 1) == [UInt8(ascii: ".")]
    }

    /// The number of words of the longest phrase of `phrases` (lower case) written at word
    /// `index` with spaces between its words, up to `maxWords`.
    func longestPhrase(at index: Int, in phrases: Set<String>, maxWords: Int) -> Int? {
        var found: Int?
        for length in 1...maxWords where index + length <= tokens.count {
            if length > 1, !tokens.isSpaceGap(after: index + length - 2) { break }
            if phrases.contains(lowered(index..<(index + length))) { found = length }
        }
        return found
    }

    /// The lower-case text of words `range`.
    func lowered(_ range: Range<Int>) -> String {
        Normalization.field(tokens.slice(range)).lowercased()
    }

    /// The length of a ``TitleVocabulary/clauseFinalVerbs`` phrase at word `index` after which
    /// the clause ends (punctuation, the text's end) or goes on with a title ender ("… phụ trách
    /// đã giúp …"); the phrases are looked up only there.
    func clauseFinalVerb(at index: Int) -> Int? {
        for length in 1...3 where index + length <= tokens.count {
            let after = index + length
            if after < tokens.count, tokens.isSpaceGap(after: after - 1), Vocabulary.titleEnders.match(tokens, at: after) == nil {
                continue
            }
            if TitleVocabulary.clauseFinalVerbs.contains(lowered(index..<after)) { return length }
        }
        return nil
    }

    /// The text of name words `name`, a word printed in lower case (``completedName(_:)``) capitalised.
    func written(_ name: Range<Int>) -> String {
        let text = tokens.slice(name)
        guard let last = name.last, !tokens[last].isCapitalised, !isNumber(last) else { return text }
        let word = tokens.slice(last..<name.upperBound)
        return String(text.dropLast(word.count)) + word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The text of title words `title`, with the parenthesis a locator opened closed again.
    func titleText(_ title: Range<Int>) -> String {
        let text = tokens.slice(title)
        var depth = 0
        for character in text.unicodeScalars {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
        }
        guard depth == 1, tokens.gap(after: title.upperBound - 1).first == UInt8(ascii: ")") else { return text }
        return text + ")"
    }
}

/// A set of word indices of one text, as flags.
struct UsedWords {
    private var flags: [Bool]

    init(count: Int) { flags = [Bool](repeating: false, count: count) }

    func contains(_ index: Int) -> Bool { index >= 0 && index < flags.count && flags[index] }

    mutating func formUnion(_ range: Range<Int>) {
        for index in range.clamped(to: 0..<flags.count) { flags[index] = true }
    }
}

/// Merges occurrences into one item per distinct name, in order of first mention.
enum PersonMerge {
    static func merge(_ occurrences: [PersonOccurrence]) -> [Person] {
        var people: [Person] = []
        var indexByKey: [String: Int] = [:]
        indexByKey.reserveCapacity(occurrences.count)
        for occurrence in occurrences.sorted(by: { $0.span.lowerBound < $1.span.lowerBound }) {
            let key = Folding.key(occurrence.written)
            let mention = Mention(occurrence.span)
            if let index = indexByKey[key] {
                if people[index].title == nil { people[index].title = occurrence.title.map { Normalization.field($0) } }
                if isAllCaps(people[index].name), !isAllCaps(occurrence.written) {
                    people[index].name = Normalization.field(occurrence.written)
                }
                if !people[index].mentions.contains(mention) { people[index].mentions.append(mention) }
            } else {
                indexByKey[key] = people.count
                people.append(Person(name: Normalization.field(occurrence.written),
                                     title: occurrence.title.map { Normalization.field($0) },
                                     mentions: [mention]))
            }
        }
        return people
    }

    /// True for a name written in capitals ("VĂN THẢO"), the form of bylines and headings.
    static func isAllCaps(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars where ScalarClass.isAlphabetic(scalar) {
            guard ScalarClass.isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters > 1
    }
}

/// People named only inside a quoted title ("Cuộc thi “Tìm hiểu về Chủ tịch Hồ Chí Minh với
/// đồng bào Hậu Giang”", a theme, a contest, a book): the name is part of the title, not a
/// person the text is about. A quotation of speech (a sentence or more) keeps its people.
enum QuotedTitleNames {
    /// Longest quoted title, in code points.
    static let maximumTitleLength = 160

    static func removing(_ people: [Person], in text: AnalyzedText, quotes: [QuotedSpan]) -> [Person] {
        guard !people.isEmpty, !quotes.isEmpty else { return people }
        return people.filter { person in
            person.mentions.isEmpty || !person.mentions.allSatisfy { mention in
                quotes.contains { inTitle(mention, $0, text) }
            }
        }
    }

    /// True when `mention` lies in `quote`, or a quotation inside it, that reads as a title.
    static func inTitle(_ mention: Mention, _ quote: QuotedSpan, _ text: AnalyzedText) -> Bool {
        guard quote.outer.lowerBound <= mention.start, mention.end <= quote.outer.upperBound else { return false }
        if quote.inner.lowerBound <= mention.start, mention.end <= quote.inner.upperBound, isTitle(quote, in: text) {
            return true
        }
        return quote.inside.contains { inTitle(mention, $0, text) }
    }

    /// A quotation that reads as a title: short, with no sentence end inside or at its end.
    static func isTitle(_ quote: QuotedSpan, in text: AnalyzedText) -> Bool {
        guard quote.inner.count <= maximumTitleLength else { return false }
        let folded = text.folded
        var last: UInt8 = 0x20
        for index in quote.inner {
            let byte = folded[index]
            if byte == 0x20, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return false }
            if byte != 0x20 { last = byte }
        }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
    }
}

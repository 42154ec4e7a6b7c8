import ExtractionEngine
import Records
import VietnameseText

/// Reads what an official document says about itself from its text in layout order: the
/// header block (issuer lines, "*", "Số 245-BC/BTGTU", the motto, the place-and-date line),
/// the kind word and subtitle, the signature block and "Nơi nhận:". The two-column header
/// may come as one column after the other or flattened into shared lines ("TỈNH ỦY CAO BẰNG
/// ĐẢNG CỘNG SẢN VIỆT NAM"). Pure: no I/O.
public enum OfficialDocumentReader {
    /// Most lines read for the header: a portal page may print its chrome above the document.
    static let headerSearchLines = 160
    /// Most segments between the place-and-date line and the number line or motto.
    static let headerSpan = 8
    /// Most issuer lines kept above the motto (the parent, the body and a department).
    static let maximumIssuerLines = 3
    /// Most subtitle lines under the kind word.
    static let maximumSubtitleLines = 5
    /// Lines longer than this are prose, never header lines.
    static let maximumHeaderChars = 200

    /// What a document says about itself, with the header's capital lines over the issuer
    /// ("ĐẢNG BỘ TỈNH ĐẮK LẮK" / "THỊ ỦY BUÔN HỒ"), which may name the province the issuer omits.
    public struct Reading: Sendable, Equatable {
        public var document: OfficialDocument
        public var issuerLines: [String]
    }

    /// The document `text` (lines separated by line breaks, blank lines ignored) describes, or
    /// nil when it has no official header (a news article, a portal page).
    public static func read(_ text: String) -> OfficialDocument? {
        reading(text)?.document
    }

    /// ``read(_:)`` with the header's issuer lines.
    public static func reading(_ text: String) -> Reading? {
        mayHaveHeader(text) ? reading(someLines: Lines(text)) : nil
    }

    /// False when none of the lines searched for a header ends like a place-and-date line.
    /// Settled on the raw lines where their bytes allow (most lines of a news page end in a
    /// letter before their punctuation, and normalising cannot change that), so a page without
    /// a header is not normalised line by line.
    static func mayHaveHeader(_ text: String) -> Bool {
        var counted = 0
        for line in Lines(text) {
            guard counted < headerSearchLines else { break }
            if endsInASCIILetter(line) {
                counted += 1
                continue
            }
            let normalized = Normalization.nfc(String(line)).squeezedSpaces
            guard !normalized.isEmpty else { continue }
            counted += 1
            if endsWithMonthAndYear(normalized) { return true }
        }
        return false
    }

    /// True when the last letter, digit or non-ASCII byte of `line` is an ASCII letter.
    static func endsInASCIILetter(_ line: some StringProtocol) -> Bool {
        let line = Substring(line)
        guard let last = line.utf8.last(where: { $0 >= 0x80 || isASCIIAlphanumeric($0) }) else { return false }
        return last < 0x80 && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(last)
    }

    /// The document `lines` describe, or nil when they hold no official header.
    public static func read(lines: [String]) -> OfficialDocument? {
        reading(lines: lines)?.document
    }

    /// ``read(lines:)`` with the header's issuer lines.
    public static func reading(lines: [String]) -> Reading? {
        reading(someLines: lines)
    }

    /// The header is looked for among the first lines; the other lines are normalised only
    /// for a text that has one (most pages are news, and their whole text was copied before).
    static func reading<Lines: Sequence>(someLines: Lines) -> Reading? where Lines.Element: StringProtocol {
        func normalized(_ line: Lines.Element) -> String { Normalization.nfc(String(line)).squeezedSpaces }
        var rest = someLines.makeIterator()
        var lines: [String] = []
        while lines.count < headerSearchLines, let line = rest.next() {
            let line = normalized(line)
            if !line.isEmpty { lines.append(line) }
        }
        guard lines.contains(where: endsWithMonthAndYear) else { return nil }
        let head = joinedWrapped(lines).flatMap { number, line in
            (line.count <= maximumHeaderChars ? Segment.split(line) : [Segment(line: line)]).map { segment in
                var segment = segment
                segment.line = number
                return segment
            }
        }
        guard let header = Header(head) else { return nil }
        while let line = rest.next() {
            let line = normalized(line)
            if !line.isEmpty { lines.append(line) }
        }
        var document = OfficialDocument(number: header.code?.number, code: header.code?.code, date: header.date,
                                        place: header.place, issuer: header.issuer)
        if let (kind, title) = title(in: head, from: header.end) ?? title(in: head, from: header.start) {
            document.type = DocumentVocabulary.type(forKind: kind)
            document.title = title
        }
        document.type = document.type ?? header.code?.kind?.rawValue ?? (header.hasSubject ? DirectiveKind.congVan.rawValue : nil)
        let (left, right, signature) = Segment.closingColumns(Array(lines.dropFirst(min(lines.count, header.lineCount))))
        let columns = signers(in: left) + signers(in: right)
        let block = signers(in: signature)
        document.signers = block.count >= columns.count ? block : columns
        document.recipients = recipients(in: left)
        return Reading(document: document, issuerLines: header.allIssuerLines)
    }

    /// True when the squeezed `line` ends in "tháng 12 năm 2022": the end every place-and-date
    /// line has (a table cell wraps such a line only before "tháng"), so a head without one has
    /// no header and is not segmented at all.
    static func endsWithMonthAndYear(_ line: String) -> Bool {
        guard !endsInASCIILetter(line) else { return false }
        var tokens: [Substring] = []
        var end = line.utf8.endIndex
        while tokens.count < 4 {
            guard let space = line.utf8[..<end].lastIndex(of: UInt8(ascii: " ")) else {
                guard tokens.count == 3 else { return false }
                tokens.append(line[..<end])
                break
            }
            tokens.append(line[line.utf8.index(after: space)..<end])
            end = space
        }
        // "tháng" and "năm" open with an ASCII letter in every spelling: other words are
        // settled before folding.
        guard opens(tokens[3], with: UInt8(ascii: "t")), opens(tokens[1], with: UInt8(ascii: "n")) else { return false }
        // Each word folded only when the ones before it in the test hold.
        func word(_ index: Int) -> String { BoilerplateKey.stripped(Folding.key(String(tokens[index]))) }
        guard word(3) == "thang", word(1) == "nam", let month = Int(word(2)), (1...12).contains(month),
              let year = Int(word(0)), (1900...2100).contains(year) else { return false }
        return true
    }

    /// False when the first letter or digit of `word` is an ASCII one other than `letter`
    /// (either case); true when it is `letter` or the word's first such byte is not ASCII.
    private static func opens(_ word: Substring, with letter: UInt8) -> Bool {
        guard let first = word.utf8.first(where: { $0 >= 0x80 || isASCIIAlphanumeric($0) }) else { return false }
        return first >= 0x80 || first | 0x20 == letter
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// The lines of a text, split at line feeds and carriage returns, made one at a time.
    struct Lines: Sequence, IteratorProtocol {
        private let text: String
        private let length: Int
        private var offset = 0

        init(_ text: String) {
            self.text = text
            length = text.utf8.count
        }

        mutating func next() -> Substring? {
            guard offset < length else { return nil }
            let end = LineBreaks.next(in: text, from: offset)
            let utf8 = text.utf8
            let line = text[utf8.index(utf8.startIndex, offsetBy: offset)..<utf8.index(utf8.startIndex, offsetBy: end)]
            offset = end < length ? end + 1 : end
            return line
        }
    }

    // MARK: - Header

    /// The head's lines with the pieces a table cell wrapped joined again — "Số:" over its
    /// symbol, "Kon Tum, ngày 25" over "tháng 01 năm 2024", a motto over two lines — each with
    /// the index of the last source line it takes.
    static func joinedWrapped(_ lines: [String]) -> [(Int, String)] {
        var joined: [(Int, String)] = []
        var index = 0
        while index < lines.count {
            var line = lines[index]
            while index + 1 < lines.count, wrapsOnto(line, lines[index + 1]) {
                index += 1
                line += " " + lines[index]
            }
            joined.append((index, line))
            index += 1
        }
        return joined
    }

    static func wrapsOnto(_ line: String, _ next: String) -> Bool {
        guard line.count <= 60, next.count <= 80 else { return false }
        let folded = keys(line).map(BoilerplateKey.stripped).filter { !$0.isEmpty }
        let following = keys(next).map(BoilerplateKey.stripped).filter { !$0.isEmpty }
        if folded == ["so"] { return following.first?.first?.isNumber == true }
        if folded.count >= 3, folded[folded.count - 2] == "ngay", Int(folded[folded.count - 1]) != nil {
            return following.first == "thang"
        }
        let both = folded + following
        return Segment.mottoKeys.contains { motto in
            both == motto && !folded.isEmpty && folded.count < motto.count
        }
    }

    /// The header block found among the head's segments.
    struct Header {
        var issuer: String?
        var issuerLines: [String]
        /// Every capital line of the block, the parent bodies above the issuer included.
        var allIssuerLines: [String]
        var code: DirectiveCode?
        var date: String?
        var place: String?
        /// True when the header carries a letter's subject line ("V/v …"), which a công văn
        /// prints instead of a kind word.
        var hasSubject = false
        /// Index of the first segment after the header block.
        var end: Int
        /// Index of the header block's first segment: a PDF's text may give the left column
        /// ("SỞ …", "Số: …", "BÁO CÁO") before the right one (the motto, the place and date), the
        /// kind word inside the block.
        var start: Int
        /// Source lines up to the end of the header.
        var lineCount: Int

        init?(_ segments: [Segment]) {
            guard let dateIndex = segments.indices.first(where: { index in
                guard case .placeDate = segments[index].kind else { return false }
                let near = max(0, index - headerSpan)..<min(segments.count, index + headerSpan + 1)
                return near.contains { segments[$0].kind == .number } || near.contains { segments[$0].kind == .motto }
                    && OfficialDocumentReader.title(in: segments, from: index + 1) != nil
            }), case let .placeDate(place, date) = segments[dateIndex].kind else { return nil }
            self.place = place
            self.date = date
            let near = max(0, dateIndex - headerSpan)..<min(segments.count, dateIndex + headerSpan + 1)
            let blockFirst = near.first { [.number, .motto].contains(segments[$0].kind) || $0 == dateIndex } ?? dateIndex
            var start = blockFirst
            while start - 1 >= 0, blockFirst - (start - 1) <= headerSpan,
                  [.capitals, .separator].contains(segments[start - 1].kind) {
                start -= 1
            }
            var end = dateIndex + 1
            while end < segments.count, end - dateIndex <= headerSpan, segments[end].kind != .other,
                  OfficialDocumentReader.kind(of: segments[end].text) == nil {
                end += 1
            }
            self.end = end
            self.lineCount = segments[end - 1].line + 1
            let block = segments[start..<end]
            self.start = start
            code = block.first { $0.kind == .number }.flatMap { OfficialDocumentReader.code(in: $0.text) }
            allIssuerLines = block.filter { $0.kind == .capitals && OfficialDocumentReader.kind(of: $0.text) == nil }.map(\.text)
            issuerLines = Array(allIssuerLines.suffix(maximumIssuerLines))
            issuer = OfficialDocumentReader.issuer(from: issuerLines)
            hasSubject = block.contains { Folding.key($0.text).hasPrefix(DocumentVocabulary.letterSubject) }
        }
    }

    /// The symbol of a number line ("Số 245-BC/BTGTU", "Số: 12/BC-UBND").
    static func code(in line: String) -> DirectiveCode? {
        let text = AnalyzedText(line)
        guard let start = text.folded.firstIndex(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        return DirectiveCodeParser.code(in: text, at: start)
    }

    /// The issuing body from the header's capital lines, from the specific to the whole: a
    /// line naming a complete body ("HUYỆN ỦY NGA SƠN") stands alone, a department
    /// ("BAN TUYÊN GIÁO") takes the body above it, a line continuing the one above
    /// ("ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG") is joined to it.
    static func issuer(from lines: [String]) -> String? {
        guard var index = lines.indices.last else { return nil }
        var current = lines[index]
        var issuer = normalCase(current)
        while index > 0, !isComplete(current) {
            if startsWithUnit(current) {
                current = lines[index - 1] + " " + current
                issuer = normalCase(current)
                index -= 1
                continue
            }
            index -= 1
            current = lines[index]
            var parent = normalCase(current)
            // A People's Committee's department is named after the place alone: "UBND TỈNH TRÀ
            // VINH" over "SỞ Y TẾ" gives "Sở Y tế tỉnh Trà Vinh".
            if let committee = DocumentVocabulary.committeeNames.first(where: { parent.hasPrefix($0 + " ") }),
               DocumentVocabulary.committeeDepartments.contains(where: { issuer.hasPrefix($0 + " ") }) {
                parent = String(parent.dropFirst(committee.count + 1))
            }
            issuer += " " + parent
        }
        return ToneMarks.firstVowelStyle(issuer.squeezedSpaces)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    static func keys(_ text: String) -> [String] {
        words(text).map { Folding.key($0) }
    }

    static func startsWithUnit(_ line: String) -> Bool {
        let folded = markedKeys(line)
        return unitKeys.contains { folded.starts(with: $0) }
    }

    static func isComplete(_ line: String) -> Bool {
        let folded = markedKeys(line)
        return folded.indices.contains { index in
            completeBodyKeys.contains { body in folded[index...].starts(with: body) && index + body.count < folded.count }
        }
    }

    /// A word as the tables compare it with its marks: lower case, the tone mark on the first
    /// vowel, surrounding punctuation dropped ("ỦY," → "ủy"; "TỈNH" and "TÌNH" stay apart).
    static func markedKey(_ word: String) -> String {
        let lower = ToneMarks.firstVowelStyle(Normalization.nfc(word.lowercased()))
        return String(lower.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }

    static func markedKeys(_ text: String) -> [String] {
        words(text).map(markedKey)
    }

    static let unitKeys: [[String]] = DocumentVocabulary.units.map(markedKeys).sorted { $0.count > $1.count }
    static let properNameKeys: [(keys: [String], printed: [String])] = DocumentVocabulary.properNames
        .map { (markedKeys($0), words($0)) }.sorted { $0.keys.count > $1.keys.count }
    static let citedKindKeys: [[String]] = OfficialDocumentWords.kinds.filter(\.isCited).flatMap(\.printedNames)
        .map(markedKeys).sorted { $0.count > $1.count }
    static let completeBodyKeys: [[String]] = DocumentVocabulary.completeBodies.map(markedKeys)
    static let bodyRows: [(keys: [String], printed: [String], placeFollows: Bool)] = DocumentVocabulary.bodies
        .map { (markedKeys($0.printed), words($0.printed), $0.placeFollows) }.sorted { $0.keys.count > $1.keys.count }

    /// A capital header line in normal case: bodies as the table prints them, units in lower
    /// case, places and department names capitalised ("ĐẢNG ỦY XÃ KIM ĐÔNG" → "Đảng ủy xã Kim Đông").
    static func normalCase(_ line: String) -> String {
        guard line.contains(where: \.isLetter), !line.contains(where: \.isLowercase) else { return line }
        let written = words(line)
        let folded = written.map(markedKey)
        var result: [String] = []
        var index = 0
        var place = false
        var named = false
        while index < written.count {
            if DocumentVocabulary.abbreviations.contains(written[index]) {
                result.append(written[index])
                index += 1
                continue
            }
            if !place, let body = bodyRows.first(where: { folded[index...].starts(with: $0.keys) }) {
                result += body.printed
                index += body.keys.count
                place = body.placeFollows
                named = body.keys.count == 1 && DocumentVocabulary.namedBodies.contains(body.keys[0])
                continue
            }
            if let unit = unitKeys.first(where: { folded[index...].starts(with: $0) }) {
                result += written[index..<(index + unit.count)].map { $0.lowercased() }
                index += unit.count
                place = true
                continue
            }
            let word = written[index]
            let capital = place || result.isEmpty || named
                || result.last.map { $0.hasSuffix(",") || $0 == "và" } == true && !place
            result.append(capital ? capitalised(word) : word.lowercased())
            if named, !place { named = false }
            index += 1
        }
        return result.joined(separator: " ")
    }

    /// "BẢO" → "Bảo".
    static func capitalised(_ word: String) -> String {
        let lower = word.lowercased()
        guard let first = lower.first else { return lower }
        return first.uppercased() + lower.dropFirst()
    }

    // MARK: - Title

    /// The kind word a title line opens with (folded) and the words after it.
    static func kind(of line: String) -> (name: String, rest: [String])? {
        let written = words(line)
        let folded = written.map { BoilerplateKey.stripped(Folding.key($0)) }
        for name in DocumentVocabulary.kindNames {
            let nameWords = name.split(separator: " ").map(String.init)
            guard folded.starts(with: nameWords) else { continue }
            let kindWords = written.prefix(nameWords.count)
            guard !kindWords.contains(where: { $0.contains(where: \.isLowercase) }) else { return nil }
            return (name, Array(written.dropFirst(nameWords.count)))
        }
        return nil
    }

    /// The kind word (folded) and the title in sentence case, from the first kind line at or
    /// after `start` (within a few segments) and its subtitle lines.
    static func title(in segments: [Segment], from start: Int) -> (String, String)? {
        let window = start..<min(segments.count, start + headerSpan)
        guard let kindIndex = window.first(where: { kind(of: segments[$0].text) != nil }),
              let (name, rest) = kind(of: segments[kindIndex].text) else { return nil }
        var subtitle: [String] = rest.isEmpty ? [] : [rest.joined(separator: " ")]
        var index = kindIndex + 1
        // The header's second column, read after the kind word when its two columns were read one
        // after the other (a PDF's text): the motto, its rule and the place-and-date line.
        if subtitle.isEmpty {
            var skipped = false
            while index < segments.count {
                let kind = segments[index].kind
                let isPlaceDate = if case .placeDate = kind { true } else { false }
                guard kind == .motto || isPlaceDate || (kind == .separator && skipped) else { break }
                skipped = true
                index += 1
            }
        }
        var opensLikeTheBody = false
        while index < segments.count, subtitle.count < maximumSubtitleLines {
            let line = segments[index].text
            let bodyStart = isBodyStart(line)
            let admitted = bodyStart && subtitle.isEmpty && opensSubtitle(line) && isWholeLine(index, of: segments)
            if admitted { opensLikeTheBody = true }
            if !line.contains(where: { $0.isLetter || $0.isNumber }) || bodyStart && !admitted
                || kind(of: line)?.rest.isEmpty == true
                || endsSubtitle(capitalLine: line, after: subtitle) { break }
            subtitle.append(line)
            index += 1
            if let last = line.last, ".:;".contains(last) { break }
        }
        // A "Thực hiện …" line that goes on to a sentence's end was the body, wrapped.
        if opensLikeTheBody, let last = subtitle.last?.last, ".:;".contains(last) { subtitle = [] }
        let kindWords = words(segments[kindIndex].text).prefix(name.split(separator: " ").count).joined(separator: " ")
        var text = capitalised(kindWords.lowercased())
        // Capital lines are cased as one run: a header line may be cut before "SỐ 01-KL/TW".
        var runs: [(capitals: Bool, text: String)] = []
        for line in subtitle {
            let capitals = !line.contains(where: \.isLowercase)
            if capitals, let last = runs.last, last.capitals {
                runs[runs.count - 1].text += " " + line
            } else {
                runs.append((capitals, line))
            }
        }
        var sub = runs.map { $0.capitals ? sentenceCase(capitalLine: $0.text) : $0.text }.joined(separator: " ").squeezedSpaces
        if let first = words(sub).first, first.dropFirst().contains(where: \.isLowercase) || first.count == 1 {
            sub = first.lowercased() + sub.dropFirst(first.count)
        }
        while let last = sub.last, ".:;,".contains(last) { sub.removeLast() }
        if !sub.isEmpty { text += " " + sub }
        return (name, Normalization.nfc(text))
    }

    /// A subtitle line printed in capitals, in lower case but for symbols, abbreviations,
    /// bodies as the table prints them, and the place after a unit word or a body named after
    /// it ("TRÊN ĐỊA BÀN TỈNH LẠNG SƠN" → "trên địa bàn tỉnh Lạng Sơn", "CỦA BAN THƯỜNG VỤ TỈNH
    /// ỦY" → "của Ban Thường vụ Tỉnh ủy").
    static func sentenceCase(capitalLine line: String) -> String {
        let written = words(line)
        let folded = written.map(markedKey)
        var result: [String] = []
        var placeWords = 0
        var index = 0
        while index < written.count {
            let word = written[index]
            if word.contains(where: { $0.isNumber || $0 == "/" }) || DocumentVocabulary.abbreviations.contains(word)
                && !(word == "TƯ" && folded.dropFirst(index + 1).first == "tưởng") {
                result.append(word)
                placeWords = 0
            } else if let name = properNameKeys.first(where: { folded[index...].starts(with: $0.keys) }) {
                result += name.printed
                index += name.keys.count
                placeWords = 0
                continue
            } else if let body = bodyRows.first(where: { $0.keys.count > 1 && folded[index...].starts(with: $0.keys) }) {
                result += body.printed
                index += body.keys.count
                placeWords = body.placeFollows ? 3 : 0
                continue
            } else if let unit = unitKeys.first(where: { folded[index...].starts(with: $0) }) {
                result += written[index..<(index + unit.count)].map { $0.lowercased() }
                index += unit.count
                placeWords = 3
                continue
            } else if let kind = citedKindKeys.first(where: { folded[index...].starts(with: $0) }),
                      index + kind.count < written.count,
                      folded[index + kind.count] == "số" || written[index + kind.count].contains(where: \.isNumber) {
                // A cited document keeps its kind's capital: "CHỈ THỊ SỐ 05-CT/TW" → "Chỉ thị số 05-CT/TW".
                result.append(capitalised(word))
                result += written[(index + 1)..<(index + kind.count)].map { $0.lowercased() }
                index += kind.count
                placeWords = 0
                continue
            } else if placeWords > 0, !DocumentVocabulary.placeStops.contains(folded[index]) {
                result.append(capitalised(word))
                placeWords -= 1
                if word.last.map({ ",;.".contains($0) }) == true { placeWords = 0 }
            } else {
                result.append(word.lowercased())
                placeWords = 0
            }
            index += 1
        }
        return result.joined(separator: " ")
    }

    /// True when a line in capitals under the subtitle is the next block rather than more of
    /// the title: a capital line after a subtitle in normal case, or a line naming a body or an
    /// office on its own ("BAN THƯỜNG VỤ HUYỆN ỦY" over a decision's grounds). A line opening
    /// with a connective ("CỦA BAN THƯỜNG VỤ TỈNH ỦY TẠI …") goes on with the title.
    static func endsSubtitle(capitalLine line: String, after subtitle: [String]) -> Bool {
        guard isCapitals(line) else { return false }
        if subtitle.contains(where: { $0.contains(where: \.isLowercase) }) { return true }
        let folded = markedKeys(line)
        guard let first = folded.first, !DocumentVocabulary.placeStops.contains(first) else { return false }
        if let previous = subtitle.last.flatMap({ markedKeys($0).last }), DocumentVocabulary.placeStops.contains(previous) {
            return false
        }
        return isComplete(line) || bodyRows.contains { $0.keys.count > 1 && folded.starts(with: $0.keys) } || isOfficeHead(line)
    }

    /// True when `line`, right under the kind word, is the subtitle although it opens like the
    /// body: one of ``DocumentVocabulary/subtitleOpenings``, no number, no closing mark ("Thực
    /// hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"; the body's "Thực
    /// hiện Kế hoạch số 12-KH/HU …," cites a number).
    static func opensSubtitle(_ line: String) -> Bool {
        guard !line.contains(where: \.isNumber), let last = line.last, !".:;,".contains(last) else { return false }
        let folded = keys(String(line.prefix(24))).map(BoilerplateKey.stripped).joined(separator: " ")
        return DocumentVocabulary.subtitleOpenings.contains { folded.hasPrefix($0 + " ") }
    }

    /// True when segment `index` is its line's only segment ("Thực hiện Kế hoạch" cut before
    /// "số 17-KH/CB …" is not).
    static func isWholeLine(_ index: Int, of segments: [Segment]) -> Bool {
        let line = segments[index].line
        return (index == 0 || segments[index - 1].line != line) && (index + 1 == segments.count || segments[index + 1].line != line)
    }

    /// True when `line` opens the body rather than continuing a subtitle.
    static func isBodyStart(_ line: String) -> Bool {
        guard line.count <= 400 else { return true }
        // A list item ("- Căn cứ Điều lệ Đảng …") never continues a title.
        if let lead = line.first, "-–—+•*".contains(lead) { return true }
        let folded = keys(String(line.prefix(24))).map(BoilerplateKey.stripped).joined(separator: " ")
        // A subtitle goes on in lower case ("thực hiện Kết luận …"); the body opens a sentence.
        if line.first?.isUppercase == true, line.contains(where: \.isLowercase),
           DocumentVocabulary.bodyOpenings.contains(where: { folded.hasPrefix($0 + " ") || folded == $0 }) { return true }
        return numberedHeading.match(in: AnalyzedText(String(line.prefix(12))), at: 0) != nil
    }

    /// A numbered heading opening the body: "I.", "II-", "1.", "a)".
    static let numberedHeading = Pattern(#"^(?:[ivx]{1,4}|[a-d]|[0-9]{1,2})\s*[.\-–/)]"#)

    // MARK: - Signature and recipients

    /// Each signature of the closing block: capacity line, office, "(Đã ký)", name.
    static func signers(in segments: [Segment]) -> [OfficialDocument.Signer] {
        var signers: [OfficialDocument.Signer] = []
        var index = 0
        while index < segments.count {
            let line = segments[index].text
            var capacity: String?
            var officeIndex = index
            if let mark = capacityMark(line) {
                capacity = mark.printed + (mark.rest.isEmpty ? "" : " " + normalCase(mark.rest))
                officeIndex = index + 1
            } else if !isOfficeHead(line) {
                index += 1
                continue
            }
            guard officeIndex < segments.count else { break }
            let office = segments[officeIndex].text
            guard isCapitals(office), office.count <= 60 else { index += 1; continue }
            var nameIndex = officeIndex + 1
            var signed = false
            if nameIndex < segments.count, isSignedMark(segments[nameIndex].text) {
                nameIndex += 1
                signed = true
            }
            // An office head over a name that closes the column signs without capacity or mark.
            guard capacity != nil || signed || nameIndex == segments.count - 1, nameIndex < segments.count,
                  isName(segments[nameIndex].text) else {
                index += 1
                continue
            }
            let title = ToneMarks.firstVowelStyle(OfficeCase.normalCase(office).squeezedSpaces)
            signers.append(.init(name: segments[nameIndex].text.squeezedSpaces, title: title,
                                 capacity: capacity.map { ToneMarks.firstVowelStyle($0.squeezedSpaces) }))
            index = nameIndex + 1
        }
        return signers
    }

    /// The capacity mark a line opens with and the rest of the line ("K/T TRƯỞNG BAN").
    static func capacityMark(_ line: String) -> (printed: String, rest: String)? {
        guard isCapitals(line), line.count <= 80, let first = words(line).first else { return nil }
        var key = Folding.key(first)
        if key.hasSuffix(".") { key.removeLast() }
        guard let row = DocumentVocabulary.capacities.first(where: { $0.folded == key }) else { return nil }
        return (row.printed, words(line).dropFirst().joined(separator: " "))
    }

    static func isOfficeHead(_ line: String) -> Bool {
        guard isCapitals(line), line.count <= 60 else { return false }
        let folded = Folding.key(line)
        return DocumentVocabulary.officeHeads.contains { folded == $0 || folded.hasPrefix($0 + " ") }
    }

    static func isSignedMark(_ line: String) -> Bool {
        OfficialDocumentWords.isSignedMark(line)
    }

    static func isCapitals(_ line: String) -> Bool {
        line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// A signer's name alone on its line: two to six capitalised words, no digits.
    static func isName(_ line: String) -> Bool {
        let parts = words(line)
        guard (2...6).contains(parts.count), !line.contains(where: \.isNumber), !line.contains(":"),
              line.contains(where: \.isLowercase) else { return false }
        return parts.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The "Nơi nhận:" lines without their dashes and final punctuation, in order.
    static func recipients(in segments: [Segment]) -> [String] {
        guard let opening = segments.lastIndex(where: {
            Folding.key($0.text).hasPrefix(DocumentVocabulary.recipientsOpening) && $0.text.count <= 200
        }) else { return [] }
        var recipients: [String] = []
        let first = segments[opening].text
        if let colon = first.firstIndex(of: ":") {
            let rest = cleanedRecipient(String(first[first.index(after: colon)...]))
            if !rest.isEmpty { recipients.append(rest) }
        }
        var printed: [String] = []
        for segment in segments[(opening + 1)...] {
            guard let lead = segment.text.first else { break }
            if lead.isLowercase, !printed.isEmpty {
                printed[printed.count - 1] += " " + segment.text
                continue
            }
            guard "-–—+•*".contains(lead) else { break }
            printed.append(segment.text)
        }
        return recipients + printed.map(cleanedRecipient).filter { !$0.isEmpty }
    }

    static func cleanedRecipient(_ line: String) -> String {
        var text = String(line.drop { "-–—+•*".contains($0) || $0.isWhitespace })
        while let last = text.last, ",;.".contains(last) || last.isWhitespace { text.removeLast() }
        return text.squeezedSpaces
    }
}

/// Folded-word helpers shared by the reader's tables.
enum BoilerplateKey {
    /// A folded word without surrounding punctuation other than "/" and "." inside it.
    static func stripped(_ word: String) -> String {
        String(word.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }
}

/// One piece of a line of the document: a whole line, or one column of a line the header's
/// two columns were flattened into.
struct Segment {
    enum Kind: Equatable {
        case motto
        case placeDate(place: String, date: String)
        case number
        case separator
        case capitals
        case other
    }

    var text: String
    var kind: Kind
    /// Index of the source line.
    var line: Int = 0

    init(line text: String, kind: Kind? = nil) {
        self.text = text
        self.kind = kind ?? Segment.classify(text)
    }

    static func classify(_ text: String) -> Kind {
        if !text.contains(where: { $0.isLetter || $0.isNumber }) { return .separator }
        let folded = OfficialDocumentReader.keys(text)
        if folded.first.map({ $0 == "so" || $0 == "so:" }) == true, folded.count >= 2, text.count <= 48,
           folded[1].first.map({ $0.isNumber }) == true || folded[1] == ":",
           !text.dropFirst(2).contains(where: \.isLowercase) { return .number }
        if !text.contains(where: \.isLowercase) { return .capitals }
        return .other
    }

    /// A header line cut at the motto, the place-and-date phrase and the number.
    static func split(_ line: String) -> [Segment] {
        let tokens = OfficialDocumentReader.words(line)
        let folded = tokens.map { BoilerplateKey.stripped(Folding.key($0)) }
        var pieces: [Segment] = []
        var pending: [String] = []
        func flush() {
            if !pending.isEmpty { pieces.append(Segment(line: pending.joined(separator: " "))) }
            pending = []
        }
        var index = 0
        while index < tokens.count {
            if let end = mottoEnd(folded, at: index) {
                flush()
                pieces.append(Segment(line: tokens[index..<end].joined(separator: " "), kind: .motto))
                index = end
                continue
            }
            if let (placeStart, end, date) = placeDate(tokens, folded, at: index), placeStart >= index - pending.count {
                let keep = pending.count - (index - placeStart)
                let place = tokens[placeStart..<index].joined(separator: " ")
                pending = Array(pending.prefix(keep))
                flush()
                var placeName = place
                while let last = placeName.last, last == "," || last.isWhitespace { placeName.removeLast() }
                pieces.append(Segment(line: tokens[placeStart..<end].joined(separator: " "),
                                      kind: .placeDate(place: placeName, date: date)))
                index = end
                continue
            }
            if !pending.isEmpty, folded[index] == "so", index + 1 < tokens.count, tokens[index + 1].first?.isNumber == true
                || tokens[index + 1] == ":" || tokens[index].hasSuffix(":") {
                flush()
            }
            pending.append(tokens[index])
            index += 1
        }
        flush()
        return pieces
    }

    /// The closing part's lines as two columns: a signature column flattened beside the
    /// recipients ("- Ban Thường vụ Tỉnh ủy (b/c), PHÓ BÍ THƯ THƯỜNG TRỰC") goes right,
    /// everything else stays left.
    ///
    /// `signature` reads the block as one column: each line's signature piece, or the whole
    /// line when it is no recipient, so a capacity line above "Nơi nhận:" and a name under
    /// the recipients join the office flattened beside them.
    static func closingColumns(_ lines: [String]) -> (left: [Segment], right: [Segment], signature: [Segment]) {
        var left: [Segment] = []
        var right: [Segment] = []
        var signature: [Segment] = []
        var inRecipients = false
        // The block as one column starts a few lines above the recipients.
        let recipientsLine = lines.lastIndex { Folding.key($0).hasPrefix(DocumentVocabulary.recipientsOpening) && $0.count <= 200 }
        let signatureStart = recipientsLine.map { max(0, $0 - signatureLinesAboveRecipients) } ?? lines.count
        for (index, line) in lines.enumerated() {
            // A recipient wrapped onto the next line goes on in lower case: "đảng ủy trực thuộc Tỉnh ủy,".
            let continuesRecipient = inRecipients && line.first?.isLowercase == true
            inRecipients = opensRecipient(line) || continuesRecipient
            guard line.count <= maximumClosingChars,
                  let cut = columnCut(line, besideSignature: !right.isEmpty, continuingRecipient: continuesRecipient) else {
                left.append(Segment(line: line))
                if !inRecipients, index >= signatureStart { signature.append(Segment(line: line)) }
                continue
            }
            let tokens = OfficialDocumentReader.words(line)
            if cut > 0 { left.append(Segment(line: tokens[..<cut].joined(separator: " "))) }
            right.append(Segment(line: tokens[cut...].joined(separator: " ")))
            if index >= signatureStart { signature.append(right[right.count - 1]) }
        }
        return (left, right, signature)
    }

    /// A line of the recipients list: "Nơi nhận:" or a dashed item.
    static func opensRecipient(_ line: String) -> Bool {
        Folding.key(line).hasPrefix(DocumentVocabulary.recipientsOpening) || line.first.map { "-–—+•".contains($0) } == true
    }

    /// Where the signature column starts in a flattened closing line: at a capacity mark, a
    /// "(Đã ký)" ending the line, a run of capital words after a recipient's punctuation, or
    /// (beside a signature already begun) a name after a recipient's final period.
    static func columnCut(_ line: String, besideSignature: Bool, continuingRecipient: Bool = false) -> Int? {
        let tokens = OfficialDocumentReader.words(line)
        guard tokens.count >= 2 else { return nil }
        guard opensRecipient(line) || continuingRecipient else { return nil }
        for index in 1..<tokens.count {
            var key = Folding.key(tokens[index])
            let dotted = key.hasSuffix(".")
            if dotted { key.removeLast() }
            // "K/T", or a State mark printed with its period ("KT.") before an office in capitals.
            if DocumentVocabulary.capacities.contains(where: { $0.folded == key }),
               key.contains("/") || dotted && index + 1 < tokens.count && OfficialDocumentReader.isCapitals(tokens[index + 1]) {
                return index
            }
            if OfficialDocumentReader.isSignedMark(tokens[index...].joined(separator: " ")) { return index }
        }
        let ends: Set<Character> = [",", ";", ".", ")", ":"]
        var run = tokens.count
        while run - 1 > 0, OfficialDocumentReader.isCapitals(tokens[run - 1]), tokens[run - 1].count > 1,
              tokens[run - 1].allSatisfy(\.isLetter) {
            run -= 1
        }
        if tokens.count - run >= 2, tokens[run - 1].last.map(ends.contains) == true { return run }
        if besideSignature {
            for split in stride(from: tokens.count - 2, through: max(1, tokens.count - 6), by: -1)
            where tokens[split - 1].hasSuffix(".") || tokens[split - 1].hasSuffix(",") {
                if OfficialDocumentReader.isName(tokens[split...].joined(separator: " ")) { return split }
            }
        }
        return nil
    }

    static let maximumClosingChars = 240
    /// Lines above "Nơi nhận:" read into the signature column: a capacity line printed over it.
    static let signatureLinesAboveRecipients = 3

    static let mottoKeys: [[String]] = DocumentVocabulary.mottoes.map(\.words)

    /// The end of a motto starting at `index`, skipping dashes between its words.
    static func mottoEnd(_ folded: [String], at index: Int) -> Int? {
        // Every motto is compared from its first word, which must be read as printed.
        guard index < folded.count, let start = folded[index...].firstIndex(where: { !$0.isEmpty }) else { return nil }
        let first = folded[start]
        for motto in mottoKeys where motto.first == first {
            var position = index
            var read: [String] = []
            while position < folded.count, read.count < motto.count {
                if folded[position].isEmpty { position += 1; continue }
                read.append(folded[position])
                position += 1
            }
            // A scan's motto may hold one misread letter ("saan" for "san").
            if read.first == motto.first, NearMatch.words(read, nearlyEqual: motto) { return position }
        }
        return nil
    }

    /// "Cao Bằng, ngày 20 tháng 12 năm 2022" with "ngày" at `index`: where the place starts,
    /// where the phrase ends and the date.
    static func placeDate(_ tokens: [String], _ folded: [String], at index: Int) -> (Int, Int, String)? {
        guard folded[index] == "ngay", index + 6 == tokens.count, index > 0, tokens[index - 1].hasSuffix(","),
              folded[index + 2] == "thang", folded[index + 4] == "nam",
              let day = Int(folded[index + 1]), let month = Int(folded[index + 3]), let year = Int(folded[index + 5]),
              (1...31).contains(day), (1...12).contains(month), (1900...2100).contains(year) else { return nil }
        var start = index
        while start - 1 >= 0, index - (start - 1) <= 5 {
            let word = tokens[start - 1]
            guard word.first?.isUppercase == true,
                  word.contains(where: \.isLowercase) || word.hasSuffix(".") || word.count == 1 || word == "TP" else { break }
            start -= 1
        }
        guard start < index else { return nil }
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        let date = "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
        return (start, index + 6, date)
    }
}

extension Facts {
    /// Adds each signer of `document` as a person with the office printed under the capacity
    /// line: a signer already found keeps their mentions and takes that title.
    public mutating func addSigners(of document: OfficialDocument, in text: AnalyzedText) {
        for signer in document.signers {
            let key = Folding.key(signer.name)
            if let index = people.firstIndex(where: { Folding.key($0.name) == key }) {
                people[index].title = signer.title
                continue
            }
            people.append(Person(name: signer.name, title: signer.title, mentions: Self.mentions(of: signer.name, in: text)))
        }
    }
}

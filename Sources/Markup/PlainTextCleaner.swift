internal import CLibXML2
import VietnameseText

/// Cleans a plain-text report the way ``ContentExtractor/html(_:)`` cleans a page: portal
/// leftovers at the head (welcome line, repeated title, byline bullets, font-size widget)
/// and at the tail (trust badge, comment counters, stray separators) become metadata or go.
enum PlainTextCleaner {
    /// Openings of the portal's welcome line; the rest of the line is the site name.
    static let welcomePrefixes = ["chao mung ban den voi ", "chao mung quy vi den voi ", "welcome to "]
    /// Bullet characters of list-like head lines.
    static let bullets: Set<Character> = ["•", "●", "▪", "·", "◦", "■", "►"]
    /// Trailing separators left by a flattened page.
    static let trailingSeparators: Set<Character> = ["|", "/", "\\", "-", "–", "—"]
    /// Longest line that may be a title.
    static let maximumTitleChars = 250
    /// Longest line read as a head leftover.
    static let maximumHeadChars = 120
    /// Most body lines above a labelled dateline printed under the lead paragraph.
    static let maximumLinesBeforeDateline = 3
    /// Longest headline, in characters, read right above a dateline in the body.
    static let maximumHeadlineChars = 300

    /// Lines at the top of the text looked at for a short line printed twice.
    static let maximumRepeatedHeadLines = 6

    /// True when `line` continues a wrapped `headline`: it opens in lower case, is short and
    /// ends no sentence, and the headline ends no sentence either.
    static func continuesHeadline(_ headline: String, with line: String) -> Bool {
        guard let first = line.first, line.hasAtMostCharacters(maximumHeadChars),
              let last = headline.last, !".!?".contains(last), line.last.map({ !".!?".contains($0) }) == true else { return false }
        if first.isLowercase { return true }
        // A headline in capitals broken over two lines before a word that joins on: "NGƯỜI ĐẢNG
        // VIÊN “GIỮ RỪNG”" over "Ở NGẦM ĐĂNG VÀI" (a writer's name in capitals under it is no part).
        guard isAllCaps(headline), isAllCaps(line), PlainTextLayout.isHeadlineShaped(line),
              let word = line.split(separator: " ").first else { return false }
        // … or before a quoted name: "CÔNG AN XÃ … VỚI 5 MÔ HÌNH" over "“DÂN VẬN KHÉO” GẮN VỚI …"
        // (a first line of a headline's length, not a masthead).
        if openingQuotes.contains(first) {
            return PlainTextLayout.isHeadlineShaped(headline) && headline.split(separator: " ").count >= minimumQuotedHeadlineWords
        }
        return capitalContinuations.contains(Normalization.nfc(String(word)).lowercased())
    }

    /// Words (lower case, with their marks: "TÚ", "LÃ", "VI" open pen names and surnames) that
    /// open the second line of a headline in capitals and no name or label: "Ở NGẦM ĐĂNG VÀI",
    /// "TẠI XÃ BIÊN GIỚI", "VỚI NGƯỜI NGHÈO", "CỦA MỘT CHI BỘ".
    static let capitalContinuations: Set<String> = [
        "ở", "tại", "với", "và", "của", "trong", "từ", "đến", "cho", "về", "là", "khi", "nơi", "trên", "giữa",
        "bằng", "theo", "để", "như", "vì",
    ]

    /// Fewest words of a capital headline's first line over a line that opens with a quote.
    static let minimumQuotedHeadlineWords = 5

    /// Quotation marks that open the second line of a headline in capitals.
    static let openingQuotes: Set<Character> = ["\"", "“", "«", "'", "‘"]

    /// True when a line of `head` is a dateline with no navigation under it: a clock above the
    /// menus is the portal's ("Thứ Ba, 27/5/2025" over "Thời sự  Chính trị  Kinh tế").
    static func headHasDateline(_ head: ArraySlice<String>) -> Bool {
        guard let last = head.indices.last(where: { PlainTextHead.dateline(head[$0]) != nil }) else { return false }
        return !head[(last + 1)...].contains { PlainTextHead.classify($0)?.isNavigation == true }
    }

    /// True when a headline's line opens with a number: it may go on from the line above.
    static func opensMidHeadline(_ line: String) -> Bool {
        line.first?.isNumber == true
    }

    /// True when `line` may be the first line of `headline` broken onto the next: headline-shaped,
    /// in the same case, with a place or topic before a colon ("Tây Ninh: Tuyên dương …"), as
    /// headlines print it and section labels or banners ("Chào mừng Đại hội …, nhiệm kỳ
    /// 2025 - 2030") do not.
    static func continuesUpward(_ line: String, into headline: String) -> Bool {
        line.dropLast().contains(":") && PlainTextLayout.isHeadlineShaped(line) && isAllCaps(line) == isAllCaps(headline)
            && !PlainTextHead.isMenu(line) && !PageChrome.isBreadcrumb(line)
    }

    /// Fewest words of the first line of a headline that goes on after a colon on the next line.
    static let minimumColonHeadlineWords = 3

    /// True when line `index` of the head (the lines above `headEnd`) is the first line of a headline broken after
    /// its colon: a short line of ``minimumColonHeadlineWords`` words or more ending with ":",
    /// no label, tool or dateline, over a headline-shaped line that opens in capitals.
    static func opensColonHeadline(at index: Int, in lines: [String], headEnd: Int) -> Bool {
        let line = lines[index]
        guard line.last == ":", index + 1 < headEnd, line.hasAtMostCharacters(maximumHeadChars),
              line.split(separator: " ").count >= minimumColonHeadlineWords,
              !PlainTextHead.opensWithColonLabel(line), PlainTextHead.classify(line) == nil,
              !isWidget(Folding.key(String(line.dropLast()))) else { return false }
        let next = lines[index + 1]
        // The second line may open with a number or a quote: "… LÀM THEO BÁC:" over "64 ĐOÀN VIÊN
        // ĐĂNG KÝ …", "… học tập và làm theo Bác:" over "“Nước sạch đến từng nhà” ở vùng ven".
        guard let first = next.first, first.isUppercase || first.isNumber || openingQuotes.contains(first),
              PlainTextLayout.isHeadlineShaped(next),
              PlainTextHead.classify(next) == nil, !PlainTextHead.isMenu(next) else { return false }
        return true
    }

    /// A headline too long for the head: no sentence end, at most ``maximumHeadlineChars``.
    static func isLongHeadline(_ line: String) -> Bool {
        line.hasAtMostCharacters(maximumHeadlineChars) && line.last.map { !".:;".contains($0) } == true
    }

    /// The site a welcome line names, if `line` is one.
    static func welcomeSite(in line: String) -> String? {
        let content = line.squeezedSpaces
        guard content.hasAtMostCharacters(maximumHeadChars) else { return nil }
        let folded = Folding.key(content)
        guard let prefix = welcomePrefixes.first(where: { folded.hasPrefix($0) }) else { return nil }
        var site = String(content.unicodeScalars.dropFirst(prefix.unicodeScalars.count)).trimmingSpaces
        while let last = site.last, "!.,:;".contains(last) { site.removeLast() }
        return site.isEmpty ? nil : Normalization.nfc(site)
    }

    /// False when the element's text cannot be a welcome line, decided on libxml2's bytes:
    /// an opening whose folded letters no welcome prefix starts with, or more than
    /// ``maximumHeadChars`` ASCII non-space characters. Skips building and squeezing the
    /// text of every leaf; most leaves are decided by their first letter.
    static func mayOpenWithWelcome(_ element: HTMLNode) -> Bool {
        if opensWithOtherLetter(element) { return false }
        var opening = WelcomeOpening()
        element.forEachDirectTextScalar { opening.read($0) }
        opening.finish()
        guard opening.sawText, opening.isPossible else { return false }
        return element.directASCIINonSpaceCount(limit: maximumHeadChars) <= maximumHeadChars
    }

    /// True when the element's direct text, after leading whitespace, opens with letters
    /// (ASCII or ``vietnameseLetters``; the first may be any ASCII scalar) whose folds start
    /// no welcome prefix, so ``welcomeSite(in:)`` finds nothing in that text. Neighbouring
    /// letters never compose under NFC, and a letter composed with the marks after it keeps
    /// its fold. Decides most leaves on their first bytes; false when undecided.
    static func opensWithOtherLetter(_ element: HTMLNode) -> Bool {
        var child = element.pointer.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            guard current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                  var byte = current.pointee.content else { continue }
            while byte.pointee != 0 && Whitespace.isASCIISpace(byte.pointee) { byte += 1 }
            if byte.pointee == 0 { continue }
            if byte.pointee < 0x80 && !opensAWelcomePrefix[Int(Folding.lowercase(byte.pointee))] { return true }
            // The letters read so far, byte i at bits 8i, compared with the prefixes' openings.
            var read: UInt32 = 0
            for position in 0..<welcomeLetters {
                guard let (scalar, length) = letterOrASCII(at: byte),
                      position == 0 ? scalar.value < 0x80 || isVietnameseLetter(scalar) : isLetter(scalar)
                else { return false }
                let folded = Folding.lowercase(Folding.ascii(scalar))
                read |= UInt32(folded) << (8 * UInt32(position))
                let mask: UInt32 = position == 3 ? .max : (1 << (8 * UInt32(position + 1))) - 1
                if !welcomeOpenings.contains(where: { $0 & mask == read }) { return true }
                byte += length
            }
            return false
        }
        return false
    }

    /// By lower-cased ASCII byte: whether a welcome prefix opens with it.
    static let opensAWelcomePrefix: [Bool] = (0..<256).map { byte in welcomePrefixes.contains { $0.utf8.first == UInt8(byte) } }
    /// ``welcomePrefixes`` as bytes.
    static let welcomePrefixBytes = welcomePrefixes.map { Array($0.utf8) }
    /// Letters every welcome prefix opens with ("chao", "welc"), four at most.
    static let welcomeLetters = min(4, welcomePrefixBytes.map(\.count).min() ?? 0)
    /// The first ``welcomeLetters`` bytes of each welcome prefix, byte i at bits 8i.
    static let welcomeOpenings: [UInt32] = welcomePrefixBytes.map { prefix in
        prefix.prefix(welcomeLetters).enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }

    /// The scalar at `bytes` (NUL-terminated) and its length, when it is ASCII or a
    /// well-formed scalar of U+0080–U+07FF or U+1000–U+1FFF; nil otherwise.
    private static func letterOrASCII(at bytes: UnsafePointer<xmlChar>) -> (Unicode.Scalar, Int)? {
        let lead = bytes.pointee
        if lead < 0x80 { return lead == 0 ? nil : (Unicode.Scalar(lead), 1) }
        if lead >= 0xC2 && lead < 0xE0, bytes[1] & 0xC0 == 0x80 {
            return Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)).map { ($0, 2) }
        }
        if lead == 0xE1, bytes[1] & 0xC0 == 0x80, bytes[2] & 0xC0 == 0x80 {
            return Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F)).map { ($0, 3) }
        }
        return nil
    }

    private static func isVietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
        vietnameseLetters.contains { $0.contains(scalar.value) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || isVietnameseLetter(scalar)
    }

    /// The opening of a text folded as ``Folding/key(_:)`` folds it (whitespace runs squeezed
    /// to one space), compared with the welcome prefixes as far as the fold is certain.
    ///
    /// A scalar's fold is certain once the next scalar is known to be one NFC cannot combine
    /// with it: ASCII, a Latin or Vietnamese letter, or whitespace. Anything else (a mark, a
    /// symbol) ends the comparison and leaves the scalar before it out.
    struct WelcomeOpening {
        /// Folded bytes whose fold is certain.
        private var folded: [UInt8] = []
        /// The last letter read, not yet certain.
        private var pending: UInt8?
        private(set) var sawText = false
        private(set) var isPossible = true
        private var stopped = false

        /// Reads the next scalar; false when reading more cannot change the answer.
        mutating func read(_ scalar: Unicode.Scalar) -> Bool {
            sawText = true
            if scalar.isFastWhitespace {
                if let pending { commit(pending) }
                pending = nil
                if let last = folded.last, last != 0x20 { commit(0x20) }
                return isPossible && folded.count < 8
            }
            guard scalar.value < 0x80 || PlainTextCleaner.vietnameseLetters.contains(where: { $0.contains(scalar.value) }) else {
                stopped = true
                return false
            }
            if let pending { commit(pending) }
            pending = Folding.lowercase(Folding.ascii(scalar))
            return isPossible && folded.count < 8
        }

        /// The text ended: the last letter's fold is certain.
        mutating func finish() {
            if !stopped, isPossible, let pending { commit(pending) }
            pending = nil
        }

        private mutating func commit(_ byte: UInt8) {
            folded.append(byte)
            isPossible = PlainTextCleaner.welcomePrefixes.contains { $0.utf8.starts(with: folded) }
        }
    }

    /// Latin-1 letters, Latin Extended-A/B up to ư, and the Vietnamese block.
    static let vietnameseLetters: [ClosedRange<UInt32>] = [0xC0...0xD6, 0xD8...0xF6, 0xF8...0x1B0, 0x1EA0...0x1EF9]

    /// Lower-cased first letters of ``welcomePrefixes``.
    static let welcomeInitials = Set(welcomePrefixes.compactMap { $0.utf8.first })

    /// Characters a paragraph of prose may end with.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "…", ":", ";", ")", "”", "\"", "'", "»"]

    /// True when `line` is a paragraph of the article: longer than a head line, not a menu
    /// bar, and ending a sentence (or longer than any headline).
    static func isProse(_ line: String) -> Bool {
        guard !line.hasAtMostCharacters(maximumHeadChars), !PlainTextHead.isMenu(line),
              !PlainTextLayout.opensWithHome(line) else { return false }
        if !line.hasAtMostCharacters(maximumTitleChars) { return true }
        return line.last.map { sentenceEnds.contains($0) } ?? false
    }

    /// Lines of a hard-wrapped text (a report copied from a PDF or a mail, broken every 70–90
    /// characters mid-sentence) joined back into their paragraphs: a line that ends with no
    /// closing mark, followed by one that opens in lower case, or one as long as the wrap's
    /// width. Only when the text is wrapped: at least ``minimumWrappedBreaks`` lower-case
    /// breaks, and three in ten of its long lines.
    static func unwrapped(_ text: String) -> String {
        var text = text
        let joined: String? = text.withUTF8 { bytes in
            // Lines as byte ranges, their length in scalars (an NFC Vietnamese letter is one).
            var lines: [(start: Int, end: Int, scalars: Int)] = []
            var start = 0
            var scalars = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == 0x0A {
                    lines.append((start, index, scalars))
                    start = index + 1
                    scalars = 0
                } else if byte & 0xC0 != 0x80 {
                    scalars += 1
                }
            }
            lines.append((start, bytes.count, scalars))
            guard lines.count > minimumWrappedBreaks else { return nil }
            func lastScalar(_ line: (start: Int, end: Int, scalars: Int)) -> Unicode.Scalar? {
                var end = line.end
                while end > line.start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0D { end -= 1 }
                guard end > line.start else { return nil }
                var first = end - 1
                while first > line.start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
                return Self.scalar(in: bytes, first..<end)
            }
            func firstScalar(_ line: (start: Int, end: Int, scalars: Int)) -> Unicode.Scalar? {
                var first = line.start
                while first < line.end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                guard first < line.end else { return nil }
                var end = first + 1
                while end < line.end, bytes[end] & 0xC0 == 0x80 { end += 1 }
                return Self.scalar(in: bytes, first..<end)
            }
            var breaks: [Int] = []
            var longLines = 0
            var openEnded = [Bool](repeating: false, count: lines.count)
            for index in lines.indices {
                let line = lines[index]
                guard line.scalars >= wrappedLineChars.lowerBound else { continue }
                longLines += 1
                guard line.scalars <= wrappedLineChars.upperBound, index + 1 < lines.count,
                      let last = lastScalar(line), !paragraphEnds.contains(Character(last)) else { continue }
                openEnded[index] = true
                if let next = firstScalar(lines[index + 1]), next.properties.isLowercase { breaks.append(index) }
            }
            guard breaks.count >= minimumWrappedBreaks, breaks.count * 10 >= longLines * 3 else { return nil }
            // In a wrapped text, a line as long as the wrap's width with no closing mark runs on
            // even before a capital ("… đạo đức\nHồ Chí Minh về …").
            let widths = breaks.map { lines[$0].scalars }.sorted()
            let width = widths[widths.count / 2]
            let lowerCaseBreaks = Set(breaks)
            func string(_ line: (start: Int, end: Int, scalars: Int)) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[line.start..<line.end]), as: UTF8.self)
            }
            for index in lines.indices where openEnded[index] && !lowerCaseBreaks.contains(index) {
                guard lines[index].scalars * 10 >= width * 9, let next = firstScalar(lines[index + 1]),
                      next.properties.isAlphabetic || next.properties.numericType != nil else { continue }
                let following = string(lines[index + 1])
                guard runsOn(string(lines[index])), runsOn(following),
                      !ContentExtractor.opensWithNumbering(following) else { continue }
                breaks.append(index)
            }
            // Each joined line's line feed becomes a space, or goes when the line ends in one.
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var copied = 0
            for index in breaks.sorted() {
                let end = lines[index].end
                output.append(contentsOf: bytes[copied..<end])
                if !(end > lines[index].start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09)) { output.append(0x20) }
                copied = end + 1
            }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
        return joined ?? text
    }

    /// False for a line a wrap does not run on from or into before a capital: one in capitals
    /// (a heading, an official header's column), indented (a signature block) or with a run of
    /// spaces inside (two columns, a table's row).
    static func runsOn(_ line: String) -> Bool {
        line.first?.isWhitespace == false && line.contains(where: \.isLowercase) && !line.contains("   ")
    }

    /// `text` with its Windows line ends (CR LF, one character that is neither a line feed nor
    /// a carriage return) made line feeds: a report saved on Windows keeps its lines.
    static func withLineFeeds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The one scalar UTF-8 `bytes[range]` encode, if valid.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// Lengths, in characters, of the lines a hard wrap leaves.
    static let wrappedLineChars = 40...120
    /// Fewest mid-sentence breaks that make a text hard-wrapped.
    static let minimumWrappedBreaks = 4
    /// Marks that may end a paragraph's last line.
    static let paragraphEnds: Set<Character> = [".", ":", ";", "!", "?", "…", "\"", "”", "»", ")"]

    /// The lines of `text`, as `split(whereSeparator: { $0 == "\n" || $0 == "\r" })` gives
    /// them, cut on the bytes: a line feed or carriage return is a character of its own,
    /// except in CR LF, one character equal to neither, which stays inside its line.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                let separates = byte == 0x0A ? index == 0 || bytes[index - 1] != 0x0D
                    : byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)
                guard separates else { continue }
                if start < index { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return lines
        }
    }

    /// Past `deadline` the line loops stop and the content is partial: the caller checks
    /// the deadline and discards it.
    static func clean(_ raw: String, deadline: Deadline = .never) -> PageContent {
        var check = DeadlineCheck(deadline, every: 256)
        var lines = lines(of: unwrapped(withLineFeeds(Normalization.nfc(raw)))).map(\.trimmingSpaces).filter { !$0.isEmpty }
        var result = PageContent(text: "")
        guard !lines.isEmpty else { return result }

        var bodyStart = lines.firstIndex(where: isProse) ?? lines.count
        // A headline that ends with its own date and time is two head lines.
        for index in lines.indices[..<bodyStart] {
            // "Ban Tuyên giáo | 14/03/2022 15:20" is a dateline with its credit, no headline.
            guard let (headline, stamp) = PlainTextHead.headlineAndStamp(lines[index]),
                  PlainTextHead.dateline(lines[index]) == nil else { continue }
            lines.replaceSubrange(index...index, with: [headline, stamp])
            bodyStart += 1
            break
        }
        // A headline printed on two lines, the first ending with a colon ("Hàm Tân tổng kết 10
        // năm Chỉ thị 05:" over "Tuyên dương 52 tập thể …"), is one line.
        if let index = lines.indices[..<bodyStart].first(where: { opensColonHeadline(at: $0, in: lines, headEnd: bodyStart) }) {
            lines.replaceSubrange(index...(index + 1), with: [lines[index] + " " + lines[index + 1]])
            bodyStart -= 1
        }
        let (article, tailDateline) = PageTail.article(lines[bodyStart...])
        var body = article
        // A labelled dateline under the lead paragraph ("Ngày đăng: 24/04/2025 - 08:15" after
        // the sapo) when none heads the page.
        // A headline too long for the head is the line right above such a dateline.
        var leadDateline: PlainTextHead.Line?
        var leadHeadline: String?
        if let index = body.prefix(maximumLinesBeforeDateline).indices.first(where: { index in
               let line = body[index]
               let underHeadline = index == 1 && isLongHeadline(body[0])
               // A writer's stamp right under the sapo: "NGUYÊN VŨ | 06:00, 24/05/2025".
               // … or a stamp alone there with the article going on under it: "24 Tháng 11, 2025 -
               // 16:10" (a date closing a one-paragraph text is the text's own).
               let underLead = index == 1 && isProse(body[0])
                   && (PlainTextHead.piecedDateline(line) != nil || body.count > 2 && PlainTextHead.isStamp(line))
               return line.hasAtMostCharacters(maximumHeadChars)
                   && (underHeadline && line.hasAtMostCharacters(PlainTextHead.maximumCreditChars) || underLead
                       || PlainTextHead.opensWithColonLabel(line))
           }), let (published, credit) = PlainTextHead.dateline(body[index]),
           !headHasDateline(lines[..<bodyStart]) {
            leadDateline = .dateline(published: published, credit: credit)
            // The writers credited on it stay in the text as their byline.
            if let credit, !PlainTextHead.authors(inCredit: credit).isEmpty { body[index] = credit } else { body.remove(at: index) }
            if index == 1, isLongHeadline(body[0]) { leadHeadline = body.removeFirst() }
        }
        // An official document's header is document text: the page's head ends above it.
        let documentStart = OfficialHeader.start(in: lines[..<bodyStart])
        let document = documentStart.map { lines[$0..<bodyStart] } ?? []
        let layout = PlainTextLayout(head: lines[..<(documentStart ?? bodyStart)], body: body[...])
        var kept: [String] = []
        // A headline wrapped onto a line opening in lower case ("… mua bán người; ma túy" over
        // "mại dâm; HIV/AIDS …") goes on there.
        var wrappedTitleLine: Int?
        if let title = layout.titleIndex {
            var headline = PlainTextHead.withoutPrintTools(layout.lines[title].content.squeezedSpaces)
            // A headline broken before a number: "Tây Ninh: Tuyên dương 60 tập thể, cá nhân tiêu
            // biểu" over "10 năm thực hiện Chỉ thị 05" over the dateline.
            let previous = title - 1
            // A headline in capitals whose second line was taken: "CÔNG AN XÃ … VỚI 5 MÔ HÌNH"
            // over "“DÂN VẬN KHÉO” GẮN VỚI LÀM THEO BÁC".
            if previous >= 0, layout.lines[previous].kind == nil, !layout.lines[previous].isNavigation,
               previous > 0 || opensMidHeadline(headline),
               !layout.lines[previous].bulleted {
                let above = layout.lines[previous].content
                // … or a headline's second line taken for the whole, opening in lower case: "Đoàn
                // Thanh niên Viettel: 26 công trình, phần việc" over "chào mừng 94 năm Ngày thành lập Đoàn".
                let wrapsOnto = isAllCaps(headline) || headline.first?.isLowercase == true && PlainTextLayout.isHeadlineShaped(above)
                if opensMidHeadline(headline) && continuesUpward(above, into: headline)
                    || wrapsOnto && continuesHeadline(above, with: headline) && !PlainTextHead.isMenu(above)
                        && !PageChrome.isBreadcrumb(above) {
                    headline = above.squeezedSpaces + " " + headline
                }
            }
            let next = title + 1
            if next < layout.lines.count, layout.lines[next].kind == nil, !layout.lines[next].isNavigation,
               continuesHeadline(headline, with: layout.lines[next].content) {
                headline += " " + layout.lines[next].content.squeezedSpaces
                wrappedTitleLine = next
            }
            result.title = Normalization.nfc(TitleText.withoutLiveTag(headline))
        }
        if let dateline = layout.datelineIndex { read(layout.lines[dateline].kind, into: &result) }
        if let leadHeadline { result.title = Normalization.nfc(TitleText.withoutLiveTag(leadHeadline.squeezedSpaces)) }
        let firstKept = layout.titleIndex.map { $0 + 1 } ?? layout.navigationEnd
        for (index, line) in layout.lines.enumerated() {
            if check.hasPassed() { return result }
            if result.site == nil {
                if case let .portal(site) = line.kind { result.site = siteName(site, at: index, in: layout) }
                if let site = welcomeSite(in: line.content) { result.site = site }
            }
            // The writers credited on the dateline stay in the text as their byline, over the
            // article when the dateline stands above the headline.
            if index == layout.datelineIndex, case let .dateline(_, credit?) = line.kind,
               !PlainTextHead.authors(inCredit: credit).isEmpty {
                kept.append(credit)
                continue
            }
            guard index >= firstKept, index != layout.datelineIndex, index != wrappedTitleLine else { continue }
            // A byline is the article's own: it stays in the text, so its writers are people
            // mentioned there.
            if index == layout.bylineIndex {
                result.authors.append(contentsOf: Signature.authors(in: line.content, requireStyle: false))
                kept.append(line.text)
                continue
            }
            if case let .dateline(_, credit) = line.kind {
                if let credit { result.authors += PlainTextHead.authors(inCredit: credit) }
                if line.bulleted, result.published == nil { read(line.kind, into: &result) }
                continue
            }
            guard line.kind == nil, !line.isNavigation, welcomeSite(in: line.content) == nil else { continue }
            if let title = result.title, TitleText.same(title, line.content) { continue }
            let folded = Folding.key(line.content)
            if kept.isEmpty && isWidget(folded) { continue }
            if line.bulleted, kept.isEmpty, let name = Signature.author(in: line.content, requireStyle: false) {
                result.authors.append(name)
                continue
            }
            kept.append(line.text)
        }
        // Above a headline found in the body, the head's lines are the portal's and its section's names.
        if leadHeadline != nil { kept = [] }
        body = kept + document + body
        // A writer's box printed twice ("Khánh Linh" over "Khánh Linh") is one byline.
        var index = 1
        while index < min(body.count, maximumRepeatedHeadLines) {
            if body[index] == body[index - 1], body[index].hasAtMostCharacters(PlainTextHead.maximumCreditChars),
               body[index].contains(where: \.isLetter) {
                body.remove(at: index)
            } else {
                index += 1
            }
        }
        while let last = body.last, !check.hasPassed(), PageTail.isTrailingFurniture(last) { body.removeLast() }
        if result.published == nil, let leadDateline { read(leadDateline, into: &result) }
        if result.published == nil, let tailDateline { read(tailDateline, into: &result) }
        if !document.isEmpty {
            result.title = result.title ?? OfficialHeader.title(in: document)
            result.published = result.published ?? OfficialHeader.date(in: document)
        }

        if var last = body.popLast() {
            while let tail = last.last, trailingSeparators.contains(tail) || tail.isWhitespace { last.removeLast() }
            body.append(last)
            result.authors.append(contentsOf: Signature.authors(in: last, requireStyle: true))
        }
        result.text = body.map(\.squeezedSpaces).joined(separator: "\n\n")
        result.authors = ContentExtractor.unique(result.authors)
        return result
    }

    /// Bare openings (folded) of a portal line that names no portal: the site is the line beside it.
    static let bareSiteLines: Set<String> = [
        "trang thong tin dien tu", "cong thong tin dien tu", "trang tin dien tu", "cong thong tin", "website",
    ]

    /// The site a portal line names; for a bare "Trang thông tin điện tử" the organisation
    /// line in capitals printed above or below it.
    static func siteName(_ site: String, at index: Int, in layout: PlainTextLayout) -> String {
        guard bareSiteLines.contains(PlainTextLayout.key(site)) else { return site }
        for neighbour in [index - 1, index + 1] where layout.lines.indices.contains(neighbour) {
            let line = layout.lines[neighbour]
            if line.kind == nil, neighbour != layout.titleIndex, line.content.contains(where: \.isLetter),
               !line.content.contains(where: \.isLowercase) {
                return Normalization.nfc(line.content.squeezedSpaces)
            }
        }
        return site
    }

    /// Takes the metadata a head line gives.
    static func read(_ head: PlainTextHead.Line?, into result: inout PageContent) {
        switch head {
        case let .dateline(published, credit):
            if result.published == nil { result.published = published }
            if let credit { result.authors += PlainTextHead.authors(inCredit: credit) }
        case let .portal(site):
            result.site = result.site ?? site
        default:
            break
        }
    }

    /// A first line is the title when it is short, has no closing period, and is not one of
    /// several same-styled (all-capital) section headings of the body.
    static func looksLikeTitle(_ line: String, rest: ArraySlice<String>) -> Bool {
        guard line.count <= maximumTitleChars, line.split(separator: " ").count >= 2,
              let last = line.last, !".:;,".contains(last) else { return false }
        if isAllCaps(line) {
            let laterHeadings = rest.dropLast().filter { $0.count <= maximumHeadChars && isAllCaps($0) }
            if !laterHeadings.isEmpty { return false }
        }
        return true
    }

    static func isAllCaps(_ line: String) -> Bool {
        line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
    }

    /// Widget labels, trust badges, comment counters and tiny chrome ("A- A A+").
    static func isWidget(_ folded: String) -> Bool {
        if BoilerplateLabels.isLabel(folded, in: BoilerplateLabels.widgets)
            || BoilerplateLabels.isLabel(folded, in: BoilerplateLabels.sectionEnders) { return true }
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return !words.contains { $0.count >= 3 || $0.contains(where: \.isNumber) }
    }
}

extension ContentExtractor {
    /// Cleans a plain-text report: title from the first line, site from a welcome line,
    /// author and date from byline bullets, signature author, no head or tail leftovers.
    ///
    /// Past `deadline` the content returned is partial: the caller checks the deadline and
    /// discards it.
    public static func plainText(_ text: String, deadline: Deadline = .never) -> PageContent {
        PlainTextCleaner.clean(text, deadline: deadline)
    }
}

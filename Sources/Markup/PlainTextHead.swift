import VietnameseText

/// Reads the head lines a portal prints around a plain-text report's title: the dateline
/// (publication date, perhaps with a source or author), the portal's "today" header, the
/// portal's name and its menu bar.
enum PlainTextHead {
    /// What a head line is.
    enum Line: Equatable {
        /// A dateline: the ISO publication date and the credit printed after "|" or " - ".
        case dateline(published: String, credit: String?)
        /// The portal's "today" header: neither the publication date nor article text.
        case today
        /// The portal's name.
        case portal(site: String)
        /// A menu bar of short links separated by "|".
        case menu
        /// A breadcrumb: "Trang chủ » Tin tức » Xây dựng Đảng".
        case breadcrumb
        /// Top-of-page navigation: search box, account links, language switch.
        case navigation
        /// Tools and counters beside the article: "Cỡ chữ", "In bài | Chia sẻ", "Lượt xem: 312".
        case tool
        /// A weather widget: "Đà Lạt 17°C - 24°C".
        case weather
        /// A colophon or contact line: "Địa chỉ: …", "Bản quyền thuộc …".
        case colophon

        /// True for lines of the page's navigation: a clock above them is no dateline, and
        /// no headline is printed before them.
        var isNavigation: Bool {
            switch self {
            case .menu, .breadcrumb, .navigation: true
            default: false
            }
        }
    }

    /// Weekday names (folded) that may open a dateline.
    static let weekdays = #"thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|cn|t[2-7]"#
    /// Labels (folded) that may open a dateline.
    static let dateLabels = [
        "ngay dang tai", "ngay dang tin", "ngay dang", "tin dang ngay", "bai dang ngay", "dang ngay", "dang luc",
        "dang tai", "dang", "ngay cap nhat", "cap nhat luc", "cap nhat ngay", "cap nhat", "thoi gian cap nhat",
        "thoi gian dang tai", "thoi gian dang", "ngay xuat ban", "xuat ban", "ngay phat hanh", "ngay dua tin",
        "ngay dua", "dua tin luc", "dua tin", "ngay ban hanh", "posted on", "posted", "published on", "published", "updated on",
        "updated", "publish date", "published date", "post date", "date posted", "date", "duoc dang luc", "duoc dang",
    ] + lastEditLabels + ["ngay"]
    /// Labels (folded) of a later stamp beside the publication's: "Đăng ngày: 18/09/2025 - Sửa
    /// đổi lần cuối: 19/09/2025".
    static let lastEditLabels = ["sua doi lan cuoi", "cap nhat lan cuoi", "chinh sua lan cuoi", "ngay sua doi", "sua doi"]
    /// A numeric ("14/06/2024"), spelled-out ("3 tháng 2 năm 2021", "03 Tháng Mười Hai, 2025") or year-first
    /// ("2015-04-02") date, folded; a two-digit year only right before a clock ("10/04/24 2:47 PM").
    static let date = #"(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9](?![0-9])|[0-3]?[0-9]\s*([/.-])\s*[01]?[0-9]\s*\1\s*(?:19|20)[0-9]{2}|[0-3]?[0-9]\s+thang\s+[01]?[0-9]\s*,?\s*(?:nam\s+)?(?:19|20)[0-9]{2}|[0-3]?[0-9]\s+thang\s+(?:"# + PublishedDate.monthWordAlternatives + #")\s*,?\s*(?:nam\s+)?(?:19|20)[0-9]{2}(?![0-9])|[0-3]?[0-9]/[01]?[0-9]/[0-9]{2}(?=\s+[0-2]?[0-9]:[0-5][0-9](?![0-9]))"#
    /// A clock time ("08:30", "lúc 15h42", "8:00 AM", "2:15 CH", "16:32'", "10 giờ 32 phút"), folded.
    static let time = #"(?:luc\s+)?[0-2]?[0-9]\s*(?:[:h]|gio)\s*[0-5][0-9](?:\s*phut)?(?:\s*:\s*[0-5][0-9])?(?:\s*(?:"#
        + PublishedDate.halfDayWords.map(\.folded).joined(separator: "|") + #")\b)?'?"#
    /// A printed zone ("(GMT+7)", "[GMT+7]", "UTC+07:00"), folded.
    static let zone = #"[(\[]?\s*(?:gmt|utc)\s*[+-]\s*[0-9]{1,2}(?::?[0-9]{2})?\s*[)\]]?"#

    /// A whole line that only prints a date: optional weekday and label, the date, an
    /// optional time and zone, and an optional credit after " | " or " - " (group 2).
    static let datelinePattern: Pattern = {
        let opening = #"(?:(?:"# + weekdays + "|" + dateLabels.map { $0.replacingOccurrences(of: " ", with: #"\s+"#) }
            .joined(separator: "|") + #")\s*[,:-]?\s*){0,3}"#
        // A weekday may come between the time and the date: "Cập nhật lúc 06:00, Thứ Hai, 19/05/2025";
        // the zone after the time: "Cập nhật: 14:38 (GMT+7), 30/5/2025".
        let stamp = "(?:" + time + #"(?:\s*"# + zone + ")?" + #"\s*[,|-]?\s*(?:(?:"# + weekdays + #")\s*,?\s*)?)?(?:ngay\s+)?(?:"# + date
            + #")(?:\s*[,|-]?\s*"# + time + ")?"
        let credit = #"(?:\s*\|\s*|\s+-\s+)([^|]*[^\s|])"#
        // A bare number after the stamp is the page's view count: "09:46 | 21/09/2024   511".
        let views = #"(?:\s+[0-9][0-9.]*)?"#
        return Pattern("^\\s*" + opening + stamp + #"(?:\s*"# + zone + ")?" + views + #"\s*[|,.]?(?:"# + credit + #")?\s*$"#)
    }()

    /// Openings (folded) of the portal's "today" header.
    static let todayLabels = ["hom nay la", "hom nay", "today is", "today"]

    /// Openings (folded) of a portal's name line; the whole line is the site.
    static let portalOpenings = [
        "cong thong tin dien tu ", "trang thong tin dien tu ", "cong ttdt ", "trang ttdt ",
        "trang tin dien tu ", "cong thong tin ", "bao dien tu ", "tap chi dien tu ",
    ]
    /// ``portalOpenings`` without their closing space: a line that is only the opening.
    static let portalNames = Set(portalOpenings.map { String($0.dropLast()) })
    /// Words (lower-case, with marks) a newspaper's name line "Báo …" may end with.
    static let newspaperTail: Set<String> = ["điện", "tử", "online"]
    /// Words (lower-case, with marks) after "Báo" that make a common noun, not a newspaper.
    static let notNewspaper: Set<String> = ["cáo", "chí", "động", "công", "hiệu", "giá", "đáp", "ơn", "tin", "danh"]
    static let maximumNewspaperWords = 6

    /// Most words of one menu entry, and fewest "|"-separated entries of a menu bar.
    static let maximumMenuItemWords = 5
    static let minimumMenuItems = 3
    /// A bar of longer entries ("Học tập và làm theo tư tưởng Bác"): the most words of one,
    /// and the most words of an entry on average.
    static let maximumLongMenuItemWords = 8
    static let maximumMeanMenuItemWords = 4.0
    /// Bars whose entries stand between " - " ("Trang chủ - Giới thiệu - Tin tức - Liên
    /// hệ"): fewest entries, one of them a ``PageChrome/navigationLabels`` entry, as a
    /// headline may hold dashes too.
    static let minimumDashMenuItems = 4
    /// Fewest entries of a bar that may hold one entry longer than ``maximumLongMenuItemWords``,
    /// and the most words of that entry.
    static let minimumItemsBesideOneLongEntry = 5
    static let maximumOneLongEntryWords = 10
    static let menuDashes = [" - ", " – "]

    /// Longest credit, in characters, read after a dateline.
    static let maximumCreditChars = 60

    /// Openings (lower-case, with marks) of units and sources: a credit starting with one
    /// names no person.
    static let unitOpenings = [
        "ban", "sở", "phòng", "ủy ban", "ubnd", "hđnd", "ubmttq", "đảng ủy", "đảng bộ", "chi bộ",
        "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "trung tâm", "văn phòng", "hội",
        "công an", "báo", "đài", "cổng", "trang", "trường", "bệnh viện", "mặt trận", "liên đoàn",
        "cục", "tổng cục", "chi cục", "bộ", "viện", "đoàn thanh niên", "huyện đoàn", "tỉnh đoàn",
        "thành đoàn", "ttxvn", "bbt", "btg", "theo", "nguồn", "lượt xem",
    ]
    static let minimumNameWords = 2
    static let maximumNameWords = 5

    /// Classifies `line` (bullets already removed), or nil when it is not head furniture.
    static func classify(_ line: String) -> Line? {
        let content = line.squeezedSpaces
        guard !content.isEmpty else { return nil }
        // A menu bar may be longer than any other head line.
        guard content.hasAtMostCharacters(PlainTextCleaner.maximumHeadChars) else { return isMenu(line) ? .menu : nil }
        let folded = Folding.key(content)
        if let label = todayLabels.first(where: { folded.hasPrefix($0) }) {
            let rest = String(content.unicodeScalars.dropFirst(label.unicodeScalars.count))
                .drop(while: { $0.isWhitespace || ":,-".contains($0) })
            // The clock may share its line with links: "Hôm nay: Thứ Bảy, 21/09/2024 | Liên hệ".
            let clock = rest.split(separator: "|").first.map(String.init) ?? ""
            if dateline(clock) != nil || PageChrome.isCounter(content) { return .today }
        }
        if let (published, credit) = dateline(content) { return .dateline(published: published, credit: credit) }
        if let site = portalSite(content, folded: folded) { return .portal(site: site) }
        // Above the article only: under it a number alone is a table's cell.
        if PageChrome.isBareCount(content) { return .tool }
        return chrome(line)
    }

    /// The furniture `line` is, other than a dateline, "today" header or portal name.
    static func chrome(_ line: String) -> Line? {
        guard line.hasAtMostCharacters(PageChrome.maximumChromeChars) else { return isMenu(line) ? .menu : nil }
        let items = PageChrome.barItems(line)
        if PageChrome.isBar(items: items, of: PageChrome.navigationLabels) { return .navigation }
        // Tools printed one after another with no separator: "Màu chữ Cỡ chữ", "In bài viết Gửi bài viết".
        if PageChrome.isBar(items: items, of: PageChrome.toolAndNavigationLabels, allowingTiny: true) || isCounterAndToolBar(line)
            || items.count == 1 && mayBeGluedTools(line) && isToolRun(Folding.key(line))
            || PageChrome.isCounter(line) || PageChrome.isAttachment(line) || PageChrome.isFiling(line)
            || PageChrome.isFollowInvitation(line) || PageChrome.isBracketedButtons(line) || PageChrome.isWebAddress(line)
            || PageChrome.isAudioPlayer(line) {
            return .tool
        }
        if isMenu(line) { return .menu }
        if PageChrome.isBreadcrumb(line) { return .breadcrumb }
        if PageChrome.isWeather(line) { return .weather }
        if PageChrome.isColophon(line) { return .colophon }
        return nil
    }

    /// Brackets a portal may print around a dateline: "[Đăng ngày: 23/09/2018]".
    static let enclosingPairs: [(Character, Character)] = [("[", "]"), ("(", ")")]

    /// `line` without the brackets around it: "(28/05/2025 - 06:55)" → "28/05/2025 - 06:55".
    static func unbracketed(_ line: String) -> String {
        var content = line
        for (open, close) in enclosingPairs where content.first == open && content.last == close && content.count > 2 {
            content = String(content.dropFirst().dropLast()).trimmingSpaces
        }
        return content
    }

    /// The publication date and credit of a dateline: "Ngày đăng: 11/03/2021 09:15",
    /// "[Đăng ngày: 23/09/2018]", "T.H 12/06/2022 15:05" (a short credit before the date).
    static func dateline(_ line: String) -> (String, String?)? {
        guard mayHoldYear(line) else { return nil }
        var content = unbracketed(line.squeezedSpaces)
        // A dash as the bullet of a head list: "- Được đăng: Thứ bảy, 19 Tháng 2 2022 08:54".
        if content.hasPrefix("- ") || content.hasPrefix("– ") { content = String(content.dropFirst(2)) }
        if let stamp = withoutLeadingPrintTool(content) { content = stamp }
        if let stamp = withoutTrailingCategory(content) { content = stamp }
        if let found = labelledDateline(content) { return found }
        if let stamp = withoutTrailingTools(content), let found = labelledDateline(unbracketed(stamp)) { return found }
        if let stamp = withoutTrailingCounter(content), let found = labelledDateline(unbracketed(stamp)) { return found }
        if let stamp = withoutLeadingCounter(content), let found = labelledDateline(unbracketed(stamp)) { return found }
        if let spaced = withCreditUnglued(content) { return dateline(spaced) }
        if let stamp = afterSubmitter(content), let (published, trailing) = labelledDateline(stamp), trailing == nil {
            return (published, nil)
        }
        if let (credit, stamp) = leadingCredit(content), let (published, trailing) = labelledDateline(stamp),
           trailing == nil {
            return (published, credit)
        }
        if let stamp = afterSourceTag(content), let (published, trailing) = labelledDateline(stamp), trailing == nil {
            return (published, nil)
        }
        return creditedDateline(content) ?? piecedDateline(content)
    }

    /// Separators between the pieces of a dateline's line: "Tin: Minh An - Ảnh: Quốc Vũ |
    /// 14/03/2022", "Ngày 14/03/2022 / Lượt xem: 312", "Đăng ngày 14/03/2022 bởi Minh An",
    /// "Đăng bởi Minh An vào lúc 15:20 14/03/2022", "Posted on 14/03/2022 by admin",
    /// "Đăng ngày 19 tháng 5 năm 2025 · 1.032 lượt xem", "26/3/2025, 14h20 • Đảng - Đoàn thể",
    /// "Người đăng: Ban Biên tập — Ngày: 28/08/2025 — Đã xem: 96".
    static let pieceSeparators = [" | ", " - ", " – ", " — ", " / ", " · ", " • ", " bởi ", " by ", " vào ", " ("]
    /// ``pieceSeparators`` with the first scalar of each that is no space.
    static let pieceSeparatorMarks: [(separator: String, mark: Unicode.Scalar)] = pieceSeparators.compactMap { separator in
        separator.unicodeScalars.first { $0 != " " }.map { (separator, $0) }
    }
    /// Labels (folded, with their colon) a DNN or custom portal prints on the dateline's
    /// line with no separator before them: "Đăng lúc: 14/03/2022 15:20 Tác giả: Minh An
    /// Lượt đọc: 312"; each opens a piece.
    static let gluedPieceLabels = [
        " tac gia:", " nguoi viet:", " nguoi dang:", " dang boi:", " luot doc:", " luot xem:", " so luot xem:",
        " nguon:", " co chu:",
    ]
    static let gluedPieceLabelsLongestFirst = gluedPieceLabels.sorted { $0.count > $1.count }
    /// Separators after which a piece names the poster, with no label of its own.
    static let posterSeparators: Set<String> = [" bởi ", " by "]
    /// Labels (folded) of the writers or photographers a dateline's piece credits, with the
    /// byline prefixes of ``Signature/bylinePrefixes``: "Ảnh: Quốc Vũ", "Viết bởi Minh An".
    static let writerLabels = ["anh:", "dang boi", "nguoi viet", "tac gia", "written by", "posted by"]
    /// ``writerLabels`` and the byline prefixes (but the bare "by", a separator here).
    static let pieceWriterLabels = writerLabels + Signature.bylinePrefixes.filter { $0 != "by" }
    /// Short tools (folded) a dateline's line may end with, besides ``PageChrome/toolLabels``
    /// and ``datelineToolWords``: "14/03/2022, 15:20 | Xem: 312 | In | Gửi".
    static let pieceTools: Set<String> = ["in", "gui", "print"]
    /// Notes (folded) a live page prints beside its stamp: "16/05/2025 07:58 (Cập nhật liên tục)",
    /// "(Đang cập nhật)", and the live tags of ``TitleText/liveTags`` ("(Trực tiếp)").
    static let liveNotes: Set<String> = TitleText.liveTags.union(["cap nhat lien tuc", "dang cap nhat"])
    /// Sections (folded) a portal prints beside the stamp, as pieces of the dateline's line
    /// (a section's own " - " splits it): "26/3/2025, 14h20 • Đảng - Đoàn thể • 1.205 lượt xem",
    /// "Học tập và làm theo Bác | 12/05/2025".
    static let datelineSections: Set<String> = [
        "doan the", "dang doan the", "tin tuc", "tin hoat dong", "tin noi bat", "tin tong hop", "su kien", "hoat dong",
        "hoc tap va lam theo bac", "hoc tap va lam theo loi bac", "lam theo loi bac", "guong dien hinh",
        "guong sang", "nguoi tot viec tot", "dien hinh tien tien", "xay dung dang", "cong tac dang",
    ]
    /// Most pieces of a dateline's line.
    static let maximumPieces = 6

    /// A dateline whose stamp shares its line with credits, tools and counters, each its own
    /// piece between ``pieceSeparators``: the date and the writers named (a poster's login,
    /// a unit or a section gives none), or nil when a piece is none of these.
    static func piecedDateline(_ line: String) -> (String, String?)? {
        guard line.utf8.count <= maximumCounterLineBytes, mayHoldYear(line) else { return nil }
        var pieces: [Substring] = []
        var separators: [String] = []
        var rest = Substring(withGluedLabelsApart(line))
        // The separators the line holds a mark of, each looked for with Foundation only then.
        let present = pieceSeparatorMarks.filter { rest.unicodeScalars.contains($0.mark) }.map(\.separator)
        while let (range, separator) = present.compactMap({ separator in
            rest.range(of: separator).map { ($0, separator) }
        }).min(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            pieces.append(rest[..<range.lowerBound])
            separators.append(separator)
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        guard pieces.count >= 2, pieces.count <= maximumPieces else { return nil }
        for start in pieces.indices {
            // The longest stamp first: "28/05/2025 - 06:55" keeps its time.
            for end in (start..<pieces.count).reversed() where start > 0 || end < pieces.count - 1 {
                var stamp = String(pieces[start])
                for index in start..<end { stamp += separators[index] + pieces[index + 1] }
                guard let (published, trailing) = labelledDateline(stamp.trimmingSpaces), trailing == nil else { continue }
                var writers: [String] = []
                let others = Array(pieces.indices.filter { $0 < start || $0 > end })
                let credited = others.allSatisfy { index in
                    let afterPoster = index > 0 && posterSeparators.contains(separators[index - 1])
                    let piece = String(pieces[index]).trimmingSpaces
                    // "Nguồn: Ban Thi đua - Khen thưởng": a source's unit whose name holds a dash.
                    if index > 0, !(start...end).contains(index - 1), separators[index - 1] == " - ",
                       isSource(String(pieces[index - 1]).trimmingSpaces), isNameField(piece), author(inCredit: piece) == nil {
                        return true
                    }
                    return readPiece(piece, afterPoster: afterPoster, into: &writers)
                }
                guard credited else { continue }
                let credit = writers.isEmpty ? nil : writers.joined(separator: ", ")
                // An update stamped first, the publication after it: "Ngày cập nhật 03/12/2025 |
                // Ngày đăng 01/12/2025 | Số lần xem: 88" was published on the 1st.
                if isUpdateLabelled(stamp), let later = others.first(where: { $0 > end && isPublicationStamp(String(pieces[$0])) }),
                   let (date, _) = labelledDateline(String(pieces[later]).trimmingSpaces) {
                    return (date, credit)
                }
                return (published, credit)
            }
        }
        return nil
    }

    /// `line` with " | " before each of its ``gluedPieceLabels`` that follows no separator.
    static func withGluedLabelsApart(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: ":")) else { return line }
        let folded = Folding.key(line)
        guard folded.count == line.count else { return line }
        // Each label's place, the longer label winning where two overlap (" so luot xem:" over " luot xem:").
        var found: [Range<Int>] = []
        for label in gluedPieceLabelsLongestFirst {
            var searchStart = folded.startIndex
            while let range = folded.range(of: label, range: searchStart..<folded.endIndex) {
                let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
                let span = offset..<(offset + label.count)
                if !found.contains(where: { $0.overlaps(span) }) { found.append(span) }
                searchStart = range.upperBound
            }
        }
        let cuts = found.map(\.lowerBound).filter { offset in
            let before = folded[folded.index(folded.startIndex, offsetBy: max(0, offset - 1))]
            return offset > 0 && before != "|" && before != "-" && before != "/"
        }
        guard !cuts.isEmpty else { return line }
        var result = ""
        var previous = 0
        let characters = Array(line)
        for cut in cuts.sorted() {
            result += String(characters[previous..<cut]) + " |"
            previous = cut
        }
        return result + String(characters[previous...])
    }

    /// True when `piece` names a source: "Nguồn: Ban Thi đua", "Theo Báo Bình Phước".
    static func isSource(_ piece: String) -> Bool {
        let folded = Folding.key(piece)
        return Signature.sourcePrefixes.contains { folded.hasPrefix($0) }
    }

    /// True when `piece` may be one field of a unit's name: one to four words, the first
    /// capitalised, no digit, no label ("Khen thưởng", "Thương binh và Xã hội").
    static func isNameField(_ piece: String) -> Bool {
        let words = piece.split(separator: " ")
        return (1...4).contains(words.count) && words[0].first?.isUppercase == true
            && !piece.contains(where: { $0.isNumber || $0 == ":" })
    }

    /// True when `piece` of a dateline's line is a credit, a tool or a counter; appends the
    /// writers it names to `writers`.
    static func readPiece(_ piece: String, afterPoster: Bool, into writers: inout [String]) -> Bool {
        // A piece in parentheses: "14/03/2022 15:20 (Xem: 312)". Labels are dropped by their
        // scalars, so the piece is NFC first (pages may print decomposed Vietnamese).
        var piece = Normalization.nfc(piece)
        if piece.last == ")" && !piece.contains("(") { piece.removeLast() }
        guard !piece.isEmpty, piece.count <= maximumCreditChars else { return piece.isEmpty }
        let folded = Folding.key(piece)
        // Account links and language switches make the portal's clock: "Thứ Hai, 26/05/2025 | Đăng nhập | English".
        if PageChrome.navigationLabels.contains(folded) { return false }
        // A later stamp of its own: "Ngày đăng: 12/05/2025 | Cập nhật: 14/05/2025 08:10", "Đăng ngày
        // 24/05/2025 - Cập nhật 27/05/2025 15:02"; the first one dates the article.
        if opensWithColonLabel(piece) || isLabelled(piece), let (_, trailing) = labelledDateline(piece), trailing == nil {
            return true
        }
        if PageChrome.isCounter(piece) || isToolRun(folded) || liveNotes.contains(folded) { return true }
        if datelineSections.contains(folded) { return true }
        if isSource(piece) { return true }
        if let label = pieceWriterLabels.first(where: { folded.hasPrefix($0) }) {
            let value = String(piece.unicodeScalars.dropFirst(label.unicodeScalars.count))
                .drop(while: { $0 == " " || $0 == ":" })
            if let writer = author(inCredit: String(value)) { writers.append(writer) }
            return true
        }
        if posterLabels.contains(where: { folded.hasPrefix($0 + ":") || folded.hasPrefix($0 + " :") }) { return true }
        if afterPoster {
            // "… bởi Biên tập viên THTV": the newsroom's role; "… bởi Phóng viên Minh An" names the writer.
            if let role = posterRoles.first(where: { folded == $0 || folded.hasPrefix($0 + " ") }) {
                let rest = String(piece.unicodeScalars.dropFirst(role.unicodeScalars.count)).trimmingSpaces
                if !rest.isEmpty, let writer = author(inCredit: rest), writer.contains(" ") { writers.append(writer) }
                return true
            }
            // "… bởi admin", "… by Minh An": a login or a name ("… bởi mưa lớn" is neither).
            if let writer = author(inCredit: piece) {
                writers.append(writer)
                return true
            }
            return piece.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " }
        }
        // A unit: its opening and a capitalised name, "Ban Tuyên giáo", "Văn phòng Huyện ủy"
        // ("Hội nghị …" is a headline's start).
        let lower = Normalization.field(piece).lowercased()
        if let unit = unitOpenings.first(where: { lower == $0 || lower.hasPrefix($0 + " ") }) {
            let name = piece.unicodeScalars.dropFirst(unit.unicodeScalars.count + 1)
            return name.isEmpty || name.first.map { Character($0).isUppercase } == true
        }
        // A bare name or section: "Minh An - Thứ Hai, 14/03/2022", "Tây Nguyên - 07:00, …".
        let words = piece.split(separator: " ")
        guard words.count <= maximumLeadingCreditWords,
              words.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
              !Signature.isHeading(piece) else { return false }
        if isLeadingCreditName(piece) && piece.contains(where: \.isLowercase) && !PageChrome.regionsAndSections.contains(folded) {
            writers.append(piece)
        }
        return true
    }

    /// True when folded `piece` is tools only, one after another, colons dropped: "in",
    /// "co chu: a a a in bai", "a- a a+ chia se".
    static func isToolRun(_ piece: String) -> Bool {
        if isTool(piece) { return true }
        let words = piece.split(whereSeparator: { $0 == " " || $0 == ":" })
        guard !words.isEmpty, words.count <= maximumToolRunWords else { return false }
        var index = 0
        while index < words.count {
            guard let length = (1...min(4, words.count - index)).reversed().first(where: { length in
                isTool(words[index..<(index + length)].joined(separator: " "))
            }) else { return false }
            index += length
        }
        return true
    }

    /// True when the folded phrase is one tool: ``PageChrome/toolLabels``, ``datelineToolWords`` or ``pieceTools``.
    static func isTool(_ phrase: String) -> Bool {
        PageChrome.toolLabels.contains(phrase) || datelineToolWords.contains(phrase) || pieceTools.contains(phrase)
    }

    /// The pieces of a dateline's line that credit writers with their label, as printed
    /// ("Người viết: Trần Thị Kim Phượng"), joined by " | "; nil when none does.
    static func writerPieces(of line: String) -> String? {
        let pieces = withGluedLabelsApart(line).components(separatedBy: " | ").map(\.trimmingSpaces).filter { piece in
            let folded = Folding.key(piece)
            return pieceWriterLabels.contains { folded.hasPrefix($0) } && piece.hasAtMostCharacters(maximumCreditChars)
        }
        return pieces.isEmpty ? nil : pieces.joined(separator: " | ")
    }

    /// True when `line` is a counter and tools between "|" or runs of spaces: "Lượt xem: 386 |
    /// In | Gửi email", "Lượt xem: 231   [A-] [A+]   [In]" (tools in brackets).
    static func isCounterAndToolBar(_ line: String) -> Bool {
        // A counter has digits, and the bar a "|" or a double space: most lines have neither and are not split.
        guard line.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        let pieces: [String]
        if line.utf8.contains(UInt8(ascii: "|")) {
            pieces = line.split(separator: "|").map { String($0).trimmingSpaces }
        } else if line.contains("  ") {
            pieces = line.components(separatedBy: "  ").map(\.trimmingSpaces).filter { !$0.isEmpty }
        } else {
            return false
        }
        guard pieces.count >= 2, pieces.contains(where: PageChrome.isCounter) else { return false }
        return pieces.allSatisfy { piece in
            PageChrome.isCounter(piece) || isToolRun(Folding.key(piece).filter { $0 != "[" && $0 != "]" })
        }
    }

    /// Most characters of a line of tools printed with no separator.
    static let maximumGluedToolChars = 48

    /// True when `line` is short and opens with a word some tool opens with (``toolOpeners``):
    /// the cheap test before ``isToolRun(_:)`` reads a line as tools glued together.
    static func mayBeGluedTools(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(maximumGluedToolChars) else { return false }
        let first = line.prefix { $0 != " " }
        return toolOpeners.contains(Folding.key(String(first)))
    }

    /// The first words (folded) of every tool ``isTool(_:)`` knows.
    static let toolOpeners: Set<String> = Set(PageChrome.toolLabels.union(datelineToolWords).union(pieceTools)
        .compactMap { $0.split(separator: " ").first.map(String.init) })

    /// Most words of a run of tools on a dateline's line.
    static let maximumToolRunWords = 12

    /// Words (folded) of the icons and tools a page prints on its dateline's line, besides
    /// ``PageChrome/toolLabels``: "Thứ Năm, 16/05/2024, 05:30 CH Cỡ chữ Màu chữ image",
    /// "20/10/2023 08:15 In bài Chia sẻ".
    static let datelineToolWords: Set<String> = ["mau chu", "mau nen", "image", "icon", "anh", "a", "a+", "a-", "goc"]

    /// Print buttons (as printed) a print view puts before its date: "Print Thứ Tư, 14/05/2025 08:22 Gốc".
    static let leadingPrintTools = ["Print ", "In bài ", "In trang ", "In "]

    /// `line` without a print button before its weekday or date, or nil.
    static func withoutLeadingPrintTool(_ line: String) -> String? {
        guard let tool = leadingPrintTools.first(where: { line.hasPrefix($0) }) else { return nil }
        let rest = String(line.dropFirst(tool.count))
        guard let first = rest.first, first.isNumber || isWeekday(Folding.key(String(rest.prefix(8)))) else { return nil }
        return rest
    }

    /// `line` without the tools printed after its date and time, when words of
    /// ``PageChrome/toolLabels`` or ``datelineToolWords`` end it with no separator; else nil.
    static func withoutTrailingTools(_ line: String) -> String? {
        let words = line.split(separator: " ")
        var cut = words.count
        var position = words.count
        // Labels of up to three words, matched from the end.
        while position > 1 {
            var matched = 0
            for length in stride(from: min(3, position - 1), through: 1, by: -1) {
                let phrase = Folding.key(words[(position - length)..<position].joined(separator: " "))
                if PageChrome.toolLabels.contains(phrase) || datelineToolWords.contains(phrase) {
                    matched = length
                    break
                }
            }
            guard matched > 0 else { break }
            position -= matched
            cut = position
        }
        guard cut < words.count, cut > 0 else { return nil }
        return words[..<cut].joined(separator: " ")
    }

    /// `line` without a view counter printed after its date and time with no separator
    /// ("09/06/2023 17:30 Số lượt xem: 155", "20/10/2023 08:15 155 lượt xem"); else nil.
    static func withoutTrailingCounter(_ line: String) -> String? {
        // The stamp opens the line: its first byte is a digit or a letter of a label or weekday,
        // and a counter's words are few.
        guard line.utf8.count <= maximumCounterLineBytes else { return nil }
        let words = line.split(separator: " ")
        guard words.count >= 3, words.count <= maximumCounterLineWords else { return nil }
        for cut in 1..<words.count
        where words[cut].first?.isLetter == true || words[cut].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) {
            let tail = words[cut...].joined(separator: " ")
            if PageChrome.isCounter(tail) { return words[..<cut].joined(separator: " ") }
        }
        return nil
    }

    /// Words (lower case) one of which a view counter opening a dateline's line prints: "Số
    /// lượt xem 1873", "Lượt đọc: 312", "Views 95", "Lượt truy cập 1.204".
    static let leadingCounterWords = ["xem", "đọc", "view", "truy cập"]

    /// `line` after a view counter that opens it with no separator, the number perhaps glued
    /// to the stamp's label: "Số lượt xem 1873Ngày cập nhật 27/05/2025" gives "Ngày cập nhật
    /// 27/05/2025". Nil when no counter of two words or more, ending in a number, opens the line.
    static func withoutLeadingCounter(_ line: String) -> String? {
        guard line.utf8.count <= maximumCounterLineBytes, line.first?.isLetter == true else { return nil }
        let lower = line.lowercased()
        guard leadingCounterWords.contains(where: { lower.contains($0) }) else { return nil }
        var spaced = ""
        var previous: Character = " "
        for character in line {
            if previous.isNumber, character.isUppercase { spaced.append(" ") }
            spaced.append(character)
            previous = character
        }
        let words = spaced.split(separator: " ")
        guard words.count >= 3, words.count <= maximumCounterLineWords else { return nil }
        for cut in 2..<words.count where words[cut - 1].last?.isNumber == true {
            if PageChrome.isCounter(words[..<cut].joined(separator: " ")) { return words[cut...].joined(separator: " ") }
        }
        return nil
    }

    /// Labels (folded, with their colon) of the section a page prints after its date on
    /// the dateline's line: "Đăng ngày: 15/05/2025 | 10:20   Chuyên mục: Thời sự".
    static let trailingCategoryLabels = [" chuyen muc:", " danh muc:", " the loai:"]

    /// `line` cut before a section label printed after its stamp, or nil.
    static func withoutTrailingCategory(_ line: String) -> String? {
        let folded = Folding.key(line)
        guard folded.count == line.count,
              let range = trailingCategoryLabels.lazy.compactMap({ folded.range(of: $0) }).first else { return nil }
        var kept = String(line.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound)))
        while let last = kept.last, last == "|" || last == " " || last == "-" { kept.removeLast() }
        return kept.isEmpty ? nil : kept
    }

    /// A credit glued to its stamp, "Trần Minh Khoa20/05/2025 4:12 PM", with a space put
    /// between the letter and the digit; nil when no short credit is glued so.
    static func withCreditUnglued(_ line: String) -> String? {
        guard line.first?.isUppercase == true else { return nil }
        // The credit is a name: capitalised words up to the first digit, glued to its last letter.
        let prefix = line.prefix(maximumCreditChars).prefix { !$0.isNumber }
        guard let next = line.dropFirst(prefix.count).first, next.isNumber, let last = prefix.last, last.isLetter
        else { return nil }
        let words = prefix.split(separator: " ")
        guard (minimumNameWords...maximumNameWords).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return String(prefix) + " " + String(line.dropFirst(prefix.count))
    }

    /// Tools (folded) a page prints at the end of its headline's line: "… giai đoạn mới In trang".
    static let headlineTools: [String] = ["in trang", "in bai viet", "gui bai viet"]

    /// `headline` without a print or send tool glued to its end, when four words or more remain.
    static func withoutPrintTools(_ headline: String) -> String {
        let folded = Folding.key(headline)
        guard folded.count == headline.count,
              let tool = headlineTools.first(where: { folded.hasSuffix(" " + $0) }) else { return headline }
        let kept = String(headline.dropLast(tool.count + 1)).trimmingSpaces
        return kept.split(separator: " ").count >= 4 ? kept : headline
    }

    /// Longest line, in UTF-8 bytes and in words, read for a stamp followed by a view counter.
    static let maximumCounterLineBytes = 160
    static let maximumCounterLineWords = 14

    /// Words (folded) that follow the poster's login on a CMS's dateline: "quantri gửi vào T5, 2015-04-02 14:47".
    static let submitterWords = " gui vao "

    /// The stamp after a login and ``submitterWords``, or nil.
    static func afterSubmitter(_ line: String) -> String? {
        guard line.contains(" gửi vào ") || line.contains(" Gửi vào ") else { return nil }
        let folded = Folding.key(line)
        guard let range = folded.range(of: submitterWords),
              folded.distance(from: folded.startIndex, to: range.lowerBound) <= maximumCreditChars,
              folded[..<range.lowerBound].split(separator: " ").count <= maximumLeadingCreditWords else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: range.upperBound)
        guard line.count == folded.count else { return nil }
        return String(line.dropFirst(offset))
    }

    /// The stamp after a newspaper's tag in capitals and a dash, "QPTD -Thứ Tư, 25/10/2017,
    /// 08:26 (GMT+7)", "(BNĐ) - 14/03/2025 08:30": the paper, not a writer, so no credit.
    static func afterSourceTag(_ line: String) -> String? {
        guard let first = line.first, first == "(" || first.isUppercase else { return nil }
        let text = AnalyzedText(line)
        guard let match = sourceTagPattern.match(in: text, at: 0),
              !text.slice(match.range).contains(where: \.isLowercase) else { return nil }
        return text.slice(match.range.upperBound..<text.count)
    }

    /// A newspaper's tag before its stamp, folded: two to eight capitals, perhaps in parentheses, then a dash.
    static let sourceTagPattern = Pattern(#"^\(?[a-z]{2,8}\)?\s*[-–]\s*"#)

    /// A numeric date and a clock ending a line after a space, folded: " 07/12/2025 07:02".
    static let trailingStampPattern = Pattern(#"\s[0-3]?[0-9]/[01]?[0-9]/(?:19|20)[0-9]{2}\s+[0-2]?[0-9]:[0-5][0-9]\s*$"#)
    /// Fewest words of a headline that prints an unbracketed stamp at its end.
    static let minimumStampedHeadlineWords = 4

    /// A headline that prints its own date and time at its end, "Hội nghị báo cáo viên quý I
    /// (08:30 14/03/2025)", "… [12/03/2024]": the headline and the stamp, or nil.
    static func headlineAndStamp(_ line: String) -> (headline: String, stamp: String)? {
        guard mayHoldYear(line) else { return nil }
        // Unbracketed: "Tôn vinh 27 điển hình … khu vực phía Nam 07/12/2025 07:02".
        if line.last?.isNumber == true, case let text = AnalyzedText(line), let match = trailingStampPattern.matches(in: text).last {
            let headline = text.slice(0..<match.range.lowerBound).trimmingSpaces
            guard headline.split(separator: " ").count >= minimumStampedHeadlineWords,
                  headline.last.map({ !".:;,".contains($0) }) == true else { return nil }
            return (headline, text.slice(match.range).trimmingSpaces)
        }
        guard let close = line.last, close == ")" || close == "]",
              let open = line.lastIndex(of: close == ")" ? "(" : "[") else { return nil }
        let headline = String(line[..<open]).trimmingSpaces
        let stamp = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        guard headline.split(separator: " ").count >= 2, isStamp(stamp) else { return nil }
        return (headline, stamp)
    }

    /// Labels (folded) of the poster or author a portal prints beside the date, with their
    /// own colon: "Người đăng: Admin | Ngày: 20/10/2023", "Đăng bởi: Ban Dân vận - 09/11/2023 09:35 AM".
    static let posterLabels = ["nguoi dang", "dang boi", "nguoi viet", "tac gia", "bien tap", "posted by"]
    /// Newsroom roles (folded) a page names as the poster after "bởi"/"by", alone, before the
    /// site's name or before the writer's: "bởi Biên tập viên THTV", "by Ban biên tập", "bởi
    /// Quản trị viên", "bởi Phóng viên Minh An", "bởi BTV", "by Editor".
    static let posterRoles = ["bien tap vien", "ban bien tap", "quan tri vien", "quan tri", "phong vien", "btv", "editor"]

    /// A dateline whose stamp follows a labelled poster ("Người đăng: Admin | Ngày: 20/10/2023"):
    /// the line cut at " | " or " - " into a poster piece, short and labelled, and a stamp alone.
    static func creditedDateline(_ line: String) -> (String, String?)? {
        // The stamp first, then labelled poster and counter pieces: "Ngày đăng: 19/05/2025 |
        // Người đăng: Phòng Nghiệp vụ | Lượt xem: 527".
        let pieces = line.components(separatedBy: " | ").map(\.trimmingSpaces)
        if pieces.count >= 2, pieces.count <= 4, let (published, trailing) = labelledDateline(pieces[0]), trailing == nil,
           pieces.dropFirst().allSatisfy({ piece in
               PageChrome.isCounter(piece) || posterLabels.contains { Folding.key(piece).hasPrefix($0 + ":") }
           }) {
            return (published, nil)
        }
        for separator in [" | ", " - ", " – "] {
            var pieces = line.components(separatedBy: separator).map(\.trimmingSpaces)
            // A view counter after the stamp: "Đăng bởi: Phòng X | 12/06/2024 - 16:05 | 384 lượt xem".
            if pieces.count == 3, PageChrome.isCounter(pieces[2]) { pieces.removeLast() }
            guard pieces.count == 2, pieces[0].count <= maximumCreditChars else { continue }
            let poster = Folding.key(pieces[0])
            guard posterLabels.contains(where: { poster.hasPrefix($0 + ":") || poster.hasPrefix($0 + " :") }),
                  let (published, trailing) = labelledDateline(pieces[1]), trailing == nil else { continue }
            return (published, nil)
        }
        return nil
    }

    /// ``dateline(_:)`` of a line that opens with its label, weekday, time or date.
    static func labelledDateline(_ line: String) -> (String, String?)? {
        guard mayHoldYear(line) else { return nil }
        let text = AnalyzedText(line)
        guard let match = datelinePattern.match(in: text, at: 0) else { return nil }
        let creditRange = match[2]
        let stamp = text.slice(0..<(creditRange?.lowerBound ?? text.count))
        guard let published = PublishedDate.fromPrintedText(stamp) else { return nil }
        let credit = creditRange.map { text.slice($0).trimmingSpaces }
        if let credit, credit.count > maximumCreditChars { return nil }
        // "13/09/2024 - 14:30 Minh Anh": the stamp's own time is no credit. Counters or tools
        // after the time ("28/05/2025 - 06:55 Lượt xem: 241") are left to the readings that drop them.
        if let credit, credit.first?.isNumber == true {
            let creditText = AnalyzedText(credit)
            if let clock = clockOpening.match(in: creditText, at: 0) {
                let rest = creditText.slice(clock.range.upperBound..<creditText.count).trimmingSpaces
                guard let timed = PublishedDate.fromPrintedText(stamp + " " + creditText.slice(clock.range)) else { return nil }
                if rest.isEmpty { return (timed, nil) }
                if PageChrome.isCounter(rest) || isToolRun(Folding.key(rest)) || rest.contains(":") { return nil }
                return (timed, rest)
            }
        }
        return (published, credit)
    }

    /// A clock time opening a text, folded.
    static let clockOpening = Pattern(time + #"(?![0-9])"#)

    /// False when `line` holds no run of four ASCII digits opening with 19 or 20 and no
    /// "/MM/YY " or "/M/YY " of a two-digit year: every ``date`` ends with such a year, and the folded
    /// text the pattern reads has the line's ASCII digits where the line has them (squeezing
    /// spaces or stripping brackets joins no digits), so the line can be no dateline. Spares
    /// most lines the pattern.
    static func mayHoldYear(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            var index = 0
            while index + 3 < bytes.count {
                let first = bytes[index]
                if (first == 0x31 && bytes[index + 1] == 0x39 || first == 0x32 && bytes[index + 1] == 0x30)
                    && bytes[index + 2] &- 0x30 < 10 && bytes[index + 3] &- 0x30 < 10 {
                    return true
                }
                if first == 0x2F, index >= 2, bytes[index - 2] == 0x2F || (index >= 3 && bytes[index - 3] == 0x2F),
                   bytes[index + 1] &- 0x30 < 10, bytes[index + 2] &- 0x30 < 10, bytes[index + 3] == 0x20 {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Most words of a credit printed before the date ("N.H 18/03/2022 16:40", "BĐT 11/04/2025 06:43").
    static let maximumLeadingCreditWords = 4

    /// A byline printed before the date, and the rest of the line: initials or a name in
    /// capitals, with dots, or a capitalised person's name; never a label or weekday.
    static func leadingCredit(_ line: String) -> (String, String)? {
        guard let digit = line.firstIndex(where: { $0.isASCII && $0.isNumber }), digit > line.startIndex else { return nil }
        // "Kim Thoa · Thứ Sáu, 07/11/2025 09:24 (GMT+7)": a writer, a middle dot, the stamp.
        if let dot = line[..<digit].firstIndex(of: "·") {
            let writer = String(line[..<dot]).trimmingSpaces
            // A section in capitals ("THỜI SỰ · …") is no writer.
            if isLeadingCreditName(writer), writer.contains(where: \.isLowercase) {
                return (writer, String(line[line.index(after: dot)...]).trimmingSpaces)
            }
        }
        var credit = String(line[..<digit]).trimmingSpaces
        if isLeadingCreditName(credit) { return (credit, String(line[digit...])) }
        // "PV - 10:56, 18/12/2020": initials (one word, or with dots), a dash, the stamp (a
        // place or a section before the dash, "Tây Nguyên - 07:00, …", "XÂY DỰNG ĐẢNG - 07:00,
        // …", "HÀ NỘI - …", is no writer).
        if let last = credit.last, last == "-" || last == "–" || last == "|" {
            let writer = String(credit.dropLast()).trimmingSpaces
            if !writer.contains(where: \.isLowercase) && !writer.contains(" ") || writer.contains("."),
               isLeadingCreditName(writer) {
                return (writer, String(line[digit...]))
            }
        }
        // Two writers before the stamp: "Thu Hằng và Hoàng Gia - 07:00, 04/12/2024" (a place or
        // a section before " - " is no writer).
        guard credit.contains(" và ") else { return nil }
        if credit.hasSuffix(" -") || credit.hasSuffix(" –") { credit = String(credit.dropLast(2)).trimmingSpaces }
        guard creditNames(credit).allSatisfy(isLeadingCreditName) else { return nil }
        return (credit, String(line[digit...]))
    }

    /// Folded weekday words after "thu" ("Thứ Hai", "Thứ 5"); "Thu Hằng" is a name.
    static let weekdayWords: Set<String> = ["hai", "ba", "tu", "nam", "sau", "bay", "2", "3", "4", "5", "6", "7"]

    /// True when folded `text` opens with a weekday ("thu hai", "thu 5").
    static func isWeekday(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2)
        return words.count >= 2 && words[0] == "thu" && weekdayWords.contains(String(words[1]).trimmingCharacters(in: .punctuationCharacters))
    }

    /// The names of a credit of one or more writers joined by " và ", ", " or " - ".
    static func creditNames(_ credit: String) -> [String] {
        var names = [credit]
        for joiner in [" và ", ", ", " - ", " – "] {
            names = names.flatMap { $0.components(separatedBy: joiner) }
        }
        return names.map(\.trimmingSpaces)
    }

    /// True when `credit` reads as one writer's credit before a date: initials or a name in
    /// capitals, with dots, or a capitalised person's name; never a label or weekday.
    static func isLeadingCreditName(_ credit: String) -> Bool {
        let words = credit.split(separator: " ")
        guard !words.isEmpty, words.count <= maximumLeadingCreditWords,
              words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return false }
        let folded = Folding.key(credit)
        if dateLabels.contains(where: { folded.hasPrefix($0) }) || isWeekday(folded) || folded.hasPrefix("chu nhat") {
            return false
        }
        let capitals = !credit.contains(where: \.isLowercase)
        return capitals || credit.contains(".") || Signature.author(in: credit, requireStyle: true) != nil
    }

    /// True when `line` opens with a date label and a colon ("Đăng ngày: 22/01/2025", "Cập nhật: …").
    static func opensWithColonLabel(_ line: String) -> Bool {
        // Only U+003A folds to ":" (``Folding/ascii(_:)``): a line without one has no label's colon.
        guard line.utf8.contains(UInt8(ascii: ":")) else { return false }
        return openingLabels(of: line).contains { label, rest in label != "date" && rest.drop(while: { $0 == " " }).first == ":" }
    }

    /// ``dateLabels`` that name the publication itself, not an update: "Ngày xuất bản:", "Ngày đăng:".
    static let publicationLabels: Set<String> = ["ngay xuat ban", "ngay dang tai", "ngay dang", "dang ngay", "ngay phat hanh", "published on"]

    /// ``dateLabels`` of an update, not the publication: "Ngày cập nhật", "Sửa đổi lần cuối".
    static let updateLabels = Set([
        "ngay cap nhat", "cap nhat luc", "cap nhat ngay", "cap nhat", "thoi gian cap nhat", "updated on", "updated",
    ] + lastEditLabels)

    /// True when `piece` opens with one of ``updateLabels``.
    static func isUpdateLabelled(_ piece: String) -> Bool {
        openingLabels(of: piece.trimmingSpaces).contains { updateLabels.contains($0.label) }
    }

    /// True when `piece` opens with one of ``publicationLabels``, with or without its colon,
    /// and prints a date: "Ngày đăng 01/12/2025".
    static func isPublicationStamp(_ piece: String) -> Bool {
        let piece = piece.trimmingSpaces
        return openingLabels(of: piece).contains { publicationLabels.contains($0.label) } && isStamp(piece)
    }

    /// True when `line` opens with one of ``publicationLabels`` and its colon (``openingLabels(of:droppingBrackets:)``).
    static func isPublicationLabelled(_ line: String) -> Bool {
        openingLabels(of: line).contains { label, rest in
            publicationLabels.contains(label) && rest.drop(while: { $0 == " " }).first == ":"
        }
    }

    /// True when `line` opens with a date label ("Ngày đăng:", "[Cập nhật lúc …"), not only a weekday or date.
    static func isLabelled(_ line: String) -> Bool {
        !openingLabels(of: line, droppingBrackets: true).isEmpty
    }

    /// True when `line` opens with a date label or holds a piece that does, after a credit:
    /// "Tác giả: Hồng Nhung - Ngày đăng: 07/06/2025 11:20".
    static func holdsLabelledStamp(_ line: String) -> Bool {
        if isLabelled(line) { return true }
        guard line.utf8.count <= maximumCounterLineBytes, mayHoldYear(line) else { return false }
        return [" | ", " - ", " – ", " — "].contains { separator in
            TitleText.components(line, separatedBy: separator).dropFirst().contains { isLabelled($0.trimmingSpaces) }
        }
    }

    /// The ``dateLabels`` `line` opens with, folded, each with the folded text after it; the
    /// bare "ngay" only with its colon ("Ngày: 28/08/2025", not "Ngày 12/5, …").
    static func openingLabels(of line: String, droppingBrackets: Bool = false) -> [(label: String, rest: Substring)] {
        var folded = Substring(Folding.key(line.squeezedSpaces))
        if droppingBrackets { folded = folded.drop(while: { $0 == "[" || $0 == "(" }) }
        // The fold is ASCII (one byte a Character but for CR LF, which no label holds): its
        // bytes compare as its Characters.
        return dateLabels.filter { folded.utf8.starts(with: $0.utf8) }.map { ($0, folded.dropFirst($0.count)) }
            .filter { $0.label != "ngay" || $0.rest.drop(while: { $0 == " " }).first == ":" }
    }

    /// True when `text` is a date stamp alone: "22/07/2024", "18/08/2016 10:12:00 AM",
    /// "03:10 PM 20/03/2023", "Thứ Hai, 13/05/2019".
    static func isStamp(_ text: String) -> Bool {
        guard let (_, credit) = labelledDateline(text.squeezedSpaces) else { return false }
        return credit == nil
    }

    /// A line that prints only a time, under a date line: "16:02 (GMT +7)".
    static let timeLinePattern = Pattern("^\\s*" + time + #"(?:\s*"# + zone + #")?\s*$"#)

    /// True when `line` prints only a clock time (and perhaps a zone).
    static func isTimeOnly(_ line: String) -> Bool {
        let content = line.squeezedSpaces
        guard content.hasAtMostCharacters(30) else { return false }
        return timeLinePattern.match(in: AnalyzedText(content), at: 0) != nil
    }

    /// The site a portal-name line names.
    static func portalSite(_ line: String, folded: String) -> String? {
        if portalOpenings.contains(where: { folded.hasPrefix($0) }) || portalNames.contains(folded) {
            return Normalization.nfc(line)
        }
        // A print view's title bar: "Báo Quảng Nam - In bài viết".
        if let dash = line.range(of: " - ", options: .backwards),
           PageChrome.toolLabels.contains(Folding.key(String(line[dash.upperBound...]))) {
            let site = String(line[..<dash.lowerBound])
            return portalSite(site, folded: Folding.key(site))
        }
        guard let first = line.split(separator: " ", maxSplits: 1).first, first == "Báo" || first == "BÁO" else {
            return nil
        }
        let words = line.split(separator: " ").map(String.init)
        guard words.count >= 2, words.count <= maximumNewspaperWords, words[0] == "Báo" || words[0] == "BÁO" else {
            return nil
        }
        let second = words[1].lowercased()
        guard !notNewspaper.contains(second) else { return nil }
        let nameWords = words.dropFirst().filter { !newspaperTail.contains($0.lowercased()) }
        guard !nameWords.isEmpty, nameWords.allSatisfy({ $0.first?.isUppercase ?? false }),
              !".:;,".contains(line.last ?? " ") else { return nil }
        return Normalization.nfc(line)
    }

    /// True when `line` is a bar of short links.
    static func isMenu(_ line: String) -> Bool {
        menuItems(line) != nil
    }

    /// The entries of `line` when it is a bar of links, else nil. Bars print "|" (or "·")
    /// between entries, runs of spaces ("TRANG CHỦ  GIỚI THIỆU  VĂN BẢN") or " - " beside a
    /// navigation entry ("Trang chủ - Giới thiệu - Tin tức - Pháp luật"). Entries are short
    /// and capitalised; the first may be the site's handle ("baotinh | Trang chủ | …").
    static func menuItems(_ line: String) -> [String]? {
        // Counted on the bytes first: too few separators of every kind make too few items, and
        // most lines are spared the splitting.
        let marks = separatorCounts(line)
        var separated: [String]
        var byDashes = false
        if line.first == "[", line.last == "]", line.contains("] [") || line.contains("][") {
            // Entries each in brackets: "[Trang chủ] [Giới thiệu] [Tin hoạt động] [Liên hệ]".
            separated = line.split(whereSeparator: { $0 == "[" || $0 == "]" }).map(String.init)
            // Footnote marks ("[1] [2] [3]") are no menu.
            guard separated.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        } else if marks.pipes > 0 {
            guard marks.pipes + 1 >= minimumMenuItems else { return nil }
            separated = line.split(whereSeparator: { menuBullets.contains($0) }).map(String.init)
        } else if marks.doubleSpaces > 0 {
            guard marks.doubleSpaces + 1 >= minimumMenuItems else { return nil }
            separated = line.components(separatedBy: "  ")
        } else {
            guard marks.dashes + 1 >= minimumDashMenuItems else { return nil }
            separated = [line]
            for dash in menuDashes { separated = separated.flatMap { $0.components(separatedBy: dash) } }
            byDashes = true
        }
        let items = separated.map(\.trimmingSpaces).filter { !$0.isEmpty }
        // A credit between bullets ("Ảnh: Minh Anh · Thu Hà") is no menu: a bar of "·" holds no label.
        if !line.contains("|"), line.contains(where: { menuBullets.contains($0) }), items.contains(where: { $0.contains(":") }) {
            return nil
        }
        guard items.count >= (byDashes ? minimumDashMenuItems : minimumMenuItems),
              !PublishedDate.containsDate(line) else { return nil }
        if byDashes, !items.contains(where: { PageChrome.navigationLabels.contains(Folding.key($0)) }) { return nil }
        var wordCounts: [Int] = []
        for (position, item) in items.enumerated() {
            let words = item.split(separator: " ").filter { $0 != "-" && $0 != "–" }
            guard let first = item.first, !words.isEmpty else { return nil }
            if position == 0, isSiteHandle(item) { continue }
            guard first.isUppercase || !first.isCased, let last = item.last, !".:;,".contains(last) else { return nil }
            wordCounts.append(words.count)
        }
        guard let longest = wordCounts.max() else { return nil }
        if longest <= maximumMenuItemWords { return items }
        // A long bar may hold one section name longer than a long entry: "Tin tức | … | Học
        // tập làm theo tấm gương Hồ Chí Minh | Văn bản | Thư viện ảnh".
        if wordCounts.count >= minimumItemsBesideOneLongEntry, longest <= maximumOneLongEntryWords,
           wordCounts.filter({ $0 > maximumLongMenuItemWords }).count == 1 {
            return items
        }
        let mean = Double(wordCounts.reduce(0, +)) / Double(wordCounts.count)
        return longest <= maximumLongMenuItemWords && mean <= maximumMeanMenuItemWords ? items : nil
    }

    /// True when `item` is one lower-case token of ASCII letters, digits and dots: a site's
    /// handle or domain printed as a bar's first entry ("khuyenhocvangiang", "baotinh.vn").
    static func isSiteHandle(_ item: String) -> Bool {
        item.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." }
    }

    /// Marks printed between a bar's entries like "|": "Trang chủ · Tin tức · Văn kiện".
    static let menuBullets: Set<Character> = ["|", "·", "•"]

    /// The "|" and ``menuBullets`` marks, the runs of two spaces or more, and the spaced dashes
    /// (" - ", " – ") of `line`.
    static func separatorCounts(_ line: String) -> (pipes: Int, doubleSpaces: Int, dashes: Int) {
        var line = line
        return line.withUTF8 { bytes in
            var pipes = 0
            var doubleSpaces = 0
            var dashes = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x7C {
                    pipes += 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xB7 {
                    pipes += 1  // "·"
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA2 {
                    pipes += 1  // "•"
                } else if byte == 0x20, index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    if next == 0x20 {
                        doubleSpaces += 1
                        while index + 1 < bytes.count, bytes[index + 1] == 0x20 { index += 1 }
                    } else if next == 0x2D, index + 2 < bytes.count, bytes[index + 2] == 0x20 {
                        dashes += 1
                    } else if next == 0xE2, index + 4 < bytes.count, bytes[index + 2] == 0x80, bytes[index + 3] == 0x93,
                              bytes[index + 4] == 0x20 {
                        dashes += 1
                    }
                }
                index += 1
            }
            return (pipes, doubleSpaces, dashes)
        }
    }

    /// The writers a dateline's credit names, each by ``author(inCredit:)``.
    static func authors(inCredit credit: String) -> [String] {
        // "Cà Mau, 13:47 - 26/12/2023": a place before the stamp, closed by its comma.
        guard !credit.trimmingSpaces.hasSuffix(",") else { return [] }
        // "Bài, ảnh: Minh An": the byline's label is no name.
        let folded = Folding.key(credit)
        if folded.count == credit.count,
           let label = Signature.bylinePrefixes.first(where: { $0.hasSuffix(":") && $0.contains(",") && folded.hasPrefix($0) }) {
            return authors(inCredit: String(credit.dropFirst(label.count)).trimmingSpaces)
        }
        let names = creditNames(credit)
        guard names.count > 1 else { return author(inCredit: credit).map { [$0] } ?? [] }
        let found = names.compactMap(author(inCredit:))
        return found.count == names.count ? found : []
    }

    /// The author a dateline's credit names: a byline or a person's name, never a unit.
    static func author(inCredit credit: String) -> String? {
        let lower = Normalization.field(credit).lowercased()
        if unitOpenings.contains(where: { lower == $0 || lower.hasPrefix($0 + " ") }) { return nil }
        let folded = Folding.key(credit)
        let bylined = Signature.bylinePrefixes.contains { $0.hasSuffix(":") && folded.hasPrefix($0) }
        guard let name = Signature.author(in: credit, requireStyle: false), !Signature.isHeading(name) else { return nil }
        let words = name.split(separator: " ").count
        guard bylined || (minimumNameWords...maximumNameWords).contains(words) else { return nil }
        return name
    }
}

import VietnameseText

/// The furniture a portal prints around an article, as it survives in a plain-text
/// capture: each table names a shape of line, with examples (invented, in the shapes real
/// pages print). Lines are recognised from their shape and these words, never from a
/// portal's own names.
enum PageChrome {
    /// Labels (folded) of numbers a page counts: a line made of these labels and numbers
    /// only is a counter. "Lượt xem: 1.204", "2.314 lượt xem", "Số lần xem: 546",
    /// "Đang truy cập: 12 | Tổng lượt truy cập: 245.118", "Hôm nay: 86", "Bình luận (0)".
    static let counterLabels: Set<String> = [
        "luot xem", "so luot xem", "so lan xem", "lan xem", "luot doc", "so luot doc", "xem", "views", "view",
        "view count", "views count", "read count", "hits",
        "luot truy cap", "so luot truy cap", "tong luot truy cap", "tong so luot truy cap", "dang truy cap",
        "da truy cap", "truc tuyen", "dang online", "online", "hom nay", "hom qua", "tuan nay", "thang nay",
        "nam nay", "tong", "tong cong", "binh luan", "y kien", "luot thich", "luot chia se", "khach",
        // "Người đăng: Ban Biên tập — Ngày: 28/08/2025 — Đã xem: 96".
        "da xem",
    ]

    /// Tools printed beside an article (folded whole items of a bar or a line), besides
    /// ``BoilerplateLabels/widgets``: "In bài viết | Gửi cho bạn bè", "Chia sẻ Facebook",
    /// "Biểu quyết | Xem kết quả", "Lưu".
    static let toolLabels: Set<String> = Set(BoilerplateLabels.widgets).union([
        "in bai viet", "gui bai viet", "gui ban be", "gui cho ban be", "gui tin", "luu", "luu lai", "chia se facebook",
        "chia se bai viet", "chia se zalo", "bieu quyet", "xem ket qua", "a- a a+", "a a a", "nghe bai",
        "doc bai", "binh luan", "phong to", "thu nho", "tang co chu", "giam co chu", "xem co chu", "chon co chu",
        "co chu nho", "co chu lon", "mau chu", "youtube", "instagram", "linkedin", "xem voi co chu",
        // A column of tools between the date and the headline: "Xem cỡ chữ / Đọc bài viết / In / Gửi email".
        "doc bai viet", "nghe doc bai viet", "in", "gui email", "gui mail",
        // A pager under the article: "« Trước   Tiếp theo »".
        "truoc", "tiep theo", "tin truoc", "tin tiep theo", "bai truoc", "bai tiep theo", "tin sau", "bai sau",
    ])

    /// Openings (folded, with their colon) of the lines that file an article under its
    /// sections or name who posted it, printed beside the headline or under the article:
    /// "Danh mục cha: Tin tức", "Chuyên mục: Làm theo gương Bác", "Danh mục: Tin hoạt động,
    /// Thanh niên làm theo lời Bác", "Người đăng: Ban Tuyên giáo Tỉnh đoàn". Tools, not the
    /// page's navigation: a headline may stand above them.
    static let filingOpenings = [
        "danh muc cha:", "danh muc:", "chuyen muc:", "the loai:", "nguoi dang:", "nguoi dang tin:", "dang boi:",
    ]

    /// Longest filing line, in characters.
    static let maximumFilingChars = 120

    /// Regions and sections (folded) a newspaper prints where a writer's name could stand,
    /// before the time: "Tây Nguyên - 07:00, 04/12/2024", "Thế giới - 10:15, …".
    static let regionsAndSections: Set<String> = [
        "tay nguyen", "tay bac", "dong bac", "mien trung", "mien tay", "mien bac", "mien nam", "nam bo", "bac bo",
        "trung bo", "dong nam bo", "tay nam bo", "nam trung bo", "bac trung bo", "dong bang song cuu long",
        "dong bang song hong", "thu do", "the gioi", "trong nuoc", "quoc te", "thoi su", "xa hoi", "kinh te",
        "van hoa", "giao duc", "phap luat", "chinh tri", "xay dung dang", "dan toc", "bien gioi", "bien dao",
    ]

    /// Buttons of a print view, each in brackets: "[In trang này] [Đóng]", "[Print] [Close]".
    static let printViewButtons: Set<String> = ["in trang nay", "in", "dong", "dong cua so", "print", "close", "quay lai"]

    /// True when `line` is only bracketed buttons (``printViewButtons`` or ``toolLabels``).
    static func isBracketedButtons(_ line: String) -> Bool {
        guard line.first == "[", line.last == "]", line.hasAtMostCharacters(maximumChromeChars) else { return false }
        let items = line.dropFirst().dropLast().components(separatedBy: "]").map {
            Folding.key(String($0.trimmingSpaces.drop(while: { $0 == "[" })).trimmingSpaces)
        }
        return !items.isEmpty && items.allSatisfy { printViewButtons.contains($0) || toolLabels.contains($0) }
    }

    /// Openings (folded, after a play sign) of a page's audio player: "▶ Nghe bài viết  00:00 /
    /// 04:31   Giọng đọc: Nữ miền Bắc", "Nghe đọc bài", "Đọc bài viết".
    static let audioPlayerOpenings = ["nghe bai viet", "nghe doc bai", "nghe bai bao", "doc bai viet", "nghe audio"]
    /// The first letters, as printed, of ``audioPlayerOpenings`` and ``audioVoiceLabel``.
    static let audioPlayerInitials: Set<Unicode.Scalar> = ["N", "n", "Đ", "đ", "G", "g"]
    /// The voice label of an audio player ("Giọng đọc: Nữ miền Nam"), folded.
    static let audioVoiceLabel = "giong doc:"

    /// True when `line` is a page's audio player: an opening of ``audioPlayerOpenings`` or
    /// its voice label, on a short line.
    static func isAudioPlayer(_ line: String) -> Bool {
        // The openings' first letters ("Nghe", "Đọc", "Giọng") first: most lines open otherwise.
        guard let first = line.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
              audioPlayerInitials.contains(first), line.hasAtMostCharacters(maximumChromeChars) else { return false }
        let folded = Folding.key(line)
        let opening = folded.drop { !$0.isLetter }
        return audioPlayerOpenings.contains { opening.hasPrefix($0) } || opening.hasPrefix(audioVoiceLabel)
    }

    /// True when `line` files the article under sections or names its poster (``filingOpenings``).
    static func isFiling(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(maximumFilingChars), line.utf8.contains(UInt8(ascii: ":")) else { return false }
        let folded = Folding.key(line)
        return filingOpenings.contains { folded.hasPrefix($0) }
    }

    /// Longest line, in characters, read as a bare counter or zoom level.
    static let maximumBareCountChars = 9

    /// Labels (folded) of a counter of views or reads, the one counter a container may print
    /// inside an article ("Lượt xem: 412"); "Tổng: 35" or "Hôm nay (27/3)" there is text.
    static let viewCounterLabels: Set<String> = [
        "luot xem", "so luot xem", "so lan xem", "lan xem", "luot doc", "so luot doc", "views", "view count", "hits",
    ]

    /// True when `line` is a counter (``isCounter(_:)``) of views or reads only.
    static func isViewCounter(_ line: String) -> Bool {
        guard isCounter(line) else { return false }
        let folded = Folding.key(line)
        return viewCounterLabels.contains { folded.hasPrefix($0) }
    }

    /// True when `line` is a number alone (digits, with "." or "," after a digit), perhaps
    /// ending in a percent sign: in a page's head, a view counter printed without its label
    /// under the headline ("150") or a text-size widget ("100%").
    static func isBareCount(_ line: String) -> Bool {
        guard !line.isEmpty, line.utf8.count <= maximumBareCountChars else { return false }
        var digits = 0
        for (offset, byte) in line.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ","): guard digits > 0 else { return false }
            case UInt8(ascii: "%"): guard offset == line.utf8.count - 1 else { return false }
            default: return false
            }
        }
        return digits > 0
    }

    /// Platforms a "follow us" line names: "Theo dõi Báo … trên Google News".
    static let followPlatforms = ["google news", "facebook", "zalo", "youtube", "tiktok"]
    /// Openings (folded) of a "follow us" line.
    static let followOpenings = ["theo doi ", "follow "]

    /// True when `line` invites readers to follow the site on a platform.
    static func isFollowInvitation(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(maximumChromeChars) else { return false }
        let folded = Folding.key(line)
        return followOpenings.contains { folded.hasPrefix($0) } && followPlatforms.contains { folded.hasSuffix($0) }
    }

    /// ``toolLabels`` and ``navigationLabels``: the items of a bar of tools, which may mix both.
    static let toolAndNavigationLabels = toolLabels.union(navigationLabels)

    /// Navigation at the top of a page (folded whole items): search box, account links,
    /// language switch, site map. "Tìm kiếm...", "Đăng ký | Đăng nhập", "English | Sơ đồ site".
    static let navigationLabels: Set<String> = [
        "tim kiem", "tim kiem tin tuc", "tu khoa tim kiem", "nhap tu khoa", "dang nhap", "dang ky", "dang xuat",
        "trang chu", "home", "lien he", "gioi thieu", "so do site", "so do trang", "so do cong", "sitemap",
        "english", "tieng viet", "vietnamese", "rss", "hoi dap", "tra cuu", "danh ba", "thu dien tu", "email cong vu",
    ]

    /// Openings (folded) of a breadcrumb that names no section yet: "Bạn đang ở: Trang chủ / …".
    static let breadcrumbOpenings = ["ban dang o", "vi tri", "ban dang xem", "tin dang trong muc", "bai dang trong muc",
                                     "dang trong muc", "chuyen muc:", "danh muc:", "the loai:"]
    /// Separators of breadcrumb steps: "Trang chủ » Tin tức » Xây dựng Đảng", "Xã hội > …",
    /// "Tin tức - Sự kiện / Hoạt động". "»" and "›" fold to other bytes, so the raw line is split.
    static let breadcrumbSeparators = [" » ", " › ", " > ", " >> ", " / ", " \\ "]
    /// Most words of one breadcrumb step or of one entry of a menu printed one entry a line.
    static let maximumNavigationWords = 6
    /// Longest entry, in characters, of a menu printed one entry a line.
    static let maximumNavigationChars = 50
    /// Fewest lines of a menu printed one entry a line.
    static let minimumNavigationRun = 3

    /// Keys (folded) of the colophon and contact lines a page ends with, each followed by ":".
    /// "Địa chỉ: Số 6 Lê Mao …", "Điện thoại: 0238.3844.219 - Fax: …", "Tổng Biên tập: …",
    /// "Đường dây nóng: 0207.3822.113", "Cơ quan chủ quản: UBND huyện …".
    static let colophonKeys = [
        "dia chi", "tru so", "toa soan", "dien thoai", "dt", "d/t", "tel", "fax", "email", "e-mail", "hotline",
        "duong day nong", "co quan chu quan", "chiu trach nhiem noi dung", "chiu trach nhiem chinh",
        "chiu trach nhiem xuat ban", "nguoi chiu trach nhiem", "chiu trach nhiem", "truong ban bien tap",
        "tong bien tap", "pho tong bien tap", "giay phep", "giay phep so", "thiet ke", "co quan xuat ban",
        "ban bien tap", "don vi quan ly", "quan ly boi", "van hanh boi",
    ]
    /// Openings (folded) of colophon lines without a key: "Bản quyền thuộc …", "© 2023 …",
    /// "Ghi rõ nguồn … khi phát hành lại thông tin từ website này.", "Thiết kế bởi VNPT …".
    static let colophonOpenings = [
        "ban quyen", "copyright", "(c) ", "ghi ro nguon", "@ ghi ro nguon", "giay phep so", "giay phep thiet lap",
        "thiet ke boi", "thiet ke va phat trien", "phat trien boi", "xay dung boi", "cung cap boi",
        "khong duoc sao chep", "nghiem cam sao chep", "trang thong tin dien tu nay", "website nay",
        "co quan cua", "co quan ngon luan",
    ]
    /// Marks that open a colophon line in any script: "© Bản quyền thuộc …".
    static let colophonMarks: Set<Character> = ["©", "®"]

    /// Openings (folded) of the keyword line under an article: "Từ khóa: Chỉ thị 05, …",
    /// "Tags: Quỳ Hợp, …". The list ends the article.
    static let keywordOpenings = ["tu khoa:", "tu khoa :", "tags:", "tag:", "chu de:", "keywords:", "xem them:", "the:"]

    /// Headings (folded) of the blocks under an article, besides
    /// ``BoilerplateLabels/sectionEnders``: "Tin, ảnh cùng chuyên mục", "Các tin đã đưa:",
    /// "Liên kết web", "Thống kê truy cập", "Văn bản mới", "Mới nhất", "Đọc nhiều nhất".
    static let tailHeadings: Set<String> = Set(BoilerplateLabels.sectionEnders).union([
        "tin anh cung chuyen muc", "cac tin da dua", "tin da dang", "cac bai da dang", "cac tin cung chuyen muc",
        "bai cung chuyen muc", "tin tuc cung chuyen muc", "cac tin lien quan", "bai viet khac", "tin bai khac",
        "tin bai lien quan", "tin moi", "tin moi cap nhat", "moi nhat", "doc nhieu nhat", "xem nhieu nhat",
        "tin doc nhieu nhat", "tin xem nhieu nhat", "tin tieu diem", "tieu diem", "su kien", "xem tat ca",
        "xem them", "lien ket", "lien ket web", "lien ket website", "website lien ket", "chon lien ket",
        "thu vien anh", "thu vien video", "video", "video clip", "media", "thong ke truy cap", "thong ke",
        "tham do y kien", "lich lam viec", "van ban moi", "van ban chi dao", "thong bao", "quang cao",
        "y kien ban doc", "gui y kien", "viet binh luan", "binh luan cua ban", "tin cung chuyen muc",
        "bai viet cung chuyen muc", "co the ban quan tam", "ban co the quan tam", "tin hay", "ho tro truc tuyen",
        "van ban khac", "cac van ban khac", "van ban cung loai", "van ban lien quan", "thong bao khac",
        "cac thong bao khac", "chon", "lien ket nhanh", "doc tiep", "xem nhieu", "cac tin da dang", "cac bai da dua",
        "cac bai viet da dang", "tin bai da dang", "tin da dua", "cac tin bai da dang",
    ])

    /// Openings (folded) of the attachment line under a filed document: "File đính kèm: ….pdf",
    /// "Tệp đính kèm: …", "Tải về", "Tải về: BC-312.pdf".
    static let attachmentOpenings = ["file dinh kem", "tep dinh kem", "tai lieu dinh kem", "van ban dinh kem",
                                     "dinh kem", "tai ve", "tai xuong", "download"]

    /// True when `line` offers the page's attachment for download.
    static func isAttachment(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(maximumChromeChars) else { return false }
        let folded = Folding.key(line)
        return attachmentOpenings.contains { folded.hasPrefix($0) }
    }

    /// Endings of a bare domain printed as a line of its own: "truongchinhtri.langson.gov.vn".
    static let domainEndings = [".vn", ".com", ".net", ".org", ".edu", ".gov", ".info"]

    /// True when `line` is only a web address, as a saved page prints its site's under the
    /// name: "https://truongchinhtri.langson.gov.vn", "www.baolaocai.vn".
    static func isWebAddress(_ line: String) -> Bool {
        guard line.utf8.contains(UInt8(ascii: ".")) else { return false }
        let trimmed = line.trimmingSpaces
        guard trimmed.hasAtMostCharacters(maximumChromeChars), !trimmed.contains(" ") else { return false }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") { return true }
        let host = lower.split(separator: "/", maxSplits: 1).first.map(String.init) ?? lower
        return host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
            && domainEndings.contains { host.hasSuffix($0) }
    }

    /// The longest line, in characters, that may be read as furniture.
    static let maximumChromeChars = 160

    /// Characters around the items of a bar of tools or links.
    static let barSeparators: Set<Character> = ["|", "[", "]", "•", "·", "/"]

    /// The items of a bar: text between "|", brackets, bullets, runs of two spaces or more,
    /// and after a "label:" ("Chia sẻ: Facebook | Zalo" gives "Chia sẻ", "Facebook", "Zalo").
    static func barItems(_ line: String) -> [String] {
        var items: [String] = []
        var current = ""
        var spaces = 0
        func close() {
            let item = current.trimmingSpaces
            if !item.isEmpty { items.append(item) }
            current = ""
        }
        for character in line {
            if character == " " || character == "\u{A0}" || character == "\t" {
                spaces += 1
                if spaces == 2 { close() }
                continue
            }
            if spaces == 1 { current.append(" ") }
            spaces = 0
            if barSeparators.contains(character) || character == ":" {
                close()
            } else {
                current.append(character)
            }
        }
        close()
        return items
    }

    /// True when every item of the bar `line` is in `labels` (or, with `allowingTiny`, is
    /// tiny chrome like "A- A A+").
    static func isBar(_ line: String, of labels: Set<String>, allowingTiny: Bool = false) -> Bool {
        guard line.hasAtMostCharacters(maximumChromeChars) else { return false }
        return isBar(items: barItems(line), of: labels, allowingTiny: allowingTiny)
    }

    /// ``isBar(_:of:allowingTiny:)`` of a line of at most ``maximumChromeChars`` characters
    /// whose ``barItems(_:)`` are `items` (read once for several label sets).
    static func isBar(items: [String], of labels: Set<String>, allowingTiny: Bool = false) -> Bool {
        guard !items.isEmpty else { return false }
        return items.allSatisfy { item in
            let folded = Folding.key(item)
            let core = BoilerplateLabels.strippedDecoration(folded)
            return labels.contains(core) || (allowingTiny && isTiny(folded))
        }
    }

    /// "A- A A+", "»", "...": no word of three letters or more and no digit.
    static func isTiny(_ folded: String) -> Bool {
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return !words.contains { $0.count >= 3 || $0.contains(where: \.isNumber) }
    }

    /// True when `line` counts views, visits or comments: ``counterLabels`` and numbers only,
    /// with at least one number.
    static func isCounter(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(maximumChromeChars), PublishedDate.mayHoldDate(line) else { return false }
        // The folded line is ASCII, a byte a Character but for CR LF, where a split on each
        // byte only adds an empty label: the labels are its runs of letters and spaces.
        var folded = Folding.key(line)
        return folded.withUTF8 { bytes in
            var named = 0
            var start = 0
            for index in 0...bytes.count {
                if index < bytes.count, isLabelByte(bytes[index]) { continue }
                var lower = start
                var upper = index
                while lower < upper, bytes[lower] == 0x20 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
                start = index + 1
                guard lower < upper else { continue }
                let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
                guard counterLabels.contains(label) else { return false }
                named += 1
            }
            return named > 0
        }
    }

    /// An ASCII letter or a space: the bytes of a counter's label.
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte | 0x20) &- 0x61 < 26
    }

    /// True when `line` is a weather widget: a temperature ("33°C", "17°C - 24°C") in a short line.
    static func isWeather(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(80), line.contains("°") else { return false }
        var previous: Character = " "
        for character in line {
            if character == "°" && previous.isNumber { return true }
            if character != " " { previous = character }
        }
        return false
    }

    /// True when `line` belongs to a page's colophon: a contact or responsibility key with
    /// ":" (at the start or after " - ", ". ", "|"), a copyright mark or opening.
    static func isColophon(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(2 * maximumChromeChars) else { return false }
        if let first = line.first, colophonMarks.contains(first) { return true }
        let folded = Folding.key(line)
        if colophonOpenings.contains(where: { folded.hasPrefix($0) }) { return true }
        let starts = [0] + separatorEnds(in: folded)
        let bytes = Array(folded.utf8)
        for start in starts {
            for keyBytes in colophonKeyBytes {
                guard start + keyBytes.count <= bytes.count,
                      bytes[start..<(start + keyBytes.count)].elementsEqual(keyBytes) else { continue }
                var index = start + keyBytes.count
                while index < bytes.count && bytes[index] == 0x20 { index += 1 }
                if index < bytes.count && bytes[index] == UInt8(ascii: ":") { return true }
            }
        }
        return false
    }

    /// ``colophonKeys`` as bytes.
    static let colophonKeyBytes = colophonKeys.map { Array($0.utf8) }

    /// Byte offsets just after each " - ", ". ", "| " in a folded line.
    private static func separatorEnds(in folded: String) -> [Int] {
        let bytes = Array(folded.utf8)
        var ends: [Int] = []
        for index in bytes.indices.dropLast() {
            let byte = bytes[index]
            if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ","))
                && bytes[index + 1] == 0x20 {
                var end = index + 1
                while end < bytes.count && bytes[end] == 0x20 { end += 1 }
                ends.append(end)
            }
        }
        return ends
    }

    /// True when `line` is a breadcrumb: steps of a few capitalised words between "»", "›",
    /// ">" or " / " (three steps, or two after "Trang chủ"), or an opening like "Bạn đang ở:".
    static func isBreadcrumb(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(maximumChromeChars) else { return false }
        let folded = Folding.key(line)
        if breadcrumbOpenings.contains(where: { folded.hasPrefix($0) }) { return true }
        var steps = [line]
        var strong = false
        for separator in breadcrumbSeparators {
            let split = steps.flatMap { TitleText.components($0, separatedBy: separator) }
            if split.count > steps.count && separator != " / " && separator != " \\ " { strong = true }
            steps = split
        }
        steps = steps.map(\.trimmingSpaces)
        guard steps.count >= 2, !steps.contains(where: \.isEmpty) else { return false }
        guard steps.allSatisfy(isNavigationEntry) else { return false }
        let first = BoilerplateLabels.strippedDecoration(Folding.key(steps[0]))
        return steps.count >= 3 || strong || navigationLabels.contains(first) || sectionRoots.contains(first)
    }

    /// Folded sections a two-step breadcrumb opens with: "Tin tức - Sự kiện / Hoạt động Đảng ủy".
    static let sectionRoots: Set<String> = [
        "tin tuc", "tin tuc - su kien", "tin tuc su kien", "tin tuc va su kien", "tin tuc, su kien", "tin hoat dong",
        "thoi su", "chuyen muc",
    ]

    /// True when `line` reads as one entry of a menu: a few words, capitalised, no sentence
    /// punctuation at the end and no date. Items of a list in the article ("- 15 tập thể",
    /// "1. Mục đích") are no entries.
    static func isNavigationEntry(_ line: String) -> Bool {
        let text = line.trimmingSpaces
        // Entries open with a capital (or a letter without case), never a list marker ("-", "1.", "*").
        guard !text.isEmpty, text.count <= maximumNavigationChars,
              let first = text.first, first.isLetter, first.isUppercase || !first.isCased else { return false }
        if let last = text.last, ".,;:!?".contains(last) { return false }
        let words = text.split(separator: " ").filter { $0 != "-" && $0 != "–" && $0 != "&" }
        guard !words.isEmpty, words.count <= maximumNavigationWords else { return false }
        return !(PublishedDate.mayHoldDate(text) && PublishedDate.containsDate(text))
    }

    /// True when `line` is a headline of another story listed under the article, with its
    /// date: "Hội nghị báo cáo viên tháng 7/2024 (22/07/2024)", "Tập huấn … - 18/10/2021",
    /// "Krông Pắc ra quân … (03:10 PM 20/03/2023)".
    static func isListedHeadline(_ line: String) -> Bool {
        guard line.hasAtMostCharacters(2 * maximumChromeChars), PublishedDate.mayHoldDate(line) else { return false }
        var text = Substring(line.trimmingSpaces)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard PlainTextHead.isStamp(inside) else { return false }
            text = text[..<open]
        } else if let dash = text.range(of: " - ", options: .backwards) {
            guard PlainTextHead.isStamp(String(text[dash.upperBound...])) else { return false }
            text = text[..<dash.lowerBound]
        } else {
            return false
        }
        return text.contains(where: \.isLetter)
    }
}

/// Short labels (folded, lower-case ASCII) of widgets and page furniture: a paragraph that
/// is just one of these is not article text.
enum BoilerplateLabels {
    /// Headings after which a page lists other stories or reader comments: the article ends.
    static let sectionEnders: [String] = [
        "tin lien quan", "cac tin khac", "tin khac", "tin moi nhat", "tin moi hon", "tin cu hon",
        "tin da dua", "tin cung chuyen muc", "bai lien quan", "bai viet lien quan", "xem them",
        "doc them", "y kien ban doc", "y kien", "phan hoi", "binh luan", "gui y kien",
        "gui binh luan", "tin tuc lien quan", "cac bai khac", "cac bai viet khac", "tin noi bat",
        "tin xem nhieu", "tin doc nhieu", "lien ket website", "thu vien anh", "video noi bat",
        "chu de", "tu khoa", "tags", "tag", "tin tuc gan day", "tin gan day", "tin cung loai",
        "theo dong su kien", "cung chuyen muc", "tin anh", "tin video", "doc nhieu", "xem nhieu", "danh sach binh luan", "cac binh luan",
        // A newspaper's comment block under the byline: "BÌNH LUẬN HAY", "Chưa có bình luận nào".
        "binh luan hay", "chua co binh luan nao",
    ]

    /// Widget and chrome labels dropped wherever they appear.
    static let widgets: [String] = [
        "chia se", "in bai", "in trang", "ban in", "gui bai", "gui email", "gui cho ban be",
        "luu bai", "luu tin", "tro ve", "quay lai", "quay ve", "dau trang", "len dau trang",
        "ve dau trang", "tro len", "co chu", "font chu", "like", "tweet", "email", "print",
        "share", "top", "home", "trang chu", "chung nhan tin nhiem mang", "tin nhiem mang",
        "dang nhap", "dang ky", "tim kiem", "rss", "lien he", "facebook", "zalo", "twitter",
        "bao loi", "theo doi", "xem tiep", "xem chi tiet", "nghe doc bai", "nghe bai viet",
        "chi tiet",  // Joomla's heading over an article's details
    ]

    /// Openings of invitations to readers ("Chia sẻ bài viết của bạn…", "Mời bạn đọc gửi…").
    static let callsToAction: [String] = [
        "chia se bai viet", "moi ban doc", "moi doc gia", "ban doc co the", "doc gia co the",
        "gui bai viet", "gui y kien", "moi quy doc gia", "hay chia se", "bam like", "like fanpage",
    ]

    /// Longest paragraph, in characters, read as a call to action.
    static let maximumCallChars = 100

    /// True when `folded` is a short invitation to readers.
    static func isCallToAction(_ folded: String) -> Bool {
        hasAtMost(maximumCallChars, charactersIn: folded) && callsToAction.contains { folded.hasPrefix($0) }
    }

    /// `folded.count <= limit` without counting a long paragraph: a folded text is ASCII, one
    /// byte a character except CR LF (one character of two bytes), so more than twice `limit`
    /// bytes is always too many.
    static func hasAtMost(_ limit: Int, charactersIn folded: String) -> Bool {
        let bytes = folded.utf8.count
        if bytes <= limit { return true }
        if bytes > 2 * limit { return false }
        return folded.count <= limit
    }

    /// True when `folded` (a whole paragraph, folded) is a widget or section label, allowing
    /// trailing punctuation, counters and arrows ("Ý kiến ()", "Bình luận (3)", "Tin khác »").
    static func isLabel(_ folded: String, in table: [String]) -> Bool {
        label(of: folded).map { table.contains($0) } ?? false
    }

    /// What ``isLabel(_:in:)`` compares with its table: `folded` without decoration, when
    /// that is a short non-empty text; nil for texts that are no label of any table.
    static func label(of folded: String) -> String? {
        guard !exceedsLabelLength(folded) else { return nil }
        let core = strippedDecoration(folded)
        guard !core.isEmpty, core.count <= 40 else { return nil }
        return core
    }

    /// ``sectionEnders`` and ``widgets`` as sets, for ``label(of:)`` results.
    static let sectionEnderSet = Set(sectionEnders)
    static let widgetSet = Set(widgets)

    static let decoration = Set<Character>(" ():[]|>»«<-*.,!?/0123456789\u{A0}\"'")
    static let decorationBytes = Set(" ():[]|><-*.,!?/0123456789\"'".utf8)
    /// ``decorationBytes`` as a table by byte.
    static let isDecorationByte: [Bool] = (0..<256).map { decorationBytes.contains(UInt8($0)) }
    /// ``decorationBytes`` and CR/LF as a table by byte: the bytes ``exceedsLabelLength(_:)`` skips.
    static let skippedBytes: [Bool] = (0..<256).map { (value: Int) -> Bool in
        let byte = UInt8(value)
        if byte >= 0x80 || byte == 0x0A || byte == 0x0D { return true }
        return decorationBytes.contains(byte)
    }

    /// True when `folded` keeps more than 40 characters after ``strippedDecoration(_:)``:
    /// it has more than 40 ASCII bytes that are neither decoration, space nor line breaks,
    /// each of which stays a character of its own. Decides long paragraphs without copying.
    static func exceedsLabelLength(_ folded: String) -> Bool {
        var count = 0
        for byte in folded.utf8 where !skippedBytes[Int(byte)] {
            count += 1
            if count > 40 { return true }
        }
        return false
    }

    /// `folded` without decoration at its ends and with runs of spaces squeezed. ASCII texts
    /// (every folded key) are stripped as bytes: each byte is a Character there but CR LF,
    /// which is no decoration and holds no space.
    static func strippedDecoration(_ folded: String) -> String {
        var text = folded
        let stripped: String? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            var end = bytes.count
            while start < end && isDecorationByte[Int(bytes[start])] { start += 1 }
            while end > start && isDecorationByte[Int(bytes[end - 1])] { end -= 1 }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var pendingSpace = false
            for byte in bytes[start..<end] {
                if byte == 0x20 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return stripped ?? strippedDecorationOfCharacters(folded)
    }

    /// ``strippedDecoration(_:)`` by Characters, for texts with non-ASCII scalars.
    static func strippedDecorationOfCharacters(_ folded: String) -> String {
        var scalars = Substring(folded)
        while let first = scalars.first, decoration.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, decoration.contains(last) { scalars.removeLast() }
        return scalars.split(separator: " ").joined(separator: " ")
    }
}

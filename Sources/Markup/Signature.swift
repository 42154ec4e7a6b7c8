import VietnameseText

/// Recognises a byline or a trailing signature line: "THỦY HÀ", "Nguyễn Văn A (TTXVN)",
/// "Tác giả: Minh Anh".
enum Signature {
    /// Prefixes introducing a byline (folded).
    static let bylinePrefixes = ["tac gia:", "tac gia", "bai va anh:", "bai, anh:", "bai anh:", "bai:",
                                 "tin va anh:", "tin, anh:", "tin anh:", "tin:", "thuc hien:", "nhom thuc hien:",
                                 "nguoi viet:", "phong vien:", "pv:", "viet boi", "by"]
    /// Each byline prefix with the form followed by a space.
    static let spacedBylinePrefixes = bylinePrefixes.map { ($0, $0 + " ") }
    /// Openings of source credits ("Theo Infonet"): a source, not an author.
    static let sourcePrefixes = ["theo ", "nguon:", "nguon "]

    /// Words of document headings (lower-case, with marks) that are not part of a person's
    /// name, so a line holding one is a heading, not a signature. Marks matter: "văn bản" is
    /// a heading word, "Văn" alone a common middle name.
    static let headingPhrases: [String] = [
        "văn bản", "hợp nhất", "kết quả", "quyết định", "nghị quyết", "chương", "điều", "phần", "mục",
        "phụ lục", "thông báo", "báo cáo", "kế hoạch", "tin tức", "nhiệm vụ", "giải pháp", "nội dung",
        "tổng số", "danh sách", "công tác", "chỉ thị", "luật", "hiến pháp", "học tập", "làm theo",
        "tiếp tục", "đẩy mạnh", "tích cực", "thực hiện", "triển khai", "tình hình",
    ]

    /// ``headingPhrases`` between spaces, as they are searched.
    static let spacedHeadingPhrases = headingPhrases.map { " " + $0 + " " }

    static func isHeading(_ text: String) -> Bool {
        let words = " " + text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") + " "
        return spacedHeadingPhrases.contains { ByteSearch.mayContainCanonically(words, $0) && words.contains($0) }
    }

    static let maximumChars = 60
    static let maximumWords = 6

    /// Most scalars a byline prefix removes.
    static let longestPrefixScalars = bylinePrefixes.map(\.unicodeScalars.count).max() ?? 0

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// True when ``author(in:requireStyle:)`` must refuse `line` for its length: with no "("
    /// no unit is cut off, and only a byline prefix removes letters or digits (one a scalar
    /// at most), so more than `4 × maximumChars` of them beyond the longest prefix leave a
    /// name longer than allowed (each ASCII letter or digit is a byte, and no Character
    /// holds two).
    static func isTooLongWithoutUnit(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard bytes.count > 4 * maximumChars + longestPrefixScalars else { return false }
            var alphanumerics = 0
            for byte in bytes {
                if byte == 0x28 { return false }
                if isASCIIAlphanumeric(byte) { alphanumerics += 1 }
            }
            return alphanumerics > 4 * maximumChars + longestPrefixScalars
        }
    }

    /// The people a signature names: "Quang Phong - Tùng Nguyên" → two names.
    static func authors(in line: String, requireStyle: Bool) -> [String] {
        guard let whole = author(in: line, requireStyle: requireStyle) else { return [] }
        var parts = [whole]
        for separator in [" - ", " – ", ", ", " & ", " và "] {
            parts = parts.flatMap { TitleText.components($0, separatedBy: separator) }
        }
        return parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    /// The author named by `line`, or nil when the line is not a signature.
    /// - Parameter requireStyle: when true the line must be all capitals or a
    ///   capitalised name followed by a parenthesised unit; otherwise any short name works.
    static func author(in line: String, requireStyle: Bool) -> String? {
        isTooLongWithoutUnit(line) ? nil : readAuthor(in: line, requireStyle: requireStyle)
    }

    /// ``author(in:requireStyle:)`` without the length shortcut.
    static func readAuthor(in line: String, requireStyle: Bool) -> String? {
        var text = line.trimmingSpaces
        // Only the opening is compared with the prefixes: fold no more of a long paragraph
        // than the longest prefix can need (64 scalars hold 21 characters even decomposed).
        let folded = Folding.key(String(text.unicodeScalars.prefix(64)))
        if Self.sourcePrefixes.contains(where: { folded.hasPrefix($0) }) { return nil }
        for (prefix, spaced) in spacedBylinePrefixes where folded.hasPrefix(spaced) || (prefix.hasSuffix(":") && folded.hasPrefix(prefix)) {
            text = String(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)).trimmingSpaces
            break
        }
        var unit: String?
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            text = String(text[..<open]).trimmingSpaces
        }
        // The writer's newsroom after a slash: "Đình Cường/VOV-Miền Trung".
        // Only the byte 0x2F makes a "/" (nothing else is canonically equivalent to it): a
        // paragraph without one is not searched Character by Character.
        if unit == nil, text.utf8.contains(0x2F), let slash = text.firstIndex(of: "/"),
           text[..<slash].split(separator: " ").count >= 2, !text[text.index(after: slash)...].contains("/") {
            unit = String(text[text.index(after: slash)...]).trimmingSpaces
            text = String(text[..<slash]).trimmingSpaces
        }
        text = String(text.drop(while: { "-–—•*".contains($0) || $0.isWhitespace }))
        while let last = text.last, ".,;|".contains(last) { text.removeLast() }
        text = text.trimmingSpaces
        guard text.utf8.count <= 4 * maximumChars || !ContentExtractor.hasAtLeast(maximumChars + 1, charactersIn: text)
        else { return nil }
        let words = text.split(whereSeparator: { $0.isWhitespace }).filter { $0 != "-" && $0 != "–" && $0 != "&" }
        guard !words.isEmpty, words.count <= maximumWords, text.count <= maximumChars,
              text.contains(where: \.isLetter), !text.contains(where: \.isNumber),
              !(ByteSearch.mayContainCanonically(text, ":") && text.contains(":")), !(PublishedDate.mayHoldDate(text) && PublishedDate.containsDate(text)) else { return nil }
        let allCaps = !text.contains(where: { $0.isLowercase })
        let capitalised = words.allSatisfy { $0.first?.isUppercase ?? false }
        if requireStyle {
            let unitIsCaps = unit.map { !$0.isEmpty && !$0.contains(where: { $0.isLowercase }) } ?? false
            let nameLike = capitalised && words.count >= 2 && text.count <= 40
            guard !isHeading(text) else { return nil }
            guard (allCaps && text.count >= 3) || nameLike || (capitalised && unitIsCaps) else { return nil }
        } else {
            guard allCaps || capitalised else { return nil }
        }
        return Normalization.nfc(text)
    }
}

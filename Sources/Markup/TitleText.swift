import VietnameseText

/// Splits a `<title>` into the headline and the portal name around " - ", " | ", " – ".
enum TitleText {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " > "]

    /// Words that mark a segment as the publication's name rather than a section.
    static let brandMarkers = [".", "news", "online", "bao ", "cong ", "tap chi", "dien tu", "express", "tv",
                               "dai phat thanh", "thong tan xa", "trang tin", "website", "portal"]

    /// Segments of at most this many words at the head of a title name the site, not the story.
    static let siteWords = 3

    /// The headline (the first segment, or the longest when the first is a short site name)
    /// and the site (the last segment, or the first when the headline is last).
    /// A segment that og:title (`knownHeadline`) repeats whole is the headline wherever it stands.
    static func split(_ title: String, knownHeadline: String? = nil) -> (headline: String, site: String?) {
        var segments = [title.squeezedSpaces]
        // Pieces of a plain title are plain: the test is made once for the whole title.
        let plain = segments[0].unicodeScalars.allSatisfy(isPlain)
        for separator in separators {
            segments = segments.flatMap { plain ? plainComponents($0, separatedBy: separator) : components($0, separatedBy: separator) }
        }
        segments = segments.map(\.trimmingSpaces).filter { !$0.isEmpty }
        guard segments.count > 1,
              let longest = segments.indices.max(by: { segments[$0].count < segments[$1].count })
        else { return (title.squeezedSpaces, nil) }
        let firstWords = wordCount(segments[0])
        var headlineIndex = firstWords <= siteWords && longest != 0 ? longest : 0
        if let knownHeadline {
            let key = Folding.key(knownHeadline.squeezedSpaces)
            if let known = segments.firstIndex(where: { Folding.key($0) == key }) {
                let siteIndex = known == segments.count - 1 ? 0 : segments.count - 1
                return (segments[known], siteIndex == known ? nil : segments[siteIndex])
            }
        }
        // A portal's name first ("Cổng thông tin điện tử tỉnh … | Headline") is the site.
        if headlineIndex == 0, isPortalName(segments[0]),
           let other = segments.indices.dropFirst().max(by: { segments[$0].count < segments[$1].count }),
           !isPortalName(segments[other]) {
            headlineIndex = other
        }
        let others = segments.indices.filter { $0 != headlineIndex }
        let branded = others.last { index in
            let folded = Folding.key(segments[index])
            return brandMarkers.contains { ByteSearch.contains(folded, $0) }
        }
        let siteIndex = branded ?? (headlineIndex == segments.count - 1 ? 0 : segments.count - 1)
        return (segments[headlineIndex], segments[siteIndex])
    }

    /// True when a segment names a portal: "Cổng thông tin điện tử huyện …", "Báo … điện tử".
    static func isPortalName(_ segment: String) -> Bool {
        PlainTextHead.portalSite(segment, folded: Folding.key(segment)) != nil
    }

    /// `text.components(separatedBy: separator)`, on UTF-8 bytes when every scalar is one
    /// that cannot join a neighbouring space into one character (ASCII, Latin, Vietnamese,
    /// general punctuation), so byte and character matching agree; Foundation otherwise.
    static func components(_ text: String, separatedBy separator: String) -> [String] {
        guard text.unicodeScalars.allSatisfy(isPlain) else { return text.components(separatedBy: separator) }
        return plainComponents(text, separatedBy: separator)
    }

    /// ``components(_:separatedBy:)`` of a text known to be plain (``isPlain``), on bytes.
    static func plainComponents(_ text: String, separatedBy separator: String) -> [String] {
        guard let lead = separator.utf8.first, text.utf8.contains(lead) else { return [text] }
        let hay = Array(text.utf8)
        let needle = Array(separator.utf8)
        var result: [String] = []
        var start = 0
        var index = 0
        while index + needle.count <= hay.count {
            if hay[index] == needle[0] && hay[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(String(decoding: hay[start..<index], as: UTF8.self))
                index += needle.count
                start = index
            } else {
                index += 1
            }
        }
        result.append(String(decoding: hay[start...], as: UTF8.self))
        return result
    }

    /// `text.split(separator: " ").count`; on bytes for plain texts, where a Character
    /// " " is a lone space byte.
    static func wordCount(_ text: String) -> Int {
        guard text.unicodeScalars.allSatisfy(isPlain) else { return text.split(separator: " ").count }
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }

    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    /// Tags (folded) a newsroom prints in brackets before a headline while it reports live,
    /// and takes off when the event ends: "[TRỰC TIẾP] Hội nghị …". A format's tag ("[Photo]",
    /// "[Infographic]") stays: it is part of the headline as printed.
    static let liveTags: Set<String> = ["truc tiep", "live", "dang dien ra", "tuong thuat truc tiep"]

    /// `title` without a leading ``liveTags`` tag in brackets.
    static func withoutLiveTag(_ title: String) -> String {
        guard title.first == "[", let close = title.firstIndex(of: "]") else { return title }
        let tag = Folding.key(String(title[title.index(after: title.startIndex)..<close]).trimmingSpaces)
        let rest = String(title[title.index(after: close)...]).trimmingSpaces
        return liveTags.contains(tag) && !rest.isEmpty ? rest : title
    }

    /// True when two headlines are the same text apart from case, marks and spacing.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Folding.key(a.squeezedSpaces), y = Folding.key(b.squeezedSpaces)
        return !x.isEmpty && x == y
    }
}

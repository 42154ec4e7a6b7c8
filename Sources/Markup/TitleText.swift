import VietnameseText

/// Splits a `<title>` into the headline and the portal name around " - ", " | ", " – ".
enum TitleText {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » "]

    /// Words that mark a segment as the publication's name rather than a section.
    static let brandMarkers = [".", "news", "online", "bao ", "cong ", "tap chi", "dien tu", "express", "tv",
                               "dai phat thanh", "thong tan xa", "trang tin", "website", "portal"]

    /// Segments of at most this many words at the head of a title name the site, not the story.
    static let siteWords = 3

    /// The headline (the first segment, or the longest when the first is a short site name)
    /// and the site (the last segment, or the first when the headline is last).
    static func split(_ title: String) -> (headline: String, site: String?) {
        var segments = [title.squeezedSpaces]
        for separator in separators {
            segments = segments.flatMap { $0.components(separatedBy: separator) }
        }
        segments = segments.map(\.trimmingSpaces).filter { !$0.isEmpty }
        guard segments.count > 1,
              let longest = segments.indices.max(by: { segments[$0].count < segments[$1].count })
        else { return (title.squeezedSpaces, nil) }
        let firstWords = segments[0].split(separator: " ").count
        let headlineIndex = firstWords <= siteWords && longest != 0 ? longest : 0
        let others = segments.indices.filter { $0 != headlineIndex }
        let branded = others.last { index in
            let folded = Folding.key(segments[index])
            return brandMarkers.contains { folded.contains($0) }
        }
        let siteIndex = branded ?? (headlineIndex == segments.count - 1 ? 0 : segments.count - 1)
        return (segments[headlineIndex], segments[siteIndex])
    }

    /// True when two headlines are the same text apart from case, marks and spacing.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Folding.key(a.squeezedSpaces), y = Folding.key(b.squeezedSpaces)
        return !x.isEmpty && x == y
    }
}

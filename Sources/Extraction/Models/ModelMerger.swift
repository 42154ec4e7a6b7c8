import VietnameseText

/// Merges model occurrences into one item per distinct name, in order of first mention,
/// and adds the later occurrences of each name in the text as mentions.
enum ModelMerger {
    static func merge(_ found: [FoundModel], in text: AnalyzedText) -> [Model] {
        var models: [Model] = []
        var indexByKey: [String: Int] = [:]
        for occurrence in found.sorted(by: { $0.mention.lowerBound < $1.mention.lowerBound }) {
            let key = Folding.key(occurrence.name)
            if let index = indexByKey[key] {
                if models[index].owner == nil { models[index].owner = occurrence.owner }
                models[index].mentions.append(Mention(occurrence.mention))
            } else {
                indexByKey[key] = models.count
                models.append(Model(name: occurrence.name, category: occurrence.category,
                                    owner: occurrence.owner, mentions: [Mention(occurrence.mention)]))
            }
        }
        let taken = models.flatMap { $0.mentions.map(\.range) }
        for index in models.indices {
            let extra = repeats(of: models[index].name, in: text).filter { range in
                !taken.contains { $0.overlaps(range) }
            }
            models[index].mentions = (models[index].mentions + extra.map(Mention.init)).sorted()
        }
        return models
    }

    /// Every whole-word occurrence of `name` in the text, compared folded.
    static func repeats(of name: String, in text: AnalyzedText) -> [Range<Int>] {
        let needle = Array(Folding.key(name).utf8)
        guard needle.count >= 4, needle.count <= text.count else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start + needle.count <= text.count {
            if text.folded[start] == needle[0], text.folded[start..<(start + needle.count)].elementsEqual(needle),
               !text.isWordCharacter(at: start - 1), !text.isWordCharacter(at: start + needle.count) {
                ranges.append(start..<(start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return ranges
    }
}

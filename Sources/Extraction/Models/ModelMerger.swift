import ExtractionEngine
import Foundation
import Records
import VietnameseText

/// Merges model occurrences into one item per distinct name, in order of first mention,
/// and adds the later occurrences of each name in the text as mentions.
enum ModelMerger {
    static func merge(_ found: [FoundModel], in text: AnalyzedText) -> [Model] {
        var check = DeadlineCheck(.never)
        return merge(found, in: text, check: &check)
    }

    /// ``merge(_:in:)``; empty once `check`'s deadline passes.
    static func merge(_ found: [FoundModel], in text: AnalyzedText, check: inout DeadlineCheck) -> [Model] {
        var models: [Model] = []
        var keys: [String] = []
        var indexByKey: [String: Int] = [:]
        for occurrence in found.sorted(by: { $0.mention.lowerBound < $1.mention.lowerBound }) {
            let key = Folding.key(occurrence.name)
            if let index = indexByKey[key] {
                if models[index].owner == nil { models[index].owner = occurrence.owner }
                models[index].mentions.append(Mention(occurrence.mention))
            } else {
                indexByKey[key] = models.count
                keys.append(key)
                models.append(Model(name: occurrence.name, category: occurrence.category,
                                    owner: occurrence.owner, mentions: [Mention(occurrence.mention)]))
            }
        }
        dropFragments(&models, keys: &keys)
        // The code points some found mention covers: a repeat overlapping one is not added.
        var taken = ClaimedPositions(count: text.count)
        for model in models {
            for mention in model.mentions { taken.claim(mention.range) }
        }
        for index in models.indices {
            if check.hasPassed(cost: 64) { return [] }
            let extra = repeats(ofKey: keys[index], in: text).filter { !taken.overlaps($0) }
            models[index].mentions = (models[index].mentions + extra.map(Mention.init)).sorted()
        }
        return models
    }

    /// Drops a name that opens in lower case and ends another model's name: 'điển hình “làm
    /// theo lời Bác”' quotes a fragment of "Học tập và làm theo lời Bác" named in the text, a
    /// scare quote, no model of its own.
    static func dropFragments(_ models: inout [Model], keys: inout [String]) {
        guard models.count > 1 else { return }
        var kept: [Int] = []
        for index in models.indices {
            let name = models[index].name
            let isFragment = name.first.map { $0.isLowercase } == true && keys.indices.contains { other in
                other != index && keys[other].count > keys[index].count && keys[other].hasSuffix(" " + keys[index])
            }
            if !isFragment { kept.append(index) }
        }
        guard kept.count < models.count else { return }
        models = kept.map { models[$0] }
        keys = kept.map { keys[$0] }
    }

    /// Every whole-word occurrence in the text of the name whose folded key is `key`.
    static func repeats(ofKey key: String, in text: AnalyzedText) -> [Range<Int>] {
        let needle = Array(key.utf8)
        guard needle.count >= 4, needle.count <= text.count else { return [] }
        return text.folded.withView { folded -> [Range<Int>] in
            var ranges: [Range<Int>] = []
            var start = 0
            while let offset = folded.firstIndex(of: needle, in: start..<folded.count) {
                let end = offset + needle.count
                if !text.isWordCharacter(at: offset - 1), !text.isWordCharacter(at: end) {
                    ranges.append(offset..<end)
                    start = end
                } else {
                    start = offset + 1
                }
            }
            return ranges
        }
    }
}

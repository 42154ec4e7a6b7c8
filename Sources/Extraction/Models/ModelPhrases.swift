import ExtractionEngine
import VietnameseText

/// The vocabulary phrases as words, split once: at spaces for the phrases compared word by
/// word, as ``TextWords/needle(_:)`` for those looked for with ``TextWords/contains(_:needle:)``.
enum ModelPhrases {
    static let pluralMarkers = spaced(ModelVocabulary.pluralMarkers)
    static let exampleWords = spaced(ModelVocabulary.exampleWords)
    static let exampleOpeners = spaced(ModelVocabulary.exampleOpeners)
    static let topicContinuations = spaced(ModelVocabulary.topicContinuations)
    static let topicStopWords = spaced(ModelVocabulary.topicStopWords)
    static let titleStopWords = spaced(ModelVocabulary.titleStopWords)
    static let unquotedNameStopWords: [[String]] = ModelVocabulary.unquotedNameStopWords.map(TextWords.needle)
    static let genericUnquotedNames: [[String]] = ModelVocabulary.genericUnquotedNames.map { TextWords.needle($0.words) }
    static let nonModelNameOpeners: [[String]] = ModelVocabulary.nonModelNameOpeners.map(TextWords.needle)
    static let quotedNameKindWords: Set<String> = Set(ModelVocabulary.quotedNameKindWords.map { Folding.key($0) })
    static let listOpeners = spaced(ModelVocabulary.listOpeners)
    static let unmarkedListOpeners = spaced(ModelVocabulary.unmarkedListOpeners)
    static let enumerators = spaced(ModelVocabulary.enumerators)

    static let speakerWordsNeedles = ModelVocabulary.speakerWords.map(TextWords.needle)
    static let titleTopicWordsNeedles = ModelVocabulary.titleTopicWords.map(TextWords.needle)
    static let titleBreakingWordsNeedles = ModelVocabulary.titleBreakingWords.map(TextWords.needle)
    static let blockingWordsNeedles = ModelVocabulary.blockingWords.map(TextWords.needle)
    static let descriptiveMarkersNeedles = ModelVocabulary.descriptiveMarkers.map(TextWords.needle)

    static let speakerWordExceptionsNeedles = ModelVocabulary.speakerWordExceptions.map(TextWords.needle)

    /// True when `words` hold a speaker word (``ModelVocabulary/speakerWords``) outside the
    /// phrases that only look like one ("bà con").
    static func namesASpeaker(_ words: [String]) -> Bool {
        guard speakerWordsNeedles.contains(where: { TextWords.contains(words, needle: $0) }) else { return false }
        guard speakerWordExceptionsNeedles.contains(where: { TextWords.contains(words, needle: $0) }) else { return true }
        // Drop the look-alike phrases and ask again.
        var kept = words
        for needle in speakerWordExceptionsNeedles {
            var index = 0
            while index + needle.count <= kept.count {
                if Array(kept[index..<(index + needle.count)]) == needle { kept.removeSubrange(index..<(index + needle.count)) } else { index += 1 }
            }
        }
        return speakerWordsNeedles.contains { TextWords.contains(kept, needle: $0) }
    }

    static func spaced(_ phrases: [String]) -> [[String]] {
        phrases.map { $0.split(separator: " ").map(String.init) }
    }
}

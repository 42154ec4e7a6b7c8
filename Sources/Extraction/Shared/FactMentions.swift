import ExtractionEngine
import Records
import VietnameseText

extension Facts {
    /// Every occurrence of `phrase` in `text`, in code points.
    static func mentions(of phrase: String, in text: AnalyzedText) -> [Mention] {
        let needle = Array(Normalization.nfc(phrase).unicodeScalars)
        let haystack = text.scalars
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Mention] = []
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) {
                found.append(Mention(start: start, end: start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }
}

import ExtractionEngine
import Records
import VietnameseText

extension Facts {
    /// Adds each byline the page printed (a credit in the text, a name signing the last line)
    /// as a person without a title, unless a person of that name was already found. A byline
    /// the cleaning took out of the text with the page's head stays in `authors` only: every
    /// item is mentioned in the text.
    public mutating func addBylines(_ names: [String], in text: AnalyzedText) {
        for name in names where Self.isPersonalName(name) {
            let key = Folding.key(name)
            guard !people.contains(where: { Folding.key($0.name) == key }) else { continue }
            let mentions = Self.mentions(of: name, in: text)
            guard !mentions.isEmpty else { continue }
            people.append(Person(name: name, title: nil, mentions: mentions))
        }
    }

    /// True when `name` reads as a person's name: two to five capitalised words, each holding a
    /// vowel (a syllable has one; "TTCT", "BBT" are initialisms of units), and not a province's name.
    static func isPersonalName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count), Provinces.canonicalName(name) == nil else { return false }
        return words.allSatisfy { word in
            word.first?.isUppercase == true && Folding.key(String(word)).contains(where: { "aeiouy".contains($0) })
        }
    }
}

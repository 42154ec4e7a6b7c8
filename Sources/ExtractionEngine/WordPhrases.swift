/// A vocabulary of words and phrases compiled to ``Lexicon`` ids: the look-ups the rules
/// make on every token, without joining or hashing Strings.
public struct WordPhrases: Sendable {
    /// True at the id of every one-word entry.
    @usableFromInline let single: [Bool]
    /// Phrases of two or more words by their first word's id, as id sequences.
    private let byFirst: [[[Int32]]]
    /// The same phrases by their last word's id.
    private let byLast: [[[Int32]]]

    /// Compiles `phrases` (words separated by single spaces) over `lexicon`, which must hold
    /// every word of every phrase.
    package init(_ phrases: some Sequence<String>, lexicon: Lexicon) {
        var single = [Bool](repeating: false, count: lexicon.count)
        var byFirst = [[[Int32]]](repeating: [], count: lexicon.count)
        var byLast = [[[Int32]]](repeating: [], count: lexicon.count)
        for phrase in phrases {
            let ids = phrase.split(separator: " ", omittingEmptySubsequences: false).map { lexicon.id(of: String($0)) }
            guard let first = ids.first, let last = ids.last, !ids.contains(0) else {
                preconditionFailure("lexicon lacks a word of \"\(phrase)\"")
            }
            if ids.count == 1 {
                single[Int(first)] = true
            } else {
                byFirst[Int(first)].append(ids)
                byLast[Int(last)].append(ids)
            }
        }
        self.single = single
        self.byFirst = byFirst
        self.byLast = byLast
    }

    /// True when the one-word entry `id` is in the vocabulary.
    @inlinable @inline(__always)
    public func contains(_ id: Int32) -> Bool { single[Int(id)] }

    /// The number of words of the longest entry of at most `maxWords` words made of the ids
    /// `word(index)`, `word(index + 1)`, …, where `word` gives nil past the words.
    package func longest(startingAt first: Int32, maxWords: Int, word: (Int) -> Int32?) -> Int? {
        longest(byFirst[Int(first)], single: single[Int(first)], maxWords: maxWords) { phrase, offset in
            word(offset) == phrase[offset]
        }
    }

    /// The same, for entries ending at the id `last`, with `word(offset)` the word `offset`
    /// places before it.
    package func longest(endingAt last: Int32, maxWords: Int, word: (Int) -> Int32?) -> Int? {
        longest(byLast[Int(last)], single: single[Int(last)], maxWords: maxWords) { phrase, offset in
            word(offset) == phrase[phrase.count - 1 - offset]
        }
    }

    /// The longest of `phrases` (or the one-word entry, `single`) within `maxWords` whose
    /// words past the known one all `match`.
    private func longest(_ phrases: [[Int32]], single: Bool, maxWords: Int,
                         match: ([Int32], Int) -> Bool) -> Int? {
        var best: Int? = single ? 1 : nil
        guard maxWords > 1 else { return best }
        for phrase in phrases where phrase.count <= maxWords && phrase.count > (best ?? 0)
            && (1..<phrase.count).allSatisfy({ match(phrase, $0) }) {
            best = phrase.count
        }
        return best
    }
}

extension WordPhrases {
    /// True when the two-word entry `first second` is in the vocabulary.
    package func contains(_ first: Int32, _ second: Int32) -> Bool {
        longest(startingAt: first, maxWords: 2) { $0 == 1 ? second : nil } == 2
    }
}

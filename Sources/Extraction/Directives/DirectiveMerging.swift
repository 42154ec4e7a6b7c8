import Records
import VietnameseText

/// One item per document: mentions of the same kind and number (and symbol, when both
/// state one) are one item; each attribute comes from the first mention that states it.
enum DirectiveMerging {
    static func merge(_ citations: [DirectiveCitation]) -> [Directive] {
        var items: [Directive] = []
        // The items of each kind and number (leading zeros dropped), in order: only they
        // can take a citation, so a long list of citations is not compared with every item.
        var itemsByNumber: [NumberKey: [Int]] = [:]
        for citation in citations {
            let key = NumberKey(kind: citation.kind, number: Substring(citation.number.drop { $0 == "0" }))
            // Every item of the bucket has the citation's kind and number ("05" and "5" are one
            // number): the key is made of them, and an item's kind and number never change.
            let index = itemsByNumber[key]?.first { candidate in
                guard let code = citation.code, let known = items[candidate].code else { return true }
                return DirectiveCodeParser.sameCode(known, code)
            }
            let mention = Mention(citation.range)
            guard let found = index else {
                itemsByNumber[key, default: []].append(items.count)
                items.append(Directive(type: citation.kind, number: citation.number, code: citation.code,
                                       date: citation.tail.date, issuer: citation.tail.issuer,
                                       term: citation.tail.term, mentions: [mention]))
                continue
            }
            items[found].code = items[found].code ?? citation.code
            items[found].date = items[found].date ?? citation.tail.date
            items[found].issuer = items[found].issuer ?? citation.tail.issuer
            items[found].term = items[found].term ?? citation.tail.term
            items[found].mentions.append(mention)
        }
        return items
    }

    private struct NumberKey: Hashable {
        let kind: DirectiveKind
        let number: Substring
    }
}

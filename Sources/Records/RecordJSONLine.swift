extension Record {
    /// ``json``'s ``JSONValue/serializedUTF8``, written straight from the record: the facts
    /// and their mentions (most of a record's values) make no ``JSONValue`` tree, so a long
    /// report is not a tree of tens of thousands of small arrays to build, walk and free.
    public var jsonLine: [UInt8] {
        var line = JSONLine()
        line.out.reserveCapacity(text.utf8.count * 2 + 4096)
        line.key("{\"schema\":")
        line.string(Self.schemaID)
        line.key(",\"id\":")
        line.string(id)
        line.key(",\"source\":")
        source.json.write(to: &line.out)
        line.key(",\"title\":")
        line.string(title)
        line.key(",\"published\":")
        line.string(published)
        line.key(",\"authors\":")
        line.array(authors) { $0.string($1) }
        line.key(",\"site\":")
        line.string(site)
        line.key(",\"text\":")
        line.string(text)
        line.key(",\"directives\":")
        line.array(facts.directives) { line, item in
            line.key("{\"type\":")
            line.string(item.type.rawValue)
            line.key(",\"number\":")
            line.string(item.number)
            line.key(",\"code\":")
            line.string(item.code)
            line.key(",\"date\":")
            line.string(item.date)
            line.key(",\"issuer\":")
            line.string(item.issuer)
            line.key(",\"term\":")
            line.string(item.term)
            line.mentions(item.mentions)
        }
        line.key(",\"figures\":")
        line.array(facts.figures) { line, item in
            line.key("{\"value\":")
            line.number(item.value)
            line.key(",\"kind\":")
            line.string(item.kind.rawValue)
            line.key(",\"max\":")
            line.number(item.max)
            line.key(",\"approx\":")
            line.string(item.approx?.rawValue)
            line.key(",\"subject\":")
            line.string(item.subject)
            line.mentions(item.mentions)
        }
        line.key(",\"models\":")
        line.array(facts.models) { line, item in
            line.key("{\"name\":")
            line.string(item.name)
            line.key(",\"category\":")
            line.string(item.category.rawValue)
            line.key(",\"owner\":")
            line.string(item.owner)
            line.mentions(item.mentions)
        }
        line.key(",\"dates\":")
        line.array(facts.dates) { line, item in
            line.key("{\"value\":")
            line.string(item.value)
            line.mentions(item.mentions)
        }
        line.key(",\"periods\":")
        line.array(facts.periods) { line, item in
            line.key("{\"start\":")
            line.string(item.start)
            line.key(",\"end\":")
            line.string(item.end)
            line.key(",\"label\":")
            line.string(item.label)
            line.mentions(item.mentions)
        }
        line.key(",\"people\":")
        line.array(facts.people) { line, item in
            line.key("{\"name\":")
            line.string(item.name)
            line.key(",\"title\":")
            line.string(item.title)
            line.mentions(item.mentions)
        }
        line.key(",\"themes\":")
        line.array(facts.themes) { line, item in
            line.key("{\"year\":")
            line.number(Double(item.year))
            line.key(",\"title\":")
            line.string(item.title)
            line.mentions(item.mentions)
        }
        line.key(",\"document\":")
        (document?.json ?? .null).write(to: &line.out)
        line.key(",\"province\":")
        line.string(province)
        line.key(",\"warnings\":")
        JSONValue.array(warnings.map(\.json)).write(to: &line.out)
        line.key("}")
        return line.out
    }
}

/// The bytes of a JSON line as ``JSONValue/write(to:)`` writes them, appended value by value.
private struct JSONLine {
    var out: [UInt8] = []

    /// Punctuation and keys, which need no escape.
    mutating func key(_ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        JSONValue.writeString(value, to: &out)
    }

    /// The string, or `null`.
    mutating func string(_ value: String?) {
        if let value { JSONValue.writeString(value, to: &out) } else { key("null") }
    }

    mutating func number(_ value: Double) {
        JSONValue.writeNumber(value, to: &out)
    }

    /// The number, or `null`.
    mutating func number(_ value: Double?) {
        if let value { JSONValue.writeNumber(value, to: &out) } else { key("null") }
    }

    /// `[` the items written by `write`, between commas `]`.
    mutating func array<Item>(_ items: [Item], _ write: (inout JSONLine, Item) -> Void) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(&self, item)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `,"mentions":[{"start":…,"end":…},…]}`: the last member of a fact, and its close.
    mutating func mentions(_ mentions: [Mention]) {
        key(",\"mentions\":[")
        for (index, mention) in mentions.enumerated() {
            key(index > 0 ? ",{\"start\":" : "{\"start\":")
            JSONValue.writeInteger(Int64(mention.start), to: &out)
            key(",\"end\":")
            JSONValue.writeInteger(Int64(mention.end), to: &out)
            out.append(UInt8(ascii: "}"))
        }
        key("]}")
    }
}

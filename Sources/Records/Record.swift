import Extraction

/// Where a record came from.
public struct SourceInfo: Sendable, Equatable {
    /// `file:corpus/x.html` or `https://…`.
    public var uri: String
    /// `text/html` or `text/plain`.
    public var mediaType: String
    /// The encoding the bytes were decoded from, or nil when they could not be decoded.
    public var encoding: String?
    public var bytes: Int

    public init(uri: String, mediaType: String, encoding: String?, bytes: Int) {
        self.uri = uri
        self.mediaType = mediaType
        self.encoding = encoding
        self.bytes = bytes
    }

    public var json: JSONValue {
        .object([
            ("uri", .string(uri)), ("media_type", .string(mediaType)),
            ("encoding", .optional(encoding)), ("bytes", .number(Double(bytes))),
        ])
    }
}

/// One source document as the contract (`baocao.record/1`) describes it.
public struct Record: Sendable, Equatable {
    public static let schemaID = "baocao.record/1"

    /// SHA-256 hex of the source bytes.
    public var id: String
    public var source: SourceInfo
    public var title: String?
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS+07:00`.
    public var published: String?
    public var authors: [String]
    public var site: String?
    public var text: String
    public var facts: Facts

    public init(id: String, source: SourceInfo, title: String?, published: String?, authors: [String],
                site: String?, text: String, facts: Facts) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.authors = authors
        self.site = site
        self.text = text
        self.facts = facts
    }

    /// The record as JSON, every field present, keys in the contract's order.
    public var json: JSONValue {
        .object([
            ("schema", .string(Self.schemaID)),
            ("id", .string(id)),
            ("source", source.json),
            ("title", .optional(title)),
            ("published", .optional(published)),
            ("authors", .array(authors.map(JSONValue.string))),
            ("site", .optional(site)),
            ("text", .string(text)),
            ("directives", .array(facts.directives.map(\.json))),
            ("figures", .array(facts.figures.map(\.json))),
            ("models", .array(facts.models.map(\.json))),
            ("dates", .array(facts.dates.map(\.json))),
            ("periods", .array(facts.periods.map(\.json))),
            ("people", .array(facts.people.map(\.json))),
            ("themes", .array(facts.themes.map(\.json))),
            ("warnings", .array(facts.warnings.map(JSONValue.string))),
        ])
    }
}

/// A document that could not become a record: it gets a line in the rejects file.
public struct Reject: Sendable, Equatable, Error {
    public var source: SourceInfo
    public var kind: String
    /// The stage that failed (`read`, `decode`, `parse`, `content`, `extract`, `fetch`…).
    public var stage: String?
    public var message: String

    public init(source: SourceInfo, kind: String, stage: String? = nil, message: String) {
        self.source = source
        self.kind = kind
        self.stage = stage
        self.message = message
    }

    public var json: JSONValue {
        .object([
            ("source", source.json),
            ("error", .object([("kind", .string(kind)), ("stage", .optional(stage)), ("message", .string(message))])),
        ])
    }
}

extension [Mention] {
    /// `[{"start": …, "end": …}, …]`, as records and database rows carry them.
    public var json: JSONValue {
        .array(map { .object([("start", .number(Double($0.start))), ("end", .number(Double($0.end)))]) })
    }
}

extension Directive {
    var json: JSONValue {
        .object([
            ("type", .string(type.rawValue)), ("number", .optional(number)), ("code", .optional(code)),
            ("date", .optional(date)), ("issuer", .optional(issuer)), ("term", .optional(term)),
            ("mentions", mentions.json),
        ])
    }
}

extension Figure {
    var json: JSONValue {
        .object([
            ("value", .number(value)), ("kind", .string(kind.rawValue)), ("max", .optional(max)),
            ("approx", .optional(approx?.rawValue)), ("subject", .optional(subject)), ("mentions", mentions.json),
        ])
    }
}

extension Model {
    var json: JSONValue {
        .object([
            ("name", .string(name)), ("category", .string(category.rawValue)), ("owner", .optional(owner)),
            ("mentions", mentions.json),
        ])
    }
}

extension DateItem {
    var json: JSONValue { .object([("value", .string(value)), ("mentions", mentions.json)]) }
}

extension Period {
    var json: JSONValue {
        .object([("start", .string(start)), ("end", .string(end)), ("label", .optional(label)), ("mentions", mentions.json)])
    }
}

extension Person {
    var json: JSONValue {
        .object([("name", .string(name)), ("title", .optional(title)), ("mentions", mentions.json)])
    }
}

extension Theme {
    var json: JSONValue {
        .object([("year", .number(Double(year))), ("title", .string(title)), ("mentions", mentions.json)])
    }
}

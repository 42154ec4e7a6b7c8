/// Where a record came from.
public struct SourceInfo: Sendable, Equatable {
    /// `file:corpus/x.html` or `https://…`.
    public var uri: String
    /// `text/html` or `text/plain`.
    public var mediaType: String
    /// The encoding the bytes were decoded from, or nil when they could not be decoded.
    public var encoding: String?
    public var bytes: Int
    /// The portal registry entry's name, for crawled pages.
    public var portal: String?
    /// When the page was fetched (RFC 3339), for crawled pages.
    public var fetchedAt: String?
    /// What held the text when it was not a page or a text file: `docx`, `doc`, `odt`, `pdf`, `pdf-ocr`…
    public var container: String?
    /// The legacy Vietnamese font encoding the text was converted from: `tcvn3` or `vni`.
    public var fontEncoding: String?

    public init(uri: String, mediaType: String, encoding: String?, bytes: Int, portal: String? = nil,
                fetchedAt: String? = nil, container: String? = nil, fontEncoding: String? = nil) {
        self.uri = uri
        self.mediaType = mediaType
        self.encoding = encoding
        self.bytes = bytes
        self.portal = portal
        self.fetchedAt = fetchedAt
        self.container = container
        self.fontEncoding = fontEncoding
    }

    /// The four fields every source has, then those of `portal`, `fetched_at`, `container` and
    /// `font_encoding` that are known: the contract lets a source carry them, so absent ones are left out.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("uri", .string(uri)), ("media_type", .string(mediaType)),
            ("encoding", .optional(encoding)), ("bytes", .number(Double(bytes))),
        ]
        for (key, value) in [("portal", portal), ("fetched_at", fetchedAt), ("container", container),
                             ("font_encoding", fontEncoding)] {
            if let value { fields.append((key, .string(value))) }
        }
        return .object(fields)
    }
}

/// One source document as the contract (`baocao.record/2`) describes it.
public struct Record: Sendable, Equatable {
    public static let schemaID = "baocao.record/2"

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
    /// What an official document says about itself in its header and signature block; nil for a news page.
    public var document: OfficialDocument?
    /// The province the document comes from, by its canonical name in force at the document's date.
    public var province: String?
    /// What a reader of the record should know about how it was made.
    public var warnings: [RecordWarning]

    public init(id: String, source: SourceInfo, title: String?, published: String?, authors: [String],
                site: String?, text: String, facts: Facts, document: OfficialDocument? = nil,
                province: String? = nil, warnings: [RecordWarning] = []) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.authors = authors
        self.site = site
        self.text = text
        self.facts = facts
        self.document = document
        self.province = province
        self.warnings = warnings
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
            ("document", document?.json ?? .null),
            ("province", .optional(province)),
            ("warnings", .array(warnings.map(\.json))),
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

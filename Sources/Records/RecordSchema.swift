/// The JSON Schema (draft 2020-12) of ``Record``, printed by `baocao schema`.
///
/// Built from the same enums the extractors use, so a new directive kind or model
/// category reaches the schema without a second list to keep in step.
public enum RecordSchema {
    public static var json: JSONValue {
        object(
            required: ["schema", "id", "source", "title", "published", "authors", "site", "text",
                       "directives", "figures", "models", "dates", "periods", "people", "themes", "document",
                       "province", "warnings"],
            properties: [
                ("schema", .object([("const", .string(Record.schemaID))])),
                ("id", string(pattern: "^[0-9a-f]{64}$", description: "SHA-256 hex of the source bytes")),
                ("source", object(
                    required: ["uri", "media_type", "encoding", "bytes"],
                    properties: [
                        ("uri", string(description: "file:PATH or http(s) URL")),
                        ("media_type", string(pattern: "^[a-z]+/[-+.a-z0-9]+$", description: "text/html, text/plain, or the media type of the container read")),
                        ("encoding", nullable(string(description: "utf-8, windows-1258, tcvn3, viscii, utf-16le…"))),
                        ("bytes", integer(minimum: 0)),
                        ("portal", string(description: "the portal registry entry's name, for crawled pages")),
                        ("fetched_at", string(
                            pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)$",
                            description: "when the page was fetched, RFC 3339")),
                        ("container", string(description: "docx, doc, odt, pdf, pdf-ocr…")),
                        ("font_encoding", enumeration(["tcvn3", "vni"])),
                    ])),
                ("title", nullable(string())),
                ("published", nullable(string(
                    pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z))?$",
                    description: "the article's own date, ISO 8601"))),
                ("authors", array(of: string())),
                ("site", nullable(string())),
                ("text", string(description: "main text only, paragraphs joined by a blank line")),
                ("directives", array(of: object(
                    required: ["type", "number", "code", "date", "issuer", "term", "mentions"],
                    properties: [
                        ("type", enumeration(DirectiveKind.allCases.map(\.rawValue))),
                        ("number", nullable(string())),
                        ("code", nullable(string())),
                        ("date", nullable(string(pattern: isoDay))),
                        ("issuer", nullable(string())),
                        ("term", nullable(string(pattern: "^[IVXLC]+$"))),
                        ("mentions", mentions),
                    ]))),
                ("figures", array(of: object(
                    required: ["value", "kind", "max", "approx", "subject", "mentions"],
                    properties: [
                        ("value", .object([("type", .string("number"))])),
                        ("kind", enumeration(FigureKind.allCases.map(\.rawValue))),
                        ("max", nullable(.object([("type", .string("number"))]))),
                        ("approx", nullable(enumeration(Approximation.allCases.map(\.rawValue)))),
                        ("subject", nullable(string())),
                        ("mentions", mentions),
                    ]))),
                ("models", array(of: object(
                    required: ["name", "category", "owner", "mentions"],
                    properties: [
                        ("name", string()),
                        ("category", enumeration(ModelCategory.allCases.map(\.rawValue))),
                        ("owner", nullable(string())),
                        ("mentions", mentions),
                    ]))),
                ("dates", array(of: object(
                    required: ["value", "mentions"],
                    properties: [
                        ("value", string(pattern: "^\\d{4}-(\\d{2}(-\\d{2})?|Q[1-4])$")),
                        ("mentions", mentions),
                    ]))),
                ("periods", array(of: object(
                    required: ["start", "end", "label", "mentions"],
                    properties: [
                        ("start", string(pattern: isoPrefix)),
                        ("end", string(pattern: isoPrefix)),
                        ("label", nullable(string())),
                        ("mentions", mentions),
                    ]))),
                ("people", array(of: object(
                    required: ["name", "title", "mentions"],
                    properties: [("name", string()), ("title", nullable(string())), ("mentions", mentions)]))),
                ("themes", array(of: object(
                    required: ["year", "title", "mentions"],
                    properties: [("year", integer(minimum: 1800)), ("title", string()), ("mentions", mentions)]))),
                ("document", nullable(object(
                    required: ["type", "number", "code", "date", "place", "issuer", "title", "signers", "recipients"],
                    properties: [
                        ("type", nullable(enumeration(DirectiveKind.allCases.map(\.rawValue)))),
                        ("number", nullable(string())),
                        ("code", nullable(string())),
                        ("date", nullable(string(pattern: isoDay))),
                        ("place", nullable(string())),
                        ("issuer", nullable(string())),
                        ("title", nullable(string())),
                        ("signers", array(of: object(
                            required: ["name", "title", "capacity"],
                            properties: [("name", string()), ("title", nullable(string())),
                                         ("capacity", nullable(string()))]))),
                        ("recipients", array(of: string())),
                    ]))),
                ("province", nullable(string(description: "canonical province name in force at the document's date"))),
                ("warnings", array(of: object(
                    required: ["code", "message"],
                    properties: [("code", enumeration(WarningCode.allCases.map(\.rawValue))), ("message", string())]))),
            ],
            extra: [
                ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
                ("$id", .string("https://baocao.invalid/schema/record-2.json")),
                ("title", .string("BaoCao record")),
                ("description", .string("One source document: its main text, metadata and the facts extracted from it.")),
            ])
    }

    static let isoDay = "^\\d{4}-\\d{2}-\\d{2}$"
    static let isoPrefix = "^\\d{4}(-\\d{2}(-\\d{2})?|-Q[1-4])?$"

    static var mentions: JSONValue {
        array(of: object(
            required: ["start", "end"],
            properties: [("start", integer(minimum: 0)), ("end", integer(minimum: 0))]), minItems: 1)
    }

    static func object(required: [String], properties: [(String, JSONValue)],
                       extra: [(String, JSONValue)] = []) -> JSONValue {
        .object(extra + [
            ("type", .string("object")),
            ("required", .array(required.map(JSONValue.string))),
            ("additionalProperties", .bool(false)),
            ("properties", .object(properties)),
        ])
    }

    static func string(pattern: String? = nil, description: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("string"))]
        if let pattern { members.append(("pattern", .string(pattern))) }
        if let description { members.append(("description", .string(description))) }
        return .object(members)
    }

    static func integer(minimum: Int) -> JSONValue {
        .object([("type", .string("integer")), ("minimum", .number(Double(minimum)))])
    }

    static func enumeration(_ values: [String]) -> JSONValue {
        .object([("type", .string("string")), ("enum", .array(values.map(JSONValue.string)))])
    }

    static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))])
    }

    static func array(of items: JSONValue, minItems: Int? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string("array")), ("items", items)]
        if let minItems { members.append(("minItems", .number(Double(minItems)))) }
        return .object(members)
    }
}

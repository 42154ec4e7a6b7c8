import Extraction
import Records
import VietnameseText

/// The contract's tables: `documents`, then one table per record list, each list row
/// keyed by its document and its position in the list.
///
/// The columns and the way a record fills them are declared side by side; the loader writes
/// by these definitions in both dialects. The tables are made by `Migrations`: a change here
/// needs a migration appended there (`SchemaHistoryTests` fails until it is).
public enum RecordTables {
    public static let documents = TableDefinition(
        name: "documents",
        columns: [
            Column("id", .text, nullable: false), Column("uri", .text, nullable: false),
            Column("media_type", .text, nullable: false), Column("encoding", .text),
            Column("bytes", .integer, nullable: false), Column("title", .text), Column("published", .text),
            Column("site", .text), Column("authors", .json, nullable: false), Column("text", .text, nullable: false),
            Column("warnings", .json, nullable: false), Column("extracted_at", .text, nullable: false),
            Column("schema", .text, nullable: false),
            Column("province", .text), Column("portal", .text), Column("fetched_at", .text), Column("container", .text),
            Column("font_encoding", .text), Column("doc_type", .text), Column("doc_number", .text),
            Column("doc_code", .text), Column("doc_date", .text), Column("doc_place", .text), Column("doc_issuer", .text),
            Column("doc_title", .text), Column("doc_signers", .json), Column("doc_recipients", .json),
            Column("site_raw", .text), Column("search_text", .text),
        ],
        primaryKey: ["id"],
        indexes: [("documents_uri", ["uri"]), ("documents_published", ["published"]),
                  ("documents_province", ["province"]), ("documents_doc_code", ["doc_code"])]
    )

    /// Every version of a document ever loaded, the latest included, as its whole record: a
    /// page edited between two crawl nights keeps its earlier record here when `documents`
    /// (which holds the latest version only) replaces it. One row per record id; no foreign
    /// key, so a version outlives the `documents` row it once was.
    public static let versions = TableDefinition(
        name: "document_versions",
        columns: [
            Column("id", .text, nullable: false), Column("uri", .text, nullable: false), Column("fetched_at", .text),
            Column("extracted_at", .text, nullable: false), Column("record", .json, nullable: false),
        ],
        primaryKey: ["id"],
        indexes: [("document_versions_uri", ["uri", "fetched_at"])]
    )

    /// The `document_versions` row of a record.
    static func versionRow(_ record: Record, extractedAt: String) -> [SQLValue] {
        [.text(record.id), .text(record.source.uri), SQLValue(record.source.fetchedAt), .text(extractedAt),
         .text(record.json.serialized)]
    }

    /// A list table: what it is called, its own columns, and how one record fills it.
    public struct ListTable: Sendable {
        public var definition: TableDefinition
        /// Rows of this table for a record, each the values of the list columns (without
        /// `document_id` and `ordinal`, which the loader adds).
        public var rows: @Sendable (Record) -> [[SQLValue]]
    }

    /// `added` are columns later migrations appended, after `mentions` as `ALTER TABLE` puts them.
    private static func list(_ name: String, _ columns: [Column], added: [Column] = [],
                             indexes: [(String, [String])] = [],
                             rows: @escaping @Sendable (Record) -> [[SQLValue]]) -> ListTable {
        let keyColumns = [Column("document_id", .text, nullable: false), Column("ordinal", .integer, nullable: false)]
        return ListTable(
            definition: TableDefinition(
                name: name, columns: keyColumns + columns + [Column("mentions", .json, nullable: false)] + added,
                primaryKey: ["document_id", "ordinal"],
                foreignKey: ("document_id", "documents", "id"),
                indexes: indexes.map { (name: $0.0, columns: $0.1) }
            ),
            rows: rows
        )
    }

    public static let lists: [ListTable] = [
        list("directives", [
            Column("type", .text, nullable: false), Column("number", .text), Column("code", .text),
            Column("date", .text), Column("issuer", .text), Column("term", .text),
        ], added: [Column("directive_key", .text)], indexes: [("directives_code", ["code"]), ("directives_document", ["document_id"]),
                     ("directives_key", ["directive_key"])]) { record in
            let site = record.site.map(Normalization.field)
            return record.facts.directives.map {
                [.text($0.type.rawValue), SQLValue($0.number), SQLValue($0.code), SQLValue($0.date),
                 SQLValue($0.issuer), SQLValue($0.term), mentions($0.mentions),
                 SQLValue(DirectiveScope.key(code: $0.code, province: record.province, site: site))]
            }
        },
        list("figures", [
            Column("value", .real, nullable: false), Column("kind", .text, nullable: false), Column("max", .real),
            Column("approx", .text), Column("subject", .text),
        ], indexes: [("figures_document_kind", ["document_id", "kind"])]) { record in
            record.facts.figures.map {
                [.real($0.value), .text($0.kind.rawValue), SQLValue($0.max), SQLValue($0.approx?.rawValue),
                 SQLValue($0.subject), mentions($0.mentions)]
            }
        },
        list("models", [
            Column("name", .text, nullable: false), Column("category", .text, nullable: false), Column("owner", .text),
        ], indexes: [("models_document", ["document_id"])]) { record in
            record.facts.models.map {
                [.text($0.name), .text($0.category.rawValue), SQLValue($0.owner), mentions($0.mentions)]
            }
        },
        list("dates", [Column("value", .text, nullable: false)],
             indexes: [("dates_value", ["value"])]) { record in
            record.facts.dates.map { [.text($0.value), mentions($0.mentions)] }
        },
        list("periods", [
            Column("start", .text, nullable: false), Column("end", .text, nullable: false), Column("label", .text),
        ], indexes: [("periods_document", ["document_id"])]) { record in
            record.facts.periods.map { [.text($0.start), .text($0.end), SQLValue($0.label), mentions($0.mentions)] }
        },
        list("people", [Column("name", .text, nullable: false), Column("title", .text)],
             indexes: [("people_name", ["name"])]) { record in
            record.facts.people.map { [.text($0.name), SQLValue($0.title), mentions($0.mentions)] }
        },
        list("themes", [Column("year", .integer, nullable: false), Column("title", .text, nullable: false)],
             indexes: [("themes_year", ["year"])]) { record in
            record.facts.themes.map { [SQLValue($0.year), .text($0.title), mentions($0.mentions)] }
        },
    ]

    /// The `documents` row of a record.
    static func documentRow(_ record: Record, extractedAt: String) -> [SQLValue] {
        [
            .text(record.id), .text(record.source.uri), .text(record.source.mediaType), SQLValue(record.source.encoding),
            SQLValue(record.source.bytes), SQLValue(record.title), SQLValue(record.published),
            SQLValue(record.site.map(Normalization.field)),
            .text(JSONValue.array(record.authors.map(JSONValue.string)).serialized), .text(record.text),
            .text(JSONValue.array(record.warnings.map(\.json)).serialized),
            .text(extractedAt), .text(Record.schemaID),
            SQLValue(record.province), SQLValue(record.source.portal), SQLValue(record.source.fetchedAt),
            SQLValue(record.source.container), SQLValue(record.source.fontEncoding),
        ] + documentColumns(record.document) + [
            SQLValue(record.site), .text(Folding.key((record.title.map { $0 + "\n\n" } ?? "") + record.text)),
        ]
    }

    /// The `doc_*` columns: the official document's header and signature fields, all null for a news page.
    private static func documentColumns(_ document: OfficialDocument?) -> [SQLValue] {
        guard let document else { return Array(repeating: .null, count: 9) }
        return [
            SQLValue(document.type), SQLValue(document.number), SQLValue(document.code), SQLValue(document.date),
            SQLValue(document.place), SQLValue(document.issuer), SQLValue(document.title),
            .text(JSONValue.array(document.signers.map(\.json)).serialized),
            .text(JSONValue.array(document.recipients.map(JSONValue.string)).serialized),
        ]
    }

    private static func mentions(_ mentions: [Mention]) -> SQLValue { .text(mentions.json.serialized) }
}

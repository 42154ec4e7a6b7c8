/// An encoding the decoder reads: its canonical name (the record's `source.encoding`),
/// the name glibc iconv knows it by, and the labels pages and servers use for it.
struct CharsetEntry: Sendable, Equatable {
    enum Family: Sendable, Equatable {
        case utf8, utf16LittleEndian, utf16BigEndian
        /// A single-byte legacy encoding converted through iconv.
        case legacy
        /// A known encoding with no converter (VNI-Windows is a font encoding).
        case unsupported
    }

    let canonical: String
    let iconvName: String
    let family: Family
    let labels: [String]
}

/// Charset labels → canonical encodings. Labels are matched lower-cased and trimmed.
enum CharsetAliases {
    static let entries: [CharsetEntry] = [
        .init(canonical: "utf-8", iconvName: "UTF-8", family: .utf8,
              labels: ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode20utf8"]),
        .init(canonical: "utf-16le", iconvName: "UTF-16LE", family: .utf16LittleEndian,
              labels: ["utf-16le", "utf-16", "utf16", "unicode", "ucs-2", "unicodefeff"]),
        .init(canonical: "utf-16be", iconvName: "UTF-16BE", family: .utf16BigEndian,
              labels: ["utf-16be", "unicodefffe"]),
        .init(canonical: "windows-1258", iconvName: "CP1258", family: .legacy,
              labels: ["windows-1258", "cp1258", "x-cp1258", "win-1258", "win1258", "ms-1258"]),
        .init(canonical: "tcvn3", iconvName: "TCVN5712-1", family: .legacy,
              labels: ["tcvn3", "tcvn", "vn3", "tcvn-3", "tcvn5712-1", "tcvn-5712", "tcvn5712",
                       "tcvn5712-1:1993", "x-viet-tcvn5712"]),
        .init(canonical: "viscii", iconvName: "VISCII", family: .legacy,
              labels: ["viscii", "csviscii", "viscii1.1-1", "x-viet-viscii"]),
        .init(canonical: "iso-8859-1", iconvName: "ISO-8859-1", family: .legacy,
              labels: ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "iso-ir-100"]),
        .init(canonical: "windows-1252", iconvName: "CP1252", family: .legacy,
              labels: ["windows-1252", "cp1252", "x-cp1252"]),
        .init(canonical: "us-ascii", iconvName: "CP1252", family: .legacy,
              labels: ["us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us"]),
        .init(canonical: "vni", iconvName: "", family: .unsupported,
              labels: ["vni", "vni-windows", "x-vni", "vps"]),
    ]

    private static let byLabel: [String: CharsetEntry] = {
        var table: [String: CharsetEntry] = [:]
        for entry in entries {
            for label in entry.labels { table[label] = entry }
        }
        return table
    }()

    /// The entry for a charset label as written in a header or a `<meta>` ("CP1258",
    /// " \"utf-8\" "), or nil when the label is unknown.
    static func entry(for label: String) -> CharsetEntry? {
        byLabel[normalizedLabel(label)]
    }

    /// The label lower-cased, without surrounding whitespace and quotes.
    static func normalizedLabel(_ label: String) -> String {
        let trimmed = label.trimmingCharacters(in: " \t\r\n\"'")
        return trimmed.lowercased()
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let unwanted = Set(set)
        var slice = Substring(self)
        while let first = slice.first, unwanted.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, unwanted.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

import VietnameseText

/// One province or centrally-run city: its canonical name (the tone mark on the first vowel,
/// as the record contract prints normalised names), the other ways texts write it, and what
/// it became in the 2025 reorganisation.
public struct Province: Sendable, Equatable {
    /// "Hòa Bình".
    public let name: String
    /// Other spellings ("Hoà Bình" is found through folding; "TP HCM" needs a row).
    public let shortForms: [String]
    /// The province it is part of from ``successionDate`` on; nil when it keeps its name.
    public let successor: String?
    /// `YYYY-MM-DD`: when ``successor`` took over.
    public let successionDate: String?
    /// True for a name in force after the 2025 reorganisation (one of the 34).
    public let isCurrent: Bool
}

/// The 63 provinces and centrally-run cities in force before 1 July 2025 and the 34 after
/// (Nghị quyết 202/2025/QH15 merged 52 of them into 23; 11 kept their territory), with
/// their common short forms, and a record's province from its issuer or site.
public enum Provinces {
    /// The day the 34 provinces took over from the 63.
    public static let reorganisation = "2025-07-01"

    /// The 34 provinces after the reorganisation and the old provinces each was formed from
    /// (the first old province gives its name, apart from Huế).
    public static let merges: [(current: String, formedFrom: [String])] = [
        ("Hà Nội", ["Hà Nội"]),
        ("Huế", ["Thừa Thiên Huế"]),
        ("Lai Châu", ["Lai Châu"]),
        ("Điện Biên", ["Điện Biên"]),
        ("Sơn La", ["Sơn La"]),
        ("Lạng Sơn", ["Lạng Sơn"]),
        ("Quảng Ninh", ["Quảng Ninh"]),
        ("Thanh Hóa", ["Thanh Hóa"]),
        ("Nghệ An", ["Nghệ An"]),
        ("Hà Tĩnh", ["Hà Tĩnh"]),
        ("Cao Bằng", ["Cao Bằng"]),
        ("Tuyên Quang", ["Tuyên Quang", "Hà Giang"]),
        ("Lào Cai", ["Lào Cai", "Yên Bái"]),
        ("Thái Nguyên", ["Thái Nguyên", "Bắc Kạn"]),
        ("Phú Thọ", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]),
        ("Bắc Ninh", ["Bắc Ninh", "Bắc Giang"]),
        ("Hưng Yên", ["Hưng Yên", "Thái Bình"]),
        ("Hải Phòng", ["Hải Phòng", "Hải Dương"]),
        ("Ninh Bình", ["Ninh Bình", "Hà Nam", "Nam Định"]),
        ("Quảng Trị", ["Quảng Trị", "Quảng Bình"]),
        ("Đà Nẵng", ["Đà Nẵng", "Quảng Nam"]),
        ("Quảng Ngãi", ["Quảng Ngãi", "Kon Tum"]),
        ("Gia Lai", ["Gia Lai", "Bình Định"]),
        ("Khánh Hòa", ["Khánh Hòa", "Ninh Thuận"]),
        ("Lâm Đồng", ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]),
        ("Đắk Lắk", ["Đắk Lắk", "Phú Yên"]),
        ("Hồ Chí Minh", ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]),
        ("Đồng Nai", ["Đồng Nai", "Bình Phước"]),
        ("Tây Ninh", ["Tây Ninh", "Long An"]),
        ("Cần Thơ", ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]),
        ("Vĩnh Long", ["Vĩnh Long", "Bến Tre", "Trà Vinh"]),
        ("Đồng Tháp", ["Đồng Tháp", "Tiền Giang"]),
        ("Cà Mau", ["Cà Mau", "Bạc Liêu"]),
        ("An Giang", ["An Giang", "Kiên Giang"]),
    ]

    /// Short forms and other spellings, each with the canonical name it stands for. Tone-mark
    /// placement ("Hoà Bình") and case need no row: names are compared folded.
    public static let shortForms: [(form: String, name: String)] = [
        ("TP HCM", "Hồ Chí Minh"), ("TP. HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"), ("HCM", "Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "Hồ Chí Minh"), ("Tp. Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("Thừa Thiên-Huế", "Thừa Thiên Huế"), ("TT-Huế", "Thừa Thiên Huế"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Đắc Lắc", "Đắk Lắk"), ("Daklak", "Đắk Lắk"), ("Đăk Lăk", "Đắk Lắk"), ("Đắk Nông", "Đắk Nông"),
        ("Đăk Nông", "Đắk Nông"), ("Kontum", "Kon Tum"), ("Bắc Cạn", "Bắc Kạn"),
        ("Thủ đô Hà Nội", "Hà Nội"), ("TP Hà Nội", "Hà Nội"), ("TP Hải Phòng", "Hải Phòng"), ("TP Đà Nẵng", "Đà Nẵng"),
        ("TP Cần Thơ", "Cần Thơ"), ("TP Huế", "Huế"), ("Thành phố Huế", "Huế"),
    ]

    /// Every province, old and current, by canonical name.
    public static let all: [Province] = {
        var rows: [Province] = []
        var seen: Set<String> = []
        for merge in merges {
            for old in merge.formedFrom where seen.insert(old).inserted {
                let renamed = old != merge.current
                rows.append(Province(name: old, shortForms: forms(of: old), successor: renamed ? merge.current : nil,
                                     successionDate: renamed ? (old == "Thừa Thiên Huế" ? "2025-01-01" : reorganisation) : nil,
                                     isCurrent: !renamed))
            }
            if seen.insert(merge.current).inserted {
                rows.append(Province(name: merge.current, shortForms: forms(of: merge.current), successor: nil,
                                     successionDate: nil, isCurrent: true))
            }
        }
        return rows
    }()

    static func forms(of name: String) -> [String] {
        shortForms.filter { $0.name == name }.map(\.form)
    }

    /// The 63 names in force before 1 July 2025.
    public static var beforeReorganisation: [String] { merges.flatMap(\.formedFrom) }
    /// The 34 names in force from 1 July 2025.
    public static var afterReorganisation: [String] { merges.map(\.current) }

    /// Canonical name by folded spelling (names and short forms).
    static let byKey: [String: String] = {
        var table: [String: String] = [:]
        for province in all { table[key(province.name)] = province.name }
        for row in shortForms { table[key(row.form)] = row.name }
        return table
    }()

    static let byName: [String: Province] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// Comparison form: folded, hyphens and periods as spaces, spaces squeezed.
    static func key(_ text: String) -> String {
        // Each of the four separators is one scalar that nothing composes with: a text
        // without their bytes (0xE2 leads "–") has none of them as a Character.
        let mayHoldSeparator = text.utf8.contains { $0 == 0x2D || $0 == 0x2E || $0 == 0x2C || $0 == 0xE2 }
        let spaced = mayHoldSeparator ? String(text.map { "-–.,".contains($0) ? " " : $0 }) : text
        // The folded text is ASCII, so its words between spaces are byte runs.
        var bytes: [UInt8] = []
        var pendingSpace = false
        for byte in Folding.key(spaced).utf8 {
            if byte == 0x20 {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The canonical name `text` stands for ("TP HCM", "Hoà Bình", "tỉnh Cao Bằng"), or nil.
    public static func canonicalName(_ text: String) -> String? {
        var folded = key(text)
        for prefix in ["tinh ", "thanh pho ", "tp "] where folded.hasPrefix(prefix) && byKey[folded] == nil {
            folded.removeFirst(prefix.count)
        }
        return byKey[folded]
    }

    /// `name` as it was called at `date` (`YYYY-MM-DD…`): an old province's successor from the
    /// day it took over. Without a date the name stays.
    public static func name(_ name: String, at date: String?) -> String {
        guard let date, date.count >= 10 else { return name }
        let day = String(date.prefix(10))
        // A renamed province ("Huế", formerly "Thừa Thiên Huế") named before its new name.
        if let renamed = all.first(where: { $0.successor == name && $0.successionDate.map { day < $0 } == true }),
           merges.first(where: { $0.current == name })?.formedFrom == [renamed.name] {
            return renamed.name
        }
        var current = name
        while let province = byName[current], let successor = province.successor, let since = province.successionDate,
              day >= since {
            current = successor
        }
        return current
    }

    /// Words before a province name that say it is one ("tỉnh Cao Bằng", "Tỉnh ủy Cao Bằng").
    static let markers: [[String]] = [
        ["tinh", "uy"], ["thanh", "uy"], ["thanh", "pho"], ["tinh"], ["tp"], ["ubnd", "tinh"], ["ubnd", "thanh", "pho"],
    ].sorted { $0.count > $1.count }

    /// The province a body's or a site's name says it belongs to ("Ban Tuyên giáo Tỉnh ủy Cao
    /// Bằng", "Đảng bộ tỉnh Đắk Lắk", "Cổng TTĐT tỉnh Hà Giang"), by the first marked name.
    public static func named(in text: String) -> String? {
        let words = key(text).split(separator: " ").map(String.init)
        for index in words.indices {
            guard let marker = markers.first(where: { words[index...].starts(with: $0) }) else { continue }
            let start = index + marker.count
            for length in stride(from: min(5, words.count - start), through: 1, by: -1) {
                if let name = byKey[words[start..<(start + length)].joined(separator: " ")] { return name }
            }
        }
        return nil
    }

    /// A record's province: the portal registry's value when the pipeline has one, else the
    /// one the document's header lines name, else the site's, in the name in force at `date`.
    public static func province(registry: String?, headerLines: [String], site: String?, date: String?) -> String? {
        let found = registry.flatMap { canonicalName($0) ?? $0 }
            ?? headerLines.lazy.compactMap(named(in:)).first
            ?? site.flatMap(named(in:))
        return found.map { name($0, at: date) }
    }
}

import VietnameseText

/// Whether a document symbol names a national body, whose symbols are unique in the country,
/// or a local one, whose symbols repeat from province to province ("1234/QĐ-UBND" is issued by
/// every provincial People's Committee). The reporting database keys local directives by
/// province as well (`directive_key`), so that two provinces' decisions never count as one.
public enum DirectiveScope: String, Sendable {
    case national
    case local

    /// Issuing-body parts of a symbol that name a national body. A part is the text after the
    /// last "/" of a Party symbol ("05-CT/TW" → "TW") or after the kind code of a State symbol
    /// ("05/CT-TTg" → "TTg"); a part that ends in "TW" ("BTGTW", "BTCTW", "VPTW") is central too.
    /// Everything else (TU, HU, QU, ĐU, UBND, HĐND, BTGTU, BTGHU…) is local. Folded, upper-case.
    static let nationalIssuers: [(part: String, body: String)] = [
        ("TW", "Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư: 05-CT/TW, 35-NQ/TW"),
        ("BCT", "Bộ Chính trị / Bộ Công Thương: 12-QĐ/BCT"),
        ("BBT", "Ban Bí thư"),
        ("QH", "Quốc hội: 30/2019/QH14"),
        ("UBTVQH", "Ủy ban Thường vụ Quốc hội: 1023/NQ-UBTVQH"),
        ("CTN", "Chủ tịch nước"),
        ("CP", "Chính phủ: 30/2020/NĐ-CP"),
        ("TTG", "Thủ tướng Chính phủ: 05/CT-TTg"),
        ("VPCP", "Văn phòng Chính phủ"),
        ("BGDDT", "Bộ Giáo dục và Đào tạo"),
        ("BNV", "Bộ Nội vụ"),
        ("BTC", "Bộ Tài chính"),
        ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("BTTTT", "Bộ Thông tin và Truyền thông"),
        ("BQP", "Bộ Quốc phòng"),
        ("BCA", "Bộ Công an"),
        ("BYT", "Bộ Y tế"),
        ("BTP", "Bộ Tư pháp"),
        ("BKHDT", "Bộ Kế hoạch và Đầu tư"),
        ("BLDTBXH", "Bộ Lao động – Thương binh và Xã hội"),
        ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("BTNMT", "Bộ Tài nguyên và Môi trường"),
        ("BNG", "Bộ Ngoại giao"),
    ]

    private static let nationalParts: Set<String> = Set(nationalIssuers.map(\.part))

    /// The scope of a canonical symbol ("05-CT/TW", "1234/QĐ-UBND", "30/2020/NĐ-CP"), or nil
    /// when it has no issuing-body part.
    public static func of(code: String) -> DirectiveScope? {
        let folded = Folding.key(code).uppercased()
        guard let slash = folded.lastIndex(of: "/") else { return nil }
        var part = folded[folded.index(after: slash)...]
        if let dash = part.lastIndex(of: "-") { part = part[part.index(after: dash)...] }
        let issuer = String(part.filter { $0.isLetter })
        guard !issuer.isEmpty else { return nil }
        return nationalParts.contains(issuer) || issuer.hasSuffix("TW") ? .national : .local
    }

    /// The key the reporting database counts a directive by: the symbol alone for a national
    /// body; the symbol and the province (or, without one, the site) for a local one, so
    /// "1234/QĐ-UBND|Cao Bằng" and "1234/QĐ-UBND|Hà Giang" stay two directives. Nil without a symbol.
    public static func key(code: String?, province: String?, site: String?) -> String? {
        guard let code else { return nil }
        guard of(code: code) == .local else { return code }
        return code + "|" + (province ?? site ?? "?")
    }
}

import VietnameseText

/// A span of the record's `text`, in code points, half-open.
public struct Mention: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var range: Range<Int> { start..<end }

    public static func < (lhs: Mention, rhs: Mention) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// The kinds of numbered Party and State documents (`type` in the record).
public enum DirectiveKind: String, Sendable, CaseIterable, Codable {
    case chiThi = "chi_thi"
    case nghiQuyet = "nghi_quyet"
    case ketLuan = "ket_luan"
    case quyDinh = "quy_dinh"
    case quyetDinh = "quyet_dinh"
    case keHoach = "ke_hoach"
    case chuongTrinh = "chuong_trinh"
    case huongDan = "huong_dan"
    case thongBao = "thong_bao"
    case congVan = "cong_van"
    case deAn = "de_an"
    case baoCao = "bao_cao"
    case luat = "luat"
    case nghiDinh = "nghi_dinh"
    case thongTu = "thong_tu"
    case phapLenh = "phap_lenh"
    case thongTuLienTich = "thong_tu_lien_tich"
    case toTrinh = "to_trinh"
    case quyChe = "quy_che"
    case thongTri = "thong_tri"
}

/// A cited document: one item per distinct document, all its mentions merged.
public struct Directive: Hashable, Sendable {
    public var type: DirectiveKind
    public var number: String?
    public var code: String?
    /// Issue date, ISO `YYYY-MM-DD`.
    public var date: String?
    public var issuer: String?
    /// The khóa in Roman numerals.
    public var term: String?
    public var mentions: [Mention]

    public init(type: DirectiveKind, number: String?, code: String? = nil, date: String? = nil,
                issuer: String? = nil, term: String? = nil, mentions: [Mention] = []) {
        self.type = type
        self.number = number
        self.code = code
        self.date = date
        self.issuer = issuer
        self.term = term
        self.mentions = mentions
    }
}

public enum FigureKind: String, Sendable, CaseIterable, Codable {
    case percent, count, money, duration
}

public enum Approximation: String, Sendable, CaseIterable, Codable {
    /// hơn, trên, vượt, ít nhất, tối thiểu, "từ … trở lên"
    case over
    /// dưới, tối đa
    case under
    /// gần, khoảng, xấp xỉ, hầu hết
    case about
}

/// A cardinal quantity that reports a result, a size or a target.
public struct Figure: Hashable, Sendable {
    public var value: Double
    public var kind: FigureKind
    /// Upper end of a range ("250 – 500 nghìn đồng").
    public var max: Double?
    public var approx: Approximation?
    /// Head noun of what is counted, as written; nil when none is given.
    public var subject: String?
    public var mentions: [Mention]

    public init(value: Double, kind: FigureKind, max: Double? = nil, approx: Approximation? = nil,
                subject: String? = nil, mentions: [Mention] = []) {
        self.value = value
        self.kind = kind
        self.max = max
        self.approx = approx
        self.subject = subject
        self.mentions = mentions
    }
}

/// What a named model is (`category` in the record).
public enum ModelCategory: String, Sendable, CaseIterable, Codable {
    case moHinh = "mo_hinh"
    case phongTrao = "phong_trao"
    case cuocVanDong = "cuoc_van_dong"
    case cuocThi = "cuoc_thi"
    case giaiThuong = "giai_thuong"
    case tuSach = "tu_sach"
    case chuongTrinh = "chuong_trinh"
    case other = "khac"
}

/// A named model, movement, campaign, contest or award.
public struct Model: Hashable, Sendable {
    public var name: String
    public var category: ModelCategory
    public var owner: String?
    public var mentions: [Mention]

    public init(name: String, category: ModelCategory, owner: String? = nil, mentions: [Mention] = []) {
        self.name = name
        self.category = category
        self.owner = owner
        self.mentions = mentions
    }
}

/// A calendar date to the day (`2016-05-15`), month (`2022-05`) or quarter (`2022-Q4`).
public struct DateItem: Hashable, Sendable {
    public var value: String
    public var mentions: [Mention]

    public init(value: String, mentions: [Mention] = []) {
        self.value = value
        self.mentions = mentions
    }
}

/// A span with both ends stated, each in the precision written (`2021`, `2022-09`, `1890-05-19`).
public struct Period: Hashable, Sendable {
    public var start: String
    public var end: String
    /// "giai đoạn", "nhiệm kỳ", or nil for a bare span.
    public var label: String?
    public var mentions: [Mention]

    public init(start: String, end: String, label: String? = nil, mentions: [Mention] = []) {
        self.start = start
        self.end = end
        self.label = label
        self.mentions = mentions
    }
}

/// A person named with a title, honorific or role, a byline or a photo credit.
public struct Person: Hashable, Sendable {
    public var name: String
    public var title: String?
    public var mentions: [Mention]

    public init(name: String, title: String? = nil, mentions: [Mention] = []) {
        self.name = name
        self.title = title
        self.mentions = mentions
    }
}

/// A yearly or whole-term study theme (chuyên đề) whose title the text quotes.
public struct Theme: Hashable, Sendable {
    /// The year, or the first year of a whole-term theme.
    public var year: Int
    public var title: String
    public var mentions: [Mention]

    public init(year: Int, title: String, mentions: [Mention] = []) {
        self.year = year
        self.title = title
        self.mentions = mentions
    }
}

/// Everything extracted from one text.
public struct Facts: Sendable, Equatable {
    public var directives: [Directive] = []
    public var figures: [Figure] = []
    public var models: [Model] = []
    public var dates: [DateItem] = []
    public var periods: [Period] = []
    public var people: [Person] = []
    public var themes: [Theme] = []

    public init() {}
}

import VietnameseText

/// Fields that a unit's name holds whole although a comma or a dash stands inside them, or a
/// lower-case syllable follows a capitalised one: "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao
/// động - Thương binh và Xã hội", "Đảng ủy Bưu điện tỉnh Hà Nam". Issuers, model owners and people's
/// titles read such a field as one word, so the comma does not end the name.
///
/// Matched on folded text; spaces around a comma or dash may be missing or doubled, and any
/// dash matches ("–" folds to "-"). A word the row writes in lower case must be in lower case
/// in the text too, unless the whole field is in capitals: "Văn Hòa" is a name, not "Văn hóa".
enum UnitFieldNames {
    /// Each field as printed, with a unit whose whole name holds it.
    static let rows: [(field: String, example: String)] = [
        ("Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Văn hóa - Thể thao và Du lịch", "Bộ Văn hóa - Thể thao và Du lịch"),
        ("Văn hóa, Thông tin và Thể thao", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Mỹ Xuyên"),
        ("Văn hóa - Thông tin - Thể thao", "Trung tâm Văn hóa - Thông tin - Thể thao xã Tân Lập"),
        ("Văn hóa - Thông tin", "Phòng Văn hóa - Thông tin huyện Đông Anh"),
        ("Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội xã Tân Lập"),
        ("Văn hóa - Thể thao", "Trung tâm Văn hóa - Thể thao thị xã Sơn Tây"),
        ("Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
        ("Lao động, Thương binh và Xã hội", "Phòng Lao động, Thương binh và Xã hội"),
        ("Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hòa Bình"),
        ("Kinh tế - Hạ tầng", "Phòng Kinh tế - Hạ tầng huyện Gia Lâm"),
        ("Kinh tế - Ngân sách", "Ban Kinh tế - Ngân sách HĐND tỉnh Nam Định"),
        ("Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch huyện Ý Yên"),
        ("Giáo dục - Đào tạo", "Phòng Giáo dục - Đào tạo thị xã Phú Thọ"),
        ("Khoa học - Công nghệ", "Sở Khoa học - Công nghệ"),
        ("Bưu điện", "Đảng ủy Bưu điện tỉnh Hà Nam"),
        ("Kho bạc Nhà nước", "Chi bộ Kho bạc Nhà nước tỉnh Lào Cai"),
        ("Văn hóa", "Sở Văn hóa và Thể thao"),
        ("Thể thao", "Phòng Văn hóa và Thể thao huyện Đông Anh"),
        ("Thông tin", "Trung tâm Thông tin huyện Gia Lâm"),
        ("Truyền thông", "Sở Thông tin và Truyền thông"),
        // Departments of a company or an agency, the second syllable in lower case.
        ("Kinh doanh", "Chi đoàn Phòng Kinh doanh"),
        ("Tổng hợp", "Phòng Tổng hợp"),
        ("Hành chính - Tổng hợp", "Phòng Hành chính - Tổng hợp"),
        ("Tài chính - Kế toán", "Phòng Tài chính - Kế toán"),
        ("Hành chính", "Phòng Hành chính"),
        ("Kế toán", "Phòng Kế toán"),
        ("Kỹ thuật", "Phòng Kỹ thuật"),
        // A gifted pupils' school: "học sinh lớp 11A2 Trường THPT chuyên Lê Quý Đôn".
        ("THPT chuyên", "Trường THPT chuyên Lê Quý Đôn"),
    ]

    /// One piece of a field: a folded word (and whether the row writes it in lower case), or
    /// the separator before the next word.
    enum Piece: Equatable {
        case word([UInt8], lowerCase: Bool)
        case space
        case mark(UInt8)
    }

    /// The rows' fields as pieces, longest first, so the longest field that starts at a
    /// position is the one read.
    static let compiled: [[Piece]] = rows.map { pieces($0.field) }
        .sorted { $0.count > $1.count }

    /// "Văn hóa, Thể thao" → word, space, word (lower case), mark(,), word, space, word (lower case).
    static func pieces(_ field: String) -> [Piece] {
        let lowerCaseWords = field.split(whereSeparator: { " ,-".contains($0) }).filter { $0.first?.isLowercase == true }
            .map { Folding.key(String($0)) }
        let folded = Folding.key(field)
        var result: [Piece] = []
        var word: [UInt8] = []
        var pendingMark: UInt8?
        var pendingSpace = false
        func flush() {
            guard !word.isEmpty else { return }
            if let mark = pendingMark { result.append(.mark(mark)) } else if pendingSpace, !result.isEmpty { result.append(.space) }
            result.append(.word(word, lowerCase: lowerCaseWords.contains(String(decoding: word, as: UTF8.self))))
            word = []
            pendingMark = nil
            pendingSpace = false
        }
        for byte in folded.utf8 {
            switch byte {
            case UInt8(ascii: " "):
                flush()
                pendingSpace = true
            case UInt8(ascii: ","), UInt8(ascii: "-"):
                flush()
                pendingMark = byte
            default:
                word.append(byte)
            }
        }
        flush()
        return result
    }

    /// The end of the field that starts at `position`, whole words, read up to `bound`; nil
    /// when none of ``rows`` starts there.
    static func end(in text: AnalyzedText, at position: Int, bound: Int? = nil) -> Int? {
        let bound = min(bound ?? text.count, text.count)
        guard position < bound, position == 0 || !text.isWordCharacter(at: position - 1) else { return nil }
        let folded = text.folded
        let first = folded[position]
        for field in compiled {
            guard case let .word(opening, _)? = field.first, opening.first == first,
                  let end = match(field, in: text, from: position, bound: bound),
                  end == bound || !text.isWordCharacter(at: end) else { continue }
            return end
        }
        return nil
    }

    /// Where `field` ends when it is printed at `position`, or nil.
    static func match(_ field: [Piece], in text: AnalyzedText, from position: Int, bound: Int) -> Int? {
        let folded = text.folded
        var index = position
        var capitalised: [Int] = []
        for piece in field {
            switch piece {
            case let .word(bytes, lowerCase):
                guard index + bytes.count <= bound, folded[index..<(index + bytes.count)].elementsEqual(bytes) else { return nil }
                if lowerCase, text.isUppercase(at: index) { capitalised.append(index) }
                index += bytes.count
            case .space:
                let start = index
                while index < bound, folded[index] == 0x20 { index += 1 }
                guard index > start else { return nil }
            case let .mark(mark):
                while index < bound, folded[index] == 0x20 { index += 1 }
                guard index < bound, folded[index] == mark else { return nil }
                index += 1
                while index < bound, folded[index] == 0x20 { index += 1 }
            }
        }
        if !capitalised.isEmpty, (position..<index).contains(where: { text.isWordCharacter(at: $0) && !text.isUppercase(at: $0) }) {
            return nil
        }
        return index
    }
}

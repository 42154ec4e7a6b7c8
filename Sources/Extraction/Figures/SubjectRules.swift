import ExtractionEngine
import VietnameseText

/// Finds the head noun phrase of what a figure counts, as written.
enum SubjectRules {
    /// Words that never belong to a subject, even as its first word: function words,
    /// prepositions, comparisons ("100% là", "tăng 5 so với").
    static let functionWords: Set<String> = [
        "là", "có", "được", "bị", "của", "cho", "trong", "tại", "ở", "với", "và", "để", "đã", "đang",
        "sẽ", "đều", "cũng", "thì", "mà", "do", "bởi", "từ", "đến", "tới", "theo", "về", "vào", "ra",
        "trên", "dưới", "so", "trở", "hoặc", "hay", "nữa", "như", "nhằm", "nên", "vì", "khi", "nếu",
        "sau", "trước", "qua", "nay", "này", "đó", "kia", "ấy", "gồm", "bao", "chiếm", "tăng", "giảm",
        "đạt", "thuộc", "không", "chưa", "rất", "lên", "xuống", "ngoài", "cùng", "mỗi", "hằng",
        "từng", "mọi", "lúc", "vẫn", "luôn", "bằng", "hơn", "kém", "nhưng", "song", "còn", "rồi",
        // An approximation opens the next figure: "450 đại biểu đại diện gần 250 nghìn đảng viên".
        "gần", "khoảng",
    ]

    /// Words and phrases that end a head noun when they follow it: verbs, adjectives,
    /// relative clauses ("132 mô hình tiêu biểu", "222 chi bộ dưới cơ sở", "23 chỉ tiêu
    /// đề ra"). Not checked on the subject's first word ("100% tổ chức đảng").
    static let clauseStarts: Set<String> = [
        "trực thuộc", "tham dự", "tham gia", "thực hiện", "đăng ký", "xây dựng", "tổ chức", "học",
        "làm", "chia", "đề ra", "tiêu biểu", "điển hình", "xuất sắc", "trọng tâm", "trọng điểm",
        "chủ chốt", "cụ thể", "thiết thực", "hiệu quả", "nổi bật", "mới", "khác", "nhận", "hoàn thành",
        "tham mưu", "hưởng ứng", "ban hành", "triển khai", "hỗ trợ", "quán triệt", "nghiên cứu",
        "tiếp cận", "tương ứng", "đạt chuẩn", "được", "đăng kí", "đạt", "vượt", "thu hút", "góp",
        "ủng hộ", "đóng góp", "trao", "tặng", "khen", "biểu dương", "ký", "cam kết", "viết", "gửi",
        "nêu", "phát", "tích cực", "trở lên", "còn lại", "liên tục", "liền", "lịch sử", "gần đây",
        "vừa qua", "tới", "tiếp theo", "sinh hoạt", "đi", "về", "sống", "tham luận",
        "dự thi", "truy cập", "đánh giá", "tham quan", "tiếp nhận", "sử dụng", "ứng dụng", "kết nạp",
        "khám", "điều trị", "vay", "thoát nghèo", "bầu", "trúng", "tốt nghiệp", "tìm hiểu", "theo dõi",
        "vi phạm", "xem", "đọc", "nghe", "tham khảo", "kiểm tra", "giám sát", "tuyên truyền",
        "tập huấn", "bồi dưỡng", "ra mắt", "hoạt động", "vận hành", "sản xuất", "kinh doanh",
        "chính", "lớn", "nhỏ", "quan trọng", "cơ bản", "chủ yếu", "trọng yếu", "tiên tiến", "tốt",
        "khá", "giỏi", "chủ lực", "mũi nhọn", "được giao", "bình quân", "trực tiếp", "tự nguyện",
        "phối hợp", "phát biểu", "trình bày", "chứng kiến", "công nhận", "giúp",
        "chăm lo", "thăm", "hài lòng", "tặng quà", "vui chơi", "đồng hành", "tiêu thụ", "chuyển", "mở",
        "hiến", "trồng", "dọn", "dọn dẹp", "sửa chữa", "xây", "huy động", "vận động", "quyên góp", "tu sửa",
        "nâng cấp", "cứng hóa", "bê tông hóa", "lắp đặt", "cấp phát", "số hóa", "tiết kiệm", "tiếp thu",
        "phát hiện", "nhân rộng", "giới thiệu", "bố trí", "trị giá", "đưa", "đối với",
        // How a patient is treated qualifies the head: "người bệnh nội trú" → "người bệnh".
        "nội trú", "ngoại trú",
    ]

    /// Nouns that count people under a form of address ("361/386 đồng chí"): the noun that
    /// opens the clause names them ("Số đảng viên tham dự 361/386 đồng chí" → "đảng viên").
    static let addressNouns: Set<String> = ["đồng chí"]

    /// Verbs a share in parentheses after a count may open with: "3.187 hồ sơ (đạt 99,1%)".
    static let shareVerbs: Set<String> = ["đạt", "chiếm", "bằng"]

    /// Words before the noun that opens a clause that say "the number of" ("Tổng số đảng viên").
    static let numberOfWords: Set<String> = ["số", "tổng số"]

    /// Classifiers whose next word is the counted noun even when it could be a verb
    /// ("300 buổi sinh hoạt", "500 lượt tham quan").
    static let classifiers: Set<String> = [
        "lượt", "buổi", "cuộc", "đợt", "suất", "căn", "ngôi", "chiếc", "em", "bản", "cuốn",
        "quyển", "tấm", "phần", "bộ", "đầu", "số",
    ]

    /// Nouns that continue a subject after "," or "và" ("cán bộ, đảng viên và nhân dân";
    /// "tập thể, cá nhân"; "chi, đảng bộ").
    static let continuationNouns: Set<String> = [
        "cán bộ", "đảng viên", "nhân dân", "công chức", "viên chức", "đoàn viên", "hội viên",
        "cá nhân", "tập thể", "đảng bộ", "chi bộ", "người", "học sinh", "sinh viên", "hộ", "gia đình",
        "doanh nghiệp", "hợp tác xã", "cơ quan", "đơn vị", "tổ chức", "cấp ủy", "người lao động",
        "lao động", "thanh niên", "phụ nữ", "cựu chiến binh", "nông dân", "công nhân", "chiến sĩ",
        "quần chúng", "giáo viên", "chiến sỹ", "đội viên", "thiếu nhi",
        "tổ đảng", "chi hội", "chi đoàn", "xã", "phường", "thị trấn", "thị xã", "thành phố", "huyện", "tỉnh",
        "quận", "hộ nghèo", "hộ cận nghèo", "tổ chức cơ sở đảng", "đảng bộ cơ sở", "chi bộ cơ sở", "thôn", "ấp", "khu phố", "bản",
        "trường", "lớp", "hội", "đoàn", "mặt trận", "ban", "ngành", "đoàn thể", "nhân viên", "du khách",
        "tác phẩm", "tin", "bài", "ảnh", "phóng sự", "chuyên mục", "tài liệu", "đầu sách", "cuộc",
        "buổi", "lượt", "hội nghị", "lớp học", "người dân", "bạn đọc", "độc giả", "hộ gia đình",
        "cơ sở", "tổ dân phố", "khóm", "học viên", "phóng viên", "văn nghệ sĩ", "thầy", "cô",
        "đặc khu", "thanh thiếu nhi", "thanh thiếu niên", "nhà dột nát", "vùng lãnh thổ", "dân quân", "câu lạc bộ",
    ]

    /// Nouns of a prize, after which a capitalised rank belongs to the subject ("01 giải
    /// Nhất", "4 giải C", "06 giải Khuyến khích").
    static let prizeWords: Set<String> = ["giải"]

    /// The ranks of a prize, printed capitalised after ``prizeWords``.
    static let prizeRanks: Set<String> = [
        "nhất", "nhì", "ba", "tư", "khuyến khích", "đặc biệt", "a", "b", "c", "d", "xuất sắc", "triển vọng",
    ]

    /// Words between a prize and the amount it is worth ("Giải Nhất được thưởng 5 triệu
    /// đồng", "giải Ba trị giá 2 triệu đồng"); "giải Nhì 3 triệu đồng" has none.
    static let prizeRewardWords: Set<String> = [
        "được thưởng", "thưởng", "được nhận", "nhận", "trị giá", "có trị giá", "mức thưởng", "gồm",
    ]

    /// Nouns whose second word otherwise ends a subject as a function word or a verb
    /// ("86 nhà ở", "212 đề tài khoa học", "46 trường học", "1.200 lượt bạn đọc", "18.300
    /// chứng từ", "42,6 ha mặt bằng").
    static let compoundNouns: Set<String> = [
        "nhà ở", "chỗ ở", "nơi ở", "đất ở", "khoa học", "trường học", "bạn đọc", "bạn nghe",
        "người đọc", "lớp học", "tin học", "tiểu học", "trung học", "đại học", "bỏ học", "khuyến học",
        "nhập học", "du học", "văn học", "y học", "hành chính", "tài chính", "bưu chính", "cấp trên",
        "chứng từ", "mặt bằng",
    ]

    /// Two-word heads whose first word alone is a classifier-like noun and whose second
    /// word would otherwise read as a verb or adjective ("2 việc làm đột phá", "5.000 bài
    /// dự thi", "9 giấy chứng nhận", "4 phòng học bộ môn", "26 tổ sản xuất", "1.204 hộ vay
    /// vốn", "57 góc học tập"), or up to four words ("giá trị sản xuất nông nghiệp tăng 6%").
    /// The head is the whole subject unless a coordinated noun follows.
    static let compoundHeads: Set<String> = [
        "việc làm", "việc tốt", "người tốt", "bài dự thi", "bài thi", "bài viết", "bài tham luận",
        "đội dự thi", "giấy chứng nhận", "giấy khen", "bằng khen",
        "phòng học", "tổ sản xuất", "giá trị sản xuất", "hộ vay", "góc học tập",
    ]

    /// Words that read as adjectives after a noun but name a kind of thing after a comma
    /// ("mô hình, điển hình").
    static let coordinatedNounsOtherwiseAdjectives: Set<String> = ["điển hình", "gương điển hình"]

    /// Function words that may follow a coordinated noun segment: the noun phrase's own
    /// modifiers and the predicate's auxiliaries ("mô hình, cách làm hay", "tập thể, cá nhân
    /// được khen"). Any other ("hồ sơ, tiết kiệm cho …") shows a verb and its object.
    static let segmentFollowers: Set<String> = [
        "của", "được", "đã", "đang", "sẽ", "đều", "cũng", "có", "trong", "tại", "ở", "hay", "thuộc", "trên",
        "dưới", "này", "đó", "ấy", "không", "chưa", "bị", "đạt",
    ]

    /// Time words that with a number after them are a date, not a subject ("45% năm 2020").
    static let calendarWords: Set<String> = ["năm", "tháng", "quý", "ngày", "tuần", "đợt", "kỳ"]

    /// Words that place a time, never a subject's head, before ``calendarWords``: "(đến) cuối
    /// năm 2024, tỷ lệ … đạt 7,2%".
    static let calendarQualifiers: Set<String> = ["cuối", "đầu", "giữa"]

    /// Verbs of change before a percentage whose subject opens the clause ("thời gian xử lý
    /// giảm 35%").
    static let changeVerbs: Set<String> = ["tăng", "giảm"]

    /// Longest coordinated noun segment a comma may add to a subject, in words.
    static let maxSegmentWords = 2

    /// Quantifiers that open a new clause after a comma, not another coordinated noun
    /// ("7 đồng chí, nhiều đồng chí được khen").
    static let segmentQuantifiers: Set<String> = [
        "nhiều", "các", "những", "một số", "một", "hầu hết", "tất cả", "toàn bộ", "đa số", "phần lớn", "ít",
    ]

    /// Longest coordinated noun segment, in words (syllables), when it ends the clause or
    /// meets one of ``segmentFollowers`` and holds no verb or adjective after its first
    /// word ("sáng kiến, cải tiến kỹ thuật được công nhận").
    static let maxClauseEndingSegmentWords = 4

    /// Words that make an amount of money a rate per unit ("mỗi hộ được hỗ trợ 5 triệu
    /// đồng"): a money noun before them names another amount.
    static let perUnitWords: Set<String> = ["mỗi", "từng"]

    /// Nouns of money, found before a money figure ("tổng kinh phí trên 20 triệu đồng").
    static let moneyNouns: Set<String> = [
        "kinh phí", "giá trị", "số tiền", "tiền", "vốn", "nguồn vốn", "ngân sách", "doanh thu",
        "thu nhập", "lợi nhuận", "quỹ", "chi phí", "tổng mức đầu tư", "học bổng", "tiền mặt",
        "vật chất", "trị giá", "kinh phí hỗ trợ", "nguồn lực", "lương", "mức lương", "giải thưởng",
        "tiền thưởng", "mức thưởng", "dư nợ", "vốn vay",
    ]

    /// Money nouns that say what something is worth ("mỗi suất trị giá 1 triệu đồng"): the
    /// subject is the thing valued, unless a total word makes it a noun ("tổng trị giá").
    static let valuationWords: Set<String> = ["trị giá"]

    /// Words before a valuation word that make it the noun "value" ("tổng trị giá").
    static let totalWords: Set<String> = ["tổng"]

    /// Words that introduce what a percentage is a share of ("tỷ lệ đám cưới … đạt gần 98%").
    static let ratioLeads: Set<String> = ["tỷ lệ", "tỉ lệ"]

    /// Capitalised words that still belong to a subject ("tổ chức Đảng", "cán bộ và Nhân
    /// dân", "18 căn nhà Đại đoàn kết", "143 chùa Khmer"); any other capital starts a name, which ends the subject ("3 môn Vật lí").
    static let capitalisedCommonWords: Set<String> = [
        "đảng", "nhân", "dân", "nhà", "nước", "đoàn", "hội", "mặt", "công", "cựu", "phụ", "nông",
        "thanh", "chi", "cán", "bác", "chiến", "sĩ", "hộ", "người", "học", "cơ",
        "đại",   // "nhà Đại đoàn kết"
        "khmer", // "người Khmer", "chùa Khmer"
        "tết",   // "2.480 phần quà Tết"
    ]

    /// Heads that are measures, not counts ("22 tuổi", "36 độ").
    static let measureHeads: Set<String> = ["tuổi", "độ", "giờ", "phút", "giây"]

    /// Length units that a "2" or "3" written right after squares or cubes: the unit with its
    /// power and the noun after it is the subject ("48.000 m2 đất", "1.750 km2").
    static let squareUnits: Set<String> = ["m", "km", "cm", "dm"]

    /// The powers typed as superscripts after ``squareUnits`` ("180 m² đất").
    static let powerSigns: Set<Unicode.Scalar> = ["²", "³"]

    /// Nouns that, followed by a capitalised name, name a place or a person
    /// ("xã Hàng Gòn", "huyện Định Quán", "anh Nguyễn Văn A"): never the thing an amount values.
    static let placeAndPersonHeads: Set<String> = [
        "xã", "huyện", "tỉnh", "phường", "quận", "thị trấn", "thị xã", "thành phố", "tp", "thôn", "ấp", "bản",
        "xóm", "làng", "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "đồng chí",
    ]

    /// Function words that are the noun counted after a number when the clause ends right
    /// after them or "và"/"hoặc" follows, each with a sentence that shows it.
    static let nounsOtherwiseFunctionWords: [(word: String, example: String)] = [
        ("từ", "Mỗi câu khẩu hiệu có 9 từ, dễ nhớ."),   // "word", not "from"
    ]

    /// Words after ``nounsOtherwiseFunctionWords`` that still leave the noun reading.
    static let nounFunctionWordFollowers: Set<String> = ["và", "hoặc"]

    /// Abbreviations of currencies and units, folded: no subject ("412 triệu USD").
    static let unitAbbreviations: Set<String> = ["usd", "eur", "vnd", "kwh", "mw", "kw"]

    /// Most letters of an abbreviation read as a subject ("25 ĐVTN", "tỷ lệ thu hút CCB").
    static let longestAbbreviation = 6

    private typealias T = FigureTables

    static let comma = UInt8(ascii: ",")
    static let segmentClosers = ByteSet(";.!?),")
    static let clauseOpeners = ByteSet(".!?,;:")
    static let sentenceEnds = ByteSet(".!?")
    static let clauseEnds = ByteSet(".;:!?")

    static let maxWords = 14

    /// The subject phrase starting at token `index`: its token span, or nil when no noun
    /// starts there. A capital opening a sentence (`opensSentence`) does not make a name.
    static func phrase(at index: Int, in tokens: FigureTokenList, opensSentence: Bool = false) -> Range<Int>? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let head = tokens[index].word
        if isAbbreviation(at: index, in: tokens) {
            return unitAbbreviations.contains(tokens.text.foldedSlice(tokens[index].range)) ? nil : index..<(index + 1)
        }
        if isNounOtherwiseFunctionWord(at: index, in: tokens) { return index..<(index + 1) }
        guard !T.functionWords.contains(head), !T.measureHeads.contains(head),
              !(T.calendarQualifiers.contains(head) && index + 1 < tokens.count && tokens[index + 1].kind == .word
                && T.calendarWords.contains(tokens[index + 1].word)),
              !(T.calendarWords.contains(head) && index + 1 < tokens.count && tokens[index + 1].kind == .numeral),
              !tokens[index].capitalized || opensSentence || T.capitalisedCommonWords.contains(head),
              !T.currencies.contains(head) || head == FigureWords.dong
        else { return nil }
        var end = index + 1
        var words = 1
        // A bare measure ("100m2", "5 km") takes no coordinated noun after a comma, nor does a
        // measured thing take a noun of money: what follows opens the next clause ("diện tích
        // 421 km2, dân số …", "7 ha cam sành, thu nhập …").
        let isMeasure = T.squareUnits.contains(head) || T.gluedUnits.contains(head)
        if T.squareUnits.contains(head), end < tokens.count, tokens[end].attached, tokens[end].range.count == 1,
           tokens[end].kind == .numeral
            || tokens[end].kind == .symbol && powerSigns.contains(tokens.text.scalars[tokens[end].range.lowerBound]) {
            end += 1
        }
        let bareMeasureEnd = isMeasure ? end : -1
        let compoundHead = FigureVocabulary.phrase(in: T.compoundHeads, at: index, of: tokens, maxWords: 4)
        if let compoundHead {
            end = index + compoundHead
            words = compoundHead
        }
        while end < tokens.count, words < maxWords {
            let token = tokens[end]
            if token.kind == .word {
                let word = token.word
                let isJoiner = word == FigureWords.va || word == FigureWords.cung
                if compoundHead != nil, !isJoiner { break }
                if isJoiner {
                    guard let length = FigureVocabulary.phrase(in: T.continuationNouns, at: end + 1, of: tokens) else { break }
                    end += 1 + length
                    words += 1 + length
                    continue
                }
                if T.functionWords.contains(word),
                   !(tokens[end - 1].kind == .word && T.compoundNouns.contains(tokens[end - 1].word, word)) { break }
                // A date after the noun is when, not what: "6 triệu lượt khách năm 2025".
                if T.calendarWords.contains(word), end + 1 < tokens.count, tokens[end + 1].kind == .numeral { break }
                if token.capitalized && !T.capitalisedCommonWords.contains(word) {
                    guard tokens[end - 1].kind == .word, T.prizeWords.contains(tokens[end - 1].word),
                          let rank = FigureVocabulary.phrase(in: T.prizeRanks, at: end, of: tokens) else { break }
                    end += rank
                    words += rank
                    continue
                }
                if words == 1 && T.classifiers.contains(head) {
                    let length = FigureVocabulary.phrase(in: T.clauseStarts, at: end, of: tokens) ?? 1
                    end += length
                    words += length
                    continue
                }
                if let stop = FigureVocabulary.phrase(in: T.clauseStarts, at: end, of: tokens),
                   (FigureVocabulary.phrase(in: T.continuationNouns, at: end, of: tokens) ?? 0) <= stop,
                   !(tokens[end - 1].kind == .word && T.compoundNouns.contains(tokens[end - 1].word, word)) { break }
                end += 1
                words += 1
            } else if token.isSymbol(comma) {
                guard end != bareMeasureEnd,
                      !(isMeasure && FigureVocabulary.phrase(in: T.moneyNouns, at: end + 1, of: tokens) != nil)
                else { break }
                if let length = FigureVocabulary.phrase(in: T.continuationNouns, at: end + 1, of: tokens) {
                    guard !namesSubject(after: end + 1 + length, in: tokens) else { break }
                    end += 1 + length
                    words += length
                    continue
                }
                guard let length = coordinatedSegment(at: end + 1, in: tokens) else { break }
                end += 1 + length
                words += length
            } else {
                break
            }
        }
        return index..<end
    }

    /// True when the word at `index` is an abbreviation in capitals ("ĐVTN", "CCB"): two to
    /// ``longestAbbreviation`` letters, every one upper-case, between words that are not all
    /// in capitals (a headline in capitals holds no abbreviation that way).
    static func isAbbreviation(at index: Int, in tokens: FigureTokenList) -> Bool {
        guard isUpperCaseWord(at: index, in: tokens), tokens[index].range.count <= longestAbbreviation else { return false }
        return !(index > 0 && isUpperCaseWord(at: index - 1, in: tokens))
            && !(index + 1 < tokens.count && isUpperCaseWord(at: index + 1, in: tokens))
    }

    /// True for a word of two letters or more, every one upper-case.
    static func isUpperCaseWord(at index: Int, in tokens: FigureTokenList) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.range.count >= 2, tokens.text.isUppercase(at: token.range.lowerBound) else { return false }
        return token.range.allSatisfy { tokens.text.isUppercase(at: $0) }
    }

    /// True for a word of ``nounsOtherwiseFunctionWords`` that ends its clause ("có 9 từ,",
    /// "tối thiểu 500 từ và …").
    static func isNounOtherwiseFunctionWord(at index: Int, in tokens: FigureTokenList) -> Bool {
        guard !tokens[index].capitalized, T.nounsOtherwiseFunctionWords.contains(tokens[index].word) else { return false }
        let next = index + 1
        guard next < tokens.count else { return true }
        let after = tokens[next]
        switch after.kind {
        case .lineBreak: return true
        case .symbol: return segmentClosers.contains(after.symbol)
        case .word: return nounFunctionWordFollowers.contains(FigureLexicon.word(after.word))
        case .numeral: return false
        }
    }

    /// True when a proper name follows the coordinated noun that ends before `end`, within a
    /// few lower-case words: the noun heads the next clause's subject ("16 chi hội, hội nông
    /// dân La Hiên đã …"), not another noun of this one.
    static func namesSubject(after end: Int, in tokens: FigureTokenList) -> Bool {
        var position = end
        while position < tokens.count, position < end + 3, tokens[position].kind == .word {
            let token = tokens[position]
            if token.capitalized {
                guard !T.capitalisedCommonWords.contains(token.word), !isUpperCaseWord(at: position, in: tokens) else {
                    return false
                }
                // The name's clause goes on after it ("… La Hiên đã góp"); a name that ends the
                // clause ("hộ đồng bào Khmer.") qualifies the noun.
                var after = position + 1
                while after < tokens.count, after < position + 5, tokens[after].kind == .word, tokens[after].capitalized {
                    after += 1
                }
                return after < tokens.count && tokens[after].kind == .word
            }
            if T.functionWords.contains(token.word) { return false }
            position += 1
        }
        return false
    }

    /// A short bare noun after a comma that continues a subject ("mô hình, cách làm hay",
    /// "ý kiến, kiến nghị", "đường thôn, xóm"): at most ``maxSegmentWords`` common words, not
    /// opening with a function word or a verb, cut before a verb or adjective after two words, and
    /// followed by the end of the clause or one of ``segmentFollowers`` — never by a number
    /// or by a predicate ("là", "như"). Its length in tokens, or nil.
    static func coordinatedSegment(at index: Int, in tokens: FigureTokenList) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, !tokens[index].capitalized,
              !T.functionWords.contains(tokens[index].word), !T.measureHeads.contains(tokens[index].word),
              FigureVocabulary.phrase(in: T.segmentQuantifiers, at: index, of: tokens) == nil else { return nil }
        if let verb = FigureVocabulary.phrase(in: T.clauseStarts, at: index, of: tokens),
           (FigureVocabulary.phrase(in: T.coordinatedNounsOtherwiseAdjectives, at: index, of: tokens) ?? 0) < verb {
            return nil
        }
        var end = index
        while end < tokens.count, tokens[end].kind == .word, !tokens[end].capitalized,
              !T.functionWords.contains(tokens[end].word) {
            end += 1
        }
        if end - index > maxSegmentWords {
            if end - index <= maxClauseEndingSegmentWords, segmentEnds(at: end, in: tokens),
               !(index + 1..<end).contains(where: { FigureVocabulary.phrase(in: T.clauseStarts, at: $0, of: tokens) != nil }) {
                return end - index
            }
            guard FigureVocabulary.phrase(in: T.clauseStarts, at: index + maxSegmentWords, of: tokens) != nil else { return nil }
            return maxSegmentWords
        }
        return segmentEnds(at: end, in: tokens) ? end - index : nil
    }

    /// True when token `end` closes a coordinated segment: the end of the clause, a
    /// coordinated noun after "và", or one of ``segmentFollowers``.
    static func segmentEnds(at end: Int, in tokens: FigureTokenList) -> Bool {
        guard end < tokens.count else { return true }
        let after = tokens[end]
        switch after.kind {
        case .lineBreak:
            return true
        case .numeral:
            return false
        case .symbol:
            return segmentClosers.contains(after.symbol)
        case .word:
            if after.capitalized && !T.capitalisedCommonWords.contains(after.word) { return false }
            if after.word == FigureWords.va {
                return FigureVocabulary.phrase(in: T.continuationNouns, at: end + 1, of: tokens) != nil
            }
            return T.segmentFollowers.contains(after.word)
        }
    }

    /// The noun phrase after the nearest "tỷ lệ" before token `index` in its clause.
    static func ratioSubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        let start = clauseStart(before: index, in: tokens)
        var position = index - 1
        while position >= start {
            if let length = FigureVocabulary.phrase(in: T.ratioLeads, at: position, of: tokens, maxWords: 2) {
                return ratioShare(at: position + length, in: tokens)
            }
            position -= 1
        }
        return nil
    }

    /// Words between a ratio's verb and its noun: "tỷ lệ hài lòng của người bệnh".
    static let ratioVerbLinks: Set<String> = ["của"]

    /// What a ratio is a share of, after its lead: the noun phrase there, or after a verb or
    /// adjective that opens it ("tỷ lệ thu hút CCB tham gia …" → "CCB"; "tỷ lệ hài lòng của
    /// người bệnh" → "người bệnh"); the verb itself only when no noun follows it.
    static func ratioShare(at index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        guard let verb = FigureVocabulary.phrase(in: T.clauseStarts, at: index, of: tokens),
              (FigureVocabulary.phrase(in: T.continuationNouns, at: index, of: tokens) ?? 0) < verb else {
            return phrase(at: index, in: tokens)
        }
        var start = index + verb
        if start < tokens.count, tokens[start].kind == .word,
           ratioVerbLinks.contains(FigureLexicon.word(tokens[start].word)) {
            start += 1
        }
        return phrase(at: start, in: tokens) ?? phrase(at: index, in: tokens)
    }

    /// The subject of the tally "N/M noun" that a percentage closes in its clause
    /// ("1.126/1.139 đảng viên (đạt 98,9%)", "127/134 kiến nghị, đạt 94,8%"): no other number
    /// and no clause end between them.
    /// Most number cells read back over to reach a table row's label.
    static let maxRowCells = 8
    /// Most words of a table row's label.
    static let maxRowLabelWords = 12
    /// Labels of counters, not of table rows: "Lượt xem" over "384".
    static let counterLabels: Set<String> = ["lượt xem", "lượt truy cập", "lượt đọc", "số lượt"]

    /// The subject of a number alone on its line under a table row's label, as a table's cells
    /// come out of a page or a document one per line: "Tập thể, cá nhân được khen thưởng" over
    /// "112", "136", "158" → "Tập thể, cá nhân". The label holds no number (a header cell,
    /// "Năm 2024", is none), no colon at its end, at most ``maxRowLabelWords`` words, and
    /// opens with a noun; number cells between it and the number are passed over.
    static func tableRowSubject(start: Int, end: Int, in tokens: FigureTokenList) -> Range<Int>? {
        guard start > 0, tokens[start - 1].kind == .lineBreak,
              end == tokens.count || tokens[end].kind == .lineBreak else { return nil }
        var lineEnd = start - 1
        for _ in 0...maxRowCells {
            while lineEnd > 0, tokens[lineEnd - 1].kind == .lineBreak { lineEnd -= 1 }
            guard lineEnd > 0 else { return nil }
            var lineStart = lineEnd
            while lineStart > 0, tokens[lineStart - 1].kind != .lineBreak { lineStart -= 1 }
            if lineEnd - lineStart == 1, tokens[lineStart].kind == .numeral {
                lineEnd = lineStart
                continue
            }
            let line = lineStart..<lineEnd
            guard !line.contains(where: { tokens[$0].kind == .numeral }),
                  line.filter({ tokens[$0].kind == .word }).count <= maxRowLabelWords,
                  !tokens[lineEnd - 1].isSymbol(UInt8(ascii: ":")),
                  FigureVocabulary.phrase(in: T.counterLabels, at: lineStart, of: tokens) == nil,
                  let span = phrase(at: lineStart, in: tokens, opensSentence: true), span.upperBound <= lineEnd
            else { return nil }
            return span
        }
        return nil
    }

    static func tallySubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var position = index - 1
        let limit = max(0, index - 25)
        while position >= limit {
            let token = tokens[position]
            switch token.kind {
            case .lineBreak:
                return nil
            case .symbol where clauseEnds.contains(token.symbol):
                return nil
            case .numeral:
                guard position >= 2, tokens[position - 1].isSymbol(UInt8(ascii: "/")), tokens[position - 1].attached,
                      token.attached, tokens[position - 2].kind == .numeral else { return nil }
                guard let span = phrase(at: position + 1, in: tokens) else { return nil }
                if FigureVocabulary.phrase(in: T.addressNouns, at: span.lowerBound, of: tokens) == span.count,
                   let named = namedPeople(before: position - 2, in: tokens) {
                    return named
                }
                return span
            default:
                position -= 1
            }
        }
        return nil
    }

    /// The subject of the count a percentage in parentheses right after it shares: "82 đảng
    /// viên (94,3%)", "3.187 hồ sơ (đạt 99,1%)" → the count's noun. Only a count whose noun
    /// phrase runs up to the parenthesis.
    static func parenthesisedShareSubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var open = index - 1
        if open > 0, tokens[open].kind == .word, T.shareVerbs.contains(tokens[open].word) { open -= 1 }
        guard open > 1, tokens[open].isSymbol(UInt8(ascii: "(")) else { return nil }
        var position = open - 1
        while position >= max(0, open - 10), tokens[position].kind == .word { position -= 1 }
        guard position >= 0, position < open - 1, tokens[position].kind == .numeral,
              let span = phrase(at: position + 1, in: tokens), span.upperBound == open else { return nil }
        return span
    }

    /// For a count in ``addressNouns`` at token `index` (the number before it), the noun
    /// phrase that opens its clause, after "số"/"tổng số", when it ends before the number.
    static func namedPeople(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var start = index - 1
        let limit = max(0, index - 12)
        while start > limit, tokens[start - 1].kind == .word { start -= 1 }
        guard start < index, start == 0 || tokens[start - 1].kind != .word else { return nil }
        if let length = FigureVocabulary.phrase(in: T.numberOfWords, at: start, of: tokens) { start += length }
        guard let span = phrase(at: start, in: tokens, opensSentence: true), span.upperBound <= index,
              FigureVocabulary.phrase(in: T.continuationNouns, at: start, of: tokens) != nil else { return nil }
        return span
    }

    /// The noun that closes a lead clause before a colon ("xếp loại đảng viên năm 2019 (dự
    /// kiến):" → "đảng viên"): the last of ``continuationNouns`` in the line before it.
    static func closingNoun(before colon: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var position = colon - 1
        let limit = max(0, colon - 20)
        while position >= limit {
            let token = tokens[position]
            if token.kind == .lineBreak || token.kind == .symbol && clauseEnds.contains(token.symbol) { return nil }
            if token.kind == .word,
               let length = FigureVocabulary.phrase(in: T.continuationNouns, endingAt: position, of: tokens) {
                return (position - length + 1)..<(position + 1)
            }
            position -= 1
        }
        return nil
    }

    /// "thời gian xử lý hồ sơ giảm 35%": before a verb of change right before the number
    /// (token `index`), the noun phrase that opens the clause.
    static func changeSubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        let verb = index - 1
        guard verb > 0, tokens[verb].kind == .word, T.changeVerbs.contains(tokens[verb].word) else { return nil }
        var start = clauseStart(before: verb, in: tokens)
        if let comma = (start..<verb).last(where: { tokens[$0].isSymbol(Self.comma) }) { start = comma + 1 }
        let opensSentence = start == 0 || tokens[start - 1].kind == .lineBreak
            || tokens[start - 1].isSymbol(in: clauseOpeners)
        guard let span = phrase(at: start, in: tokens, opensSentence: opensSentence), span.upperBound <= verb else { return nil }
        return span
    }

    /// The noun phrase after a "tỷ lệ" earlier in the sentence when only other percentages
    /// and years stand between ("tỷ lệ hộ nghèo giảm từ 48% năm 2020 xuống 31% …; phấn đấu
    /// còn dưới 25%"). Not for a comparison ("vượt 2% so với kế hoạch"): that is a difference.
    static func sentenceRatioSubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        if let unit = (index + 1..<min(tokens.count, index + 3)).first(where: { tokens[$0].isSymbol(UInt8(ascii: "%")) }),
           unit + 1 < tokens.count, tokens[unit + 1].isWord(FigureWords.so) {
            return nil
        }
        var position = index - 1
        let limit = max(0, index - 40)
        while position >= limit {
            let token = tokens[position]
            switch token.kind {
            case .lineBreak:
                return nil
            case .numeral:
                let isPercent = position + 1 < tokens.count && tokens[position + 1].isSymbol(UInt8(ascii: "%"))
                guard isPercent || FigureTokenizer.isYear(token) else { return nil }
            case .symbol where sentenceEnds.contains(token.symbol):
                return nil
            case .word:
                if let length = FigureVocabulary.phrase(in: T.ratioLeads, at: position, of: tokens, maxWords: 2) {
                    return ratioShare(at: position + length, in: tokens)
                }
            default:
                break
            }
            position -= 1
        }
        return nil
    }

    /// The money noun nearest before token `index` in its clause ("tổng giá trị … đạt
    /// trên 3 tỷ đồng" → "giá trị"), not across a per-unit word ("mỗi suất"). A year
    /// ("thu nhập … năm 2020 đạt 45 triệu đồng") does not end the clause.
    static func moneySubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var start = clauseStart(before: index, in: tokens)
        while start >= 2, tokens[start - 1].kind == .numeral, tokens[start - 2].isWord(FigureWords.nam),
              tokens[start - 1].isYearValue {
            start = clauseStart(before: start - 1, in: tokens)
        }
        var position = index - 1
        while position >= start {
            if tokens[position].kind == .word, T.perUnitWords.contains(tokens[position].word),
               !(position + 1 < tokens.count && tokens[position + 1].kind == .word
                 && T.calendarWords.contains(tokens[position + 1].word)) {
                return valuedThing(at: position + 1, before: index, in: tokens)
            }
            if let length = FigureVocabulary.phrase(in: T.moneyNouns, at: position, of: tokens) {
                var span = position..<(position + length)
                for earlier in Swift.max(start, position - 2)..<position {
                    if let longer = FigureVocabulary.phrase(in: T.moneyNouns, at: earlier, of: tokens),
                       earlier + longer >= span.upperBound {
                        span = earlier..<(earlier + longer)
                        break
                    }
                }
                while span.lowerBound - 1 >= start,
                      let head = FigureVocabulary.phrase(in: T.moneyNouns, endingAt: span.lowerBound - 1, of: tokens) {
                    span = (span.lowerBound - head)..<span.lowerBound
                }
                if FigureVocabulary.phrase(in: T.valuationWords, at: span.lowerBound, of: tokens) == span.count,
                   !(span.lowerBound > 0 && tokens[span.lowerBound - 1].kind == .word
                     && T.totalWords.contains(tokens[span.lowerBound - 1].word)) {
                    let piece = (start..<span.lowerBound).last(where: { tokens[$0].isSymbol(Self.comma) }).map { $0 + 1 } ?? start
                    return valuedThingBefore(span.lowerBound, from: piece, in: tokens) ?? span
                }
                return span
            }
            position -= 1
        }
        return nil
    }

    /// The prize and its rank right before the amount it is worth, with or without
    /// ``prizeRewardWords`` between: "Giải Nhất được thưởng 5 triệu đồng" → "Giải Nhất".
    static func prizeSubject(before index: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var end = index
        if let reward = FigureVocabulary.phrase(in: T.prizeRewardWords, endingAt: end - 1, of: tokens) { end -= reward }
        guard let rank = FigureVocabulary.phrase(in: T.prizeRanks, endingAt: end - 1, of: tokens),
              tokens[end - rank].capitalized else { return nil }
        let prize = end - rank - 1
        guard prize >= 0, tokens[prize].kind == .word, T.prizeWords.contains(tokens[prize].word) else { return nil }
        return prize..<end
    }

    /// "mỗi giải 2 triệu đồng", "mỗi suất trị giá 1 triệu đồng": the noun after the per-unit
    /// word, up to the valuation word or the number.
    static func valuedThing(at index: Int, before limit: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var end = limit
        if let valuation = (index..<limit).first(where: {
            FigureVocabulary.phrase(in: T.valuationWords, at: $0, of: tokens) != nil
        }) {
            end = valuation
        }
        guard index < end, let span = phrase(at: index, in: tokens, opensSentence: true) else { return nil }
        return span.lowerBound..<Swift.min(span.upperBound, end)
    }

    /// "trao 46 mái ấm tình thương trị giá 2,1 tỷ đồng", "Giải Đặc biệt trị giá 15 triệu
    /// đồng", "mỗi suất trị giá 1 triệu đồng": the noun phrase that opens the clause (after
    /// its per-unit word) before the valuation word at `valuation`, with the capitalised
    /// label that may end it.
    static func valuedThingBefore(_ valuation: Int, from clause: Int, in tokens: FigureTokenList) -> Range<Int>? {
        var start = clause
        if start < valuation, tokens[start].kind == .word, T.perUnitWords.contains(tokens[start].word) { start += 1 }
        guard start < valuation, !namesPlaceOrPerson(at: start, in: tokens),
              let span = phrase(at: start, in: tokens, opensSentence: true),
              span.upperBound >= valuation
                || tokens[span.upperBound].capitalized
                && (span.upperBound..<valuation).allSatisfy({ tokens[$0].kind == .word })
        else { return nil }
        return span.lowerBound..<valuation
    }

    /// True when the words at `start` name a place or a person: a capitalised name that does
    /// not open a sentence ("…, TP.Long Khánh trị giá …"), or a head of
    /// ``placeAndPersonHeads`` before one ("huyện Định Quán trị giá …").
    static func namesPlaceOrPerson(at start: Int, in tokens: FigureTokenList) -> Bool {
        let token = tokens[start]
        guard token.kind == .word else { return false }
        // A mark glued to the name ("TP.Long Khánh") ends no sentence.
        if token.capitalized, !T.capitalisedCommonWords.contains(token.word), !isAbbreviation(at: start, in: tokens),
           start > 0, !(tokens[start - 1].kind == .lineBreak || tokens[start - 1].isSymbol(in: sentenceEnds) && !token.attached) {
            return true
        }
        guard let head = FigureVocabulary.phrase(in: T.placeAndPersonHeads, at: start, of: tokens) else { return false }
        var position = start + head
        if position < tokens.count, tokens[position].isSymbol(UInt8(ascii: ".")) { position += 1 }
        return position < tokens.count && tokens[position].kind == .word && tokens[position].capitalized
    }

    /// The first token of the clause holding token `index`: after the last sentence mark,
    /// line break or numeral, at most 30 tokens back.
    static func clauseStart(before index: Int, in tokens: FigureTokenList) -> Int {
        var position = index - 1
        let limit = max(0, index - 30)
        while position >= limit {
            let token = tokens[position]
            switch token.kind {
            case .lineBreak, .numeral:
                return position + 1
            case .symbol where clauseEnds.contains(token.symbol):
                return position + 1
            default:
                position -= 1
            }
        }
        return limit
    }
}

@testable import Extraction
import ExtractionEngine
import Foundation
import Records
import Testing
import VietnameseText

/// Invented documents in the Party's layout (Hướng dẫn 36-HD/VPTW) and the State's (Nghị
/// định 30/2020/NĐ-CP): names, places, numbers and wording are made up for these tests.
@Suite struct OfficialDocumentReaderTests {
    /// Party layout, one column after the other, a department under its committee.
    static let partyStacked = """
        TỈNH ỦY HÀ GIANG
        BAN TUYÊN GIÁO
        *
        Số 131-BC/BTGTU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hà Giang, ngày 09 tháng 11 năm 2023
        BÁO CÁO
        Kết quả tổ chức Hội thi kể chuyện về gương người tốt,
        việc tốt năm 2023
        -----
        Thực hiện Kế hoạch số 88-KH/BTGTU ngày 02/3/2023 của Ban Tuyên giáo Tỉnh ủy, Ban Tổ chức Hội thi báo cáo như sau:
        I. KẾT QUẢ
        Có 11 đội thi của các huyện, thành phố tham gia.
        Nơi nhận:
        - Ban Tuyên giáo Trung ương (b/c),
        - Thường trực Tỉnh ủy (b/c),
        - Lưu Văn phòng Ban.
        K/T TRƯỞNG BAN
        PHÓ TRƯỞNG BAN
        (Đã ký)
        Nông Thị Hiền
        """

    /// Party layout whose two header columns were flattened into shared lines, and whose
    /// signature column stands beside the recipients.
    static let partyFlattened = """
        ĐẢNG BỘ TỈNH HÀ GIANG ĐẢNG CỘNG SẢN VIỆT NAM
        HUYỆN ỦY YÊN MINH
        *
        Số 57 -KH/HU Yên Minh, ngày 3 tháng 4 năm 2024
        KẾ HOẠCH
        tổ chức các hoạt động tuyên truyền kỷ niệm ngày thành lập huyện
        Căn cứ Kế hoạch số 40-KH/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:
        I. MỤC ĐÍCH, YÊU CẦU
        Tổ chức các hoạt động thiết thực, tiết kiệm.
        Nơi nhận: T/M BAN THƯỜNG VỤ
        - Ban Thường vụ Tỉnh ủy (b/c), PHÓ BÍ THƯ THƯỜNG TRỰC
        - Các chi, đảng bộ trực thuộc, (Đã ký)
        - Lưu Văn phòng Huyện ủy. Sùng Mí Chá
        """

    /// State layout: the body's name over its province, "Số:", the national motto.
    static let state = """
        ỦY BAN NHÂN DÂN
        TỈNH BẮC KẠN
        Số: 215/BC-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Bắc Kạn, ngày 14 tháng 5 năm 2025
        BÁO CÁO
        TÌNH HÌNH THỰC HIỆN CÔNG TÁC THÔNG TIN CƠ SỞ 6 THÁNG ĐẦU NĂM 2025
        Kính gửi: Bộ Thông tin và Truyền thông.
        Ủy ban nhân dân tỉnh báo cáo như sau:
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        (Đã ký)
        Đinh Quang Tuyên
        """

    /// State layout copied out of a web table: cell marks, "Số:" and the date wrapped, the
    /// motto over two lines, the issuing authority printed under the title.
    static let stateTable = """
        ỦY BAN NHÂN DÂN
        TỈNH LẠNG SƠN
        -------
        |
        CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        Số:
        17/2023/QĐ-UBND
        |
        Lạng Sơn, ngày 06
        tháng 9 năm 2023
        |
        QUYẾT ĐỊNH
        BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ
        TRÊN ĐỊA BÀN TỈNH LẠNG SƠN
        ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ.
        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT, KT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        (Đã ký)
        Hồ Tiến Thắng
        """

    @Test func stateLayoutFromAWebTable() throws {
        let document = try #require(OfficialDocumentReader.read(Self.stateTable))
        #expect(document.type == "quyet_dinh")
        #expect(document.code == "17/2023/QĐ-UBND")
        #expect(document.number == "17")
        #expect(document.date == "2023-09-06")
        #expect(document.place == "Lạng Sơn")
        #expect(document.issuer == "Ủy ban nhân dân tỉnh Lạng Sơn")
        #expect(document.title == "Quyết định ban hành quy chế phối hợp quản lý chợ trên địa bàn tỉnh Lạng Sơn")
        #expect(document.signers == [.init(name: "Hồ Tiến Thắng", title: "Chủ tịch", capacity: "TM. Ủy ban nhân dân")])
        #expect(document.recipients == ["Như Điều 3", "Lưu: VT, KT"])
    }

    /// A letter: no kind word, a "V/v" subject line under the number.
    @Test func letterWithASubjectLine() throws {
        let text = """
            UBND HUYỆN BA BỂ
            PHÒNG VĂN HÓA VÀ THÔNG TIN
            Số: 42/VHTT
            V/v tuyên truyền Ngày hội đọc sách năm 2022
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Ba Bể, ngày 11 tháng 4 năm 2022
            Kính gửi: Các xã, thị trấn.
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.type == "cong_van")
        #expect(document.issuer == "Phòng Văn hóa và Thông tin huyện Ba Bể")
        #expect(document.place == "Ba Bể")
    }

    /// A commune Party committee under its district, with a notice whose code gives the kind.
    static let commune = """
        ĐẢNG BỘ HUYỆN ĐỒNG HỶ
        ĐẢNG ỦY XÃ HÒA BÌNH
        *
        Số 19-TB/ĐU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hòa Bình, ngày 28 tháng 02 năm 2022
        THÔNG BÁO
        Kết luận của Ban Thường vụ Đảng ủy về công tác tuyên giáo quý I
        Ngày 25/02/2022, Ban Thường vụ Đảng ủy họp, kết luận như sau:
        Nơi nhận:
        - Các chi bộ trực thuộc;
        - Lưu VP Đảng ủy.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        (Đã ký)
        Dương Văn Khải
        """

    @Test func partyLayoutStacked() throws {
        let document = try #require(OfficialDocumentReader.read(Self.partyStacked))
        #expect(document.type == "bao_cao")
        #expect(document.number == "131")
        #expect(document.code == "131-BC/BTGTU")
        #expect(document.date == "2023-11-09")
        #expect(document.place == "Hà Giang")
        #expect(document.issuer == "Ban Tuyên giáo Tỉnh ủy Hà Giang")
        #expect(document.title == "Báo cáo kết quả tổ chức Hội thi kể chuyện về gương người tốt, việc tốt năm 2023")
        #expect(document.signers == [.init(name: "Nông Thị Hiền", title: "Phó Trưởng Ban", capacity: "K/T Trưởng Ban")])
        #expect(document.recipients == ["Ban Tuyên giáo Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng Ban"])
    }

    @Test func partyLayoutFlattened() throws {
        let reading = try #require(OfficialDocumentReader.reading(Self.partyFlattened))
        let document = reading.document
        #expect(document.type == "ke_hoach")
        #expect(document.code == "57-KH/HU")
        #expect(document.number == "57")
        #expect(document.date == "2024-04-03")
        #expect(document.place == "Yên Minh")
        #expect(document.issuer == "Huyện ủy Yên Minh")
        #expect(document.title == "Kế hoạch tổ chức các hoạt động tuyên truyền kỷ niệm ngày thành lập huyện")
        #expect(document.signers == [.init(name: "Sùng Mí Chá", title: "Phó Bí thư Thường trực", capacity: "T/M Ban Thường vụ")])
        #expect(document.recipients == ["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"])
        #expect(reading.issuerLines == ["ĐẢNG BỘ TỈNH HÀ GIANG", "HUYỆN ỦY YÊN MINH"])
    }

    /// The youth union's layout: its motto stands where the Party's name does.
    @Test func youthUnionLayout() throws {
        let text = """
            BCH ĐOÀN TỈNH HÀ NAM
            ***
            Số: 208-KH/TĐTN-TG
            ĐOÀN TNCS HỒ CHÍ MINH
            Phủ Lý, ngày 12 tháng 3 năm 2025
            KẾ HOẠCH
            Tổ chức Hội thi “Thanh niên kể chuyện về Bác” năm 2025
            -----
            Thực hiện Kế hoạch số 77-KH/TU ngày 02/01/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch như sau:
            I. MỤC ĐÍCH
            Có ít nhất 3.000 đoàn viên tham gia.
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.type == "ke_hoach")
        #expect(document.code == "208-KH/TĐTN-TG")
        #expect(document.date == "2025-03-12")
        #expect(document.place == "Phủ Lý")
        #expect(document.issuer == "BCH Đoàn tỉnh Hà Nam")
        #expect(document.title == "Kế hoạch tổ chức Hội thi “Thanh niên kể chuyện về Bác” năm 2025")
    }

    /// A subtitle opening with "Thực hiện" right under the kind word, with no number, is the
    /// title's; a "Thực hiện" line citing a document opens the body.
    @Test(arguments: [
        ("Thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\nnăm học 2025 - 2026",
         "Kế hoạch thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm học 2025 - 2026"),
        ("Thực hiện Kế hoạch số 17-KH/CB ngày 03/9/2025 của Chi bộ, nhà trường xây dựng kế hoạch như sau:", "Kế hoạch"),
        ("Thực hiện chỉ đạo của Ban Thường vụ Huyện ủy về việc tổ chức các hoạt động\nkỷ niệm ngày thành lập Đảng, Chi bộ xây dựng kế hoạch như sau:",
         "Kế hoạch"),
    ])
    func subtitleOpeningLikeTheBody(_ lines: String, _ title: String) throws {
        let text = Self.state.replacingOccurrences(of: "BÁO CÁO\nTÌNH HÌNH THỰC HIỆN CÔNG TÁC THÔNG TIN CƠ SỞ 6 THÁNG ĐẦU NĂM 2025",
                                                   with: "KẾ HOẠCH\n" + lines)
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.title == title)
    }

    @Test func stateLayout() throws {
        let document = try #require(OfficialDocumentReader.read(Self.state))
        #expect(document.type == "bao_cao")
        #expect(document.code == "215/BC-UBND")
        #expect(document.date == "2025-05-14")
        #expect(document.place == "Bắc Kạn")
        #expect(document.issuer == "Ủy ban nhân dân tỉnh Bắc Kạn")
        #expect(document.title == "Báo cáo tình hình thực hiện công tác thông tin cơ sở 6 tháng đầu năm 2025")
        #expect(document.signers == [.init(name: "Đinh Quang Tuyên", title: "Phó Chủ tịch", capacity: "KT. Chủ tịch")])
        #expect(document.recipients == ["Như trên", "Lưu: VT"])
    }

    /// A PDF's text may give the header's left column, kind word included, before the right one.
    @Test func kindWordBeforeTheMottoColumn() throws {
        let text = """
        UBND TỈNH CAO BẰNG
        SỞ Y TẾ
        ———
        Số: 318/BC-SYT
        BÁO CÁO
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ———————————
        Cao Bằng, ngày 12 tháng 6 năm 2025
        Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh 6 tháng đầu năm 2025
        Thực hiện Kế hoạch số 15-KH/TU ngày 10/01/2025 của Tỉnh ủy, Sở Y tế báo cáo như sau:
        I. KẾT QUẢ
        Toàn ngành có 42 đơn vị, 100% tổ chức học tập chuyên đề.
        """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.type == "bao_cao")
        #expect(document.code == "318/BC-SYT")
        #expect(document.date == "2025-06-12")
        #expect(document.title == "Báo cáo kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh 6 tháng đầu năm 2025")
    }

    @Test func communeCommitteeUnderItsDistrict() throws {
        let document = try #require(OfficialDocumentReader.read(Self.commune))
        #expect(document.type == "thong_bao")
        #expect(document.issuer == "Đảng ủy xã Hòa Bình")
        #expect(document.place == "Hòa Bình")
        #expect(document.date == "2022-02-28")
        #expect(document.title == "Thông báo kết luận của Ban Thường vụ Đảng ủy về công tác tuyên giáo quý I")
        #expect(document.signers == [.init(name: "Dương Văn Khải", title: "Bí thư", capacity: "T/M Ban Thường vụ")])
        #expect(document.recipients == ["Các chi bộ trực thuộc", "Lưu VP Đảng ủy"])
    }

    /// A decision whose title is followed by its enacting body and grounds, signed in a block
    /// flattened beside the recipients: the capacity line above "Nơi nhận:", the office beside
    /// it, "(đã ký)" beside a recipient and the name under the list.
    @Test func decisionSignedBesideItsRecipients() throws {
        let text = """
            ĐẢNG BỘ TỈNH TUYÊN QUANG ĐẢNG CỘNG SẢN VIỆT NAM
            HUYỆN ỦY LÂM BÌNH
            * Lâm Bình, ngày 12 tháng 5 năm 2024
            Số 905-QĐ/HU
            QUYẾT ĐỊNH
            tặng Giấy khen cho tập thể, cá nhân tiêu biểu
            trong học tập và làm theo Bác năm 2024
            BAN THƯỜNG VỤ HUYỆN ỦY
            - Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện;
            - Xét đề nghị của Ban Tuyên giáo Huyện ủy,
            QUYẾT ĐỊNH:
            Điều 1. Tặng Giấy khen cho 06 tập thể và 09 cá nhân.
            T/M BAN THƯỜNG VỤ
            Nơi nhận: PHÓ BÍ THƯ
            - Như Điều 1,
            - Ban Tuyên giáo Tỉnh ủy (b/c), (đã ký)
            - Lưu Văn phòng Huyện ủy.
            Ma Thị Hồng Nhung
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.type == "quyet_dinh")
        #expect(document.title == "Quyết định tặng Giấy khen cho tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác năm 2024")
        #expect(document.signers == [.init(name: "Ma Thị Hồng Nhung", title: "Phó Bí thư", capacity: "T/M Ban Thường vụ")])
        #expect(document.recipients == ["Như Điều 1", "Ban Tuyên giáo Tỉnh ủy (b/c)", "Lưu Văn phòng Huyện ủy"])
    }

    /// A department of a People's Committee is named after its place; "KT." with its period
    /// beside "Nơi nhận:" opens the signature; a recipient wrapped in lower case goes on.
    @Test func departmentReportSignedKT() throws {
        let text = """
            UBND TỈNH HẬU GIANG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ GIÁO DỤC VÀ ĐÀO TẠO                  Độc lập - Tự do - Hạnh phúc
            Số: 842/BC-SGDĐT                  Vị Thanh, ngày 09 tháng 5 năm 2025
            BÁO CÁO
            Kết quả học tập và làm theo Bác trong ngành Giáo dục năm học 2024 - 2025
            Thực hiện Công văn số 210-CV/BTGTU của Ban Tuyên giáo Tỉnh ủy, Sở báo cáo như sau:
            Nơi nhận:                                          KT. GIÁM ĐỐC
            - Ban Tuyên giáo Tỉnh ủy;                            PHÓ GIÁM ĐỐC
            - Các phòng giáo dục huyện, thị xã,
              thành phố trực thuộc tỉnh;                         (Đã ký)
            - Lưu: VT.
                                                           Trương Thị Bích Vân
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.issuer == "Sở Giáo dục và Đào tạo tỉnh Hậu Giang")
        #expect(document.signers == [.init(name: "Trương Thị Bích Vân", title: "Phó Giám đốc", capacity: "KT. Giám đốc")])
        #expect(document.recipients == ["Ban Tuyên giáo Tỉnh ủy", "Các phòng giáo dục huyện, thị xã, thành phố trực thuộc tỉnh", "Lưu: VT"])
    }

    /// A title in capitals over three lines goes on through a line opening with "của" that
    /// names a body, and through a line opening like a body sentence; cited kinds and bodies
    /// keep their capitals.
    @Test func capitalTitleGoesOnThroughAConnective() throws {
        let text = """
            TỈNH ỦY ĐẮK NÔNG ĐẢNG CỘNG SẢN VIỆT NAM
            * Gia Nghĩa, ngày 02 tháng 6 năm 2025
            Số 877-TB/TU
            THÔNG BÁO KẾT LUẬN
            CỦA BAN THƯỜNG VỤ TỈNH ỦY TẠI HỘI NGHỊ SƠ KẾT 5 NĂM
            THỰC HIỆN KẾT LUẬN SỐ 01-KL/TW CỦA BỘ CHÍNH TRỊ VỀ HỌC TẬP
            VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH
            Ngày 28/5/2025, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết.
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.type == "thong_bao")
        #expect(document.title == "Thông báo kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị sơ kết 5 năm thực hiện "
            + "Kết luận số 01-KL/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    }

    /// The kind comes from the code when the kind line is missing.
    @Test func kindFromTheCode() throws {
        let text = Self.partyStacked.replacingFirst("BÁO CÁO\n", with: "")
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.type == "bao_cao")
        #expect(document.title == nil)
    }

    /// A subtitle may open with the words a body sentence opens with, in lower case.
    @Test func subtitleOpeningLikeABodySentence() throws {
        let text = """
            HUYỆN ỦY MÈO VẠC
            *
            Số 14-KH/HU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Mèo Vạc, ngày 20 tháng 01 năm 2021
            KẾ HOẠCH
            thực hiện chuyên đề năm 2021 trong toàn Đảng bộ
            Thực hiện Hướng dẫn số 30-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.title == "Kế hoạch thực hiện chuyên đề năm 2021 trong toàn Đảng bộ")
        #expect(document.issuer == "Huyện ủy Mèo Vạc")
        #expect(document.signers.isEmpty && document.recipients.isEmpty)
    }

    /// A school's report with a tab-joined two-column header: the school's line names the
    /// issuer alone, and the head signs with no capacity line or "(Đã ký)".
    @Test func schoolReportSignedByItsHead() throws {
        let text = """
            PHÒNG GD&ĐT HUYỆN TÂN YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            TRƯỜNG THCS NGỌC CHÂU\tĐộc lập - Tự do - Hạnh phúc
            Số: 31/BC-THCS\tNgọc Châu, ngày 20 tháng 5 năm 2025
            BÁO CÁO
            Kết quả thực hiện chuyên đề năm học 2024 - 2025
            Nhà trường có 48 cán bộ, giáo viên, nhân viên.
            Nơi nhận:
            - Phòng GD&ĐT (b/c);
            - Lưu: VT.
            HIỆU TRƯỞNG
            Vi Thị Hồng Nhung
            """
        let document = try #require(OfficialDocumentReader.read(text))
        #expect(document.issuer == "Trường THCS Ngọc Châu")
        #expect(document.code == "31/BC-THCS")
        #expect(document.signers == [.init(name: "Vi Thị Hồng Nhung", title: "Hiệu trưởng", capacity: nil)])
        // Its own number is no directive it cites.
        #expect(FactExtractor().extract(from: AnalyzedText(text)).directives.isEmpty)
    }

    /// A news article citing a numbered document and dating itself is not a document.
    @Test func newsArticleIsNoDocument() {
        let article = """
            Ban Tuyên giáo Huyện ủy Yên Minh sơ kết chuyên đề năm 2024
            Thứ Tư, 12/6/2024 09:15
            Ngày 11/6, Ban Tuyên giáo Huyện ủy tổ chức hội nghị sơ kết theo Kế hoạch số 57-KH/HU.
            Số 57-KH/HU được ban hành ngày 3/4/2024.
            Yên Minh, ngày 12 tháng 6 năm 2024, hội nghị đã biểu dương 12 tập thể.
            THU HÀ
            """
        #expect(OfficialDocumentReader.read(article) == nil)
    }

    @Test(arguments: [
        ("TỈNH ỦY CAO BẰNG", "Tỉnh ủy Cao Bằng"),
        ("ĐẢNG ỦY XÃ KIM ĐÔNG", "Đảng ủy xã Kim Đông"),
        ("UBND TỈNH LAI CHÂU", "UBND tỉnh Lai Châu"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương"),
        ("TRƯỜNG THPT LƯƠNG VĂN CHÁNH", "Trường THPT Lương Văn Chánh"),
    ])
    func headerLineInNormalCase(_ line: String, _ expected: String) {
        #expect(OfficialDocumentReader.normalCase(line) == expected)
    }

    @Test func signerBecomesAPerson() throws {
        let document = try #require(OfficialDocumentReader.read(Self.partyStacked))
        let text = AnalyzedText(Self.partyStacked)
        var facts = FactExtractor().extract(from: text)
        facts.addSigners(of: document, in: text)
        let person = try #require(facts.people.first { $0.name == "Nông Thị Hiền" })
        #expect(person.title == "Phó Trưởng Ban")
        let mention = try #require(person.mentions.first)
        #expect(String(String.UnicodeScalarView(text.scalars[mention.start..<mention.end])) == "Nông Thị Hiền")
    }

    /// Every kind row of the layout table names a type; the directive kinds keep theirs.
    @Test func kindTableRows() {
        for name in DocumentVocabulary.kindNames {
            #expect(DocumentVocabulary.type(forKind: name) != nil, "\(name)")
        }
        #expect(DocumentVocabulary.type(forKind: "bao cao") == DirectiveKind.baoCao.rawValue)
        #expect(DocumentVocabulary.type(forKind: "bien ban") == "bien_ban")
        for row in DocumentVocabulary.capacities {
            #expect(OfficialDocumentReader.capacityMark(row.example)?.printed == row.printed, "\(row.example)")
        }
        for row in DocumentVocabulary.mottoes {
            #expect(Segment.split(row.example).map(\.kind) == [.motto], "\(row.example)")
        }
    }

    /// A scan's motto with one misread letter still anchors the header.
    @Test func mottoMisreadByOCR() throws {
        // Without the number line the motto is the header's only anchor.
        let unnumbered = Self.partyStacked.replacingFirst("Số 131-BC/BTGTU\n", with: "")
        #expect(try #require(OfficialDocumentReader.read(unnumbered.replacingFirst("ĐẢNG CỘNG SẢN", with: "ĐẢNG CỘNG SẲẢN"))).date
                == "2023-11-09")
        #expect(OfficialDocumentReader.read(unnumbered.replacingFirst("ĐẢNG CỘNG SẢN", with: "ĐẢNG CỘNG SẲẢẢN")) == nil)
    }

    /// The byte-level gate before segmenting: every place-and-date line ends in "tháng M năm
    /// Y" (a cell's wrapped date too), in any case or tone-mark spelling; prose does not.
    @Test func placeDateEndings() {
        for line in ["Hà Giang, ngày 09 tháng 11 năm 2023", "tháng 01 năm 2024", "THÁNG 5 NĂM 2022."] {
            #expect(OfficialDocumentReader.endsWithMonthAndYear(line), "\(line)")
        }
        for line in ["Đại hội diễn ra trong tháng 11 năm 2023 tại hội trường", "năm 2023", "tháng 13 năm 2023",
                     "tháng 11 năm 1800", "Lượt xem: 2023", "ngày 09 tháng 11 năm học 2023"] {
            #expect(!OfficialDocumentReader.endsWithMonthAndYear(line), "\(line)")
        }
    }

    /// A page without such a line is settled without segmenting; one with it (after a
    /// carriage-return line break, a wrapped cell, or portal chrome) is read as before.
    @Test func gateKeepsEveryHeader() throws {
        #expect(!OfficialDocumentReader.mayHaveHeader("Tin tức\nHội nghị sơ kết Chỉ thị 05 năm 2023\nLượt xem: 312"))
        #expect(OfficialDocumentReader.reading("Tin tức\nHội nghị sơ kết năm 2023.\nLượt xem: 312") == nil)
        let crlf = Self.partyStacked.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(OfficialDocumentReader.mayHaveHeader(crlf))
        #expect(try #require(OfficialDocumentReader.read(crlf)).code == "131-BC/BTGTU")
        let wrapped = Self.partyStacked.replacingFirst("ngày 09 tháng", with: "ngày 09\ntháng")
        #expect(try #require(OfficialDocumentReader.read(wrapped)).date == "2023-11-09")
        let chrome = (1...150).map { "Mục \($0) của cổng thông tin" }.joined(separator: "\n") + "\n" + Self.partyStacked
        #expect(OfficialDocumentReader.read(chrome)?.code == "131-BC/BTGTU")
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

@Suite struct ProvinceTests {
    @Test func sixtyThreeBeforeAndThirtyFourAfter() {
        #expect(Provinces.beforeReorganisation.count == 63)
        #expect(Set(Provinces.beforeReorganisation).count == 63)
        #expect(Provinces.afterReorganisation.count == 34)
        #expect(Set(Provinces.afterReorganisation).count == 34)
        // Every current province but Huế keeps the name of one it was formed from.
        for merge in Provinces.merges where merge.current != "Huế" {
            #expect(merge.formedFrom.contains(merge.current), "\(merge.current)")
        }
    }

    /// The whole table round-trips: every name and short form maps to its canonical name.
    @Test func everyFormMapsToItsCanonicalName() {
        for province in Provinces.all {
            #expect(Provinces.canonicalName(province.name) == province.name)
            #expect(Provinces.canonicalName(province.name.uppercased()) == province.name)
            #expect(Provinces.canonicalName("tỉnh " + province.name) == province.name)
            for form in province.shortForms {
                #expect(Provinces.canonicalName(form) == province.name, "\(form)")
            }
        }
        for row in Provinces.shortForms {
            #expect(Provinces.canonicalName(row.form) == row.name, "\(row.form)")
            #expect(Provinces.all.contains { $0.name == row.name }, "\(row.name)")
        }
        #expect(Provinces.canonicalName("Hoà Bình") == "Hòa Bình")
        #expect(Provinces.canonicalName("Khánh Hoà") == "Khánh Hòa")
        #expect(Provinces.canonicalName("TP HCM") == "Hồ Chí Minh")
        #expect(Provinces.canonicalName("Tp. Hồ Chí Minh") == "Hồ Chí Minh")
        #expect(Provinces.canonicalName("thành phố Đà Nẵng") == "Đà Nẵng")
        #expect(Provinces.canonicalName("Bảo Lâm") == nil)
    }

    @Test func nameInForceAtTheDate() {
        #expect(Provinces.name("Hà Giang", at: "2023-11-09") == "Hà Giang")
        #expect(Provinces.name("Hà Giang", at: "2025-06-30") == "Hà Giang")
        #expect(Provinces.name("Hà Giang", at: "2025-07-01") == "Tuyên Quang")
        #expect(Provinces.name("Hòa Bình", at: "2025-08-02T10:00+07:00") == "Phú Thọ")
        #expect(Provinces.name("Cao Bằng", at: "2026-01-01") == "Cao Bằng")
        #expect(Provinces.name("Bà Rịa - Vũng Tàu", at: "2025-09-01") == "Hồ Chí Minh")
        #expect(Provinces.name("Thừa Thiên Huế", at: "2024-12-31") == "Thừa Thiên Huế")
        #expect(Provinces.name("Thừa Thiên Huế", at: "2025-03-01") == "Huế")
        #expect(Provinces.name("Huế", at: "2023-05-05") == "Thừa Thiên Huế")
        #expect(Provinces.name("Hà Giang", at: nil) == "Hà Giang")
        // Every old province reaches one of the 34 after the reorganisation.
        for old in Provinces.beforeReorganisation {
            #expect(Provinces.afterReorganisation.contains(Provinces.name(old, at: "2025-07-01")), "\(old)")
        }
    }

    @Test func provinceNamedByABodyOrASite() {
        #expect(Provinces.named(in: "Ban Tuyên giáo Tỉnh ủy Cao Bằng") == "Cao Bằng")
        #expect(Provinces.named(in: "ĐẢNG BỘ TỈNH ĐẮK LẮK") == "Đắk Lắk")
        #expect(Provinces.named(in: "UBND tỉnh Hoà Bình") == "Hòa Bình")
        #expect(Provinces.named(in: "Cổng thông tin điện tử TP. Hồ Chí Minh") == "Hồ Chí Minh")
        #expect(Provinces.named(in: "Huyện ủy Bảo Lâm") == nil)
        #expect(Provinces.named(in: "Cổng TTĐT TP Long Xuyên") == nil)
    }

    @Test func registryThenHeaderThenSite() {
        #expect(Provinces.province(registry: "Lào Cai", headerLines: ["TỈNH ỦY YÊN BÁI"], site: nil, date: "2024-01-01") == "Lào Cai")
        #expect(Provinces.province(registry: nil, headerLines: ["ĐẢNG BỘ TỈNH YÊN BÁI", "HUYỆN ỦY VĂN CHẤN"],
                                   site: "Trang tin tỉnh Lào Cai", date: "2024-01-01") == "Yên Bái")
        #expect(Provinces.province(registry: nil, headerLines: ["HUYỆN ỦY VĂN CHẤN"],
                                   site: "Trang tin điện tử tỉnh Yên Bái", date: "2025-07-15") == "Lào Cai")
        #expect(Provinces.province(registry: nil, headerLines: [], site: "Báo điện tử Dân Việt", date: nil) == nil)
    }
}

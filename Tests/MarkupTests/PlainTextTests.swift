import Foundation
import Testing
@testable import Markup

/// Cleaning of plain-text reports: the three seeds and hand-made leftovers.
@Suite struct PlainTextTests {
    @Test func seed000() throws {
        let content = ContentExtractor.plainText(try Corpus.seed("000"))
        #expect(content.title == "Học và làm theo Bác linh hoạt, đa dạng hình thức, phù hợp, hiệu quả thiết thực trên địa bàn thành phố Long Xuyên")
        #expect(content.published == "2023-02-02")
        #expect(content.authors == ["TTCT TP"])
        #expect(content.site == "Cổng TTĐT TP Long Xuyên")
        #expect(content.text.hasPrefix("Chủ tịch Hồ Chí Minh, vị lãnh tụ thiên tài"))
        #expect(content.text.hasSuffix("lắng nghe tâm tư, nguyện vọng chính đáng của nhân dân."))
        for leftover in ["Chào mừng", "A- A A+", "Chung nhan", "•", "TTCT TP", "02/02/2023"] {
            #expect(!content.text.contains(leftover), "\(leftover)")
        }
        #expect(!content.text.contains("\n\n\n"))
    }

    @Test func seed001() throws {
        let content = ContentExtractor.plainText(try Corpus.seed("001"))
        #expect(content.title == "Tạo sức lan tỏa mạnh mẽ từ học tập và làm theo Bác")
        #expect(content.published == nil)
        #expect(content.authors.isEmpty)
        #expect(content.site == nil)
        #expect(content.text.hasPrefix("– Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016"))
        #expect(content.text.hasSuffix("được cống hiến cho xã hội và sống hạnh phúc."))
        #expect(!content.text.contains("Ý kiến"))
        #expect(!content.text.hasPrefix("Tạo sức lan tỏa"))
        let paragraphs = content.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count > 5)
        #expect(paragraphs.allSatisfy { !$0.contains("\n") && $0 == $0.trimmingCharacters(in: .whitespaces) })
    }

    @Test func seed002() throws {
        let content = ContentExtractor.plainText(try Corpus.seed("002"))
        #expect(content.title == nil)
        #expect(content.published == nil)
        #expect(content.authors == ["THỦY HÀ"])
        #expect(content.text.hasPrefix("KẾT QUẢ TÍCH CỰC\n\nChuyên đề học tập và làm theo"))
        #expect(content.text.contains("\n\nTIẾP TỤC ĐẨY MẠNH VIỆC HỌC TẬP VÀ LÀM THEO BÁC\n\n"))
        #expect(content.text.hasSuffix("nhằm tạo sức lan tỏa sâu rộng.\n\nTHỦY HÀ"))
    }

    @Test(arguments: [
        ("Tiêu đề bài viết về hội nghị\nNội dung đoạn một, có dấu phẩy.\nĐoạn hai.", "Tiêu đề bài viết về hội nghị", "Nội dung đoạn một, có dấu phẩy.\n\nĐoạn hai."),
        ("Đây là câu mở đầu của văn bản, không phải tiêu đề.\nĐoạn hai.", nil, "Đây là câu mở đầu của văn bản, không phải tiêu đề.\n\nĐoạn hai."),
        ("TIÊU ĐỀ VIẾT HOA TOÀN BỘ\nNội dung bài viết.", "TIÊU ĐỀ VIẾT HOA TOÀN BỘ", "Nội dung bài viết."),
        ("Tin tức sự kiện\n  • A- A A+\n\nNội dung bài viết.\nÝ kiến ()", "Tin tức sự kiện", "Nội dung bài viết."),
        ("Tin tức sự kiện\nNội dung bài viết. |", "Tin tức sự kiện", "Nội dung bài viết."),
        ("Tin tức sự kiện\nNội dung bài viết.\nChung nhan Tin Nhiem Mang", "Tin tức sự kiện", "Nội dung bài viết."),
    ] as [(String, String?, String)])
    func cleansHeadsAndTails(input: String, title: String?, text: String) {
        let content = ContentExtractor.plainText(input)
        #expect(content.title == title)
        #expect(content.text == text)
    }

    @Test func bulletsGiveAuthorAndDate() {
        let content = ContentExtractor.plainText("Hội nghị sơ kết công tác\n • Minh Anh\n • 20/12/2022 - 14:49\nNội dung bài viết.")
        #expect(content.authors == ["Minh Anh"])
        #expect(content.published == "2022-12-20T14:49:00+07:00")
        #expect(content.text == "Nội dung bài viết.")
    }

    @Test func dateInsideStoryIsNotPublished() {
        let content = ContentExtractor.plainText("Hội nghị sơ kết công tác\nNgày 02/02/2023, Thành ủy tổ chức hội nghị.")
        #expect(content.published == nil)
    }

    @Test func emptyInput() {
        #expect(ContentExtractor.plainText("").text.isEmpty)
        #expect(ContentExtractor.plainText(" \n \n").title == nil)
    }
}

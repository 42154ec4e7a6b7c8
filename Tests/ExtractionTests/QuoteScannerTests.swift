@testable import Extraction
import ExtractionEngine
import Records
import Testing
import VietnameseText

/// A line and the quoted texts (without their marks) that must be found in it, in order.
struct QuoteCase: CustomTestStringConvertible, Sendable {
    let line: String
    let quoted: [String]

    init(_ line: String, _ quoted: [String]) {
        self.line = line
        self.quoted = quoted
    }

    var testDescription: String { String(line.prefix(60)) }
}

@Suite("Quotations paired by position")
struct QuoteScannerTests {
    @Test(arguments: [
        // Curly marks as the keyboard gives them.
        QuoteCase("Xã có mô hình “Góc sách nhân ái” và “Tổ hòa giải tốt”.", ["Góc sách nhân ái", "Tổ hòa giải tốt"]),
        // “…" and "…” mixed in one list: each name is its own quotation.
        QuoteCase("như: “Tổ hòa giải tốt\" ở thôn Đông, “Góc sách nhân ái” của Đoàn xã, \"Vườn rau sạch” tại ấp 3.",
                  ["Tổ hòa giải tốt", "Góc sách nhân ái", "Vườn rau sạch"]),
        // Two apostrophes typed for a double quote, and a separator typed inside the closing one.
        QuoteCase("các mô hình ''Ngõ sáng, nhà sạch'', ''Đường hoa thôn Bắc;'' đều hiệu quả.", ["Ngõ sáng, nhà sạch", "Đường hoa thôn Bắc"]),
        // A quotation inside a quotation stays inside it.
        QuoteCase("chuyên đề “Học Bác về xây dựng Đảng, ‘là đạo đức, là văn minh’” được quán triệt.",
                  ["Học Bác về xây dựng Đảng, ‘là đạo đức, là văn minh’"]),
        QuoteCase("chuyên đề “Học Bác về xây dựng Đảng, “là đạo đức, là văn minh”” được quán triệt.",
                  ["Học Bác về xây dựng Đảng, “là đạo đức, là văn minh”"]),
        // No space after a colon, a word glued to the closing mark.
        QuoteCase("Năm 2023:“Kỷ cương, trách nhiệm”. Ra mắt tủ sách “Thư viện xanh”năm 2022.", ["Kỷ cương, trách nhiệm", "Thư viện xanh"]),
        // A ’ between letters is an apostrophe, not a closing mark.
        QuoteCase("mô hình ‘Bản K’Ho xanh’ của đồng bào K’Ho", ["Bản K’Ho xanh"]),
        // An opening mark never closed leaves the pairs after it whole.
        QuoteCase("ông nói “chưa xong rồi thôi, còn mô hình “Bếp ấm” vẫn chạy", ["Bếp ấm"]),
        // Guillemets and straight quotes.
        QuoteCase("chương trình «Học Bác mỗi ngày» và câu lạc bộ \"Gia đình hạnh phúc\"", ["Học Bác mỗi ngày", "Gia đình hạnh phúc"]),
        // No quotation runs over a line break.
        QuoteCase("mô hình “Dòng họ khuyến học\nvà “Ngõ xóm bình yên”", ["Ngõ xóm bình yên"]),
        // An apostrophe between letters is not a quotation mark.
        QuoteCase("đồng bào M'nông và S'tiêng ở xã", []),
        // A lone straight single quote pairs by position, apostrophes inside the name kept.
        QuoteCase("mô hình 'Hũ gạo tiết kiệm' tại trường, 'Tổ phụ nữ dệt thổ cẩm K'Ho' (xã Lát)", ["Hũ gạo tiết kiệm", "Tổ phụ nữ dệt thổ cẩm K'Ho"]),
        QuoteCase("như: “Ngôi nhà nhân ái” của Hội Nông dân, 'Cây mùa xuân' (Hội Phụ nữ xã), «Sách cho em»",
                  ["Ngôi nhà nhân ái", "Cây mùa xuân", "Sách cho em"]),
        // Primes, years and a stray mark after a lone capital are no quotation marks; a lone '
        // never pairs across a straight double quote.
        QuoteCase("phút 90' có 1.200 đoàn viên, Xuân '75 có 45 công trình", []),
        QuoteCase("đồng bào K 'Ho biểu diễn 12 tiết mục ở bản Pa Cô' ở xã", []),
        QuoteCase("phong trào 'Dân vận khéo\" với 35 mô hình ở bản Pa Cô' ở xã", []),
    ])
    func pairsMarksByPosition(_ example: QuoteCase) {
        let text = AnalyzedText(example.line)
        let spans = QuoteScanner.spans(in: text)
        #expect(spans.map { text.slice($0.inner) } == example.quoted)
        for span in spans {
            #expect(span.outer.lowerBound < span.inner.lowerBound && span.inner.upperBound < span.outer.upperBound)
        }
    }

    @Test func outerRangeHoldsBothMarks() {
        let text = AnalyzedText("A ''Bếp ấm'' B")
        let spans = QuoteScanner.spans(in: text)
        #expect(spans.count == 1)
        #expect(spans.first.map { text.slice($0.outer) } == "''Bếp ấm''")
        #expect(QuoteScanner.contains(spans, 3))
        #expect(!QuoteScanner.contains(spans, 1))
    }
}

/// The quote scan skips to the folded bytes of marks and line feeds: every scalar that opens
/// a mark, and the line feed, must fold to one of them.
@Suite struct QuoteMarkFoldingTests {
    @Test func everyMarkFoldsToAByteTheScanStopsAt() {
        var marks = 0
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let context: [Unicode.Scalar] = [" ", scalar, scalar, "a"]
            let opens = context.withUnsafeBufferPointer { QuoteScanner.mark(at: 1, scalar, $0) } != nil
            guard opens || scalar == "\n" else { continue }
            marks += 1
            #expect(QuoteScanner.isMarkOrLineFeed(Folding.lowercase(Folding.ascii(scalar))), "U+\(String(value, radix: 16))")
        }
        #expect(marks == 11)
    }

    /// The eight-bytes-at-a-time search finds the first mark or line feed the byte loop finds,
    /// from every start, on random bytes of every length up to 40.
    @Test func nextMarkOrLineFeedIsTheByteLoop() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x22, 0x27, 0x0A, 0x20, 0x61, 0x00, 0x01, 0x21, 0x23, 0x26, 0x28, 0x0B, 0x09, 0xA2, 0xFF, 0x80]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator) ?? 0x20
            }
            bytes.withUnsafeBufferPointer { folded in
                for start in 0...bytes.count {
                    var expected = start
                    while expected < bytes.count, !QuoteScanner.isMarkOrLineFeed(bytes[expected]) { expected += 1 }
                    #expect(QuoteScanner.nextMarkOrLineFeed(folded, from: start) == expected, "\(bytes) \(start)")
                }
            }
        }
    }
}

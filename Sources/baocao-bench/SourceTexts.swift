import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One article read from corpus/: a headline and its paragraphs.
struct SourceArticle {
    var title: String
    var paragraphs: [String]
}

/// The articles and short lines (for menus and sidebars) the generator builds pages from.
struct SourceTexts {
    var articles: [SourceArticle]
    /// Headline-sized lines: article titles and sentence openings, 40–110 characters.
    var headlines: [String]

    static let textFolders = ["seeds", "dev", "holdout", "blind"]

    /// Reads `corpus/{seeds,dev,holdout,blind}/*.txt` (title, site, date lines, then
    /// paragraphs) and `corpus/html/*.expected` (paragraphs only), in sorted path order.
    static func load(from corpus: String) throws -> SourceTexts {
        var articles: [SourceArticle] = []
        let manager = FileManager.default
        for folder in textFolders {
            let path = (corpus as NSString).appendingPathComponent(folder)
            for name in ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted() where name.hasSuffix(".txt") {
                let text = try String(contentsOfFile: (path as NSString).appendingPathComponent(name), encoding: .utf8)
                var blocks = paragraphs(text)
                let headBlocks = blocks.prefix(2).prefix { $0.count < 300 }.count
                let headLines = blocks.prefix(headBlocks).flatMap { $0.split(separator: "\n").map(String.init) }
                blocks.removeFirst(headBlocks)
                guard !blocks.isEmpty else { continue }
                let title = headLines.first(where: isHeadline) ?? headLines.first ?? opening(of: blocks[0], limit: 90)
                articles.append(SourceArticle(title: title, paragraphs: blocks))
            }
        }
        let htmlPath = (corpus as NSString).appendingPathComponent("html")
        for name in ((try? manager.contentsOfDirectory(atPath: htmlPath)) ?? []).sorted() where name.hasSuffix(".expected") {
            let text = try String(contentsOfFile: (htmlPath as NSString).appendingPathComponent(name), encoding: .utf8)
            let blocks = paragraphs(text)
            guard let first = blocks.first, blocks.count > 1 else { continue }
            articles.append(SourceArticle(title: opening(of: first, limit: 90), paragraphs: blocks))
        }
        guard !articles.isEmpty else { throw GenerateError.noTexts(folder: corpus) }
        var headlines = articles.map(\.title)
        for article in articles {
            for paragraph in article.paragraphs where paragraph.count > 80 {
                headlines.append(opening(of: paragraph, limit: 100))
            }
        }
        return SourceTexts(articles: articles, headlines: headlines.filter { $0.count >= 30 })
    }

    /// Page chrome that copied texts carry above the headline.
    static let chromePrefixes = ["Hôm nay", "Cổng", "Trang", "TRANG", "Ngày đăng", "Cập nhật", "Thứ ", "Báo ",
                                 "Liên đoàn", "Chào mừng"]

    /// A line that reads as the article's headline rather than a site name, menu or dateline.
    static func isHeadline(_ line: String) -> Bool {
        (30...180).contains(line.count) && !line.contains("|")
            && !chromePrefixes.contains { line.hasPrefix($0) } && line.split(separator: " ").count >= 6
    }

    static func paragraphs(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// The first words of `text`, cut at a word boundary before `limit` characters.
    static func opening(of text: String, limit: Int) -> String {
        var result = ""
        for word in text.split(separator: " ") {
            if result.count + word.count + 1 > limit { break }
            result += result.isEmpty ? String(word) : " " + word
        }
        return result.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:"))
    }
}

/// UTF-8 → a legacy charset through iconv (glibc's CP1258 decomposes precomposed letters
/// into base + tone mark, as Vietnamese Windows pages do).
final class LegacyEncoder {
    let charset: String
    private let descriptor: iconv_t

    init(charset: String) throws {
        self.charset = charset
        let descriptor = iconv_open(charset, "UTF-8")
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { throw GenerateError.noConverter(charset: charset) }
        self.descriptor = descriptor
    }

    deinit { iconv_close(descriptor) }

    func encode(_ text: String) throws -> [UInt8] {
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let inputCount = input.count
        let outputCount = output.count
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inputCount
                var outLeft = outputCount
                _ = iconv(descriptor, nil, nil, nil, nil)
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return -(inputCount - inLeft) - 1 }
                return outputCount - outLeft
            }
        }
        guard produced >= 0 else {
            let at = -produced - 1
            let sample = String(decoding: input[at..<min(input.count, at + 40)], as: UTF8.self)
            throw GenerateError.unencodable(charset: charset, sample: sample)
        }
        return Array(output[..<produced])
    }
}

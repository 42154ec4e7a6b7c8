import Foundation
import Testing
import VietnameseText
@testable import Markup

/// The scan's lookup tables and byte shortcuts answer as the general forms they skip.
@Suite struct ScanTableTests {
    @Test func hintOpeningsAgreeWithEveryPosition() {
        let pieces = ["art", "icle", "com", "ment", "-", " ", "side", "bar", "nav", "a", "d", "ads", "date", "time",
                      "x", "author", "s", "share", "post", "tag", "s", "banner", "main", "ngay", "0", "_", "qc"]
        var generator = MetadataWalkTests.Generator(state: 5)
        var kinds = Set<UInt8>()
        for _ in 0..<20000 {
            let label = Array(generator.text(from: pieces, upTo: 7).utf8)
            let found = HintTable.all.matches(label)
            #expect(found == HintTable.all.matchesEverywhere(label), "\(String(decoding: label, as: UTF8.self))")
            kinds.insert(found.rawValue)
        }
        #expect(kinds.count > 10)
    }

    @Test func negativeTokensAsWords() {
        let pieces = ["ad", "ads", "adv", "qc", "gallery", "poll", "a", "d", "x", "-", " ", "_", "1", "galler", "polls", "QC"]
        var generator = MetadataWalkTests.Generator(state: 21)
        var tokens = 0
        for _ in 0..<20000 {
            let bytes = Array(generator.text(from: pieces, upTo: 5).lowercased().utf8)
            let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let expected = words.contains { MarkupVocabulary.negativeTokens.contains(String($0)) }
            if expected { tokens += 1 }
            #expect(ClassHints.hasNegativeToken("", bytes) == expected, "\(bytes)")
        }
        #expect(tokens > 3000)
    }

    @Test func kindTableHoldsEveryKnownName() {
        for (key, kind) in PageScan.ElementKind.known {
            #expect(PageScan.ElementKind.table.kind(of: key)?.name == kind.name)
        }
        for name in ["span", "b", "img", "font", "tbodyx", "i", "articles"] {
            let key = name.withCString { PageScan.ElementKind.packed(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
            #expect(PageScan.ElementKind.table.kind(of: key ?? 0) == nil, "\(name)")
        }
        #expect(PageScan.ElementKind.table.kind(of: 0x70) != nil)  // "p"
    }

    @Test func caseAtMarkupBoundaries() {
        let pieces = ["a", "Z", "ệ", "Ệ", "1", " ", "ß", "Σ", "σ", "\u{1680}", "ǅ", "\u{0301}"]
        var generator = MetadataWalkTests.Generator(state: 9)
        for _ in 0..<5000 {
            let buffer = Array(generator.text(from: pieces, upTo: 3).utf8)
            let text = Array(generator.text(from: pieces, upTo: 3).utf8)
            guard !buffer.isEmpty else { continue }
            let old = Whitespace.lastScalar(of: buffer).map(\.properties.isLowercase) == true
                && text.withUnsafeBufferPointer { Whitespace.firstScalar(of: $0) }.map(\.properties.isUppercase) == true
            let new = PageScan.endsLowercase(buffer) && text.withUnsafeBufferPointer { PageScan.startsUppercase($0) }
            #expect(new == old)
        }
    }

    @Test func ogamSpaceSeparatesWords() throws {
        let document = try HTMLDocument("<html><body><p>Nghị\u{1680}quyết  Đảng\u{1680}\u{1680}ủy ệ</p></body></html>")
        let scan = PageScan(root: try #require(document.root))
        #expect(scan.paragraphs.map(\.text) == ["Nghị quyết Đảng ủy ệ"])
        #expect(scan.paragraphs.first?.chars == 16)
    }
}

/// Title words and segments counted on bytes as by Characters.
@Suite struct TitleBytesTests {
    @Test func wordsAndSegmentsAsCharacters() {
        let pieces = ["Tin", " ", "  ", "tức", "-", " - ", " | ", "–", " – ", "\u{0301}", "\r\n", "x", "Đảng", "»", " » "]
        var generator = MetadataWalkTests.Generator(state: 29)
        for _ in 0..<5000 {
            let text = generator.text(from: pieces, upTo: 8)
            #expect(TitleText.wordCount(text) == text.split(separator: " ").count, "\(text)")
            for separator in TitleText.separators {
                #expect(TitleText.components(text, separatedBy: separator) == text.components(separatedBy: separator),
                        "\(text)")
            }
        }
    }
}

/// A paragraph gathered from inline text nodes is their text with whitespace squeezed.
@Suite struct ParagraphSqueezeTests {
    @Test func inlineTextSqueezedAsAWhole() throws {
        let pieces = ["a", " ", "  ", "\u{00A0}", "\t", "ệ", "\u{1680}", "b c", ", ", "\n", "đ ", " x", "\u{2003}", "1"]
        var generator = MetadataWalkTests.Generator(state: 31)
        for _ in 0..<2000 {
            let nodes = (0..<Int(generator.next() % 4 + 1)).map { _ in generator.text(from: pieces, upTo: 6) }
            let html = "<html><body><p>" + nodes.map { "<span>\($0)</span>" }.joined() + "</p></body></html>"
            let document = try HTMLDocument(html)
            let scan = PageScan(root: try #require(document.root))
            let expected = nodes.joined().squeezedSpaces
            #expect(scan.paragraphs.map(\.text) == (expected.isEmpty ? [] : [expected]), "\(nodes)")
        }
    }
}

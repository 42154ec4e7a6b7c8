import CLibXMLArena
import Testing
@testable import Markup

/// The arena cap and the byte scans made before parsing.
@Suite struct ArenaLimitTests {
    @Test func anArenaPastItsLimitHandsOutMallocBlocks() throws {
        #expect(LibXML.usesArenas)
        let arena = try #require(baocao_arena_open())
        defer { baocao_arena_release(arena) }
        defer { baocao_arena_close() }
        baocao_arena_limit(arena, 1 << 20)
        var outside = 0
        // 8 MB of small blocks, freed at once as libxml2 frees its error strings.
        for _ in 0..<100_000 {
            let block = try #require(baocao_arena_malloc(80))
            if baocao_arena_owns(block) == 0 { outside += 1 }
            baocao_arena_free(block)
        }
        #expect(baocao_arena_footprint(arena) <= (1 << 20) + (256 << 10))
        // What the arena took stays within its limit and one chunk; the rest went to malloc.
        #expect((100_000 - outside) * 80 <= (1 << 20) + (256 << 10))
        #expect(outside > 80_000)
        #expect(baocao_arena_is_self_contained(arena) == 0)
    }

    @Test func anEntityFloodKeepsTheArenaNearItsPage() throws {
        // Each bare "&#" made libxml2 allocate an error message that the arena never freed.
        let page = "<html><body><p>Báo cáo năm 2024: " + String(repeating: "&#", count: 1 << 20) + "</p></body></html>"
        let document = try HTMLDocument(page)
        #expect(document.arenaFootprint <= LibXML.arenaLimit(forInput: page.utf8.count) + (256 << 10))
        #expect(document.body?.textContent.contains("Báo cáo năm 2024") == true)
    }

    @Test func theAttributeScanCountsOnlyRealAttributes() {
        func flagged(_ page: String, limit: Int = 100) -> Bool {
            Array(page.utf8).withUnsafeBufferPointer { HTMLPrescan.hasElement(withMoreAttributesThan: limit, in: $0) }
        }
        let many = (0..<101).map { "a\($0)=\"x y\"" }.joined(separator: " ")
        #expect(flagged("<p>x</p><div \(many)>text</div>"))
        #expect(!flagged("<div " + (0..<100).map { "a\($0)='1'" }.joined(separator: " ") + ">text</div>"))
        // A long quoted value full of blanks is one attribute; a comment is no tag.
        #expect(!flagged("<img src=\"" + String(repeating: "a b ", count: 5_000) + "\">"))
        #expect(!flagged("<!-- <div " + String(repeating: "a ", count: 5_000) + " -->" + "<p>x</p>"))
        #expect(!flagged(String(repeating: "x < y ", count: 5_000)))
        // A `>` inside a quoted value does not end the tag: the attributes after it count.
        let flood = (0..<500).map { "a\($0)" }.joined(separator: " ")
        #expect(flagged("<p>x</p><div t=\">\" \(flood)>text</div>"))
        #expect(flagged("<div t='>' \(flood)>text</div>", limit: 400))
        #expect(!flagged("<div t=\">\" \(flood)>text</div>", limit: 501))
        // The smallest page over the limit (2 × limit + 4 bytes) is still read.
        #expect(flagged("<a b c d e", limit: 3))
        #expect(!flagged("<a b c d", limit: 3))
    }

    @Test func aQuotedBracketFloodIsRefusedBeforeParsing() {
        let flood = (0...HTMLPrescan.maximumAttributes).map { "a\($0)" }.joined(separator: " ")
        #expect(throws: MarkupError.tooManyAttributes(limit: HTMLPrescan.maximumAttributes)) {
            try HTMLDocument("<html><body><div t=\">\" \(flood)>x</div></body></html>")
        }
    }

    @Test func theInternalSubsetIsFoundOnlyInAnOpeningDoctype() {
        func subset(_ page: String) -> String? {
            let bytes = Array(page.utf8)
            return bytes.withUnsafeBufferPointer { HTMLPrescan.internalSubset(in: $0) }.map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(subset("<!DOCTYPE html [ <!ENTITY x \"a]b\"> ]><html></html>") == "[ <!ENTITY x \"a]b\"> ]")
        #expect(subset("\u{FEFF} <!-- c --> <!doctype html [<!-- ] -->]>") == "[<!-- ] -->]")
        #expect(subset("<!DOCTYPE html><p>[x]</p>") == nil)
        #expect(subset("<html><!DOCTYPE html [ ]>") == nil)
    }
}

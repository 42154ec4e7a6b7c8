import CLibXMLArena
import Testing
@testable import Markup

/// The arena functions libxml2 allocates through (installed by `LibXML.usesArenas`).
@Suite struct LibXMLArenaTests {
    private func withArena(_ body: (OpaquePointer) throws -> Void) throws {
        #expect(LibXML.usesArenas)
        let arena = try #require(baocao_arena_open())
        defer { baocao_arena_release(arena) }
        defer { baocao_arena_close() }
        try body(arena)
    }

    @Test func blocksComeFromTheOpenArenaOnly() throws {
        try withArena { arena in
            let inside = try #require(baocao_arena_malloc(100))
            #expect(baocao_arena_owns(inside) != 0)
            #expect(Int(bitPattern: inside) % 16 == 0)
            baocao_arena_close()
            let outside = try #require(baocao_arena_malloc(100))
            #expect(baocao_arena_owns(outside) == 0)
            baocao_arena_free(outside)
            #expect(baocao_arena_is_self_contained(arena) != 0)
        }
    }

    @Test func aSecondArenaCannotOpenOnTheSameThread() throws {
        try withArena { _ in #expect(baocao_arena_open() == nil) }
    }

    @Test func growingKeepsTheBytesInPlaceAndWhenMoved() throws {
        try withArena { _ in
            let first = try #require(baocao_arena_malloc(10)).assumingMemoryBound(to: UInt8.self)
            for index in 0..<10 { first[index] = UInt8(index + 1) }
            let grown = try #require(baocao_arena_realloc(first, 1_000)).assumingMemoryBound(to: UInt8.self)
            #expect(grown == first, "the last block grows where it is")
            grown[999] = 42
            _ = try #require(baocao_arena_malloc(8))
            let moved = try #require(baocao_arena_realloc(grown, 5_000)).assumingMemoryBound(to: UInt8.self)
            #expect(moved != grown)
            #expect((0..<10).map { moved[$0] } == Array(1...10))
            #expect(moved[999] == 42)
            let shrunk = try #require(baocao_arena_realloc(moved, 4))
            #expect(shrunk.assumingMemoryBound(to: UInt8.self) == moved)
            // A size no memory can hold fails as malloc's realloc does, leaving the block.
            #expect(baocao_arena_realloc(shrunk, Int(bitPattern: UInt.max)) == nil)
            #expect(shrunk.assumingMemoryBound(to: UInt8.self)[0] == 1)
        }
    }

    /// A block grown after its arena's scope moves to malloc, and its arena is then no
    /// longer self-contained (its tree must be freed node by node).
    @Test func blocksAreCopiedOutWhenGrownAfterTheScope() throws {
        try withArena { arena in
            let text = try #require(baocao_arena_strdup("Hà Nội"))
            #expect(String(cString: text) == "Hà Nội")
            baocao_arena_close()
            let grown = try #require(baocao_arena_realloc(text, 64_000))
            #expect(baocao_arena_owns(grown) == 0)
            #expect(String(cString: grown.assumingMemoryBound(to: CChar.self)) == "Hà Nội")
            #expect(baocao_arena_is_self_contained(arena) == 0)
            baocao_arena_free(grown)
        }
    }

    /// A block of one arena grown while another is open never moves into the other.
    @Test func blocksNeverMoveIntoAnotherArena() throws {
        try withArena { first in
            let block = try #require(baocao_arena_malloc(100))
            block.storeBytes(of: 42, as: UInt8.self)
            baocao_arena_close()
            let second = try #require(baocao_arena_open())
            defer { baocao_arena_release(second) }
            let grown = try #require(baocao_arena_realloc(block, 10_000))
            #expect(baocao_arena_owns(grown) == 0)
            #expect(grown.load(as: UInt8.self) == 42)
            #expect(baocao_arena_is_self_contained(first) == 0)
            #expect(baocao_arena_is_self_contained(second) != 0)
            baocao_arena_free(grown)
        }
    }

    @Test func bigBlocksGetAChunkAndHugeOnesMarkTheArena() throws {
        try withArena { arena in
            let big = try #require(baocao_arena_malloc(100_000))
            #expect(baocao_arena_owns(big) != 0)
            big.initializeMemory(as: UInt8.self, repeating: 7, count: 100_000)
            #expect(baocao_arena_is_self_contained(arena) != 0)
            for _ in 0..<1_000 { _ = baocao_arena_malloc(1_000) }
            #expect(baocao_arena_footprint(arena) >= 1_100_000)
            let huge = try #require(baocao_arena_malloc(1_000_000))
            #expect(baocao_arena_owns(huge) == 0)
            #expect(baocao_arena_is_self_contained(arena) == 0)
            baocao_arena_free(huge)
        }
    }

    /// Pages parsed on many threads at once, in arenas that are reused as soon as a document
    /// goes, read the same as the first parse; one page is bigger than an arena chunk.
    @Test func documentsParsedConcurrentlyReadTheSame() async throws {
        let paragraph = "<p>Năm 2023, toàn tỉnh có 132 mô hình học tập và làm theo Bác.</p>\n"
        let pages = [
            "<html><body><div>" + String(repeating: paragraph, count: 40) + "</div></body></html>",
            "<html><body><div>" + String(repeating: paragraph, count: 6_000) + "</div></body></html>",
            "<html><body><table><tr><td>Đảng viên<td>99,7%</table><p title='x'>Chỉ thị 05-CT/TW</p></body></html>",
        ]
        let expected = try pages.map { try HTMLDocument($0).body?.textContent ?? "" }
        #expect(expected[1].utf8.count > 300_000)
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for round in 0..<30 {
                        let index = (task + round) % pages.count
                        let text = (try? HTMLDocument(pages[index]).body?.textContent) ?? nil
                        if text != expected[index] { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}

import Foundation
@testable import Pipeline
import Testing

@Suite("Reading files")
struct FileBytesTests {
    @Test func readsWholeFilesOfEverySize() throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        for size in [0, 1, 65_535, 65_536, 65_537, 200_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let path = folder.appendingPathComponent("f\(size)").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(FileBytes.read(path, limit: nil) == .success(bytes))
            #expect(FileBytes.read(path, limit: size) == .success(bytes))
            if size > 0 { #expect(FileBytes.read(path, limit: size - 1) == .failure(.tooLarge(bytes: size))) }
        }
    }

    @Test func readsPipesToTheirEnd() throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let payload = [UInt8](repeating: 0x61, count: 150_000)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)
            handle?.write(Data(payload))
            try? handle?.close()
        }
        writer.start()
        #expect(FileBytes.read(fifo, limit: nil) == .success(payload))
        let second = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)
            handle?.write(Data(payload))
            try? handle?.close()
        }
        second.start()
        guard case .failure(.tooLarge(let seen)) = FileBytes.read(fifo, limit: 70_000) else {
            Issue.record("a pipe longer than the limit was read")
            return
        }
        #expect(seen > 70_000)
    }

    @Test func namesWhyAFileCannotBeRead() throws {
        let folder = try Harness.temporaryDirectory()
        defer { Harness.remove(folder) }
        let missing = FileBytes.read(folder.appendingPathComponent("none").path, limit: nil)
        #expect(missing == .failure(.system(code: ENOENT)))
        #expect(FileBytes.reason(ENOENT) == "no such file or folder")
        #expect(FileBytes.read(folder.path, limit: nil) == .failure(.system(code: EISDIR)))
        #expect(FileBytes.reason(EISDIR) == "Is a directory")
    }
}

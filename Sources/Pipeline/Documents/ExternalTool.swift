import Dispatch
import Foundation
import VietnameseText

/// Why a run of an external program (pdftotext, pdftoppm, tesseract) gave no result.
enum ExternalToolError: Error, Sendable, Equatable {
    /// The program is not on `PATH`; `package` names the Debian package that installs it.
    case missing(tool: String, package: String)
    /// The document's deadline passed (or the run was cancelled) while it ran: it was killed.
    case deadline
    /// It ran and exited non-zero (or was killed by a signal); `message` is the start of its
    /// standard error.
    case failed(tool: String, status: Int32, message: String)
    case launch(tool: String, message: String)

    var description: String {
        switch self {
        case .missing(let tool, let package):
            "\(tool) is not installed (Debian package \(package); scripts/bootstrap installs it)"
        case .deadline: "the deadline passed while an external reader ran"
        case .failed(let tool, let status, let message):
            "\(tool) failed (exit status \(status))" + (message.isEmpty ? "" : ": \(message)")
        case .launch(let tool, let message): "cannot start \(tool): \(message)"
        }
    }
}

/// Runs a program with an argument vector (never through a shell), its standard output and
/// error going to files, killed with the processes it started when the document's
/// ``Deadline`` passes or the run is cancelled: SIGTERM, then SIGKILL half a second later.
enum ExternalTool {
    /// The absolute path of `tool` on `PATH`, nil when not found.
    static func locate(_ tool: String) -> String? {
        locations.withLock { cache in
            if let known = cache[tool] { return known }
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
            let found = path.split(separator: ":").lazy.map { "\($0)/\(tool)" }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
            cache[tool] = .some(found)
            return found
        }
    }

    private static let locations = LockedValue<[String: String?]>([:])

    /// Runs `tool` with `arguments`; standard output goes to `output` (or is discarded).
    /// Threads of OpenMP programs (Tesseract) are limited to one: documents already run in
    /// parallel, one per worker. `environment` is added to this process's own.
    static func run(_ tool: String, package: String, _ arguments: [String], output: URL? = nil,
                    environment extra: [String: String] = [:], deadline: Deadline) -> Result<Void, ExternalToolError> {
        guard let executable = locate(tool) else { return .failure(.missing(tool: tool, package: package)) }
        if deadline.hasPassed { return .failure(.deadline) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_THREAD_LIMIT"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("baocao-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil),
              let errorHandle = try? FileHandle(forWritingTo: errorFile) else {
            return .failure(.launch(tool: tool, message: "cannot create a file for its messages"))
        }
        defer {
            try? errorHandle.close()
            try? FileManager.default.removeItem(at: errorFile)
        }
        process.standardError = errorHandle
        var outputHandle: FileHandle?
        if let output {
            guard FileManager.default.createFile(atPath: output.path, contents: nil),
                  let handle = try? FileHandle(forWritingTo: output) else {
                return .failure(.launch(tool: tool, message: "cannot create \(output.path)"))
            }
            outputHandle = handle
            process.standardOutput = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        defer { try? outputHandle?.close() }
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.launch(tool: tool, message: "\(error)"))
        }
        var killed = false
        while true {
            var slice = Duration.milliseconds(100)
            if let instant = deadline.instant { slice = min(slice, max(.zero, ContinuousClock.now.duration(to: instant))) }
            if exited.wait(timeout: .now() + .nanoseconds(Int(slice / .nanoseconds(1)))) == .success { break }
            if !killed, deadline.hasPassed {
                // Foundation makes the program the leader of a process group of its own: what it
                // started (LibreOffice's soffice.bin under its launcher) is stopped with it.
                killed = true
                kill(-process.processIdentifier, SIGTERM)
                if exited.wait(timeout: .now() + .milliseconds(500)) == .success { break }
                kill(-process.processIdentifier, SIGKILL)
                exited.wait()
                break
            }
        }
        if killed { return .failure(.deadline) }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let message = (try? Data(contentsOf: errorFile)).map { Self.firstLines(of: $0) } ?? ""
            return .failure(.failed(tool: tool, status: process.terminationStatus, message: message))
        }
        return .success(())
    }

    /// The first lines of a program's messages, for a reject: at most 300 characters.
    static func firstLines(of data: Data) -> String {
        let text = String(decoding: data.prefix(2000), as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var unique: [String] = []
        for line in lines where !unique.contains(line) { unique.append(line) }
        return String(unique.prefix(3).joined(separator: "; ").prefix(300))
    }
}

/// A value guarded by a lock.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// A folder for one document's temporary files, removed with everything in it by ``remove()``.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// A new scratch folder holding `bytes` as its file `name`, for a tool to read; a
    /// `DocumentReadFailure` of kind `io` naming `what` when either cannot be made.
    static func holding(_ bytes: [UInt8], as name: String, what: String) -> Result<(ScratchFolder, URL), DocumentReadFailure> {
        let scratch: ScratchFolder
        do {
            scratch = try ScratchFolder()
        } catch {
            return .failure(DocumentReadFailure(kind: "io", stage: .decode, message: "cannot make a temporary folder: \(error)"))
        }
        let file = scratch.file(name)
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes)) else {
            scratch.remove()
            return .failure(DocumentReadFailure(kind: "io", stage: .decode, message: "cannot write a temporary copy of the \(what)"))
        }
        return .success((scratch, file))
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

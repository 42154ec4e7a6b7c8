import Foundation

/// Runs a program to completion for a test, reading standard output and standard error on
/// their own threads so that neither pipe can fill up and block the child.
public enum ChildProcess {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        /// Standard output's bytes, for programs whose output is not UTF-8.
        public let stdoutBytes: Data
    }

    /// `environment` is added to this process's own; `standardInput` is a file to read from
    /// (the child inherits this process's standard input when nil). The wait holds a thread of
    /// its own, not one of the cooperative pool.
    public static func run(_ program: URL, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:], standardInput: FileHandle? = nil) async throws -> Output {
        try await onOwnThread {
            try runBlocking(program, arguments, in: directory, environment: environment, standardInput: standardInput)
        }
    }

    /// ``run(_:_:in:environment:standardInput:)`` holding the calling thread: for code that
    /// already runs on a thread of its own.
    public static func runBlocking(_ program: URL, _ arguments: [String], in directory: URL? = nil,
                                   environment: [String: String] = [:], standardInput: FileHandle? = nil) throws -> Output {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = directory }
        if let standardInput { process.standardInput = standardInput }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The readers have threads of their own: blocked on a global dispatch queue, they could
        // hold threads the cooperative pool needs.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        Thread { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
        group.enter()
        Thread { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    /// Waits for `process` to exit on a thread of its own.
    public static func waitUntilExit(_ process: Process) async {
        await onOwnThread { process.waitUntilExit() }
    }

    /// Waits up to `seconds` for `process` to exit, looking every 20 ms without holding a
    /// thread; true when it did.
    public static func waitUntilExit(_ process: Process, seconds: Double) async -> Bool {
        let until = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < until { try? await Task.sleep(for: .milliseconds(20)) }
        return !process.isRunning
    }

    /// Waits up to `seconds` until `condition` holds, looking every 20 ms without holding a
    /// thread; true when it did.
    public static func poll(seconds: Double, every interval: Duration = .milliseconds(20),
                            until condition: () throws -> Bool) async rethrows -> Bool {
        let until = Date().addingTimeInterval(seconds)
        while Date() < until {
            if try condition() { return true }
            try? await Task.sleep(for: interval)
        }
        return try condition()
    }

    /// Waits up to `seconds` until process `pid` listens for `signal` itself: one of its
    /// signalfds (how libdispatch's signal sources take signals on Linux) has the signal in its
    /// mask. Before that, the signal may kill the process or be lost. Where /proc does not tell
    /// (not Linux), waits a moment and returns true; false when the time runs out.
    public static func waitUntilListening(for signal: Int32, pid: Int32, seconds: Double = 120) async -> Bool {
        let folder = "/proc/\(pid)/fd"
        guard FileManager.default.fileExists(atPath: "/proc/self/fdinfo") else {
            try? await Task.sleep(for: .milliseconds(300))
            return true
        }
        let bit = UInt64(1) << UInt64(signal - 1)
        let until = Date().addingTimeInterval(seconds)
        while Date() < until {
            for descriptor in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                guard (try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + descriptor)) == "anon_inode:[signalfd]",
                      let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(descriptor)", encoding: .utf8),
                      let line = info.split(separator: "\n").first(where: { $0.hasPrefix("sigmask:") }),
                      let mask = UInt64(line.dropFirst("sigmask:".count).trimmingCharacters(in: .whitespaces), radix: 16)
                else { continue }
                if mask & bit != 0 { return true }
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }
}

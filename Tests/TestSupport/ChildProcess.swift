import Foundation

/// Runs a program to completion for a test, reading standard output and standard error on
/// their own threads so that neither pipe can fill up and block the child.
public enum ChildProcess {
    public struct Output: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// `environment` is added to this process's own; `standardInput` is a file to read from
    /// (the child inherits this process's standard input when nil).
    public static func run(_ program: URL, _ arguments: [String], in directory: URL? = nil,
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
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Waits up to `seconds` until process `pid` listens for `signal` itself: one of its
    /// signalfds (how libdispatch's signal sources take signals on Linux) has the signal in its
    /// mask. Before that, the signal may kill the process or be lost. Where /proc does not tell
    /// (not Linux), waits a moment and returns true; false when the time runs out.
    public static func waitUntilListening(for signal: Int32, pid: Int32, seconds: Double = 120) -> Bool {
        let folder = "/proc/\(pid)/fd"
        guard FileManager.default.fileExists(atPath: "/proc/self/fdinfo") else {
            usleep(300_000)
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
            usleep(10_000)
        }
        return false
    }
}

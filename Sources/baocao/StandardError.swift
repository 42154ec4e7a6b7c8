#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages to standard error straight through write(2). `FileHandle.standardError.write(Data(…))`
/// cost 0.85 M instructions at the end of every run: Foundation's generic Data initialiser
/// and append cast their argument dynamically, and each first cast scans every protocol
/// conformance of the binary.
enum StandardError {
    /// Writes `text` whole (a partial write is continued, an interrupted one retried); a
    /// failure to write to standard error has nowhere to be reported and is dropped.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(STDERR_FILENO, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #elseif canImport(Darwin)
    private static let systemWrite = Darwin.write
    #endif
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into memory with POSIX calls: one `fstat` for the size, reads straight
/// into the array's storage, no intermediate `Data`.
enum FileBytes {
    enum Failure: Error, Equatable {
        /// The file holds more bytes than the limit.
        case tooLarge(bytes: Int)
        /// `open`, `fstat` or `read` failed with this `errno`.
        case system(code: Int32)
    }

    /// The file's bytes; with a `limit`, a larger regular file is refused before it is read,
    /// and a pipe or growing file as soon as more than `limit` bytes have arrived.
    static func read(_ path: String, limit: Int?) -> Result<[UInt8], Failure> {
        read(InputPath(path), limit: limit)
    }

    /// The file's bytes, opened by the path's own bytes (a name need not be UTF-8).
    static func read(_ path: InputPath, limit: Int?) -> Result<[UInt8], Failure> {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(.system(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(code: errno)) }
        let size = (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        if let limit, size > limit { return .failure(.tooLarge(bytes: size)) }
        var failure: Int32?
        /// Up to `capacity` bytes, fewer only at the end of the file (or on failure).
        func next(_ capacity: Int) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                guard let base = buffer.baseAddress else { return }
                while count < capacity {
                    let got = Glibc.read(descriptor, base + count, capacity - count)
                    if got > 0 { count += got; continue }
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 { failure = errno }
                    return
                }
            }
        }
        // One byte more than the size: a short read proves the end without a second call.
        let chunk = 1 << 16
        var bytes = next(size + 1)
        var last = bytes.count
        var asked = size + 1
        while failure == nil && last == asked {
            let more = next(chunk)
            bytes.append(contentsOf: more)
            last = more.count
            asked = chunk
            // A pipe or a growing file: the limit holds for what has arrived so far.
            if let limit, bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count)) }
        }
        if let failure { return .failure(.system(code: failure)) }
        return .success(bytes)
    }

    /// Up to `count` bytes from the start of the file (fewer when it is shorter).
    static func head(_ path: InputPath, count: Int) -> Result<[UInt8], Failure> {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return .failure(.system(code: errno)) }
        defer { close(descriptor) }
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            guard let base = buffer.baseAddress else { return }
            while filled < count {
                let got = Glibc.read(descriptor, base + filled, count - filled)
                if got > 0 { filled += got; continue }
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                return
            }
        }
        if let failure { return .failure(.system(code: failure)) }
        return .success(bytes)
    }

    /// A reader's words for an `errno`: "no such file or folder", else the system's message.
    static func reason(_ code: Int32) -> String {
        code == ENOENT ? "no such file or folder" : String(cString: strerror(code))
    }
}

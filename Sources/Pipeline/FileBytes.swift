#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VietnameseText

/// Reads a whole file into memory with POSIX calls: one `fstat` for the size, reads straight
/// into the array's storage, no intermediate `Data`.
enum FileBytes {
    enum Failure: Error, Equatable {
        /// The file holds more bytes than the limit.
        case tooLarge(bytes: Int)
        /// `open`, `fstat`, `poll` or `read` failed with this `errno`.
        case system(code: Int32)
        /// A pipe, FIFO or device reached no end of file before the deadline passed.
        case deadline
    }

    /// The file's bytes; with a `limit`, a larger regular file is refused before it is read,
    /// and a pipe or growing file as soon as more than `limit` bytes have arrived.
    ///
    /// Opening never blocks (a FIFO that no writer opens would block `open` forever), and a
    /// file that is not regular is read as it becomes readable, until its end of file or
    /// the `deadline` (a time limit or a cancellation).
    static func read(_ path: String, limit: Int?, deadline: Deadline = .never) -> Result<[UInt8], Failure> {
        read(InputPath(path), limit: limit, deadline: deadline)
    }

    /// The file's bytes, opened by the path's own bytes (a name need not be UTF-8).
    static func read(_ path: InputPath, limit: Int?, deadline: Deadline = .never) -> Result<[UInt8], Failure> {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return .failure(.system(code: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(code: errno)) }
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        let size = isRegular ? Int(status.st_size) : 0
        if let limit, size > limit { return .failure(.tooLarge(bytes: size)) }
        var failure: Failure?
        /// Up to `capacity` bytes, fewer only at the end of the file (or on failure).
        func next(_ capacity: Int) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                guard let base = buffer.baseAddress else { return }
                var waitedForEnd = false
                while count < capacity {
                    let got = Glibc.read(descriptor, base + count, capacity - count)
                    if got > 0 {
                        count += got
                        waitedForEnd = false
                        continue
                    }
                    if got < 0 && errno == EINTR { continue }
                    if got < 0 && errno != EAGAIN {
                        failure = .system(code: errno)
                        return
                    }
                    if isRegular || got == 0 && waitedForEnd { return }
                    // No bytes yet (EAGAIN), or no writer (0): a pipe whose writer left, or
                    // a device at its end, polls ready and reads 0 again; a FIFO no writer
                    // has opened yet polls as nothing and is waited for.
                    switch waitUntilReadable(descriptor, deadline: deadline) {
                    case .ready: waitedForEnd = got == 0
                    case .waiting: continue
                    case .failed(let reason):
                        failure = reason
                        return
                    }
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
        if let failure { return .failure(failure) }
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

    private enum Readiness {
        case ready, waiting
        case failed(Failure)
    }

    /// Waits up to 50 ms for the descriptor to become readable (or to hang up).
    private static func waitUntilReadable(_ descriptor: Int32, deadline: Deadline) -> Readiness {
        if deadline.hasPassed { return .failed(.deadline) }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, 50)
        if ready > 0 { return .ready }
        if ready < 0 && errno != EINTR { return .failed(.system(code: errno)) }
        return .waiting
    }

    /// A reader's words for an `errno`: "no such file or folder", else the system's message.
    static func reason(_ code: Int32) -> String {
        code == ENOENT ? "no such file or folder" : String(cString: strerror(code))
    }
}

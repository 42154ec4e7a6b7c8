import Foundation

/// Why a run could not take hold of its outputs.
public enum OutputLockError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Another run holds `path`; `pid` is its process when known.
    case held(path: String, pid: Int32?)
    case cannotLock(path: String, reason: String)
    /// The folder of `path` is missing and cannot be made.
    case cannotCreateFolder(path: String, folder: String, reason: String)

    public var description: String {
        switch self {
        case let .held(path, pid):
            "another baocao run\(pid.map { " (pid \($0))" } ?? "") is writing \(path); try again when it ends"
        case let .cannotLock(path, reason):
            "cannot lock \(path): \(reason)"
        case let .cannotCreateFolder(path, folder, reason):
            "cannot open \(path) for writing: cannot create folder \(folder): \(reason)"
        }
    }
}

/// One writer at a time: an exclusive hold of a run's output files against other runs.
///
/// File `F` is guarded by `F.lock` beside it, locked with flock(2) for as long as the hold
/// lasts. The kernel drops the lock when the process ends, however it ends (`kill -9`
/// included), so a dead run never blocks the next one. Lock files are created once and never
/// removed: removing one that another run has open would let a third run lock a new file
/// and write beside the second. Each lock file holds the process id of its last holder, for
/// messages only.
public final class OutputLock {
    /// What to do when another run holds a lock.
    public enum Policy: Sendable {
        /// Fail at once with ``OutputLockError/held(path:pid:)``.
        case failIfHeld
        /// Wait for it to end; `onHeld` is told first.
        case wait(onHeld: @Sendable (OutputLockError) -> Void)
    }

    private var descriptors: [Int32] = []

    /// Locks `files` (their targets), creating missing parent folders and lock files; a
    /// file named twice is locked once. A held lock is reported for the first such file in
    /// the order given. Waiting, the run lets go of everything and then takes every lock in
    /// one order (by lock file identity), so waiting runs cannot block each other.
    public init(guarding files: [OutputPath], policy: Policy = .failIfHeld) throws(OutputLockError) {
        var opened: [(descriptor: Int32, identity: [UInt64], path: String)] = []
        do throws(OutputLockError) {
            for file in files {
                let lockPath = file.target + ".lock"
                let descriptor = try Self.openLockFile(lockPath, shownAs: file.path)
                var status = stat()
                guard fstat(descriptor, &status) == 0 else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw .cannotLock(path: lockPath, reason: reason)
                }
                let identity = [UInt64(status.st_dev), UInt64(status.st_ino)]
                if opened.contains(where: { $0.identity == identity }) {
                    close(descriptor)
                } else {
                    opened.append((descriptor, identity, file.path))
                }
            }
            var held: OutputLockError?
            for entry in opened where held == nil {
                if try !Self.attempt(entry.descriptor, blocking: false, shownAs: entry.path) {
                    held = .held(path: entry.path, pid: Self.holder(entry.descriptor))
                }
            }
            if let held {
                guard case .wait(let onHeld) = policy else { throw held }
                onHeld(held)
                for entry in opened { flock(entry.descriptor, LOCK_UN) }
                for entry in opened.sorted(by: { $0.identity.lexicographicallyPrecedes($1.identity) }) {
                    _ = try Self.attempt(entry.descriptor, blocking: true, shownAs: entry.path)
                }
            }
        } catch {
            for entry in opened { Self.unlockAndClose(entry.descriptor) }
            throw error
        }
        descriptors = opened.map(\.descriptor)
        let pid = Array("\(getpid())\n".utf8)
        for descriptor in descriptors where ftruncate(descriptor, 0) == 0 {
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        }
    }

    deinit { release() }

    /// Lets other runs in (also done when the process ends).
    ///
    /// The lock is dropped with `LOCK_UN` before the file is closed: a child this process
    /// is spawning at that moment holds a copy of every descriptor until its `exec` closes
    /// it, and closing ours alone would leave the lock with that copy.
    public func release() {
        for descriptor in descriptors { Self.unlockAndClose(descriptor) }
        descriptors.removeAll()
    }

    /// Drops the lock of `descriptor` (if it holds one) for every copy of it, then closes it.
    private static func unlockAndClose(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func openLockFile(_ lockPath: String, shownAs path: String) throws(OutputLockError) -> Int32 {
        do { try OutputFiles.makeParentFolder(of: lockPath) } catch {
            throw .cannotCreateFolder(path: path, folder: error.folder, reason: error.reason)
        }
        let descriptor = OutputFiles.open(lockPath, O_RDWR | O_CREAT)
        guard descriptor >= 0 else {
            throw .cannotLock(path: path, reason: "cannot open \(lockPath): \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    /// True when locked; false when another holds it and `blocking` is false.
    private static func attempt(_ descriptor: Int32, blocking: Bool, shownAs path: String) throws(OutputLockError) -> Bool {
        while flock(descriptor, LOCK_EX | (blocking ? 0 : LOCK_NB)) != 0 {
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return false
            case let code: throw .cannotLock(path: path, reason: String(cString: strerror(code)))
            }
        }
        return true
    }

    /// The process id the holder wrote into the lock file, if it has yet.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 24)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

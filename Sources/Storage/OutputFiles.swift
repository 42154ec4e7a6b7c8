import Foundation

/// The folder above a file a run writes is missing and cannot be made.
public struct FolderCreationError: Error, Sendable {
    public let folder: String
    public let reason: String
}

/// How a run makes the files it writes (outputs, journal, lock files): missing parent
/// folders first, then open(2) with `O_CLOEXEC | O_NOFOLLOW`, so a symbolic link put where
/// such a file goes is refused rather than followed.
public enum OutputFiles {
    /// Creates the missing folders above `path` (nothing for a bare file name).
    public static func makeParentFolder(of path: String) throws(FolderCreationError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FolderCreationError(folder: folder, reason: error.localizedDescription)
        }
    }

    /// open(2) of `path` with `flags | O_CLOEXEC | O_NOFOLLOW`; -1 with `errno` set when it fails.
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o666) -> Int32 {
        Foundation.open(path, flags | O_CLOEXEC | O_NOFOLLOW, mode)
    }

    /// ``open(_:_:mode:)`` as a handle that closes the file when it goes; nil with `errno` set.
    public static func handle(_ path: String, _ flags: Int32, mode: mode_t = 0o666) -> FileHandle? {
        let descriptor = open(path, flags, mode: mode)
        return descriptor < 0 ? nil : FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}

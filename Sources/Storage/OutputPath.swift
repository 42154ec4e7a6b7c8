import Foundation

/// A path that cannot take a run's output, and what is there instead (nothing has been
/// written or removed when this is thrown).
public struct OutputPathError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        case folder
        /// Something else that is not a regular file, e.g. "a block device".
        case notAFile(String)
        case danglingLink
        /// Another destination of the same run, e.g. "the records file out.jsonl", is the
        /// same file.
        case sameFile(as: String)
    }

    /// The path as given.
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// "is a folder", "is a block device", …
    public var problem: String {
        switch reason {
        case .folder: "is a folder"
        case .notAFile(let what): "is \(what)"
        case .danglingLink: "is a symbolic link to nothing"
        case .sameFile(let other): "is the same file as \(other)"
        }
    }

    public var description: String { "\(path): \(problem)" }
}

/// A path a run writes a file to, as found before the run starts.
///
/// What a run may do there depends on what is there:
/// - nothing: the file is created (and its missing parent folders);
/// - a regular file: it is replaced whole at the end, written beside it and moved in with
///   rename(2); a symbolic link to a regular file stays, its target is replaced;
/// - a character device or FIFO (`/dev/null`, a named pipe): written in place, when the sink
///   takes a stream.
///
/// Anything else (a folder, a block device, a socket, a symbolic link to nothing) is refused,
/// so a run never removes or overwrites what it did not create.
public struct OutputPath: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Nothing there yet (or nothing that can be inspected; creating it reports why).
        case missing
        case regularFile
        /// A character device or FIFO, written in place.
        case stream
    }

    /// The path as given.
    public let path: String
    public let kind: Kind
    /// The path the run writes: `path`, or the regular file a symbolic link at `path` leads to.
    public let target: String

    /// Inspects `path`; `allowsStreams` false refuses character devices and FIFOs too
    /// (a database needs a file).
    public init(_ path: String, allowsStreams: Bool = true) throws(OutputPathError) {
        self.path = path
        var link = stat()
        guard lstat(path, &link) == 0 else {
            kind = .missing
            target = path
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw OutputPathError(path: path, reason: .danglingLink)
        }
        let isLink = link.st_mode & S_IFMT == S_IFLNK
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            kind = .regularFile
            target = isLink ? Self.resolved(path) ?? path : path
        case S_IFCHR where allowsStreams, S_IFIFO where allowsStreams:
            kind = .stream
            target = path
        case S_IFDIR:
            throw OutputPathError(path: path, reason: .folder)
        case S_IFBLK:
            throw OutputPathError(path: path, reason: .notAFile("a block device"))
        case S_IFCHR:
            throw OutputPathError(path: path, reason: .notAFile("a character device, not a file"))
        case S_IFIFO:
            throw OutputPathError(path: path, reason: .notAFile("a FIFO (named pipe), not a file"))
        case S_IFSOCK:
            throw OutputPathError(path: path, reason: .notAFile("a socket"))
        default:
            throw OutputPathError(path: path, reason: .notAFile("not a regular file"))
        }
    }

    /// True for a destination written in place.
    public var isStream: Bool { kind == .stream }

    /// `target` made absolute with symbolic links resolved as far as it exists: two
    /// destinations with the same one are the same file.
    public var canonicalPath: String {
        var url = URL(fileURLWithPath: target).standardizedFileURL
        var missing: [String] = []
        while Self.resolved(url.path) == nil, url.path != "/" {
            missing.insert(url.lastPathComponent, at: 0)
            url = url.deletingLastPathComponent()
        }
        let base = Self.resolved(url.path) ?? url.path
        return ([base == "/" ? "" : base] + missing).joined(separator: "/")
    }

    private static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}

import Foundation

/// One input file found on disk.
public struct SourceFile: Sendable, Equatable {
    /// Absolute or as-given path to read.
    public let path: String
    /// `file:` URI as given on the command line (relative paths stay relative).
    public let uri: String
    public let mediaType: MediaType

    public init(path: String, mediaType: MediaType) {
        self.init(path: path, uri: "file:" + path, mediaType: mediaType)
    }

    public init(path: String, uri: String, mediaType: MediaType) {
        self.path = path
        self.uri = uri
        self.mediaType = mediaType
    }
}

public enum MediaType: String, Sendable {
    case html = "text/html"
    case text = "text/plain"

    /// The media type a file extension implies inside a folder walk, or nil to skip it.
    public static func forExtension(_ ext: String) -> MediaType? {
        switch ext.lowercased() {
        case "html", "htm", "xhtml", "shtml": .html
        case "txt": .text
        default: nil
        }
    }
}

/// Expands the command line's paths into the files to read: folders recursively (only
/// `.txt`, `.html`, `.htm`), files as named (an unknown extension is read as text). The
/// result is sorted within each argument so runs are reproducible.
public enum SourceCollector {
    public struct Missing: Error, Sendable { public let path: String }

    /// Files to read and paths that do not exist.
    public static func collect(_ paths: [String]) -> (files: [SourceFile], missing: [String]) {
        var files: [SourceFile] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if !isDirectory.boolValue {
                let ext = (path as NSString).pathExtension
                files.append(SourceFile(path: path, mediaType: MediaType.forExtension(ext) ?? .text))
                continue
            }
            var found: [SourceFile] = []
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            walk(base, relative: "", into: &found)
            files.append(contentsOf: found.sorted { $0.path < $1.path })
        }
        return (files, missing)
    }

    /// Adds the readable files under `folder` + `relative`: regular files with a known
    /// extension; names starting with "." and everything under them left out; symbolic
    /// links not followed. Reads directories with `opendir`/`readdir` and the entry types
    /// they give (`lstat` only when the file system gives none): Foundation's enumerator
    /// took about 150 k instructions a file.
    private static func walk(_ folder: String, relative: String, into found: inout [SourceFile]) {
        // `folder` is "" for the root: paths are "/" + child, the root itself is "/".
        let path = relative.isEmpty ? (folder.isEmpty ? "/" : folder) : folder + "/" + relative
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix(".") else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat(folder + "/" + child, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFREG: type = Int32(DT_REG)
                default: continue
                }
            }
            if type == Int32(DT_DIR) {
                walk(folder, relative: child, into: &found)
            } else if type == Int32(DT_REG), let mediaType = MediaType.forExtension((name as NSString).pathExtension) {
                found.append(SourceFile(path: folder + "/" + child, mediaType: mediaType))
            }
        }
    }
}

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
            if let walker = manager.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { walker.skipDescendants() }
                        continue
                    }
                    guard walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
                          let type = MediaType.forExtension((relative as NSString).pathExtension) else { continue }
                    found.append(SourceFile(path: base + "/" + relative, mediaType: type))
                }
            }
            files.append(contentsOf: found.sorted { $0.path < $1.path })
        }
        return (files, missing)
    }
}

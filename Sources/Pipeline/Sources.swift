import Foundation
import Markup
import WARC

/// One input: a file found on disk, standard input, or a place that could not be read.
public struct SourceFile: Sendable, Equatable {
    /// The path to read, as given or as the folder walk built it, in the file system's bytes.
    public let location: InputPath
    /// The `file://` URI of the absolute path (`stdin:` for standard input).
    public let uri: String
    /// The media type the extension or the pipeline names.
    public let mediaType: MediaType
    /// When true the bytes decide: HTML when they open an HTML page (`HTMLSniffer`), else
    /// `mediaType`.
    public let sniffsContent: Bool
    /// Why the input cannot be read, known before reading it (a folder that cannot be
    /// listed, a symbolic link loop): it becomes a reject.
    public let problem: Problem?
    /// Set when the input is a response kept in a WARC file (`location` names the file).
    public let archived: Archived?

    /// A response record of a WARC file: where it sits and what its headers said.
    public struct Archived: Sendable, Equatable {
        public var record: WARCReader.Location
        /// `WARC-Date`, which becomes the record's `source.fetched_at`.
        public var fetchedAt: String?
        /// The charset of the response's `Content-Type`.
        public var charset: String?
    }

    /// A reason an input is rejected unread.
    public struct Problem: Sendable, Equatable {
        public var kind: String
        public var message: String

        public init(kind: String, message: String) {
            self.kind = kind
            self.message = message
        }
    }

    /// The path for messages (U+FFFD where a name is not UTF-8).
    public var path: String { location.description }

    /// A file at `path` (relative to the current directory, or absolute).
    public init(path: String, mediaType: MediaType) {
        let location = InputPath(path)
        self.init(location: location, uri: location.absolute(in: InputPath.currentDirectory() ?? InputPath("/")).fileURI,
                  mediaType: mediaType)
    }

    public init(path: String, uri: String, mediaType: MediaType) {
        self.init(location: InputPath(path), uri: uri, mediaType: mediaType)
    }

    public init(location: InputPath, uri: String, mediaType: MediaType, sniffsContent: Bool = false, problem: Problem? = nil,
                archived: Archived? = nil) {
        self.location = location
        self.uri = uri
        self.mediaType = mediaType
        self.sniffsContent = sniffsContent
        self.problem = problem
        self.archived = archived
    }

    /// Standard input read as one document (`stdin:`).
    public static func standardInput(mediaType: MediaType, sniffsContent: Bool = false) -> SourceFile {
        SourceFile(location: InputPath("/dev/stdin"), uri: "stdin:", mediaType: mediaType, sniffsContent: sniffsContent)
    }

    public var isStandardInput: Bool { uri == "stdin:" }
}

public enum MediaType: String, Sendable {
    case html = "text/html"
    case text = "text/plain"

    /// The media type a file extension names: `.html`, `.htm`, `.xhtml`, `.shtml` HTML,
    /// `.txt` text; nil for any other.
    public static func forExtension(_ ext: String) -> MediaType? {
        switch ext.lowercased() {
        case "html", "htm", "xhtml", "shtml": .html
        case "txt": .text
        default: nil
        }
    }

    /// Extensions of office documents: taken in a folder and read as what their bytes are
    /// (`DocumentProcessor` tells .docx, .odt and .doc apart by content, not by name).
    public static let officeExtensions: Set<String> = ["docx", "odt", "doc"]

    /// Extensions of pages saved from dynamic sites: taken in a folder when their bytes
    /// open an HTML page, as are files without an extension.
    public static let webPageExtensions: Set<String> = ["aspx", "asp", "php", "jsp"]
}

/// Expands paths into the inputs to read: folders recursively, files as named. The result
/// is sorted (by the bytes of the path) within each argument so runs are reproducible.
///
/// What a folder walk takes:
/// - `.txt`, `.html`, `.htm`, `.xhtml`, `.shtml` files;
/// - office documents `.docx`, `.odt`, `.doc` (read by their bytes);
/// - `.pdf`, `.png`, `.jpg`, `.jpeg`, `.tif`, `.tiff` files whose first bytes are a PDF's or
///   an image's (`BinaryFormat`); others of them are left out;
/// - files without an extension or saved as `.aspx`, `.asp`, `.php`, `.jsp` when their
///   first bytes open an HTML page (`HTMLSniffer`); others of them are left out;
/// - nothing else (`.json`, `.docx`…), and no name starting with "." nor anything
///   under such a folder.
/// Symbolic links are followed, to files and to folders; a link back to a folder on the
/// current path (a loop) is a reject, reported once, and not followed. A folder that cannot
/// be listed is a reject naming it, as is a taken file that cannot be read.
///
/// Whatever its extension, a `.txt` or extension-less file is read as HTML when its bytes
/// open an HTML page; `.html`-like files are always HTML.
public enum SourceCollector {
    /// What a walk looks for, for messages.
    public static let lookedFor = ".txt, .html, .htm, .xhtml, .shtml, .docx, .odt, .doc, .pdf, .png, .jpg, .jpeg, .tif, .tiff, and HTML pages without an extension or saved as .aspx, .asp, .php, .jsp"

    /// Inputs under `paths` and the paths that do not exist.
    public static func collect(_ paths: [String]) -> (files: [SourceFile], missing: [String]) {
        collect(paths.map(InputPath.init))
    }

    /// Inputs under `paths` (in the file system's bytes) and the paths that do not exist.
    public static func collect(_ paths: [InputPath]) -> (files: [SourceFile], missing: [String]) {
        var files: [SourceFile] = []
        var missing: [String] = []
        let directory = InputPath.currentDirectory() ?? InputPath("/")
        for path in paths {
            let absolute = path.absolute(in: directory)
            switch path.status() {
            case .failure(let error) where error.isMissing:
                missing.append(path.description)
            case .failure(let error):
                files.append(SourceFile(location: path, uri: absolute.fileURI, mediaType: .text,
                                        problem: .init(kind: "io", message: "cannot read \(path): \(error)")))
            case .success(let status) where status.st_mode & S_IFMT == S_IFDIR:
                var walk = FolderWalk(root: path, absoluteRoot: absolute)
                walk.visit([], identity: FolderWalk.Identity(status))
                files += walk.found.sorted { $0.location < $1.location }
            case .success(let status) where status.st_mode & S_IFMT == S_IFREG && Self.isWARC(path):
                // Only a regular file is looked into here: the look would take the first bytes
                // of a pipe or FIFO (`baocao extract <(…)`, /dev/stdin) away from its reading.
                files += Self.archived(path, uri: absolute.fileURI)
            case .success:
                let html = MediaType.forExtension(path.pathExtension) == .html
                files.append(SourceFile(location: path, uri: absolute.fileURI, mediaType: html ? .html : .text,
                                        sniffsContent: !html))
            }
        }
        return (files, missing)
    }
}

extension SourceCollector {
    /// A named file whose first bytes open a WARC record (`WARC/`), or a gzip member when it
    /// is named `.warc.gz`.
    static func isWARC(_ path: InputPath) -> Bool {
        guard case .success(let head) = FileBytes.head(path, count: 5) else { return false }
        return WARCReader.isWARC(head: head, path: path.description)
    }

    /// The inputs of a WARC file: each `response` record with a 2xx status and an HTML or
    /// text payload, whose URI is its `WARC-Target-URI`. `robots.txt` is left out.
    static func archived(_ path: InputPath, uri: String) -> [SourceFile] {
        let records: [(record: WARCRecord, location: WARCReader.Location)]
        do {
            records = try WARCReader.records(atPath: path.description)
        } catch {
            return [SourceFile(location: path, uri: uri, mediaType: .text,
                               problem: .init(kind: "io", message: "cannot read the WARC file \(path): \(error)"))]
        }
        return records.compactMap { record, location in
            guard record.field("WARC-Type") == "response",
                  let target = record.field("WARC-Target-URI"),
                  URL(string: target)?.path != "/robots.txt",
                  let message = HTTPMessage(record.block), let status = message.status, (200..<300).contains(status)
            else { return nil }
            let contentType = message.header("Content-Type")?.lowercased() ?? ""
            let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let mediaType = parts.first ?? ""
            let charset = parts.dropFirst().first { $0.hasPrefix("charset=") }
                .map { String($0.dropFirst("charset=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            let type: MediaType
            switch mediaType {
            case "text/html", "application/xhtml+xml": type = .html
            case "text/plain": type = .text
            case "": type = .html
            default: return nil
            }
            return SourceFile(location: path, uri: target, mediaType: type, sniffsContent: mediaType.isEmpty,
                              archived: SourceFile.Archived(record: location, fetchedAt: record.field("WARC-Date"), charset: charset))
        }
    }
}

/// One folder walk: reads directories with `opendir`/`readdir` and the entry types they
/// give (`stat` only for links, folders and file systems that give no type): Foundation's
/// enumerator took about 150 k instructions a file.
struct FolderWalk {
    /// A folder's device and inode: the same folder reached twice on one path is a loop.
    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// The folder as given (paths to read start with it) and as an absolute path (URIs).
    let root: InputPath
    let absoluteRoot: InputPath
    var found: [SourceFile] = []
    /// The folders on the current path, from the root: identity and relative path.
    private var ancestors: [(identity: Identity, relative: [UInt8])] = []

    init(root: InputPath, absoluteRoot: InputPath) {
        self.root = root
        self.absoluteRoot = absoluteRoot
    }

    private func location(_ relative: [UInt8]) -> InputPath {
        relative.isEmpty ? root : root.appending(relative)
    }

    private func uri(_ relative: [UInt8]) -> String {
        (relative.isEmpty ? absoluteRoot : absoluteRoot.appending(relative)).fileURI
    }

    private mutating func reject(_ relative: [UInt8], kind: String = "io", _ message: String) {
        found.append(SourceFile(location: location(relative), uri: uri(relative), mediaType: .text,
                                problem: .init(kind: kind, message: message)))
    }

    /// Walks the folder at `relative` (empty for the root) whose identity is `identity`.
    mutating func visit(_ relative: [UInt8], identity: Identity) {
        let path = location(relative)
        if let ancestor = ancestors.first(where: { $0.identity == identity }) {
            reject(relative, kind: "loop",
                   "symbolic link loop: \(path) leads back to \(location(ancestor.relative)); not followed")
            return
        }
        guard let directory = path.withCString({ opendir($0) }) else {
            reject(relative, "cannot read folder \(path): \(Errno(code: errno))")
            return
        }
        ancestors.append((identity, relative))
        defer {
            closedir(directory)
            ancestors.removeLast()
        }
        while let entry = readdir(directory) {
            let name: [UInt8] = withUnsafeBytes(of: &entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            let type = Int32(entry.pointee.d_type)
            if type == Int32(DT_REG) && Self.admission(name) == nil { continue }
            let child = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
            if type == Int32(DT_REG) {
                take(child, name: name)
                continue
            }
            guard type == Int32(DT_DIR) || type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) else { continue }
            switch location(child).status() {
            case .success(let status) where status.st_mode & S_IFMT == S_IFDIR:
                visit(child, identity: Identity(status))
            case .success(let status) where status.st_mode & S_IFMT == S_IFREG:
                take(child, name: name)
            case .success:
                continue
            case .failure(let error):
                // Listed but not there: a dangling link, a loop of links, or removed meanwhile.
                if type == Int32(DT_DIR) || Self.admission(name) != nil {
                    reject(child, "cannot read \(location(child)): \(error)")
                }
            }
        }
    }

    /// How a file is taken by its name: the media type it is read as and whether its bytes decide,
    /// or nil to leave it out unread. `mustSniff`: taken only when its first bytes open an HTML
    /// page (media type HTML) or a PDF or image (``BinaryFormat``, media type text).
    static func admission(_ name: [UInt8]) -> (mediaType: MediaType, sniffs: Bool, mustSniff: Bool)? {
        var ext = ""
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 {
            // Longer extensions than the known ones are left out without making a String.
            guard name.count - dot - 1 <= 5 else { return nil }
            ext = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
        }
        switch MediaType.forExtension(ext) {
        case .html: return (.html, false, false)
        case .text: return (.text, true, false)
        case nil where BinaryFormat.extensions.contains(ext): return (.text, true, true)
        case nil:
            if MediaType.officeExtensions.contains(ext) { return (.text, false, false) }
            return ext.isEmpty || MediaType.webPageExtensions.contains(ext) ? (.html, true, true) : nil
        }
    }

    /// Adds the regular file at `relative` if its name (and for pages of dynamic sites and
    /// extension-less files, its first bytes) says it is a document.
    private mutating func take(_ relative: [UInt8], name: [UInt8]) {
        guard let admission = Self.admission(name) else { return }
        if admission.mustSniff, case .success(let head) = FileBytes.head(location(relative), count: HTMLSniffer.headerLength) {
            let binary = admission.mediaType == .text
            if binary ? BinaryFormat(sniffing: head) == nil : !HTMLSniffer.isHTML(head) { return }
        }
        found.append(SourceFile(location: location(relative), uri: uri(relative), mediaType: admission.mediaType,
                                sniffsContent: admission.sniffs))
    }
}

/// A place a run takes its inputs from, as an absolute path, and the glob its files match
/// (if it came from one). `--prune` removes only documents of files under one of these.
public struct InputScope: Sendable {
    public var root: InputPath
    public var pattern: ShellPattern?

    public init(root: InputPath, pattern: ShellPattern? = nil) {
        self.root = root
        self.pattern = pattern
    }

    /// The scope of a path given on the command line or in a pipeline.
    public init(_ path: InputPath, in directory: InputPath) {
        self.init(root: path.absolute(in: directory))
    }

    public func contains(_ path: InputPath) -> Bool {
        path.isInside(root) && (pattern?.matches(path.description) ?? true)
    }
}

import Foundation

/// Turns a pipeline's source specs into the ordered list of inputs to read.
public enum SourceResolver {
    /// What a pipeline's sources come to.
    public struct Resolution: Sendable {
        /// The inputs, in the order the specs give them. A path listed in a manifest or on
        /// standard input that does not exist is one of them: it becomes an `io` reject.
        public var files: [SourceFile] = []
        /// Sources that do not exist: a folder, a manifest file, a glob that matched
        /// nothing. The run stops before any work (usage error).
        public var missing: [String] = []
        /// Where the inputs come from, for `--prune`.
        public var scopes: [InputScope] = []
        /// The folders read, for the message when nothing is found.
        public var folders: [String] = []
    }

    public static func resolve(_ specs: [SourceSpec],
                               standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
        -> Resolution {
        var result = Resolution()
        let directory = InputPath.currentDirectory() ?? InputPath("/")
        for spec in specs {
            switch spec {
            case let .folder(path, include, exclude):
                let found = SourceCollector.collect([path])
                result.missing += found.missing
                result.scopes.append(InputScope(InputPath(path), in: directory))
                result.folders.append(path)
                let base = path.hasSuffix("/") ? path : path + "/"
                let includes = include.map(ShellPattern.init)
                let excludes = exclude.map(ShellPattern.init)
                result.files += found.files.filter { file in
                    guard file.problem == nil else { return true }
                    let relative = file.path.hasPrefix(base) ? String(file.path.dropFirst(base.count)) : file.path
                    return (includes.isEmpty || includes.contains { $0.matches(relative) })
                        && !excludes.contains { $0.matches(relative) }
                }
            case .glob(let pattern):
                let glob = ShellPattern(pattern)
                let matched = glob.files()
                if matched.isEmpty { result.missing.append(pattern) }
                result.files += matched
                result.scopes.append(glob.scope(in: directory))
            case .manifest(let path):
                guard let data = FileManager.default.contents(atPath: path) else {
                    result.missing.append(path)
                    continue
                }
                listed(lines(data), directory: directory, into: &result)
            case .standardInputPaths:
                listed(lines(standardInput()), directory: directory, into: &result)
            case .standardInputDocument(let mediaType):
                result.files.append(.standardInput(mediaType: mediaType))
            }
        }
        return result
    }

    /// Adds the inputs of listed paths; one that does not exist is kept as an input to reject.
    private static func listed(_ paths: [InputPath], directory: InputPath, into result: inout Resolution) {
        for path in paths {
            let found = SourceCollector.collect([path])
            result.files += found.files
            if !found.missing.isEmpty {
                result.files.append(SourceFile(location: path, uri: path.absolute(in: directory).fileURI,
                                               mediaType: .text, sniffsContent: true))
            }
            result.scopes.append(InputScope(path, in: directory))
        }
    }

    /// The paths of a list, one a line, as bytes: blank lines and `#` comments left out,
    /// spaces and tabs around a path trimmed.
    static func lines(_ data: Data) -> [InputPath] {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        return data.split(separator: 0x0A).compactMap { line in
            let trimmed = line.drop(while: blank).reversed().drop(while: blank).reversed()
            guard let first = trimmed.first, first != UInt8(ascii: "#") else { return nil }
            return InputPath(bytes: Array(trimmed))
        }
    }
}

/// A shell pattern over paths: `*` and `?` within one folder name, `[…]` sets, and `**`
/// for any number of folders.
public struct ShellPattern: Sendable {
    public let pattern: String
    private let regex: NSRegularExpression?

    public init(_ pattern: String) {
        self.pattern = pattern
        var expression = "^"
        var characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "*":
                if index + 1 < characters.count, characters[index + 1] == "*" {
                    let slash = index + 2 < characters.count && characters[index + 2] == "/"
                    expression += slash ? "(?:.*/)?" : ".*"
                    index += slash ? 3 : 2
                    continue
                }
                expression += "[^/]*"
            case "?": expression += "[^/]"
            case "[":
                if let close = characters[index...].firstIndex(of: "]") {
                    var set = String(characters[(index + 1)..<close])
                    if set.hasPrefix("!") { set = "^" + set.dropFirst() }
                    expression += "[" + set.replacingOccurrences(of: "\\", with: "\\\\") + "]"
                    index = close + 1
                    continue
                }
                expression += "\\["
            default: expression += NSRegularExpression.escapedPattern(for: String(character))
            }
            index += 1
        }
        characters.removeAll()
        regex = try? NSRegularExpression(pattern: expression + "$")
    }

    public func matches(_ path: String) -> Bool {
        guard let regex else { return path == pattern }
        return regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
    }

    /// The scope of the pattern's files: the folder before its first wildcard, and the
    /// pattern itself, both absolute.
    public func scope(in directory: InputPath) -> InputScope {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let literal = components.prefix { !$0.contains(where: { "*?[".contains($0) }) }
        let root = literal.count == components.count ? pattern : literal.joined(separator: "/")
        let absolutePattern = InputPath(pattern).absolute(in: directory).description
        return InputScope(root: InputPath(root.isEmpty && pattern.hasPrefix("/") ? "/" : root).absolute(in: directory),
                          pattern: ShellPattern(absolutePattern))
    }

    /// The readable files the pattern names, sorted; folders are walked from the longest
    /// prefix without wildcards, and one of them that cannot be read is kept (a reject).
    public func files() -> [SourceFile] {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let literal = components.prefix { !$0.contains(where: { "*?[".contains($0) }) }
        guard literal.count < components.count else {
            return FileManager.default.fileExists(atPath: pattern) ? SourceCollector.collect([pattern]).files : []
        }
        let root = literal.isEmpty ? "." : literal.joined(separator: "/")
        let walked = SourceCollector.collect([root.isEmpty ? "/" : root]).files
        return walked.filter { file in
            guard file.problem == nil else { return true }
            let path = literal.isEmpty && file.path.hasPrefix("./") ? String(file.path.dropFirst(2)) : file.path
            return matches(path)
        }
    }
}

import Foundation

/// Turns a pipeline's source specs into the ordered list of files to read.
public enum SourceResolver {
    /// Files to read and inputs that could not be found (a missing folder, manifest entry
    /// or a glob that matched nothing), in the order the specs give them.
    public static func resolve(_ specs: [SourceSpec],
                               standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() })
        -> (files: [SourceFile], missing: [String]) {
        var files: [SourceFile] = []
        var missing: [String] = []
        for spec in specs {
            switch spec {
            case let .folder(path, include, exclude):
                let found = SourceCollector.collect([path])
                missing += found.missing
                let base = path.hasSuffix("/") ? path : path + "/"
                let includes = include.map(ShellPattern.init)
                let excludes = exclude.map(ShellPattern.init)
                files += found.files.filter { file in
                    let relative = file.path.hasPrefix(base) ? String(file.path.dropFirst(base.count)) : file.path
                    return (includes.isEmpty || includes.contains { $0.matches(relative) })
                        && !excludes.contains { $0.matches(relative) }
                }
            case .glob(let pattern):
                let matched = ShellPattern(pattern).files()
                if matched.isEmpty { missing.append(pattern) }
                files += matched
            case .manifest(let path):
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    missing.append(path)
                    continue
                }
                let found = SourceCollector.collect(lines(text))
                files += found.files
                missing += found.missing
            case .standardInputPaths:
                let found = SourceCollector.collect(lines(String(decoding: standardInput(), as: UTF8.self)))
                files += found.files
                missing += found.missing
            case .standardInputDocument(let mediaType):
                files.append(SourceFile(path: "/dev/stdin", uri: "stdin:", mediaType: mediaType))
            }
        }
        return (files, missing)
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
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

    /// The readable files the pattern names, sorted; folders are walked from the longest
    /// prefix without wildcards.
    public func files() -> [SourceFile] {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let literal = components.prefix { !$0.contains(where: { "*?[".contains($0) }) }
        guard literal.count < components.count else {
            return FileManager.default.fileExists(atPath: pattern) ? SourceCollector.collect([pattern]).files : []
        }
        let root = literal.isEmpty ? "." : literal.joined(separator: "/")
        let walked = SourceCollector.collect([root.isEmpty ? "/" : root]).files
        return walked.filter { file in
            let path = literal.isEmpty && file.path.hasPrefix("./") ? String(file.path.dropFirst(2)) : file.path
            return matches(path)
        }
    }
}

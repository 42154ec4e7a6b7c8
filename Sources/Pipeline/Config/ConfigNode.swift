import Foundation
import Yams

/// A node of a YAML configuration file that knows where it is, so every error names the
/// file, line and key. Mappings are read strictly: a key the reader does not know is an
/// error, not silently ignored.
public struct ConfigNode {
    public let node: Node
    public let file: String
    /// Dotted path from the root (`""` for the root).
    public let path: String
    let environment: [String: String]

    /// Parses `text` (the contents of `file`) into its root node.
    public static func parse(_ text: String, file: String,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> ConfigNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.error(from: error, file: file)
        } catch {
            throw ConfigError(file: file, line: nil, column: nil, key: "", message: "not valid YAML: \(error)")
        }
        guard let root else { throw ConfigError(file: file, line: nil, column: nil, key: "", message: "the file is empty") }
        return ConfigNode(node: root, file: file, path: "", environment: environment)
    }

    /// Reads and parses the file at `path`.
    public static func load(_ path: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> ConfigNode {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, line: nil, column: nil, key: "", message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: nil, column: nil, key: "", message: "the file is not UTF-8")
        }
        return try parse(text, file: path, environment: environment)
    }

    /// An error at this node.
    public func error(_ message: String) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, column: node.mark?.column, key: path, message: message)
    }

    /// The entries of a mapping, keyed by name. Any key outside `known` is an error naming
    /// the key and listing the known ones.
    public func mapping(known: [String]) throws(ConfigError) -> [String: ConfigNode] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping of \(known.joined(separator: ", "))") }
        var entries: [String: ConfigNode] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw error("keys must be plain names") }
            let child = ConfigNode(node: value, file: file, path: path.isEmpty ? key : path + "." + key, environment: environment)
            guard known.contains(key) else {
                let keyError = ConfigError(file: file, line: keyNode.mark?.line, column: keyNode.mark?.column,
                                           key: child.path, message: "unknown key (known: \(known.joined(separator: ", ")))")
                throw keyError
            }
            entries[key] = child
        }
        return entries
    }

    /// The items of a sequence.
    public func sequence() throws(ConfigError) -> [ConfigNode] {
        guard case .sequence(let sequence) = node else { throw error("expected a list") }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, file: file, path: "\(path)[\(index)]", environment: environment)
        }
    }

    /// A string, with `${NAME}` replaced by the environment variable NAME (an unset
    /// variable is an error, so a missing secret fails loudly).
    public func string() throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a text value") }
        return try substitute(scalar.string)
    }

    /// The items of a list, or this node alone when it is a single value.
    public func sequenceOrSingle() throws(ConfigError) -> [ConfigNode] {
        if case .scalar = node { return [self] }
        return try sequence()
    }

    /// A list of strings; a single string counts as a list of one.
    public func strings() throws(ConfigError) -> [String] {
        var values: [String] = []
        for item in try sequenceOrSingle() { values.append(try item.string()) }
        return values
    }

    public func int(in range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard let value = Int(try string().trimmingCharacters(in: .whitespaces)) else { throw error("expected a whole number") }
        guard range.contains(value) else { throw error("\(value) is out of range \(range.lowerBound)…\(range.upperBound)") }
        return value
    }

    public func bool() throws(ConfigError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    /// A duration: `500ms`, `10s`, `2m`, `1h`, or a number of seconds.
    public func duration() throws(ConfigError) -> Duration {
        let text = try string()
        guard let duration = Self.duration(text) else {
            throw error("expected a duration such as 500ms, 10s or 2m, got \"\(text.trimmingCharacters(in: .whitespaces).lowercased())\"")
        }
        return duration
    }

    /// `500ms`, `10s`, `2m`, `5h` or a number of seconds; nil for anything else.
    public static func duration(_ text: String) -> Duration? {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            if let value = Double(number), value >= 0, value.isFinite { return .milliseconds(Int64((value * scale * 1000).rounded())) }
        }
        if let value = Double(text), value >= 0, value.isFinite { return .milliseconds(Int64((value * 1000).rounded())) }
        return nil
    }

    /// A size in bytes: `512 KB`, `20 MB`, `1 GB` (powers of 1024), or a number of bytes.
    public func byteSize() throws(ConfigError) -> Int {
        let text = try string().trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("KIB", 1 << 10), ("MIB", 1 << 20), ("GIB", 1 << 30),
                                      ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("K", 1 << 10),
                                      ("M", 1 << 20), ("G", 1 << 30), ("B", 1)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            if let value = Double(number), value > 0 { return Int(value * Double(scale)) }
        }
        if let value = Int(text), value > 0 { return value }
        throw error("expected a size such as 512 KB, 20 MB or 1 GB, got \"\(text)\"")
    }

    private func substitute(_ text: String) throws(ConfigError) -> String {
        guard text.contains("${") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { throw error("unclosed ${ in \"\(text)\"") }
            let name = String(rest[open.upperBound..<close])
            guard let value = environment[name], !value.isEmpty else {
                throw error("environment variable \(name) is not set")
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func error(from error: YamlError, file: String) -> ConfigError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return ConfigError(file: file, line: mark.line, column: mark.column, key: "", message: "not valid YAML: \(detail)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ConfigError(file: file, line: context.mark.line, column: context.mark.column,
                               key: duplicates.joined(separator: ", "), message: "key given twice")
        default:
            return ConfigError(file: file, line: nil, column: nil, key: "", message: "not valid YAML: \(error)")
        }
    }
}

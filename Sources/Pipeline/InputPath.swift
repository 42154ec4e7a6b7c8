#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path as the file system spells it: bytes, which need not be UTF-8. A file whose name is
/// not UTF-8 is opened by these bytes and its `file://` URI percent-encodes them.
public struct InputPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ string: String) {
        bytes = Array(string.utf8)
    }

    /// The path for messages: U+FFFD where a name is not UTF-8.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    public static func < (lhs: InputPath, rhs: InputPath) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        var terminated = bytes.map { CChar(bitPattern: $0) }
        terminated.append(0)
        return try body(terminated)
    }

    /// `self` + "/" + `name` (no second slash after a root "/").
    public func appending(_ name: [UInt8]) -> InputPath {
        InputPath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    public var isAbsolute: Bool { bytes.first == UInt8(ascii: "/") }

    /// The name after the last "/".
    public var lastComponent: [UInt8] {
        let trimmed = bytes.last == UInt8(ascii: "/") ? Array(bytes.dropLast()) : bytes
        return Array(trimmed.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).last ?? [])
    }

    /// The file name's extension, lowercased ASCII, "" when there is none (a leading dot
    /// does not start one).
    public var pathExtension: String {
        let name = lastComponent
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// The absolute, lexically normalised path: joined to `directory` when relative, with
    /// empty and `.` components dropped and `..` taking away the component before it (as
    /// Python's `os.path.abspath` does; symbolic links are not resolved).
    public func absolute(in directory: InputPath) -> InputPath {
        let joined = isAbsolute ? bytes : directory.bytes + [UInt8(ascii: "/")] + bytes
        var components: [ArraySlice<UInt8>] = []
        for component in joined.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if component.elementsEqual([UInt8(ascii: ".")]) { continue }
            if component.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                _ = components.popLast()
                continue
            }
            components.append(component)
        }
        var result: [UInt8] = []
        for component in components {
            result.append(UInt8(ascii: "/"))
            result += component
        }
        return InputPath(bytes: result.isEmpty ? [UInt8(ascii: "/")] : result)
    }

    /// The process's working directory, nil when it cannot be found (it was removed).
    public static func currentDirectory() -> InputPath? {
        guard let pointer = getcwd(nil, 0) else { return nil }
        defer { free(pointer) }
        return InputPath(bytes: Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))))
    }

    /// True when `self` is `root` or lies under it (both absolute and normalised).
    public func isInside(_ root: InputPath) -> Bool {
        if root.bytes == [UInt8(ascii: "/")] { return isAbsolute }
        return bytes == root.bytes || (bytes.starts(with: root.bytes) && bytes[root.bytes.count] == UInt8(ascii: "/"))
    }

    /// The RFC 8089 URI of an absolute path: `file://` and the path with every byte other
    /// than RFC 3986's unreserved characters and `/` percent-encoded (upper-case hex), as
    /// Python's `pathlib` writes them.
    public var fileURI: String {
        var uri = Array("file://".utf8)
        uri.reserveCapacity(bytes.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            if Self.isUnreserved(byte) || byte == UInt8(ascii: "/") {
                uri.append(byte)
            } else {
                uri += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: uri, as: UTF8.self)
    }

    /// The path of a `file:` URI with an absolute path (`file:///p`, `file://localhost/p`,
    /// `file:/p`), percent-decoded to bytes; nil for anything else.
    public init?(fileURI uri: String) {
        var rest = Substring(uri)
        guard rest.hasPrefix("file:") else { return nil }
        rest = rest.dropFirst(5)
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let host = rest[..<slash]
            guard host.isEmpty || host.lowercased() == "localhost" else { return nil }
            rest = rest[slash...]
        }
        guard rest.hasPrefix("/") else { return nil }
        var decoded: [UInt8] = []
        let utf8 = Array(rest.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let high = Self.hexValue(utf8[index + 1]), let low = Self.hexValue(utf8[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(utf8[index])
                index += 1
            }
        }
        bytes = decoded
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `stat` of the path (following symbolic links), or the `errno` it failed with.
    func status() -> Result<stat, Errno> {
        var status = stat()
        let result = withCString { stat($0, &status) }
        return result == 0 ? .success(status) : .failure(Errno(code: errno))
    }
}

/// An `errno` value as an error.
public struct Errno: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: Int32

    /// "no such file or folder", else the system's message.
    public var description: String { FileBytes.reason(code) }

    /// The path does not exist (or a component of it is not a folder).
    public var isMissing: Bool { code == ENOENT || code == ENOTDIR }
}

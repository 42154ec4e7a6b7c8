#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct SocketError: Error, CustomStringConvertible {
    var call: String
    var code: Int32
    var description: String { "\(call): \(String(cString: strerror(code)))" }
}

private func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(descriptor)
    #else
    _ = Darwin.close(descriptor)
    #endif
}

/// A TCP socket bound to a free port of 127.0.0.1.
private func boundSocket() throws -> (descriptor: Int32, port: Int) {
    #if canImport(Glibc)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw SocketError(call: "socket", code: errno) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0 else {
        let code = errno
        closeDescriptor(descriptor)
        throw SocketError(call: "bind", code: code)
    }
    let named = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    guard named == 0 else {
        let code = errno
        closeDescriptor(descriptor)
        throw SocketError(call: "getsockname", code: code)
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
}

/// A port of 127.0.0.1 nothing listens on: connecting to it is refused. The socket stays
/// bound, never listening, until `close()`: a port closed at once could be taken by a server
/// of a test running alongside (or be a connection's own port) before the test connects.
final class ClosedPort: Sendable {
    let port: Int
    private let descriptor: Int32

    init() throws {
        (descriptor, port) = try boundSocket()
    }

    func close() { closeDescriptor(descriptor) }
}

/// A listening socket that never accepts: the kernel completes the TCP handshake, then
/// nothing is ever said, like a hung server.
final class SilentListener: Sendable {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let (descriptor, port) = try boundSocket()
        guard listen(descriptor, 8) == 0 else {
            let code = errno
            closeDescriptor(descriptor)
            throw SocketError(call: "listen", code: code)
        }
        self.descriptor = descriptor
        self.port = port
    }

    func close() { closeDescriptor(descriptor) }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// URL rules of the crawl: only http and https, no fragments, links resolved against
/// their page, and no private addresses unless the settings name them.
public enum CrawlURL {
    /// `text` as an absolute http(s) URL without fragment and without credentials, scheme and
    /// host lower-cased and a default port dropped; nil for other schemes or malformed text.
    public static func normalized(_ text: String, relativeTo base: URL? = nil) -> URL? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let parsed = URL(string: trimmed, relativeTo: base),
              var components = URLComponents(url: parsed.absoluteURL, resolvingAgainstBaseURL: true),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return nil }
        components.scheme = scheme
        components.host = host.lowercased()
        components.fragment = nil
        // `user:pass@` never reaches a request, a record or the crawl state.
        components.user = nil
        components.password = nil
        if (scheme == "http" && components.port == 80) || (scheme == "https" && components.port == 443) {
            components.port = nil
        }
        if components.path.isEmpty { components.path = "/" }
        return components.url
    }

    /// The path and, when present, `?` and the query: what URL patterns match.
    public static func pathAndQuery(_ url: URL) -> String {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return url.path }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }

    /// `host:port` (port only when given): what per-host politeness is keyed by.
    static func hostKey(_ url: URL) -> String {
        let host = url.host?.lowercased() ?? ""
        return url.port.map { "\(host):\($0)" } ?? host
    }

    /// True when `host` is, or resolves to, a loopback, private, link-local, unique-local
    /// or unspecified address. A name that does not resolve is not private (the fetch
    /// fails on its own).
    static func isPrivate(host: String) -> Bool {
        let name = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        if let literal = IPAddress(name) { return literal.isPrivate }
        return resolve(name).contains { $0.isPrivate }
    }

    /// The addresses getaddrinfo(3) gives for `name`, in its order.
    @Sendable static func resolve(_ name: String) -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [IPAddress] = []
        var current: UnsafeMutablePointer<addrinfo>? = first
        while let entry = current {
            if let sockaddr = entry.pointee.ai_addr {
                if entry.pointee.ai_family == AF_INET {
                    let value = sockaddr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr }
                    addresses.append(.v4(withUnsafeBytes(of: value) { Array($0) }))
                } else if entry.pointee.ai_family == AF_INET6 {
                    let value = sockaddr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    addresses.append(.v6(withUnsafeBytes(of: value) { Array($0) }))
                }
            }
            current = entry.pointee.ai_next
        }
        return addresses
    }
}

/// An IPv4 or IPv6 address as network-order bytes.
enum IPAddress: Equatable, Sendable {
    case v4([UInt8])
    case v6([UInt8])

    init?(_ text: String) {
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            self = .v4(withUnsafeBytes(of: v4) { Array($0) })
        } else if inet_pton(AF_INET6, text, &v6) == 1 {
            self = .v6(withUnsafeBytes(of: v6) { Array($0) })
        } else {
            return nil
        }
    }

    /// The address as text (`203.0.113.5`, `2001:db8::1`).
    var text: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        switch self {
        case .v4(let bytes):
            guard bytes.count == 4 else { return "" }
            _ = bytes.withUnsafeBytes { inet_ntop(AF_INET, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
        case .v6(let bytes):
            guard bytes.count == 16 else { return "" }
            _ = bytes.withUnsafeBytes { inet_ntop(AF_INET6, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Not a public unicast address: loopback, RFC 1918, link-local, CGNAT, unspecified,
    /// multicast, reserved, documentation and benchmarking ranges, unique-local and site-local
    /// IPv6, and the IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4)
    /// when that address is one of those. From the IANA IPv4 and IPv6 special-purpose address
    /// registries (the blocks not globally reachable) plus multicast.
    var isPrivate: Bool {
        switch self {
        case .v4(let b):
            guard b.count == 4 else { return true }
            switch (b[0], b[1], b[2]) {
            case (0, _, _), (10, _, _), (127, _, _): return true            // this network, RFC 1918, loopback
            case (100, 64...127, _): return true                             // shared address space (CGNAT)
            case (169, 254, _): return true                                  // link-local
            case (172, 16...31, _): return true                              // RFC 1918
            case (192, 0, 0), (192, 0, 2): return true                       // IETF protocol assignments, TEST-NET-1
            case (192, 88, 99): return true                                  // 6to4 relay anycast (deprecated)
            case (192, 168, _): return true                                  // RFC 1918
            case (198, 18...19, _): return true                              // benchmarking
            case (198, 51, 100), (203, 0, 113): return true                  // TEST-NET-2, TEST-NET-3
            case (224..., _, _): return true                                 // multicast, reserved, broadcast
            default: return false
            }
        case .v6(let b):
            guard b.count == 16 else { return true }
            let embedded = { (range: Range<Int>) in IPAddress.v4(Array(b[range])).isPrivate }
            if b[0..<15].allSatisfy({ $0 == 0 }) { return true }            // :: and ::1
            if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF { return embedded(12..<16) }  // ::ffff:a.b.c.d
            if b[0..<12].allSatisfy({ $0 == 0 }) { return embedded(12..<16) }  // ::a.b.c.d (deprecated compatible form)
            if b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B {  // 64:ff9b::/96 NAT64, 64:ff9b:1::/48 local
                return b[4..<12].allSatisfy({ $0 == 0 }) ? embedded(12..<16) : true
            }
            if b[0] == 0x01 && b[1] == 0x00 && b[2..<8].allSatisfy({ $0 == 0 }) { return true }  // 100::/64 discard
            if b[0] == 0x20 && b[1] == 0x01 && b[2] < 0x02 { return true }   // 2001::/23 IETF protocol assignments, Teredo
            if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 { return true }  // 2001:db8::/32 documentation
            if b[0] == 0x20 && b[1] == 0x02 { return embedded(2..<6) }       // 2002::/16 6to4 of an IPv4 address
            if b[0] == 0x3F && b[1] == 0xFF && b[2] & 0xF0 == 0 { return true }  // 3fff::/20 documentation
            if b[0] == 0x5F && b[1] == 0x00 { return true }                  // 5f00::/16 segment routing
            if b[0] & 0xFE == 0xFC { return true }                           // fc00::/7 unique local
            if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return true }           // fe80::/10 link-local
            if b[0] == 0xFE && b[1] & 0xC0 == 0xC0 { return true }           // fec0::/10 site-local (deprecated)
            if b[0] == 0xFF { return true }                                  // multicast
            return false
        }
    }
}

import Crypto

/// SHA-256 (FIPS 180-4), for record ids: the hex digest of a document's source bytes.
///
/// A thin face over swift-crypto's SHA-256 (BoringSSL's assembly on Linux, already in the
/// build for PostgreSQL and HTTP); it hashes a page an order of magnitude faster than the
/// portable Swift loop it replaced.
public struct SHA256 {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// The hex digest of `bytes`.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.hexDigest()
    }

    public mutating func update(_ bytes: some Collection<UInt8>) {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        hasher.update(data: Array(bytes))
    }

    /// The 32-byte digest; the hasher is spent.
    public mutating func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// The digest as 64 lower-case hex digits.
    public mutating func hexDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in finalize() {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

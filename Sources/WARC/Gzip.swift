import CBaoCaoZlib

/// gzip members (RFC 1952) through zlib: a WARC file is a series of them, one per record.
public enum Gzip {
    /// The two bytes every gzip member opens with.
    public static let magic: [UInt8] = [0x1f, 0x8b]

    /// Why zlib could not compress or decompress.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var code: Int32
        public var description: String { "zlib error \(code)" }
    }

    /// `bytes` as one gzip member.
    public static func member(_ bytes: [UInt8], level: Int32 = 6) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure(code: status) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        var input = bytes
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                status = deflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw Failure(code: status) }
        return Array(output[..<produced])
    }

    /// The gzip member that starts at `offset` of `bytes`, decompressed, and how many
    /// compressed bytes it took.
    public static func inflateMember(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(Failure) -> (bytes: [UInt8], consumed: Int) {
        var stream = z_stream()
        var status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Failure(code: status) }
        defer { inflateEnd(&stream) }
        guard let base = bytes.baseAddress, offset < bytes.count else { throw Failure(code: Z_BUF_ERROR) }
        stream.next_in = UnsafeMutablePointer(mutating: base.advanced(by: offset).assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(bytes.count - offset)
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        repeat {
            let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                status = inflate(&stream, Z_NO_FLUSH)
                return out.count - Int(stream.avail_out)
            }
            result += chunk[..<produced]
            if status != Z_OK && status != Z_STREAM_END { throw Failure(code: status) }
            if status == Z_OK && produced == 0 && stream.avail_in == 0 { throw Failure(code: Z_BUF_ERROR) }
        } while status != Z_STREAM_END
        return (result, bytes.count - offset - Int(stream.avail_in))
    }
}

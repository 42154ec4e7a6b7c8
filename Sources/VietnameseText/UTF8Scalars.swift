/// The one scalar decoder of the byte kernels that walk valid UTF-8 scalar by scalar
/// (``AnalyzedText``, ``ToneMarks``): no validation, a truncated last sequence read as far as
/// it goes.
enum UTF8Scalars {
    /// The scalar value of the valid UTF-8 at `index` and its length in bytes (at least one).
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = utf8[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        length = min(length, utf8.count &- index)
        for offset in 1..<max(length, 1) {
            value = value << 6 | UInt32(utf8[index &+ offset] & 0x3F)
        }
        return (value, max(length, 1))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts legacy single-byte encodings to UTF-8 with the C library's iconv.
///
/// One conversion descriptor per call, always closed, so the converter is safe to use
/// from many tasks at once. CP1258 and TCVN decoders may emit base letters followed by
/// combining tone marks; callers normalise the result to NFC.
enum IconvConverter {
    enum Failure: Error, Equatable {
        /// iconv does not know the encoding name.
        case unknownEncoding(String)
        /// A byte sequence not valid in the source encoding, at this input offset.
        case invalidSequence(offset: Int)
    }

    /// The bytes converted from `encoding` (an iconv name) to a String.
    ///
    /// - Parameter lenient: replace each byte iconv rejects with U+FFFD instead of failing.
    static func convert(_ bytes: [UInt8], from encoding: String, lenient: Bool) throws(Failure) -> String {
        guard let descriptor = open(from: encoding) else { throw .unknownEncoding(encoding) }
        defer { _ = iconv_close(descriptor) }
        if bytes.isEmpty { return "" }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: max(1024, bytes.count * 3))
        var position = 0

        while true {
            let step = bytes.withUnsafeBufferPointer { input in
                chunk.withUnsafeMutableBufferPointer { out in
                    runStep(descriptor, input: input, from: position, output: out, flush: position >= bytes.count)
                }
            }
            output.append(contentsOf: chunk[0..<step.produced])
            position = step.consumedTo
            switch step.outcome {
            case .done:
                return String(decoding: output, as: UTF8.self)
            case .outputFull:
                continue
            case .illegal:
                guard lenient else { throw .invalidSequence(offset: min(position, bytes.count - 1)) }
                // A letter the decoder holds back to combine with a following tone mark
                // comes before the rejected byte.
                output.append(contentsOf: pending(descriptor))
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                if position >= bytes.count { return String(decoding: output, as: UTF8.self) }
                position += 1
            }
        }
    }

    private enum Outcome { case done, outputFull, illegal }
    private struct Step { let produced: Int; let consumedTo: Int; let outcome: Outcome }

    private static func runStep(
        _ descriptor: iconv_t, input: UnsafeBufferPointer<UInt8>, from start: Int,
        output: UnsafeMutableBufferPointer<UInt8>, flush: Bool
    ) -> Step {
        guard let outBase = output.baseAddress else { return Step(produced: 0, consumedTo: start, outcome: .done) }
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
            .assumingMemoryBound(to: CChar.self)
        var outLeft = output.count
        let result: Int
        var consumed = start
        if flush {
            result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
        } else {
            guard let inBase = input.baseAddress else { return Step(produced: 0, consumedTo: start, outcome: .done) }
            let begin = UnsafeMutableRawPointer(mutating: inBase + start).assumingMemoryBound(to: CChar.self)
            var inPointer: UnsafeMutablePointer<CChar>? = begin
            var inLeft = input.count - start
            result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            consumed = input.count - inLeft
        }
        let produced = output.count - outLeft
        if result != -1 {
            // All input consumed: a flush call follows to emit any buffered character.
            return Step(produced: produced, consumedTo: flush ? consumed : input.count,
                        outcome: flush ? .done : .outputFull)
        }
        let code = errno
        if code == E2BIG { return Step(produced: produced, consumedTo: consumed, outcome: .outputFull) }
        return Step(produced: produced, consumedTo: consumed, outcome: .illegal)
    }

    private static func open(from encoding: String) -> iconv_t? {
        let descriptor = iconv_open("UTF-8", encoding)
        let failed = UnsafeMutableRawPointer(bitPattern: -1)
        guard let descriptor, descriptor != failed else { return nil }
        return descriptor
    }

    /// Emits the character a stateful decoder holds back and returns it to the initial state.
    private static func pending(_ descriptor: iconv_t) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 32)
        let produced = buffer.withUnsafeMutableBufferPointer { out -> Int in
            guard let base = out.baseAddress else { return 0 }
            var pointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var left = out.count
            _ = iconv(descriptor, nil, nil, &pointer, &left)
            return out.count - left
        }
        return Array(buffer[0..<produced])
    }
}

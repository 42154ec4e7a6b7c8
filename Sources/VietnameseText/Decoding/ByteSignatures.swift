/// File signatures of common binary formats a crawler meets instead of a page.
enum ByteSignatures {
    struct Signature: Sendable {
        let name: String
        let magic: [UInt8]
    }

    static let binary: [Signature] = [
        .init(name: "PNG image", magic: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        .init(name: "PDF document", magic: Array("%PDF-".utf8)),
        .init(name: "ZIP archive (docx, xlsx, odt)", magic: [0x50, 0x4B, 0x03, 0x04]),
        .init(name: "GIF image", magic: Array("GIF8".utf8)),
        .init(name: "JPEG image", magic: [0xFF, 0xD8, 0xFF]),
        .init(name: "gzip data", magic: [0x1F, 0x8B]),
        .init(name: "OLE2 document (doc, xls)", magic: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        .init(name: "RAR archive", magic: Array("Rar!".utf8)),
        .init(name: "7z archive", magic: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        .init(name: "WebP/RIFF data", magic: Array("RIFF".utf8)),
        .init(name: "ELF executable", magic: [0x7F, 0x45, 0x4C, 0x46]),
    ]

    /// The name of the binary format the bytes start with, if any.
    static func match(_ bytes: [UInt8]) -> String? {
        for signature in binary where bytes.starts(with: signature.magic) {
            return signature.name
        }
        return nil
    }
}

/// Byte statistics that tell text from binary data and find UTF-16 without a BOM.
enum ByteProfile {
    /// How many leading bytes the statistics look at.
    static let window = 8192
    /// Share of C0 control bytes (other than tab, line feed, form feed, carriage return
    /// and escape) above which a document is taken as binary.
    static let controlShareLimit = 0.10

    enum UTF16Guess: Equatable { case littleEndian, bigEndian }

    /// UTF-16 without a BOM: text in Latin script puts a NUL in most high bytes (odd
    /// positions for little-endian, even for big-endian) and almost none in the others.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> UTF16Guess? {
        let limit = min(bytes.count, window) & ~1
        guard limit >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in 0..<limit where bytes[index] == 0 {
            if index & 1 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = Double(limit / 2)
        let even = Double(evenZeros) / pairs
        let odd = Double(oddZeros) / pairs
        if odd >= 0.3 && even <= 0.05 { return .littleEndian }
        if even >= 0.3 && odd <= 0.05 { return .bigEndian }
        return nil
    }

    /// Offset of the first NUL byte in the window.
    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.prefix(window).firstIndex(of: 0)
    }

    /// Share of unexpected C0 control bytes in the window.
    static func controlShare(_ bytes: [UInt8]) -> Double {
        let sample = bytes.prefix(window)
        guard !sample.isEmpty else { return 0 }
        // Counted without a branch per byte: one table load and an add.
        let controls = sample.withUnsafeBufferPointer { bytes in
            unexpectedControls.withUnsafeBufferPointer { table in
                var count = 0
                for byte in bytes { count &+= Int(table[Int(byte)]) }
                return count
            }
        }
        return Double(controls) / Double(sample.count)
    }

    /// 1 for the C0 controls and DEL, but tab, line feed, form feed, carriage return and escape.
    static let unexpectedControls: [UInt8] = (0..<256).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: 0
        case 0..<0x20, 0x7F: 1
        default: 0
        }
    }

    /// True when every byte is ASCII whitespace.
    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x0B }
    }
}

import Foundation

/// Unicode normalisation for Vietnamese text.
///
/// Portals serve both precomposed (NFC) and decomposed (NFD) Vietnamese. Foundation's
/// NFC costs ~20 MB/s even on text that is already NFC, so `nfc(_:)` first runs the quick
/// check of UAX #15 on the UTF-8 bytes and only normalises text that may not be NFC.
public enum Normalization {
    /// Returns `text` in Unicode Normalization Form C. A run of more than
    /// ``maximumNonStarters`` combining marks is first broken up as the Stream-Safe Text
    /// Format of UAX #15 does (see ``streamSafe(_:)``): NFC reorders each run, and
    /// Foundation's cost grew with the square of a run's length (70 s for a 1 MB run).
    public static func nfc(_ text: String) -> String {
        guard needsNormalization(text) else { return text }
        var source = text
        let regions = source.withUTF8 { unstableRegions(utf8: $0) }
        // One region covering the text: normalise it whole, as before.
        if regions.count == 1, regions[0] == 0..<text.utf8.count {
            return streamSafe(text).precomposedStringWithCanonicalMapping
        }
        return source.withUTF8 { bytes in String(decoding: normalized(bytes, regions: regions), as: UTF8.self) }
    }

    /// ``nfc(_:)`` of valid UTF-8 `bytes`, as UTF-8, without a String of the whole text
    /// unless one region covers it: the bytes outside ``unstableRegions(utf8:)`` are copied.
    public static func nfcUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard mayNeedNormalization(utf8: bytes) else { return Array(bytes) }
        let regions = unstableRegions(utf8: bytes)
        if regions.count == 1, regions[0] == 0..<bytes.count {
            return Array(streamSafe(String(decoding: bytes, as: UTF8.self)).precomposedStringWithCanonicalMapping.utf8)
        }
        return normalized(bytes, regions: regions)
    }

    /// `bytes` with each of `regions` (in order, disjoint) replaced by its NFC.
    private static func normalized(_ bytes: UnsafeBufferPointer<UInt8>, regions: [Range<Int>]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var cursor = 0
        for region in regions {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<region.lowerBound]))
            let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[region]), as: UTF8.self)
            out.append(contentsOf: streamSafe(piece).precomposedStringWithCanonicalMapping.utf8)
            cursor = region.upperBound
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
        return out
    }

    /// Unlisted bytes between two regions below which they are normalised as one (fewer
    /// Foundation calls on decomposed prose, markup and scripts skipped).
    static let regionGap = 512

    /// The byte ranges of valid UTF-8 `bytes` that NFC may change, each from the last scalar
    /// outside ``NFCQuickCheck``'s table before a listed scalar (or the text's start) to the
    /// next scalar outside it (or the end). An unlisted scalar has combining class 0 and
    /// NFC_Quick_Check Yes: nothing before it composes with it or with what follows it,
    /// and no reordering crosses it, so NFC of the text is NFC of each range with the bytes
    /// between them kept (and a run of non-starters never spans one, so is the Stream-Safe
    /// format). Ranges closer than ``regionGap`` are joined.
    static func unstableRegions(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [] }
        let count = bytes.count
        return NFCQuickCheck.basicPlane.withUnsafeBufferPointer { plane in
            var regions: [Range<Int>] = []
            var lastBoundary = 0
            var open: Int?
            var index = 0
            while index < count {
                // Outside a region, eight bytes without a lead of 0xCC or more (the first
                // listed scalar is U+0300) hold no listed scalar: skipped, the last scalar
                // start among them (a byte that is no continuation byte) the boundary.
                if open == nil {
                    while index + 8 <= count {
                        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                        guard ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080 == 0 else { break }
                        let starts = (~word | word << 1) & 0x8080_8080_8080_8080
                        if starts != 0 { lastBoundary = index + (63 - starts.leadingZeroBitCount) >> 3 }
                        index += 8
                    }
                    guard index < count else { break }
                }
                let lead = base[index]
                if lead & 0xC0 == 0x80 {
                    index += 1
                    continue
                }
                var listed = false
                if lead >= 0xCC {
                    if lead < 0xE0 {
                        let value = Int(lead & 0x1F) << 6 | Int(base[index + 1] & 0x3F)
                        listed = plane[value >> 6] >> UInt64(value & 63) & 1 != 0
                    } else if lead < 0xF0 {
                        let value = Int(lead & 0x0F) << 12 | Int(base[index + 1] & 0x3F) << 6 | Int(base[index + 2] & 0x3F)
                        listed = plane[value >> 6] >> UInt64(value & 63) & 1 != 0
                    } else {
                        let value = UInt32(lead & 0x07) << 18 | UInt32(base[index + 1] & 0x3F) << 12
                            | UInt32(base[index + 2] & 0x3F) << 6 | UInt32(base[index + 3] & 0x3F)
                        listed = NFCQuickCheck.containsSupplementary(value)
                    }
                }
                if listed {
                    if open == nil {
                        if let last = regions.last, lastBoundary - last.upperBound < regionGap {
                            open = last.lowerBound
                            regions.removeLast()
                        } else {
                            open = lastBoundary
                        }
                    }
                } else {
                    if let start = open {
                        regions.append(start..<index)
                        open = nil
                    }
                    lastBoundary = index
                }
                index += 1
            }
            if let start = open { regions.append(start..<count) }
            return regions
        }
    }

    /// Longest run of non-starters the Stream-Safe Text Format allows (UAX #15).
    public static let maximumNonStarters = 30

    /// `text` with a COMBINING GRAPHEME JOINER (U+034F, a starter that renders as nothing)
    /// after every ``maximumNonStarters`` non-starters in a row, as UAX #15's Stream-Safe
    /// Text Format prescribes; `text` itself when it has no longer run. Real text never has
    /// one: a Vietnamese letter carries at most two marks.
    public static func streamSafe(_ text: String) -> String {
        var run = 0
        var breaks = false
        for scalar in text.unicodeScalars {
            if isNonStarter(scalar) {
                run += 1
                if run > maximumNonStarters {
                    breaks = true
                    break
                }
            } else {
                run = 0
            }
        }
        guard breaks else { return text }
        var result = String()
        result.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        run = 0
        for scalar in text.unicodeScalars {
            if isNonStarter(scalar) {
                if run == maximumNonStarters {
                    result.unicodeScalars.append("\u{034F}")
                    run = 0
                }
                run += 1
            } else {
                run = 0
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// True for a scalar with a non-zero canonical combining class.
    static func isNonStarter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass != .notReordered
    }

    /// False when the text is NFC for certain; true when it may not be (see
    /// ``mayNeedNormalization(utf8:)``).
    public static func needsNormalization(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayNeedNormalization(utf8: $0) }
    }

    /// False when the UTF-8 text `bytes` is NFC for certain: it holds no scalar of
    /// ``NFCQuickCheck``'s table (a combining mark, or a scalar whose NFC_Quick_Check is No
    /// or Maybe). `bytes` must be valid UTF-8.
    public static func mayNeedNormalization(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        return NFCQuickCheck.basicPlane.withUnsafeBufferPointer { plane in
            // Only lead bytes of 0xCC and more start a scalar the table may hold (its first is
            // U+0300); ASCII, continuation bytes and the leads of U+0080–U+02FF are below.
            // Continuation bytes never reach 0xCC, so every such byte is a lead wherever a
            // scan lands, and the scan can go eight bytes at a time.
            @inline(__always) func isListed(at index: Int) -> Bool {
                let lead = base[index]
                // E1 BA and E1 BB open U+1E80–U+1EFF, the Vietnamese letters of Latin Extended
                // Additional, none of which the table lists: most leads of Vietnamese text.
                if lead == 0xE1 && base[index + 1] & 0xFE == 0xBA { return false }
                if lead < 0xE0 {
                    let value = Int(lead & 0x1F) << 6 | Int(base[index + 1] & 0x3F)
                    return plane[value >> 6] >> UInt64(value & 63) & 1 != 0
                }
                if lead < 0xF0 {
                    let value = Int(lead & 0x0F) << 12 | Int(base[index + 1] & 0x3F) << 6 | Int(base[index + 2] & 0x3F)
                    return plane[value >> 6] >> UInt64(value & 63) & 1 != 0
                }
                let value = UInt32(lead & 0x07) << 18 | UInt32(base[index + 1] & 0x3F) << 12
                    | UInt32(base[index + 2] & 0x3F) << 6 | UInt32(base[index + 3] & 0x3F)
                return NFCQuickCheck.containsSupplementary(value)
            }
            @inline(__always) func leads(at index: Int) -> UInt64 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                // A byte's low seven bits plus 0x34 carry into its high bit exactly when they
                // are 0x4C or more: with the high bit set, the byte is 0xCC or more.
                return ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080
            }
            @inline(__always) func anyListed(_ leads: UInt64, from index: Int) -> Bool {
                var leads = leads
                while leads != 0 {
                    if isListed(at: index + leads.trailingZeroBitCount >> 3) { return true }
                    leads &= leads &- 1
                }
                return false
            }
            var index = 0
            while index + 16 <= count {
                let first = leads(at: index)
                let second = leads(at: index + 8)
                if first | second != 0, anyListed(first, from: index) || anyListed(second, from: index + 8) { return true }
                index += 16
            }
            if index + 8 <= count {
                if anyListed(leads(at: index), from: index) { return true }
                index += 8
            }
            while index < count {
                if base[index] >= 0xCC, isListed(at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// NFC, the first-vowel tone-mark placement of the contract (`ủy`, `hòa`), and single
    /// spaces: the form of every normalised field (`issuer`, `owner`, `subject`, `name`, `title`).
    public static func field(_ text: String) -> String {
        ToneMarks.firstVowelStyle(nfc(text).squeezedSpaces)
    }
}

import Foundation
import VietnameseText

/// Reads office documents, told apart by their bytes, into their text.
public enum OfficeReader {
    /// The OLE2 compound file signature that opens a Word 97–2003 document.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// True when `bytes` open an OLE2 compound file (Word 97–2003, but also old Excel and
    /// PowerPoint files, which the converter then refuses).
    public static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: compoundFileSignature)
    }

    /// True when `bytes` (a styles part) name a font of ``LegacyFont``'s families (".Vn…",
    /// "VNI…"): styles matter only to find legacy fonts, and the styles part of a Word
    /// template (350 KB) took two thirds of the time of reading a short .docx.
    static func mentionsLegacyFont(_ bytes: [UInt8]) -> Bool {
        ByteSearch.containsIgnoringASCIICase(bytes[...], ".vn") || ByteSearch.containsIgnoringASCIICase(bytes[...], "vni")
    }

    /// The text of the .docx or .odt document `bytes` hold; nil when they are no ZIP
    /// archive or a ZIP archive of something else (the caller reads them as it would
    /// otherwise). A damaged archive or part is a `parse` error, one past `limits` a
    /// `too_large` error.
    public static func readArchive(_ bytes: [UInt8], limits: OfficeLimits = OfficeLimits()) throws(OfficeError) -> OfficeText? {
        guard OfficeArchive.isZIP(bytes) else { return nil }
        var archive = try OfficeArchive(bytes, limits: limits)
        if try OpenDocumentReader.isOpenDocumentText(&archive) {
            return try OpenDocumentReader.read(&archive)
        }
        if archive.contains("[Content_Types].xml"), let part = try WordReader.mainPart(&archive) {
            return try WordReader.read(&archive, mainPart: part)
        }
        return nil
    }
}

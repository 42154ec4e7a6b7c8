import Foundation
import Records
import VietnameseText

/// Formats read from their bytes by an external reader rather than decoded as text; chosen
/// by magic bytes, whatever the file's name.
enum BinaryFormat: String, Sendable {
    case pdf, png, jpeg, tiff

    /// Extensions a folder walk takes for these formats (their bytes still decide).
    static let extensions: Set<String> = ["pdf", "png", "jpg", "jpeg", "tif", "tiff"]

    /// `%PDF-` at the start (after blanks), or the PNG, JPEG or TIFF signature.
    init?(sniffing bytes: [UInt8]) {
        let start = bytes.prefix(64).firstIndex { !(($0 == 0x20) || ($0 >= 0x09 && $0 <= 0x0D)) } ?? 0
        let head = Array(bytes[start..<min(bytes.count, start + 8)])
        if head.starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else {
            return nil
        }
    }

    var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .tiff: "image/tiff"
        }
    }
}

/// Limits of the PDF and image readers.
public struct DocumentReaderLimits: Sendable, Equatable {
    /// A PDF with more pages is read up to this page, its record warned `cut_by_limit`; a
    /// multi-page image with more is rejected (`too_many_pages`).
    public var maxPages: Int
    /// An image with more pixels is rejected (`too_large`); a PDF page is rasterised for OCR
    /// at a resolution that keeps it within this many pixels.
    public var maxImagePixels: Int

    public init(maxPages: Int = 300, maxImagePixels: Int = 60_000_000) {
        self.maxPages = maxPages
        self.maxImagePixels = maxImagePixels
    }
}

/// What a reader made of a binary document: the text in reading order (one paragraph a
/// line), the container named in the record, and its warnings.
struct ReadDocument: Sendable {
    var text: String
    var container: String
    var warnings: [RecordWarning]
    /// The legacy encoding most of a PDF's converted text was in.
    var fontEncoding: LegacyFontEncoding? = nil
    /// Pages recognised by OCR.
    var ocrPages = 0
}

/// Why a binary document could not be read: a reject's kind, stage and message.
struct DocumentReadFailure: Error, Sendable {
    var kind: String
    var stage: Stage
    var message: String

    static func tool(_ error: ExternalToolError, document: String) -> DocumentReadFailure {
        switch error {
        case .missing: DocumentReadFailure(kind: "reader_missing", stage: .decode, message: error.description)
        case .deadline: DocumentReadFailure(kind: "timeout", stage: .decode, message: error.description)
        case .failed(_, _, let message) where message.lowercased().contains("password"):
            DocumentReadFailure(kind: "encrypted", stage: .parse, message: "the \(document) is encrypted: \(message)")
        case .failed:
            DocumentReadFailure(kind: "corrupt", stage: .parse, message: "the \(document) cannot be read: \(error.description)")
        case .launch: DocumentReadFailure(kind: "io", stage: .decode, message: error.description)
        }
    }
}

/// Reads a PDF's text layer with poppler's `pdftotext -tsv` (words with their boxes; the
/// plain and `-layout` modes join a line-end hyphen to the next line, "05-CT/TW" becoming
/// "05CT/TW"), puts it in reading order with ``PageLayout``, and sends pages without text,
/// or all pages when the text layer looks mis-decoded, to OCR.
enum PDFReader {
    /// Fewest letters for a page's text layer to count as text: fewer, and it is a scan.
    static let minimumLettersPerPage = 10

    static func read(_ bytes: [UInt8], limits: DocumentReaderLimits, deadline: Deadline) -> Result<ReadDocument, DocumentReadFailure> {
        let (scratch, input): (ScratchFolder, URL)
        switch ScratchFolder.holding(bytes, as: "in.pdf", what: "PDF") {
        case .success(let held): (scratch, input) = held
        case .failure(let failure): return .failure(failure)
        }
        defer { scratch.remove() }
        let words = scratch.file("words.tsv")
        if case .failure(let error) = ExternalTool.run(
            "pdftotext", package: "poppler-utils",
            ["-tsv", "-enc", "UTF-8", "-l", String(limits.maxPages + 1), input.path, words.path], deadline: deadline) {
            return .failure(.tool(error, document: "PDF"))
        }
        guard let tsv = try? String(contentsOf: words, encoding: .utf8) else {
            return .failure(DocumentReadFailure(kind: "corrupt", stage: .parse, message: "pdftotext wrote no word table"))
        }
        var table = WordTable(tsv: tsv)
        var warnings: [RecordWarning] = []
        // pdftotext read one page past the limit, to tell a longer PDF: it is cut to the limit.
        if table.layout.pages.count > limits.maxPages {
            table.layout.pages.removeLast(table.layout.pages.count - limits.maxPages)
            warnings.append(RecordWarning(.cutByLimit, "the PDF has more than \(limits.maxPages) pages (--max-pages): only the first \(limits.maxPages) were read"))
        }
        let pageCount = table.layout.pages.count
        guard pageCount > 0 else {
            return .failure(DocumentReadFailure(kind: "corrupt", stage: .parse, message: "the PDF has no pages"))
        }
        var layerText = table.layout.pages.flatMap(\.lines).map(\.text).joined(separator: " ")
        var quality = ScriptQuality(layerText)
        var fontEncoding: LegacyFontEncoding?
        if quality.foreign > 0 {
            switch convertLegacyFonts(&table.layout, text: layerText, of: input, in: scratch, limits: limits, deadline: deadline) {
            case .success(let legacy?):
                fontEncoding = legacy.encoding
                warnings.append(RecordWarning(.legacyFont, legacy.message))
                layerText = table.layout.pages.flatMap(\.lines).map(\.text).joined(separator: " ")
                quality = ScriptQuality(layerText)
            case .success(nil): break
            case .failure(let failure): return .failure(failure)
            }
        }
        table.layout.joinTouchingWords()
        let misDecoded = quality.looksMisDecoded
        let textless = table.layout.pages.filter { page in
            page.lines.reduce(0) { $0 + $1.text.unicodeScalars.filter(\.properties.isAlphabetic).count } < minimumLettersPerPage
        }.map(\.number)
        var container = "pdf"
        var ocrPages = 0
        guard misDecoded || !textless.isEmpty else {
            return .success(ReadDocument(text: table.layout.text, container: container, warnings: warnings,
                                         fontEncoding: fontEncoding))
        }
        // A page without text is a scan when it holds an image; else it is blank. When the
        // images cannot be listed, every page without text is taken for a scan.
        let resolutions: [Int: Double]?
        switch OCRReader.scanResolutions(of: input, in: scratch, deadline: deadline) {
        case .success(let found): resolutions = found
        case .failure(let error) where error == .deadline: return .failure(.tool(error, document: "PDF"))
        case .failure: resolutions = nil
        }
        let scanned = textless.filter { resolutions == nil || resolutions?[$0] != nil }
        let toRecognise = table.layout.pages.filter { misDecoded || scanned.contains($0.number) }
        if !toRecognise.isEmpty {
            switch OCRReader.recognisePages(of: input, pages: toRecognise, resolutions: resolutions ?? [:], in: scratch,
                                            limits: limits, deadline: deadline) {
            case .success(let recognised):
                for page in recognised.pages {
                    if let index = table.layout.pages.firstIndex(where: { $0.number == page.number }) {
                        table.layout.pages[index] = page
                    }
                }
                if !recognised.pages.isEmpty {
                    container = "pdf-ocr"
                    ocrPages = recognised.pages.count
                    warnings.append(recognised.warning(pagesInDocument: pageCount))
                }
                if !recognised.failed.isEmpty {
                    warnings.append(RecordWarning(.pagesUnreadable, recognised.failureMessage))
                }
                if misDecoded, !recognised.pages.isEmpty, fontEncoding != nil {
                    fontEncoding = nil
                    warnings.removeAll { $0.code == .legacyFont }
                }
                if misDecoded {
                    warnings.append(RecordWarning(.misDecoded, recognised.pages.isEmpty
                        ? quality.message + "; OCR read none of its pages"
                        : quality.message + "; the pages were read by OCR instead"))
                }
            case .failure(let failure) where failure.kind == "timeout":
                return .failure(failure)
            case .failure(let failure):
                if misDecoded {
                    warnings.append(RecordWarning(.misDecoded, quality.message + "; no OCR: \(failure.message)"))
                } else if scanned.count == pageCount || table.layout.text.isEmpty {
                    return .failure(failure)
                } else {
                    warnings.append(RecordWarning(.pagesUnreadable, "pages without a text layer not read (\(failure.message)): "
                                                  + scanned.map(String.init).joined(separator: ", ")))
                }
            }
        }
        return .success(ReadDocument(text: table.layout.text, container: container, warnings: warnings,
                                     fontEncoding: fontEncoding, ocrPages: ocrPages))
    }

    /// Converts the words of `layout` typed in legacy Vietnamese fonts: the fonts of the text
    /// come from `pdftohtml -xml` (poppler's text with a font per run); when no font is a
    /// legacy one but `text`, the whole text layer, reads as TCVN3 or VNI (the fonts were
    /// substituted or renamed), all of it is converted. Nil when nothing was converted.
    static func convertLegacyFonts(_ layout: inout PageLayout, text: String, of input: URL, in scratch: ScratchFolder,
                                   limits: DocumentReaderLimits, deadline: Deadline) -> Result<PDFLegacyText?, DocumentReadFailure> {
        var legacy = PDFLegacyText()
        let xml = scratch.file("fonts.xml")
        switch ExternalTool.run("pdftohtml", package: "poppler-utils",
                                ["-xml", "-i", "-q", "-zoom", "1", "-l", String(limits.maxPages + 1), "-stdout", input.path],
                                output: xml, deadline: deadline) {
        case .success:
            if let data = try? String(contentsOf: xml, encoding: .utf8) {
                let spans = PDFFontSpans(xml: data)
                if spans.hasLegacyFonts {
                    legacy.convert(&layout, spans: spans)
                    return .success(legacy.encoding == nil ? nil : legacy)
                }
            }
        case .failure(let error) where error == .deadline:
            return .failure(.tool(error, document: "PDF"))
        case .failure:
            break
        }
        guard let encoding = LegacyText.detect(text) else { return .success(nil) }
        legacy.convertAll(&layout, from: encoding)
        legacy.detected = true
        return .success(legacy.encoding == nil ? nil : legacy)
    }
}

/// How much of a text is in the Vietnamese (Latin) script: a text layer whose fonts have no
/// Unicode map comes out as glyph codes, Latin-1 look-alikes or private-use characters.
struct ScriptQuality {
    /// Characters that are neither blank nor ASCII.
    var counted = 0
    /// Of those, the ones outside the Vietnamese alphabet and common punctuation.
    var foreign = 0
    var total = 0

    static let vietnamese: Set<Character> = {
        let lower = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ"
        let punctuation = "–—‘’“”…•·«»°№§€"
        return Set(lower + lower.uppercased() + punctuation)
    }()

    init(_ text: String) {
        for character in text.precomposedStringWithCanonicalMapping where !character.isWhitespace {
            total += 1
            if character.isASCII { continue }
            counted += 1
            if !Self.vietnamese.contains(character) { foreign += 1 }
        }
    }

    /// More than 3 % of the visible characters (and at least 20) foreign: mis-decoded.
    var looksMisDecoded: Bool { foreign >= 20 && Double(foreign) > 0.03 * Double(max(1, total)) }

    var message: String {
        String(format: "the PDF's text layer looks mis-decoded (%.0f%% of its characters outside the Vietnamese alphabet: fonts without a Unicode map or in a legacy encoding)",
               100 * Double(foreign) / Double(max(1, total)))
    }
}

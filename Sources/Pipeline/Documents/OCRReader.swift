import Foundation
import Records
import VietnameseText

/// Recognises text with Tesseract (`tesseract … -l vie tsv`: words with boxes and
/// confidences) in images and in PDF pages rasterised by poppler's `pdftoppm`.
enum OCRReader {
    /// Pages recognised, with word confidences, and the pages that could not be read.
    struct Recognised {
        var pages: [PageLayout.Page] = []
        var confidences: [Double] = []
        var failed: [(page: Int, reason: String)] = []

        var meanConfidence: Double {
            confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        }

        func warning(pagesInDocument: Int) -> RecordWarning {
            RecordWarning(.ocr, String(format: "text recognised by OCR (Tesseract, vie) on %d of %d pages: mean word confidence %.1f over %d words",
                                       pages.count, pagesInDocument, meanConfidence, confidences.count))
        }

        var failureMessage: String {
            "pages not read: " + failed.map { "\($0.page) (\($0.reason))" }.joined(separator: ", ")
        }
    }

    static let language = "vie"

    /// Rasterises `pages` of the PDF at `input` one at a time and recognises each. A page
    /// that fails is listed in `failed`; a missing program or the deadline fails it all.
    /// `resolutions` are those of ``scanResolutions(of:in:deadline:)``. Each page is rasterised at the resolution of its largest image (a scan's own, between
    /// 150 and 400 dpi: scaling a scan up makes its specks large, and Tesseract reads them as
    /// marks), else at 300 dpi, lowered where the page would exceed the pixel cap.
    static func recognisePages(of input: URL, pages: [PageLayout.Page], resolutions: [Int: Double], in scratch: ScratchFolder,
                               limits: DocumentReaderLimits, deadline: Deadline) -> Result<Recognised, DocumentReadFailure> {
        if ExternalTool.locate("tesseract") == nil {
            return .failure(.tool(.missing(tool: "tesseract", package: "tesseract-ocr and tesseract-ocr-vie"), document: "PDF"))
        }
        var result = Recognised()
        for page in pages {
            let number = page.number
            let image = scratch.file("page-\(number)")
            var dpi = min(400, max(150, resolutions[number] ?? 300))
            let pixels = (page.width / 72 * dpi) * (page.height / 72 * dpi)
            if pixels > Double(limits.maxImagePixels) { dpi *= (Double(limits.maxImagePixels) / pixels).squareRoot() }
            switch ExternalTool.run("pdftoppm", package: "poppler-utils",
                                    ["-f", String(number), "-l", String(number), "-r", String(Int(dpi.rounded(.down))),
                                     "-gray", "-png", "-singlefile", input.path, image.path], deadline: deadline) {
            case .success: break
            case .failure(let error) where error == .deadline || error.isMissing:
                return .failure(.tool(error, document: "PDF"))
            case .failure(let error):
                result.failed.append((number, error.description))
                continue
            }
            let png = image.appendingPathExtension("png")
            switch recognise(png, in: scratch, deadline: deadline) {
            case .success(let table):
                guard var page = table.layout.pages.first else {
                    result.failed.append((number, "Tesseract gave no page"))
                    continue
                }
                page.number = number
                result.pages.append(page)
                result.confidences += table.confidences
            case .failure(let error) where error == .deadline || error.isMissing:
                return .failure(.tool(error, document: "PDF"))
            case .failure(let error):
                result.failed.append((number, error.description))
            }
            try? FileManager.default.removeItem(at: png)
        }
        return .success(result)
    }

    /// The resolution (dpi) of the largest image on each page, from `pdfimages -list`.
    static func scanResolutions(of input: URL, in scratch: ScratchFolder, deadline: Deadline) -> Result<[Int: Double], ExternalToolError> {
        let listing = scratch.file("images.txt")
        if case .failure(let error) = ExternalTool.run("pdfimages", package: "poppler-utils", ["-list", input.path],
                                                       output: listing, deadline: deadline) {
            return .failure(error)
        }
        var largest: [Int: (pixels: Int, dpi: Double)] = [:]
        let text = (try? String(contentsOf: listing, encoding: .utf8)) ?? ""
        for row in text.split(separator: "\n").dropFirst(2) {
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 14, let page = Int(fields[0]), fields[2] == "image",
                  let width = Int(fields[3]), let height = Int(fields[4]),
                  let xppi = Double(fields[12]), let yppi = Double(fields[13]) else { continue }
            if width * height > (largest[page]?.pixels ?? 0) { largest[page] = (width * height, min(xppi, yppi)) }
        }
        return .success(largest.mapValues(\.dpi))
    }

    /// Runs Tesseract on one image file (all pages of a multi-page TIFF).
    static func recognise(_ image: URL, in scratch: ScratchFolder, deadline: Deadline) -> Result<WordTable, ExternalToolError> {
        let base = scratch.file("ocr-\(UUID().uuidString)")
        let tsvFile = base.appendingPathExtension("tsv")
        defer { try? FileManager.default.removeItem(at: tsvFile) }
        if case .failure(let error) = ExternalTool.run(
            "tesseract", package: "tesseract-ocr and tesseract-ocr-vie",
            [image.path, base.path, "-l", language, "--psm", "3", "tsv"], deadline: deadline) {
            return .failure(error)
        }
        guard let tsv = try? String(contentsOf: tsvFile, encoding: .utf8) else {
            return .failure(.failed(tool: "tesseract", status: 0, message: "no word table written"))
        }
        return .success(WordTable(tsv: tsv))
    }

    /// Reads an image (PNG, JPEG, TIFF) by OCR. Images larger than the pixel cap are rejected
    /// before Tesseract sees them.
    static func read(_ bytes: [UInt8], format: BinaryFormat, limits: DocumentReaderLimits,
                     deadline: Deadline) -> Result<ReadDocument, DocumentReadFailure> {
        if let size = ImageSize(bytes, format: format), size.width * size.height > limits.maxImagePixels {
            return .failure(DocumentReadFailure(kind: "too_large", stage: .decode,
                                                message: "the image has \(size.width) × \(size.height) pixels, over the cap of \(limits.maxImagePixels)"))
        }
        let (scratch, input): (ScratchFolder, URL)
        switch ScratchFolder.holding(bytes, as: "in.\(format.rawValue)", what: "image") {
        case .success(let held): (scratch, input) = held
        case .failure(let failure): return .failure(failure)
        }
        defer { scratch.remove() }
        switch recognise(input, in: scratch, deadline: deadline) {
        case .failure(let error):
            return .failure(.tool(error, document: "image"))
        case .success(let table):
            guard table.layout.pages.count <= limits.maxPages else {
                return .failure(DocumentReadFailure(kind: "too_many_pages", stage: .decode,
                                                    message: "the image has more than \(limits.maxPages) pages (the limit)"))
            }
            let recognised = Recognised(pages: table.layout.pages, confidences: table.confidences)
            return .success(ReadDocument(text: table.layout.text, container: "image-ocr",
                                         warnings: [recognised.warning(pagesInDocument: table.layout.pages.count)],
                                         ocrPages: table.layout.pages.count))
        }
    }
}

extension ExternalToolError {
    var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }
}

/// An image's size in pixels from its header: PNG's IHDR, a JPEG start-of-frame marker,
/// or the first TIFF directory. nil when the header is not understood.
struct ImageSize: Equatable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(_ bytes: [UInt8], format: BinaryFormat) {
        switch format {
        case .png:
            guard bytes.count >= 24 else { return nil }
            width = Self.bigEndian(bytes, 16, 4)
            height = Self.bigEndian(bytes, 20, 4)
        case .jpeg:
            var index = 2
            var found: (Int, Int)?
            while index + 9 < bytes.count, found == nil {
                guard bytes[index] == 0xFF else { return nil }
                let marker = bytes[index + 1]
                if marker == 0xFF { index += 1; continue }
                let length = Self.bigEndian(bytes, index + 2, 2)
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    found = (Self.bigEndian(bytes, index + 7, 2), Self.bigEndian(bytes, index + 5, 2))
                }
                index += 2 + length
            }
            guard let found else { return nil }
            (width, height) = found
        case .tiff:
            let little = bytes.first == 0x49
            func read(_ at: Int, _ count: Int) -> Int? {
                guard at >= 0, at + count <= bytes.count else { return nil }
                let slice = bytes[at..<(at + count)]
                return (little ? slice.reversed() : Array(slice)).reduce(0) { $0 << 8 | Int($1) }
            }
            guard let directory = read(4, 4), let entries = read(directory, 2) else { return nil }
            var size: [Int: Int] = [:]
            for entry in 0..<min(entries, 512) {
                let at = directory + 2 + 12 * entry
                guard let tag = read(at, 2), let type = read(at + 2, 2) else { return nil }
                guard tag == 256 || tag == 257 else { continue }
                size[tag] = type == 3 ? read(at + 8, 2) : read(at + 8, 4)
            }
            guard let w = size[256], let h = size[257] else { return nil }
            (width, height) = (w, h)
        case .pdf:
            return nil
        }
    }

    static func bigEndian(_ bytes: [UInt8], _ at: Int, _ count: Int) -> Int {
        guard at >= 0, at + count <= bytes.count else { return 0 }
        return bytes[at..<(at + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}

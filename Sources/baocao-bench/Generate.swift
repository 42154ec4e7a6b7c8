import ArgumentParser
import Foundation

/// `baocao-bench generate`: writes synthetic portal pages, one file at a time.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic corpus of portal pages built from the texts in corpus/.",
        discussion: """
            Each page is one article from corpus/ (seeds, dev, holdout, blind .txt and the \
            html fixtures' expected text) inside one of five portal templates (government \
            portal, news CMS, Party portal, WordPress, an old table-layout portal served in \
            windows-1258), with its own menus, sidebars, footer, scripts, dateline and byline, \
            50–100 KB of HTML. With --shape reports, each page is instead a long district \
            report (60–130 KB, 10–30 KB of it text) dense in citations, figures, officials and \
            models: the corpus' paragraphs that carry numbers and sentence templates. Pages are written as OUT/p-NNNNNN.html and streamed to disk; \
            OUT/generated.json records the flags, page count and bytes. The same seed, flags \
            and corpus/ give byte-identical pages, and page i is the same whatever the total.
            """
    )

    @Option(help: "Output folder (created if missing; pages of the same names are overwritten).")
    var out: String

    @Option(help: "Number of pages to write (default 2000 unless --megabytes is given).")
    var pages: Int?

    @Option(help: "Write pages until they hold at least this many MiB of HTML (1024 for the 1 GB corpus); with --pages, whichever comes first.")
    var megabytes: Int?

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Page shape: portal (articles in portal templates) or reports (long district reports).")
    var shape: PageShape = .portal

    @Option(help: "Folder holding the source texts (this repository's corpus/).")
    var corpus: String = "corpus"

    mutating func validate() throws {
        if let pages, pages <= 0 { throw ValidationError("--pages must be positive") }
        if let megabytes, megabytes <= 0 { throw ValidationError("--megabytes must be positive") }
    }

    func run() throws {
        let texts = try SourceTexts.load(from: corpus)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let pageLimit = pages ?? (megabytes == nil ? 2000 : Int.max)
        let byteLimit = megabytes.map { $0 << 20 } ?? Int.max
        let encoder = try LegacyEncoder(charset: "CP1258//TRANSLIT")
        let numeric = shape == .reports ? PageBuilder.numericParagraphs(texts) : []
        var written = 0
        var bytes = 0
        var legacy = 0
        while written < pageLimit && bytes < byteLimit {
            let page = switch shape {
            case .portal: PortalPage.make(index: written, seed: seed, texts: texts)
            case .reports: PortalPage.report(index: written, seed: seed, texts: texts, numeric: numeric)
            }
            var data = Array(page.html.utf8)
            if page.template.isLegacy {
                data = try encoder.encode(page.html)
                legacy += 1
            }
            let path = (out as NSString).appendingPathComponent(String(format: "p-%06d.html", written + 1))
            guard FileManager.default.createFile(atPath: path, contents: Data(data)) else {
                throw GenerateError.cannotWrite(path: path)
            }
            written += 1
            bytes += data.count
        }
        let manifest = """
            {"generator": "baocao-bench generate", "shape": "\(shape.rawValue)", "seed": \(seed), "pages": \(written), \
            "bytes": \(bytes), "windows_1258_pages": \(legacy), "templates": \(PortalTemplate.allCases.count)}

            """
        let manifestPath = (out as NSString).appendingPathComponent("generated.json")
        guard FileManager.default.createFile(atPath: manifestPath, contents: Data(manifest.utf8)) else {
            throw GenerateError.cannotWrite(path: manifestPath)
        }
        print("\(written) pages, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB, \(legacy) in windows-1258 → \(out)")
    }
}

/// What the generated pages are.
enum PageShape: String, ExpressibleByArgument, CaseIterable {
    case portal
    case reports
}

enum GenerateError: Error, CustomStringConvertible {
    case cannotWrite(path: String)
    case noTexts(folder: String)
    case unencodable(charset: String, sample: String)
    case noConverter(charset: String)

    var description: String {
        switch self {
        case .cannotWrite(let path): "cannot write \(path)"
        case .noTexts(let folder): "no source texts found under \(folder) (expected seeds/, dev/, holdout/, blind/ or html/)"
        case .unencodable(let charset, let sample): "cannot encode text as \(charset) near: \(sample)"
        case .noConverter(let charset): "iconv has no converter from UTF-8 to \(charset)"
        }
    }
}

/// A small deterministic generator (SplitMix64): same seed, same sequence, on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

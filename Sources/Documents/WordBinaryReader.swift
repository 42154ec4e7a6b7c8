import Foundation
import VietnameseText

/// Reads Word 97–2003 documents (.doc) through an external converter: LibreOffice headless
/// converts the file to .docx, which ``WordReader`` reads with its fonts (so TCVN3 and VNI
/// runs are decoded by font, capitals of `.VnTimeH` and TCVN3's "ư", stored as a soft
/// hyphen, included); without LibreOffice, `antiword` gives the plain text (fonts lost:
/// the caller's statistical detector has to find a legacy encoding).
///
/// Measured on this project's fixtures (2 shared cores): LibreOffice ≈ 1–4 s a document (its
/// start-up, with the load), antiword ≈ 10 ms. A folder run converts its documents in
/// batches, one LibreOffice call each (the pipeline's `WordBatches`), and hands the result
/// to ``read(converted:limits:)``.
public enum WordBinaryReader {
    /// How long one conversion may take before it is stopped.
    public static let timeout: TimeInterval = 120

    /// The converters this reader can use, in order of preference, with their paths when installed.
    public static var availableConverter: (name: String, path: String)? {
        for name in ["soffice", "libreoffice", "antiword"] {
            if let path = executable(name) { return (name == "libreoffice" ? "soffice" : name, path) }
        }
        return nil
    }

    /// What LibreOffice made of one document of a batch conversion.
    public enum Conversion: Sendable, Equatable {
        /// The .docx it wrote.
        case docx([UInt8])
        /// It ran to the end of the batch without writing this document: it could not load it.
        case notConverted
    }

    /// The message of a document LibreOffice could not convert.
    public static let notConvertedMessage = "LibreOffice could not convert the document (not a Word document, or damaged)"

    /// The arguments of one LibreOffice call converting `inputs` to .docx files named after
    /// them in `folder`, with the private profile `profile` (a folder, made when missing):
    /// two runs at once never share a profile, which LibreOffice locks.
    public static func conversionArguments(_ inputs: [String], into folder: String, profile: URL) -> [String] {
        ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
         "--convert-to", "docx", "--outdir", folder] + inputs
    }

    /// The text of a Word 97–2003 document from its batch conversion.
    public static func read(converted: Conversion, limits: OfficeLimits = OfficeLimits()) throws(OfficeError) -> OfficeText {
        guard case .docx(let bytes) = converted else { throw .parse(notConvertedMessage) }
        guard var text = try OfficeReader.readArchive(bytes, limits: limits) else {
            throw .parse("LibreOffice's conversion is no Word document")
        }
        text.container = .doc
        return text
    }

    /// The text of the Word 97–2003 document `bytes`. The converter is stopped at `deadline`
    /// (the caller then rejects the document by its deadline) or after ``timeout``.
    public static func read(_ bytes: [UInt8], limits: OfficeLimits = OfficeLimits(),
                            deadline: Deadline = .never) throws(OfficeError) -> OfficeText {
        guard let converter = availableConverter else {
            throw OfficeError(kind: "converter",
                              message: "no .doc converter installed (scripts/bootstrap installs LibreOffice: libreoffice-writer-nogui)")
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("baocao-doc-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.doc")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: input)
        } catch {
            throw OfficeError(kind: "io", message: "cannot write a temporary copy for the converter: \(error)")
        }
        if converter.name == "soffice" {
            let profile = folder.appendingPathComponent("profile", isDirectory: true)
            _ = try run(converter.path, conversionArguments([input.path], into: folder.path, profile: profile),
                        environment: ["TMPDIR": folder.path], deadline: deadline)
            let converted = (try? Data(contentsOf: folder.appendingPathComponent("document.docx"))).map { Conversion.docx([UInt8]($0)) }
            return try read(converted: converted ?? .notConverted, limits: limits)
        }
        let output = try run(converter.path, ["-m", "UTF-8.txt", "-w", "0", input.path], deadline: deadline)
        var collector = ParagraphCollector()
        for paragraph in antiwordParagraphs(String(decoding: output, as: UTF8.self)) { collector.add(paragraph) }
        return collector.result(.doc)
    }

    /// Paragraphs of antiword's text: blank lines part paragraphs; a table row ("|a |b |")
    /// gives its cells one by one.
    static func antiwordParagraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("|") && trimmed.hasSuffix("|") {
                flush()
                paragraphs += trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } else if trimmed.isEmpty {
                flush()
            } else {
                current.append(Substring(trimmed))
            }
        }
        flush()
        return paragraphs
    }

    /// ``antiwordParagraphs(_:)`` for the tests.
    public static func antiwordParagraphsForTesting(_ text: String) -> [String] {
        antiwordParagraphs(text)
    }

    private static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `path` with `arguments` and `environment` added to this process's own, its standard
    /// output collected, standard error dropped; stopped after ``timeout`` or at `deadline`.
    private static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:],
                            deadline: Deadline) throws(OfficeError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw OfficeError(kind: "converter", message: "cannot start \(path): \(error)")
        }
        // Foundation starts the program as the leader of a process group of its own: LibreOffice's
        // launcher (oosplash) and its soffice.bin are stopped together, SIGTERM then SIGKILL half
        // a second later (soffice.bin starting up does not heed SIGTERM).
        let stopperQueue = DispatchQueue(label: "baocao.converter-stopper")
        let stopper = DispatchSource.makeTimerSource(queue: stopperQueue)
        let stop = StopState(group: process.processIdentifier)
        stopper.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        stopper.setEventHandler {
            if deadline.hasPassed || ContinuousClock.now - stop.started > .seconds(timeout) { stop.signal() }
        }
        stopper.resume()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        stopper.cancel()
        let signalled = stopperQueue.sync { stop.signalled }
        if process.terminationReason == .uncaughtSignal || signalled {
            throw OfficeError(kind: "converter", message: "\(path) was stopped after \(Int(timeout)) s or by a signal")
        }
        if process.terminationStatus != 0 {
            throw .parse("\((path as NSString).lastPathComponent) could not read the document (exit status \(process.terminationStatus))")
        }
        return [UInt8](data)
    }
}

/// When a converter's process group was told to stop; touched only on its stopper's serial queue.
private final class StopState: @unchecked Sendable {
    let group: pid_t
    let started = ContinuousClock.now
    private(set) var signalled = false
    private var terminatedAt: ContinuousClock.Instant?

    init(group: pid_t) {
        self.group = group
    }

    /// SIGTERM to the group the first time, SIGKILL half a second later.
    func signal() {
        signalled = true
        guard let terminatedAt else {
            kill(-group, SIGTERM)
            self.terminatedAt = .now
            return
        }
        if ContinuousClock.now - terminatedAt > .milliseconds(500) { kill(-group, SIGKILL) }
    }
}

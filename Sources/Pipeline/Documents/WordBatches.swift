import Documents
import Foundation
import VietnameseText

/// Converts the Word 97–2003 documents of a file list (a folder run) to .docx with one
/// LibreOffice call per batch instead of one per document: LibreOffice's start-up is most
/// of what a conversion costs.
///
/// The first worker that meets a `.doc` (by its bytes) gathers it and the next `.doc` files
/// of the list that no batch holds yet (by their first bytes, at most ``lookAhead`` files on,
/// up to ``batchSize``), converts them in one call, and the workers of the other members wait
/// for that call and take their result. The call reads the documents through symbolic links
/// named by their place in the batch (so two files of one name in different folders never
/// meet) in a private scratch folder, which also holds the call's own LibreOffice profile
/// (two runs at once never share one), its temporary files and its output; the folder is removed as soon as the
/// call ends, the results being held in memory until their worker takes them. Nothing is
/// written next to the user's files.
///
/// The call has one document's time budget (``DocumentProcessor/timeBudget``, else
/// ``WordBinaryReader/timeout``) and ends on cancellation. LibreOffice skips, without
/// failing, a document it cannot load: when the call ran to its end, a member without
/// output is ``WordBinaryReader/Conversion/notConverted`` (its own `parse` reject, as when it
/// is converted alone). When the call was stopped or failed, the members it had written
/// whole are kept and the others get nil: their workers convert them one by one, each in
/// its own budget. A batch of one is not made (nil: the one-document path).
final class WordBatches: @unchecked Sendable {
    /// Documents converted by one LibreOffice call, at most.
    static let batchSize = 16
    /// How far past a document the list is searched for more `.doc` files to join its batch.
    static let lookAhead = 256

    private struct Batch {
        var remaining: Int
        /// Set when the call has ended; a member missing from it converts on its own.
        var results: [Int: WordBinaryReader.Conversion]?
    }

    private let files: [SourceFile]
    private let tool: String
    private let maxBytes: Int
    private let budget: Duration
    private let cancellation: Cancellation?
    private let currentDirectory: InputPath
    private let condition = NSCondition()
    private var batches: [Int: Batch] = [:]
    private var batchOfFile: [Int: Int] = [:]
    private var nextBatch = 0
    /// Files before this index were already looked at for a batch.
    private var searchedUpTo = 0

    /// Nil when LibreOffice is not installed (`antiword`, the fallback, costs milliseconds).
    init?(files: [SourceFile], processor: DocumentProcessor, cancellation: Cancellation?) {
        guard let converter = WordBinaryReader.availableConverter, converter.name == "soffice",
              let directory = InputPath.currentDirectory() else { return nil }
        self.files = files
        tool = (converter.path as NSString).lastPathComponent
        maxBytes = processor.maxBytes
        budget = processor.timeBudget ?? .seconds(WordBinaryReader.timeout)
        self.cancellation = cancellation
        currentDirectory = directory
    }

    /// LibreOffice's conversion of `files[index]`, a Word 97–2003 document, from its batch
    /// (made now, if no batch holds it yet, and its call's time added to `times`' parse stage);
    /// nil when it is to be converted on its own.
    func conversion(ofFileAt index: Int, times: inout StageTimes) -> WordBinaryReader.Conversion? {
        guard files.indices.contains(index), Self.isLinkable(files[index]) else { return nil }
        condition.lock()
        if let batch = batchOfFile[index] {
            while batches[batch]?.results == nil { condition.wait() }
            let result = take(index, from: batch)
            condition.unlock()
            return result
        }
        let members = [index] + gather(after: index)
        guard members.count > 1 else {
            condition.unlock()
            return nil
        }
        let batch = nextBatch
        nextBatch += 1
        batches[batch] = Batch(remaining: members.count)
        for member in members { batchOfFile[member] = batch }
        condition.unlock()

        let started = ContinuousClock.now
        let results = convert(members)
        times[.parse] += Runner.seconds(ContinuousClock.now - started)

        condition.lock()
        batches[batch]?.results = results
        condition.broadcast()
        let result = take(index, from: batch)
        condition.unlock()
        return result
    }

    /// The member's result, forgotten once taken; the batch goes with its last member.
    /// Called with the lock held.
    private func take(_ index: Int, from batch: Int) -> WordBinaryReader.Conversion? {
        batchOfFile[index] = nil
        guard var held = batches[batch] else { return nil }
        let result = held.results?.removeValue(forKey: index)
        held.remaining -= 1
        batches[batch] = held.remaining > 0 ? held : nil
        return result
    }

    /// The next `.doc` files after `index` that no batch holds. Called with the lock held.
    private func gather(after index: Int) -> [Int] {
        var members: [Int] = []
        var candidate = max(index + 1, searchedUpTo)
        let end = min(files.count, index + 1 + Self.lookAhead)
        while candidate < end, members.count < Self.batchSize - 1 {
            if batchOfFile[candidate] == nil, isWordDocument(files[candidate]) { members.append(candidate) }
            candidate += 1
        }
        searchedUpTo = max(searchedUpTo, candidate)
        return members
    }

    /// Files on disk, read by path (not standard input, nor a WARC record).
    private static func isLinkable(_ file: SourceFile) -> Bool {
        file.problem == nil && file.archived == nil && !file.isStandardInput
    }

    /// A regular file within the size limit that opens with the OLE2 signature.
    private func isWordDocument(_ file: SourceFile) -> Bool {
        guard Self.isLinkable(file), case .success(let status) = file.location.status(),
              status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= maxBytes else { return false }
        let descriptor = file.location.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 8)
        return Foundation.read(descriptor, &head, head.count) == head.count && OfficeReader.isCompoundFile(head)
    }

    /// One LibreOffice call on `members`: each one's .docx, or nothing for the ones to convert alone.
    private func convert(_ members: [Int]) -> [Int: WordBinaryReader.Conversion] {
        guard let scratch = try? ScratchFolder() else { return [:] }
        defer { scratch.remove() }
        let output = scratch.file("docx")
        var inputs: [(member: Int, name: String)] = []
        for (place, member) in members.enumerated() {
            let link = scratch.file("\(place).doc")
            let target = files[member].location.absolute(in: currentDirectory)
            let made = target.withCString { target in link.path.withCString { symlink(target, $0) } }
            if made == 0 { inputs.append((member, "\(place)")) }
        }
        guard inputs.count > 1 else { return [:] }
        let arguments = WordBinaryReader.conversionArguments(inputs.map { scratch.file("\($0.name).doc").path },
                                                            into: output.path, profile: scratch.file("profile"))
        // LibreOffice's own temporary files go in the scratch folder too: a call stopped by the
        // budget leaves them behind.
        let ended = ExternalTool.run(tool, package: "libreoffice-writer-nogui", arguments, environment: ["TMPDIR": scratch.url.path],
                                     deadline: Deadline(after: budget, cancellation: cancellation))
        let ranToTheEnd = if case .success = ended { true } else { false }
        var results: [Int: WordBinaryReader.Conversion] = [:]
        for input in inputs {
            let docx = (try? Data(contentsOf: output.appendingPathComponent("\(input.name).docx"))).map { [UInt8]($0) }
            if let docx, ranToTheEnd || Self.isWholeZIP(docx) {
                results[input.member] = .docx(docx)
            } else if ranToTheEnd {
                results[input.member] = .notConverted
            }
        }
        return results
    }

    /// True when a ZIP archive's end record is in its last bytes: a file that LibreOffice was
    /// stopped while writing has none.
    static func isWholeZIP(_ bytes: [UInt8]) -> Bool {
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard bytes.count >= 22 else { return false }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var start = bytes.count - 22
        while start >= lowest {
            if bytes[start] == 0x50, Array(bytes[start..<(start + 4)]) == signature { return true }
            start -= 1
        }
        return false
    }
}

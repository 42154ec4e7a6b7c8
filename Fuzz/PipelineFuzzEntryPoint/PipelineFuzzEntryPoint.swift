import FuzzEntryPoints
import Foundation
import Pipeline

/// The document target's code, shared with the replay test: the bytes of one file through
/// `DocumentProcessor.process`, as `baocao extract` reads it.
public enum PipelineFuzzEntryPoint {
    static let processor = DocumentProcessor()

    /// First byte: HTML or plain text and the declared charset (``FuzzEntryPoints/Selected``).
    /// A record must have NFC text that is not empty, its mentions inside it, and a valid date.
    public static func document(_ input: [UInt8]) -> [String] {
        let selected = FuzzEntryPoints.Selected(input)
        let result = processor.process(selected.bytes, uri: "fuzz", mediaType: selected.isHTML ? .html : .text,
                                       declaredCharset: selected.declaredCharset)
        guard case .success(let record) = result else { return [] }
        var violations: [String] = []
        if record.text.isEmpty { violations.append("record with empty text") }
        if Array(record.text.precomposedStringWithCanonicalMapping.unicodeScalars) != Array(record.text.unicodeScalars) {
            violations.append("record text is not NFC")
        }
        violations += FuzzEntryPoints.factViolations(record.facts, text: record.text)
        violations += FuzzEntryPoints.publishedViolations(record.published)
        return violations
    }
}

import PipelineFuzzEntryPoint

/// libFuzzer's entry point (built with `scripts/fuzz`, which passes `-parse-as-library` so that
/// libFuzzer's `main` runs); a contract violation stops the run like a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let violations = PipelineFuzzEntryPoint.document(Array(UnsafeBufferPointer(start: data, count: size)))
    if let first = violations.first { fatalError(first) }
    return 0
}

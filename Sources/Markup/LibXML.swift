internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxml2 version the module was built against.
public let libxml2Version = LIBXML_DOTTED_VERSION

/// One-time libxml2 set-up and per-thread silencing of its error output.
enum LibXML {
    private static let initialized: Bool = {
        xmlInitParser()
        xmlThrDefSetStructuredErrorFunc(nil) { _, _ in }
        return true
    }()

    /// Initialises the library once and installs a no-op structured error handler on the
    /// calling thread (libxml2 keeps handlers per thread), so nothing reaches stderr.
    static func prepareThread() {
        _ = initialized
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Frees a string libxml2 allocated (the default allocator is malloc; this package never replaces it).
    static func release(_ pointer: UnsafeMutablePointer<xmlChar>) {
        free(pointer)
    }
}

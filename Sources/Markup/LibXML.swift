internal import CLibXML2
internal import CLibXMLArena

/// libxml2 version the module was built against.
public let libxml2Version = LIBXML_DOTTED_VERSION

/// libxml2 version of the library loaded at run time (`xmlParserVersion`, e.g. "21004" for 2.10.4), dotted.
public var libxml2RuntimeVersion: String {
    guard let raw = __xmlParserVersion()?.pointee, let number = Int(String(cString: raw)) else { return "unknown" }
    return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
}

/// One-time libxml2 set-up, per-thread silencing of its error output, and the arenas
/// parsed trees are allocated in.
enum LibXML {
    /// True when libxml2 allocates through the arena functions (`CLibXMLArena`); false when
    /// the address range could not be reserved and libxml2 keeps the C library's malloc.
    static let usesArenas: Bool = {
        guard baocao_arena_reserve() != 0 else { return false }
        return xmlMemSetup(baocao_arena_free, baocao_arena_malloc, baocao_arena_realloc, baocao_arena_strdup) == 0
    }()

    private static let initialized: Bool = {
        _ = usesArenas
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

    /// Frees a string libxml2 allocated (with or without arenas installed, this is the
    /// function `xmlFree` points to, or one that frees the same way).
    static func release(_ pointer: UnsafeMutablePointer<xmlChar>) {
        baocao_arena_free(pointer)
    }

    /// Runs `body` (one libxml2 call that builds a tree) with the calling thread's
    /// allocations going to a new arena, and returns the arena with the result. The caller
    /// releases the arena with ``releaseArena(_:)`` after the tree is freed. Without
    /// arenas, or when one is already open on this thread, the arena is nil and libxml2
    /// allocates as usual.
    ///
    /// Past `limit` bytes the arena takes no more chunks: libxml2's later allocations go to
    /// malloc, where its frees work (an arena never frees a block), so a page that makes
    /// libxml2 allocate and free over and over does not keep all it ever allocated.
    static func inArena<Result>(limit: Int? = nil, _ body: () -> Result) -> (Result, OpaquePointer?) {
        _ = initialized
        guard usesArenas, let arena = baocao_arena_open() else { return (body(), nil) }
        if let limit { baocao_arena_limit(arena, limit) }
        defer { baocao_arena_close() }
        let result = body()
        // The thread's last-error record holds strings allocated in the arena.
        xmlResetLastError()
        return (result, arena)
    }

    /// Arena bytes allowed for parsing `bytes` of input: four times the page, and 4 MB more
    /// for a small one. Past that, libxml2's allocations go to malloc and its frees work:
    /// a 30 MB page of bare "&#" made it allocate and free an error message 15 million
    /// times, and the arena kept 8 GB of them (now 340 MB peak, 11x the page, at 8x).
    static func arenaLimit(forInput bytes: Int) -> Int {
        4 * bytes + (4 << 20)
    }

    /// Frees a tree built by ``inArena(_:)`` and gives its arena back. When every block of
    /// the tree is in the arena, the arena goes back whole without a walk over the nodes.
    static func freeDocument(_ document: xmlDocPtr, arena: OpaquePointer?) {
        if let arena, baocao_arena_is_self_contained(arena) != 0 {
            baocao_arena_release(arena)
            return
        }
        xmlFreeDoc(document)
        if let arena { baocao_arena_release(arena) }
    }

    /// Gives back the arena of a call that built no tree.
    static func releaseArena(_ arena: OpaquePointer?) {
        if let arena { baocao_arena_release(arena) }
    }
}

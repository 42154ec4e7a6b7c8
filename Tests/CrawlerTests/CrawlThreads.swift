import Testing
import TestSupport

/// Runs each test of a suite with ``DedicatedThreads/crawls`` as its task executor: its
/// in-process crawls, fetches and fake-portal requests (and every child task of theirs) run
/// on those threads, so a fetch's timeout cannot pass while the cooperative pool, which other
/// tests may hold, has no thread for the crawl.
struct CrawlThreads: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?,
                      performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(DedicatedThreads.crawls) { try await function() }
    }
}

extension Trait where Self == CrawlThreads {
    /// Runs the suite's tests on the crawl tests' own threads.
    static var crawlThreads: Self { Self() }
}

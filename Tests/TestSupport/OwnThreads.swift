import Foundation

/// Runs `body` on a thread of its own and hands its result to the awaiting task. A test that
/// waits for a child process, or sleeps, there holds that thread and not one of Swift's
/// cooperative pool, which has one thread per core (two on CI) that every test running
/// alongside needs, in-process crawls among them.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}

/// Runs `body`, which cannot throw, on a thread of its own (see the throwing version).
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: body()) }.start()
    }
}

/// A task executor with threads of its own, for tests whose timing must not depend on what
/// other tests do with the cooperative pool: a crawl run in the test process under
/// `withTaskExecutorPreference(DedicatedThreads.crawls)` keeps fetching while tests running
/// alongside hold every thread of the pool (a blocking call in a synchronous test does, as
/// Swift Testing runs those on the pool too). The threads live as long as the process.
public final class DedicatedThreads: TaskExecutor, @unchecked Sendable {
    /// Shared by the crawler suites: four threads, more than the crawls of a two-core
    /// machine's parallel tests keep busy.
    public static let crawls = DedicatedThreads(count: 4, name: "test-crawls")

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var next = 0

    public init(count: Int, name: String) {
        for index in 0..<count {
            let thread = Thread { [self] in work() }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next > 1024, next * 2 > jobs.count {
                jobs.removeFirst(next)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

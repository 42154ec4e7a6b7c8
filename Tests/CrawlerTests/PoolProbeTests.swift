import Foundation
import Testing
import TestSupport

/// A measurement, run on request (`BAOCAO_POOL_PROBE=1`: it holds the threads of the
/// cooperative pool for ten seconds, which would slow the tests running alongside). While
/// one child process per core runs for ten seconds, a crawl of the fake portal runs in this
/// process: with the waits for the children blocking threads of the pool (as the tests'
/// waits did), and with the waits of ``ChildProcess/run(_:_:in:environment:standardInput:)``
/// (on threads of their own); each with the crawl on the pool and on ``DedicatedThreads/crawls``.
/// Prints each crawl's time and failed pages. The crawl's timed waits (the retry's backoff)
/// are woken by the pool whatever executor the crawl prefers, so a held pool delays even a
/// crawl on its own threads: the waits must not hold the pool.
@Suite struct PoolProbeTests {
    static let enabled = ProcessInfo.processInfo.environment["BAOCAO_POOL_PROBE"] == "1"

    @Test(.enabled(if: enabled, "a measurement: BAOCAO_POOL_PROBE=1"))
    func aCrawlGoesOnWhileTestsWaitForChildProcesses() async throws {
        // The probe itself runs on threads of its own, so that the pool holds only the
        // children's waits and, when asked for, the crawl.
        try await withTaskExecutorPreference(DedicatedThreads(count: 1, name: "pool-probe")) { try await measure() }
    }

    func measure() async throws {
        let hold = 10.0
        let width = ProcessInfo.processInfo.activeProcessorCount
        let sleep = URL(fileURLWithPath: "/bin/sleep")
        for blocking in [true, false] {
            for dedicated in [false, true] {
                let fixture = try CrawlFixture()
                defer { fixture.remove() }
                let path = try fixture.write(portals: [fixture.cleanPortal], timeout: "3s")
                let holders = (0..<width).map { _ in
                    Task.detached {
                        if blocking {
                            _ = try? ChildProcess.runBlocking(sleep, [String(hold)])
                        } else {
                            _ = try? await ChildProcess.run(sleep, [String(hold)])
                        }
                    }
                }
                await onOwnThread { usleep(300_000) }
                let start = ContinuousClock.now
                let run: @Sendable () async throws -> (Double, Int) = {
                    let summary = try await fixture.crawl(path)
                    let elapsed = ContinuousClock.now - start
                    return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                            summary.portals.map(\.failed).reduce(0, +))
                }
                let (elapsed, failed) = try await withTaskExecutorPreference(dedicated ? DedicatedThreads.crawls : globalConcurrentExecutor) {
                    try await run()
                }
                for holder in holders { await holder.value }
                print("pool probe: \(width) children waited for \(blocking ? "blocking the pool" : "on threads of their own"), "
                      + "crawl \(dedicated ? "on its own threads" : "on the pool"): \(String(format: "%.2f", elapsed)) s, \(failed) failed pages")
                if !blocking {
                    #expect(elapsed < hold, "a crawl waited for children that hold no thread of the pool")
                    #expect(failed == 0)
                }
            }
        }
    }
}

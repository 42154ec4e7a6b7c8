import Testing
@testable import Crawler

@Suite(.crawlThreads) struct HostGateTests {
    /// When each holder was granted the slot of a host (the gate's instant) and gave it back.
    actor Timeline {
        var spans: [(start: ContinuousClock.Instant, end: ContinuousClock.Instant)] = []
        func add(_ start: ContinuousClock.Instant, _ end: ContinuousClock.Instant) { spans.append((start, end)) }
    }

    @Test func oneAtATimeAndStartsSpacedByTheDelay() async {
        let gate = HostGate(concurrency: 1)
        let timeline = Timeline()
        let clock = ContinuousClock()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<5 {
                group.addTask {
                    let start = await gate.acquire("a.vn", delay: .milliseconds(20))
                    await Task.yield()
                    let end = clock.now
                    await timeline.add(start, end)
                    await gate.release("a.vn")
                }
            }
        }
        let spans = await timeline.spans.sorted { $0.start < $1.start }
        #expect(spans.count == 5)
        for (earlier, later) in zip(spans, spans.dropFirst()) {
            #expect(later.start >= earlier.end)
            #expect(later.start - earlier.start >= .milliseconds(20))
        }
    }

    @Test func otherHostsDoNotWait() async {
        let gate = HostGate(concurrency: 1)
        await gate.acquire("a.vn", delay: .seconds(3600))
        await gate.acquire("b.vn", delay: .seconds(3600))
        await gate.release("a.vn")
        await gate.release("b.vn")
    }
}

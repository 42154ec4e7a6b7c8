/// Per-host politeness: at most `concurrency` requests in flight to a host, and request
/// starts at least `delay` apart.
actor HostGate {
    private struct HostState {
        var active = 0
        var nextStart: ContinuousClock.Instant?
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let concurrency: Int
    private var hosts: [String: HostState] = [:]
    private let clock = ContinuousClock()

    init(concurrency: Int) {
        self.concurrency = max(1, concurrency)
    }

    /// Waits for a free slot on `host` and for `delay` since the last start there; returns
    /// the instant the slot was granted.
    @discardableResult
    func acquire(_ host: String, delay: Duration) async -> ContinuousClock.Instant {
        while true {
            let state = hosts[host, default: HostState()]
            if state.active >= concurrency {
                await withCheckedContinuation { continuation in
                    hosts[host, default: HostState()].waiters.append(continuation)
                }
                continue
            }
            let now = clock.now
            if let next = state.nextStart, next > now {
                try? await Task.sleep(until: next, clock: clock)
                continue
            }
            hosts[host, default: HostState()].active += 1
            hosts[host, default: HostState()].nextStart = now + delay
            return now
        }
    }

    func release(_ host: String) {
        hosts[host, default: HostState()].active -= 1
        if !(hosts[host]?.waiters.isEmpty ?? true), let waiter = hosts[host]?.waiters.removeFirst() {
            waiter.resume()
        }
    }
}

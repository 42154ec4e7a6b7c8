import Foundation
import VietnameseText

/// The inputs of a run from a list, handed out one at a time to whichever worker asks.
final class ListSource: @unchecked Sendable {
    private let files: [SourceFile]
    private var index: Int
    private let lock = NSLock()

    init(_ files: [SourceFile], from start: Int) {
        self.files = files
        index = min(max(0, start), files.count)
    }

    /// The next file and its place in the list.
    func next() -> (index: Int, file: SourceFile)? {
        lock.lock()
        defer { lock.unlock() }
        guard index < files.count else { return nil }
        index += 1
        return (index - 1, files[index - 1])
    }
}

/// A bounded streaming pipeline: `workers` threads pull inputs from `next` and process them
/// as soon as they are free; the consumer takes the outcomes in input order. At most
/// `window` inputs are claimed but not yet taken, so a slow document stalls the workers
/// only once the window behind it is full, and memory holds `window` outcomes at most.
final class OrderedQueue<Input>: @unchecked Sendable {
    /// What the consumer gets next.
    enum Taken {
        case outcome(Runner.Outcome)
        /// Nothing ready yet (only when not waiting).
        case notReady
        /// Every input was processed and taken.
        case finished
        /// Stopped before the end: by `shouldStop`, cancellation, or a cut input source.
        case interrupted
    }

    private enum Slot {
        case empty
        case done(Runner.Outcome)
        case cancelled
    }

    private let window: Int
    private let next: @Sendable () -> Input?
    private let work: @Sendable (Input) -> Runner.Outcome?
    private let cancellation: Cancellation?
    /// Guards the state below; workers and the consumer wait on it.
    private let condition = NSCondition()
    /// One worker at a time asks `next` (it may block on a pipe).
    private let sourceLock = NSLock()
    private var slots: [Slot]
    /// Inputs claimed so far, and taken by the consumer so far.
    private var claimed = 0
    private var taken = 0
    private var exhausted = false
    private var stopping = false

    init(window: Int, next: @escaping @Sendable () -> Input?, work: @escaping @Sendable (Input) -> Runner.Outcome?,
         cancellation: Cancellation?) {
        self.window = max(1, window)
        self.next = next
        self.work = work
        self.cancellation = cancellation
        slots = Array(repeating: .empty, count: self.window)
    }

    func start(workers: Int) {
        for _ in 0..<max(1, workers) {
            let thread = Thread { [self] in workLoop() }
            // As the main thread's: deep documents recurse in the parser and the extractors.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Makes the workers stop claiming inputs; those in work finish on their own.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    private var isCancelled: Bool { cancellation?.isCancelled == true }

    private func workLoop() {
        while true {
            sourceLock.lock()
            condition.lock()
            while !stopping, !exhausted, claimed - taken >= window {
                _ = condition.wait(until: Date(timeIntervalSinceNow: 0.1))
                if isCancelled { stopping = true }
            }
            if stopping || exhausted || isCancelled {
                condition.unlock()
                sourceLock.unlock()
                return
            }
            condition.unlock()
            let input = next()
            condition.lock()
            guard let input else {
                exhausted = true
                condition.broadcast()
                condition.unlock()
                sourceLock.unlock()
                return
            }
            let index = claimed
            claimed += 1
            condition.unlock()
            sourceLock.unlock()

            let outcome = work(input)
            condition.lock()
            slots[index % window] = outcome.map(Slot.done) ?? .cancelled
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next outcome in input order. With `waiting`, blocks until it is ready or the run
    /// ends; `shouldStop` (asked meanwhile) stops new claims, and the run ends after the
    /// inputs in work.
    func take(waiting: Bool, shouldStop: () -> Bool = { false }) -> Taken {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let slot = taken < claimed ? slots[taken % window] : .empty
            switch slot {
            case .done(let outcome):
                slots[taken % window] = .empty
                taken += 1
                condition.broadcast()
                return .outcome(outcome)
            case .cancelled:
                stopping = true
                condition.broadcast()
                return .interrupted
            case .empty:
                if taken == claimed && (exhausted || stopping) {
                    return stopping || (exhausted && isCancelled) ? .interrupted : .finished
                }
            }
            if !stopping && (isCancelled || shouldStop()) {
                stopping = true
                condition.broadcast()
                continue
            }
            guard waiting else { return .notReady }
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.1))
        }
    }
}

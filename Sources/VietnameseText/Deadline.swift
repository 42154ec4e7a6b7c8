import Foundation

/// When work on one document must stop: a point on the monotonic clock, a cancellation
/// that a signal can trigger, both or neither. Passed down into the stages as a value, so
/// rule code reads no clock of its own; a loop asks a ``DeadlineCheck`` every so many
/// iterations and, once the deadline has passed, gives up with what it has. The caller
/// then discards that partial work (see ``hasPassed``).
public struct Deadline: Sendable {
    /// The instant after which work stops; nil for no time limit.
    public let instant: ContinuousClock.Instant?
    /// Stops the work early when cancelled (SIGINT, SIGTERM); nil for none.
    public let cancellation: Cancellation?

    /// A deadline that never passes.
    public static let never = Deadline(instant: nil, cancellation: nil)

    public init(instant: ContinuousClock.Instant?, cancellation: Cancellation? = nil) {
        self.instant = instant
        self.cancellation = cancellation
    }

    /// A deadline `budget` from now (none when `budget` is nil).
    public init(after budget: Duration?, cancellation: Cancellation? = nil) {
        self.init(instant: budget.map { ContinuousClock.now + $0 }, cancellation: cancellation)
    }

    /// True when neither a time limit nor a cancellation can stop the work.
    public var isNever: Bool { instant == nil && cancellation == nil }

    /// True once the instant is past or the work was cancelled; reads the clock.
    public var hasPassed: Bool {
        if let cancellation, cancellation.isCancelled { return true }
        guard let instant else { return false }
        return ContinuousClock.now >= instant
    }

    /// True when the work was cancelled (rather than out of time).
    public var isCancelled: Bool { cancellation?.isCancelled ?? false }
}

/// A flag set once, from any thread, to stop work in progress.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    /// Stops every piece of work holding this cancellation at its next check.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}

/// Asks a ``Deadline`` only every `stride` calls, so a loop can check on every iteration
/// at the cost of a decrement. Once passed, it stays passed.
public struct DeadlineCheck {
    public let deadline: Deadline
    private let stride: Int
    private var countdown: Int
    public private(set) var passed = false

    public init(_ deadline: Deadline, every stride: Int = 1024) {
        self.deadline = deadline
        self.stride = max(1, stride)
        countdown = deadline.isNever ? Int.max : self.stride
    }

    /// True when the deadline has passed, as of the last time it was asked.
    public mutating func hasPassed(cost: Int = 1) -> Bool {
        if passed { return true }
        countdown -= cost
        guard countdown <= 0 else { return false }
        countdown = stride
        passed = deadline.hasPassed
        return passed
    }
}

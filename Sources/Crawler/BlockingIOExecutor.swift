import Dispatch

/// Runs an actor's jobs one at a time on a dispatch queue of its own instead of Swift's
/// cooperative thread pool, which has one thread per core: for actors whose methods call
/// blocking database and file code, so a slow PostgreSQL round trip holds this queue's
/// thread and not a thread the fetches and parses need.
final class BlockingIOExecutor: SerialExecutor {
    private let queue: DispatchQueue
    private static let marker = DispatchSpecificKey<ObjectIdentifier>()

    init(label: String) {
        queue = DispatchQueue(label: label)
        queue.setSpecific(key: Self.marker, value: ObjectIdentifier(self))
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// True when called from a job this executor runs.
    var isCurrent: Bool { DispatchQueue.getSpecific(key: Self.marker) == ObjectIdentifier(self) }

    func checkIsolated() {
        precondition(isCurrent, "not on the executor's queue")
    }
}

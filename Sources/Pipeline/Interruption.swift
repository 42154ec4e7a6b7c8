import Dispatch
import Foundation

/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a request to stop after the current
/// batch, so the run checkpoints and can be resumed; a second signal ends the process.
public final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []

    public init() {}

    /// Starts listening for SIGINT and SIGTERM.
    public func install() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                if self.isRequested {
                    signal(signalNumber, SIG_DFL)
                    kill(getpid(), signalNumber)
                }
                self.lock.lock()
                self.requested = true
                self.lock.unlock()
                FileHandle.standardError.write(Data("\nbaocao: stopping after the current batch (again to quit now)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }

    public var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}

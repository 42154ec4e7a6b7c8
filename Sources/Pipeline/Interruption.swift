import Dispatch
import Foundation
import VietnameseText

/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a request to stop: the documents in
/// work are cut at their next deadline check (see ``cancellation``) and the run checkpoints
/// after the last one finished, so it can be resumed; a second signal ends the process.
public final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []
    /// Cancelled by the first signal; hand it to the ``Runner``.
    public let cancellation = Cancellation()

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
                self.received = self.received ?? signalNumber
                self.lock.unlock()
                self.cancellation.cancel()
                FileHandle.standardError.write(Data("\nbaocao: stopping (again to quit now)\n".utf8))
            }
            source.resume()
            sources.append(source)
        }
    }

    public var isRequested: Bool { receivedSignal != nil }

    /// The signal that requested the stop, if one did.
    public var receivedSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }
}

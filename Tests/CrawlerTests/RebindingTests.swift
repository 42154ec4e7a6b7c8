import Foundation
import Logging
import Testing
@testable import Crawler

/// DNS rebinding and redirects to internal addresses, against the loopback fake portal
/// reached through a name of this machine that the system resolves to 127.0.0.1.
@Suite(.crawlThreads) struct RebindingTests {
    /// This machine's host name when the system resolves it to 127.0.0.1 (as /etc/hosts
    /// usually says), else nil and the tests are skipped.
    static let loopbackName: String? = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return nil }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).lowercased()
        guard !name.isEmpty, name != "localhost", CrawlURL.resolve(name).first == IPAddress("127.0.0.1") else { return nil }
        return name
    }()

    /// Counts calls from any thread.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.withLock { defer { count += 1 }; return count } }
        var value: Int { lock.withLock { count } }
    }

    static func settings() -> CrawlSettings {
        var settings = CrawlSettings(registry: "unused")
        // Generous: the loopback portal answers at once, but a loaded test machine may not.
        settings.timeout = .seconds(20)
        settings.retries = 0
        settings.perHostDelay = .zero
        return settings
    }

    /// The resolver answers a public address first and 127.0.0.1 afterwards: the guard
    /// passes the public one, and the connection goes to it, never to the loopback portal.
    @Test(.enabled(if: loopbackName != nil, "this machine's host name does not resolve to 127.0.0.1"))
    func theAddressCheckedIsTheAddressConnectedTo() async throws {
        let name = try #require(Self.loopbackName)
        let portal = try FakePortal()
        let calls = Counter()
        let fetcher = PageFetcher(settings: Self.settings(), logger: Logger(label: "rebinding"), resolve: { _ in
            calls.next() == 0 ? [.v4([192, 0, 32, 10])] : [.v4([127, 0, 0, 1])]
        })
        let url = try #require(URL(string: "http://\(name):\(portal.port)/bai-viet/hoc-tap.html"))
        let result = await fetcher.fetch(url, scope: HostScope(hosts: [name]))
        await fetcher.shutdown()
        guard case .failed(let failure) = result else {
            Issue.record("fetched from a rebound address: \(result)")
            return
        }
        #expect([.network, .timeout, .robots].contains(failure.kind), "\(failure)")
        #expect(calls.value == 1, "the name was resolved \(calls.value) times")
        #expect(try await portal.log().isEmpty)
    }

    /// The same resolver answering loopback from the start: refused before any request.
    @Test(.enabled(if: loopbackName != nil, "this machine's host name does not resolve to 127.0.0.1"))
    func aNameResolvingToLoopbackIsRefused() async throws {
        let name = try #require(Self.loopbackName)
        let portal = try FakePortal()
        let fetcher = PageFetcher(settings: Self.settings(), logger: Logger(label: "rebinding"), resolve: { _ in [.v4([127, 0, 0, 1])] })
        let url = try #require(URL(string: "http://\(name):\(portal.port)/bai-viet/hoc-tap.html"))
        let result = await fetcher.fetch(url, scope: HostScope(hosts: [name]))
        await fetcher.shutdown()
        guard case .failed(let failure) = result else {
            Issue.record("fetched: \(result)")
            return
        }
        #expect(failure.kind == .privateAddress)
        #expect(try await portal.log().isEmpty)
    }

    /// A portal allowed on its internal name redirects to another of its hosts that is
    /// loopback and not allowed: the hop is checked again and refused.
    @Test(.enabled(if: loopbackName != nil, "this machine's host name does not resolve to 127.0.0.1"))
    func aRedirectToAnInternalAddressIsRefused() async throws {
        let name = try #require(Self.loopbackName)
        let portal = try FakePortal()
        var settings = Self.settings()
        // A time-out here would hide the refusal, and this fetch runs on the tests' cooperative
        // pool, which tests waiting on child processes may hold for long.
        settings.timeout = .seconds(120)
        settings.privateAddresses = .hosts([name])
        let fetcher = PageFetcher(settings: settings, logger: Logger(label: "rebinding"))
        let url = try #require(URL(string: "http://\(name):\(portal.port)/loi/chuyen.html"))
        let result = await fetcher.fetch(url, scope: HostScope(hosts: [name, "localhost"]))
        await fetcher.shutdown()
        guard case .failed(let failure) = result else {
            Issue.record("followed the redirect: \(result)")
            return
        }
        #expect(failure.kind == .privateAddress, "\(failure)")
        #expect(failure.message.contains("HTTP 302 redirect to http://localhost:\(portal.port)/bai-viet/hoc-tap.html"))
        let log = try await portal.log()
        #expect(log.contains { $0.path == "/loi/chuyen.html" && $0.status == 302 })
        #expect(!log.contains { $0.path == "/bai-viet/hoc-tap.html" })
    }
}

import Foundation
import NIOHTTP1
import WARC

/// The night's page archive: every exchange of the crawl as a `request` and a `response`
/// record (linked by `WARC-Concurrent-To`) in one `.warc.gz`, written through a `.partial`.
///
/// The body is kept as the crawler received it after content decoding, so the headers that
/// describe the wire form (`Content-Encoding`, `Transfer-Encoding`, `Content-Length`) are kept
/// as `X-Archive-Orig-…` (pywb's convention) and `Content-Length` gives the body kept.
public actor WARCRecorder: ExchangeRecorder {
    private let writer: WARCWriter
    private var failure: WARCError?
    /// Where the archive goes once finished (it is written to `path.partial`).
    public nonisolated let path: String

    /// The `.warc.gz` of the night at `path`; `software` goes to the `warcinfo` record.
    public init(path: String, software: String) throws(WARCError) {
        self.path = path
        writer = try WARCWriter(path: path, info: [("software", software), ("format", "WARC File Format 1.1"),
                                                   ("conformsTo", "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/")])
    }

    public func record(_ exchange: Exchange) async {
        guard failure == nil else { return }
        let date = WARCRecord.date(exchange.date)
        let target = exchange.url.absoluteString
        var path = exchange.url.path.isEmpty ? "/" : exchange.url.path
        if let query = exchange.url.query { path += "?" + query }
        let host = exchange.url.host.map { host in exchange.url.port.map { "\(host):\($0)" } ?? host } ?? ""
        let request = HTTPMessage(startLine: "GET \(path) HTTP/1.1",
                                  headers: [("Host", host)] + exchange.requestHeaders, body: [])
        let reason = HTTPResponseStatus(statusCode: exchange.status).reasonPhrase
        let wireOnly: Set<String> = ["content-encoding", "transfer-encoding", "content-length"]
        var headers = exchange.responseHeaders.map { header in
            wireOnly.contains(header.name.lowercased()) ? (name: "X-Archive-Orig-" + header.name, value: header.value) : header
        }
        headers.append(("Content-Length", String(exchange.body.count)))
        let response = HTTPMessage(startLine: "HTTP/1.1 \(exchange.status) \(reason)", headers: headers, body: exchange.body)
        let requestID = WARCRecord.newID(), responseID = WARCRecord.newID()
        let responseBlock = response.serialized, requestBlock = request.serialized
        do {
            try writer.write(WARCRecord(fields: [
                ("WARC-Type", "response"), ("WARC-Record-ID", responseID), ("WARC-Date", date),
                ("WARC-Target-URI", target), ("Content-Type", "application/http; msgtype=response"),
                ("WARC-Block-Digest", WARCRecord.digest(responseBlock)),
                ("WARC-Payload-Digest", WARCRecord.digest(exchange.body)),
            ], block: responseBlock))
            try writer.write(WARCRecord(fields: [
                ("WARC-Type", "request"), ("WARC-Record-ID", requestID), ("WARC-Date", date),
                ("WARC-Target-URI", target), ("Content-Type", "application/http; msgtype=request"),
                ("WARC-Concurrent-To", responseID), ("WARC-Block-Digest", WARCRecord.digest(requestBlock)),
            ], block: requestBlock))
            exchanges += 1
        } catch {
            failure = error
        }
    }

    /// HTTP exchanges archived so far.
    public private(set) var exchanges = 0

    /// Ends the archive of a crawl that could not go on (its outputs locked by another run, a
    /// database failure): finished when it holds an exchange, removed when it holds none.
    public func abandon() {
        if exchanges == 0 { writer.discard() } else { try? writer.finish() }
    }

    /// Closes the archive and renames it into place; throws the first write failure of the night.
    public func finish() throws(WARCError) -> (records: Int, bytes: Int) {
        if let failure { throw failure }
        try writer.finish()
        return (writer.records, writer.size)
    }
}

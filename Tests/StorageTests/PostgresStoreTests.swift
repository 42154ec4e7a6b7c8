import Foundation
import Storage
import Testing

/// The loading contract and the PostgreSQL specifics, on the real server of
/// `BAOCAO_TEST_POSTGRES_URL`; each test in a schema of its own.
@Suite("PostgreSQL loading", .enabled(if: TestPostgres.isAvailable, TestPostgres.skipReason))
struct PostgresStoreTests {
    @Test func migrationsAreRecordedOnce() async throws { try await TestPostgres.inSchema(LoaderChecks.migrationsAreRecordedOnce) }
    @Test func loadsEveryListRow() async throws { try await TestPostgres.inSchema(LoaderChecks.loadsEveryListRow) }
    @Test func loadsTheSecondRoundColumns() async throws { try await TestPostgres.inSchema(LoaderChecks.loadsTheSecondRoundColumns) }
    @Test func keysAndSearchFoldVietnamese() async throws { try await TestPostgres.inSchema(LoaderChecks.keysAndSearchFoldVietnamese) }
    @Test func readsWholeRows() async throws { try await TestPostgres.inSchema(LoaderChecks.readsWholeRows) }
    @Test func loadingTwiceKeepsOneCopy() async throws { try await TestPostgres.inSchema(LoaderChecks.loadingTwiceKeepsOneCopy) }
    @Test func changedDocumentReplacesItsRows() async throws {
        try await TestPostgres.inSchema(LoaderChecks.changedDocumentReplacesItsRows)
    }
    @Test func sameBytesUnderAnotherNameAreOneDocument() async throws {
        try await TestPostgres.inSchema(LoaderChecks.sameBytesUnderAnotherNameAreOneDocument)
    }
    @Test func failedTransactionLeavesNothing() async throws { try await TestPostgres.inSchema(LoaderChecks.failedTransactionLeavesNothing) }
    @Test func jsonColumnsHoldJSON() async throws { try await TestPostgres.inSchema(LoaderChecks.jsonColumnsHoldJSON) }
    @Test func largeListsLoadWhole() async throws { try await TestPostgres.inSchema(LoaderChecks.largeListsLoadWhole) }
    @Test func innerTransactionRollsBackAlone() async throws {
        try await TestPostgres.inSchema(LoaderChecks.innerTransactionRollsBackAlone)
    }

    @Test func jsonColumnsAreJSONBForSQL() async throws {
        try await TestPostgres.inSchema { connection in
            try RecordLoader(connection: connection).load([RecordFixtures.record(uri: "file:a.txt", bytes: "a", figures: 3)])
            #expect(try connection.queryColumn("SELECT pg_typeof(authors)::text FROM documents", []) == ["jsonb"])
            #expect(try connection.queryColumn("SELECT authors->>0 FROM documents", []) == ["THỦY HÀ"])
            #expect(try connection.queryColumn("SELECT mentions->0->>'end' FROM directives", []) == ["8"])
            let starts = try connection.queryColumn(
                "SELECT (mentions->0->>'start')::int FROM figures WHERE mentions @> $1::jsonb ORDER BY ordinal",
                [.text(#"[{"start": 11}]"#)])
            #expect(starts == ["11"])
            #expect(try connection.queryColumn("SELECT jsonb_array_length(mentions) FROM figures", []) == ["1", "1", "1"])
        }
    }

    @Test func migratingAMigratedDatabaseAppliesNothing() async throws {
        let database = try await TestPostgres.inDatabase { url in
            let first = try PostgresConnection(url: url)
            #expect(try Migrations.migrate(first) == Migrations.all.map(\.version))
            try first.close()
            let second = try PostgresConnection(url: url)
            defer { try? second.close() }
            #expect(try Migrations.migrate(second).isEmpty)
            return try second.queryColumn("SELECT COUNT(*) FROM schema_migrations", [])
        }
        #expect(database == [String(Migrations.all.count)])
    }

    /// Two runs starting together on a new database, loading the same documents: both
    /// succeed, and each document is there once.
    @Test func concurrentRunsTakeTurns() async throws {
        let result = try await TestPostgres.inDatabase { url in
            let records = (0..<40).map { RecordFixtures.record(uri: "file:\($0).txt", bytes: "doc \($0)", figures: 3) }
            let group = DispatchGroup()
            let failures = FailureBox()
            for _ in 0..<4 {
                group.enter()
                Thread {
                    defer { group.leave() }
                    do {
                        let connection = try PostgresConnection(url: url)
                        defer { try? connection.close() }
                        let loader = try RecordLoader(connection: connection)
                        for chunk in stride(from: 0, to: records.count, by: 5) {
                            try loader.load(Array(records[chunk..<chunk + 5]))
                        }
                    } catch {
                        failures.add(String(describing: error))
                    }
                }.start()
            }
            group.wait()
            let check = try PostgresConnection(url: url)
            defer { try? check.close() }
            return (failures.all, try check.count("documents"), try check.count("figures"), try check.count("schema_migrations"))
        }
        #expect(result.0.isEmpty, "\(result.0)")
        #expect(result.1 == 40)
        #expect(result.2 == 120)
        #expect(result.3 == Migrations.all.count)
    }

    @Test func sinkLoadsIntoAPostgresURL() async throws {
        let counts = try await TestPostgres.inDatabase { url in
            let sink = try DatabaseSink(url: DatabaseURL(url), batchSize: 2)
            for name in ["a", "b", "c"] { try sink.write(RecordFixtures.record(uri: "file:\(name).txt", bytes: name)) }
            try sink.write(RecordFixtures.record(uri: "file:a.txt", bytes: "a"))
            try sink.close()
            let check = try PostgresConnection(url: url)
            defer { try? check.close() }
            return (sink.counts, try check.count("documents"), try check.count("figures"))
        }
        #expect(counts.0 == LoadCounts(inserted: 3, unchanged: 1))
        #expect(counts.1 == 3)
        #expect(counts.2 == 6)
    }

    @Test func valuesAreBoundNotSpliced() async throws {
        try await TestPostgres.inSchema { connection in
            try RecordLoader(connection: connection).load([RecordFixtures.record(uri: "file:a'); DROP TABLE documents; --", bytes: "a")])
            #expect(try connection.queryColumn("SELECT uri FROM documents WHERE uri = $1", [.text("file:a'); DROP TABLE documents; --")])
                == ["file:a'); DROP TABLE documents; --"])
            #expect(try connection.queryColumn("SELECT $1::text IS NULL", [.null]) == ["true"])
        }
    }

    @Test(arguments: [
        ("SELECT 7::smallint", "7"), ("SELECT 70000::integer", "70000"), ("SELECT 9000000000::bigint", "9000000000"),
        ("SELECT 1.5::double precision", "1.5"), ("SELECT 2.25::real", "2.25"), ("SELECT 12.50::numeric", "12.5"),
        ("SELECT true", "true"), ("SELECT 'mô hình'::varchar", "mô hình"), (#"SELECT '{"a": [1, 2]}'::jsonb"#, #"{"a": [1, 2]}"#),
        ("SELECT COUNT(*) FROM (VALUES (1), (2)) AS v (n)", "2"),
    ])
    func columnsReadAsText(sql: String, expected: String) async throws {
        let value = try await TestPostgres.inSchema { connection in try connection.queryColumn(sql, []) }
        #expect(value == [expected])
    }

    @Test func nullReadsAsNil() async throws {
        let value = try await TestPostgres.inSchema { connection in try connection.queryColumn("SELECT NULL::text", []) }
        #expect(value == [nil])
    }

    @Test func typesWithoutATextFormAskForACast() async throws {
        let message = try await TestPostgres.inSchema { connection in
            TestPostgres.storageError { () throws(StorageError) in _ = try connection.queryColumn("SELECT now() AS at", []) }?.description ?? "no error"
        }
        #expect(message == "database statement failed: column at has type TIMESTAMPTZ, which is not read as text; cast it with ::text (in: SELECT now() AS at)")
    }

    /// A statement that fails inside a transaction aborts it in PostgreSQL, even when the
    /// caller swallows the error: the commit must then fail, not report success.
    @Test func commitOfAnAbortedTransactionFails() async throws {
        let outcome = try await TestPostgres.inSchema { connection in
            let loader = try RecordLoader(connection: connection)
            let error = TestPostgres.storageError { () throws(StorageError) in
                try connection.transaction { () throws(StorageError) in
                    try loader.load([RecordFixtures.record(uri: "file:a.txt", bytes: "a")])
                    _ = try? connection.execute("INSERT INTO no_such_table VALUES (1)", [])
                }
            }
            return (error?.description, try connection.count("documents"))
        }
        #expect(outcome.0 == "database statement failed: the transaction was rolled back by the server (ROLLBACK) (in: COMMIT)")
        #expect(outcome.1 == 0)
    }

    @Test func serverErrorsCarryTheServersMessage() async throws {
        let message = try await TestPostgres.inSchema { connection in
            TestPostgres.storageError { () throws(StorageError) in try connection.execute("SELECT * FROM no_such_table", []) }?.description ?? "no error"
        }
        #expect(message == #"database statement failed: relation "no_such_table" does not exist (in: SELECT * FROM no_such_table)"#)
    }

    @Test func unknownDatabaseIsACannotOpenError() async throws {
        let url = try TestPostgres.url(database: TestPostgres.newName())
        let error = try await TestPostgres.onOwnThread { () -> StorageError? in
            TestPostgres.storageError { () throws(StorageError) in try PostgresConnection(url: url).close() }
        }
        guard case .cannotOpen(_, let reason) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("database \"t_") && reason.hasSuffix("\" does not exist"), "\(reason)")
    }

    /// The throwaway server of `scripts/postgres-test-server` also listens on a Unix socket
    /// in its folder.
    @Test(.enabled(if: TestPostgres.environment["BAOCAO_TEST_POSTGRES_DIR"] != nil, "not the throwaway test server"))
    func connectsThroughAUnixSocket() async throws {
        let folder = try #require(TestPostgres.environment["BAOCAO_TEST_POSTGRES_DIR"])
        let tcp = try PostgresURL(try #require(TestPostgres.url))
        guard case .tcp(_, let port) = tcp.endpoint else {
            Issue.record("expected a TCP test URL")
            return
        }
        let socketURL = "postgres://\(tcp.user)@/\(tcp.database)?host=\(folder)&port=\(port)"
        let user = try await TestPostgres.onOwnThread {
            let connection = try PostgresConnection(url: socketURL)
            defer { try? connection.close() }
            return try connection.queryColumn("SELECT current_user || ' ' || COALESCE(inet_server_port()::text, 'socket')", [])
        }
        #expect(user == ["\(tcp.user) socket"])
    }

    /// `sslmode=require` against a server without TLS (as the throwaway test server is):
    /// refused, not silently in the clear.
    @Test func requiredTLSIsNotDroppedSilently() async throws {
        let url = try #require(TestPostgres.url)
        let outcome = try await TestPostgres.onOwnThread { () -> (ssl: String?, error: StorageError?) in
            let connection = try TestPostgres.connect()
            let ssl = try connection.queryColumn("SHOW ssl", []).first ?? nil
            try connection.close()
            let separator = url.contains("?") ? "&" : "?"
            return (ssl, TestPostgres.storageError { () throws(StorageError) in
                try PostgresConnection(url: url + separator + "sslmode=require").close()
            })
        }
        guard outcome.ssl == "off" else { return }
        guard case .cannotOpen(_, let reason) = outcome.error else {
            Issue.record("expected cannotOpen, got \(String(describing: outcome.error))")
            return
        }
        #expect(reason == "the server does not support TLS (use sslmode=disable)")
    }

    @Test func closedConnectionRefusesStatements() async throws {
        let error = try await TestPostgres.onOwnThread { () -> StorageError? in
            let connection = try TestPostgres.connect()
            try connection.close()
            try connection.close()
            return TestPostgres.storageError { () throws(StorageError) in try connection.execute("SELECT 1", []) }
        }
        #expect(error?.description.contains("closed") == true)
    }
}

/// Connection failures and URLs: no server needed.
@Suite("PostgreSQL connection errors")
struct PostgresConnectionErrorTests {
    /// `postgres://…` URLs that cannot be parsed, each a `badURL` error with the password hidden.
    @Test(arguments: [
        "postgres://u:s3cret@localhost:notaport/db", "postgres://u:s3cret@localhost:70000/db",
        "postgres://u:s3cret@[::1/db", "postgres://u:s3cret@localhost/db?sslmode=sometimes",
        "postgres://u:s3cret@localhost/db?frobnicate=1", "postgres://u:s3cret@localhost/db?connect_timeout=soon",
        "mysql://u:s3cret@localhost/db",
    ])
    func badURLs(url: String) {
        do throws(StorageError) {
            _ = try PostgresConnection(url: url)
            Issue.record("\(url) was accepted")
        } catch {
            guard case .badURL = error else {
                Issue.record("expected badURL, got \(error)")
                return
            }
            #expect(!error.description.contains("s3cret"), "\(error.description)")
        }
    }

    @Test(arguments: [
        ("postgres://u:p@db.example:6543/reports", .tcp(host: "db.example", port: 6543), "u", "p", "reports"),
        ("postgresql://u@localhost/baocao", .tcp(host: "localhost", port: 5432), "u", nil, "baocao"),
        ("postgres://u@[::1]:5433/x", .tcp(host: "::1", port: 5433), "u", nil, "x"),
        ("postgres://u%40corp:p%2Fw@h/d%20b", .tcp(host: "h", port: 5432), "u@corp", "p/w", "d b"),
        ("postgres://u@%2Fvar%2Frun%2Fpostgresql/db", .unixSocket(path: "/var/run/postgresql/.s.PGSQL.5432"), "u", nil, "db"),
        ("postgres://u@/db?host=/tmp/pg&port=5444", .unixSocket(path: "/tmp/pg/.s.PGSQL.5444"), "u", nil, "db"),
        ("postgres:///db?user=u", .unixSocket(path: "/var/run/postgresql/.s.PGSQL.5432"), "u", nil, "db"),
        ("postgres://u@h", .tcp(host: "h", port: 5432), "u", nil, "u"),
        ("postgres://h/db?user=a&password=b&dbname=c", .tcp(host: "h", port: 5432), "a", "b", "c"),
    ] as [(String, PostgresURL.Endpoint, String, String?, String)])
    func urls(text: String, endpoint: PostgresURL.Endpoint, user: String, password: String?, database: String) throws {
        let url = try PostgresURL(text)
        #expect(url.endpoint == endpoint)
        #expect(url.user == user)
        #expect(url.password == password)
        #expect(url.database == database)
        #expect(url.tls == .disable)
        #expect(url.connectTimeout == 5)
    }

    @Test func tlsAndTimeoutParameters() throws {
        let url = try PostgresURL("postgres://u@h/db?sslmode=require&connect_timeout=2")
        #expect(url.tls == .require)
        #expect(url.connectTimeout == 2)
    }

    @Test(arguments: [
        ("postgres://u:s3cret@h/db", "postgres://u:***@h/db"),
        ("postgres://u:p@ss:s3cret@h:5432/db", "postgres://u:***@h:5432/db"),
        ("postgres://u@h/db?sslmode=disable&password=s3cret", "postgres://u@h/db?sslmode=disable&password=***"),
        ("postgres://u@h/db", "postgres://u@h/db"),
    ])
    func redaction(url: String, expected: String) {
        #expect(DatabaseURL.postgres(url: url).redacted == expected)
    }

    /// A closed port: refused at once, a typed error whose message names the server
    /// without its password.
    @Test func refusedConnectionIsATypedError() async throws {
        let closed = try ClosedPort()
        defer { closed.close() }
        let port = closed.port
        let error = try await TestPostgres.onOwnThread { () -> StorageError? in
            TestPostgres.storageError { () throws(StorageError) in try PostgresConnection(url: "postgres://u:s3cret@127.0.0.1:\(port)/db").close() }
        }
        guard let error, case .cannotOpen(let url, let reason) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(url == "postgres://u:***@127.0.0.1:\(port)/db")
        #expect(error.description == "cannot open database postgres://u:***@127.0.0.1:\(port)/db: connection refused")
        #expect(reason.contains("refused"), "\(reason)")
        #expect(!error.description.contains("s3cret"))
    }

    /// A server that accepts the TCP connection and never answers: the connection gives up
    /// after `connect_timeout` instead of hanging.
    @Test func silentServerTimesOut() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let port = listener.port
        let error = try await TestPostgres.onOwnThread { () -> StorageError? in
            TestPostgres.storageError { () throws(StorageError) in try PostgresConnection(url: "postgres://u@127.0.0.1:\(port)/db?connect_timeout=1&password=s3cret").close() }
        }
        guard let error, case .cannotOpen(_, let reason) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(reason == "no answer within 1 s", "\(reason)")
        #expect(!error.description.contains("s3cret"))
    }

    @Test func missingSocketIsATypedError() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-nosocket-\(UUID().uuidString)").path
        let error = try await TestPostgres.onOwnThread { () -> StorageError? in
            TestPostgres.storageError { () throws(StorageError) in try PostgresConnection(url: "postgres://u@/db?host=\(folder)").close() }
        }
        guard case .cannotOpen(_, let reason) = error else {
            Issue.record("expected cannotOpen, got \(String(describing: error))")
            return
        }
        #expect(reason == "no such file or directory", "\(reason)")
    }
}

/// Errors collected from several threads.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return messages
    }
}

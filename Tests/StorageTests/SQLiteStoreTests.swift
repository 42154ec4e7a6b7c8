import Foundation
import Storage
import Testing

@Suite("SQLite loading")
struct SQLiteStoreTests {
    /// Runs `body` with a connection to a new database file in a temporary folder, closed and
    /// removed afterwards.
    static func withConnection<T>(_ body: (SQLConnection) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let connection = try SQLiteConnection(path: folder.appendingPathComponent("test.sqlite").path)
        defer { try? connection.close() }
        return try body(connection)
    }

    @Test func migrationsAreRecordedOnce() throws { try Self.withConnection(LoaderChecks.migrationsAreRecordedOnce) }
    @Test func loadsEveryListRow() throws { try Self.withConnection(LoaderChecks.loadsEveryListRow) }
    @Test func loadsTheSecondRoundColumns() throws { try Self.withConnection(LoaderChecks.loadsTheSecondRoundColumns) }
    @Test func keysAndSearchFoldVietnamese() throws { try Self.withConnection(LoaderChecks.keysAndSearchFoldVietnamese) }
    @Test func readsWholeRows() throws { try Self.withConnection(LoaderChecks.readsWholeRows) }
    @Test func loadingTwiceKeepsOneCopy() throws { try Self.withConnection(LoaderChecks.loadingTwiceKeepsOneCopy) }
    @Test func changedDocumentReplacesItsRows() throws { try Self.withConnection(LoaderChecks.changedDocumentReplacesItsRows) }
    @Test func sameBytesUnderAnotherNameAreOneDocument() throws {
        try Self.withConnection(LoaderChecks.sameBytesUnderAnotherNameAreOneDocument)
    }
    @Test func failedTransactionLeavesNothing() throws { try Self.withConnection(LoaderChecks.failedTransactionLeavesNothing) }
    @Test func jsonColumnsHoldJSON() throws { try Self.withConnection(LoaderChecks.jsonColumnsHoldJSON) }
    @Test func largeListsLoadWhole() throws { try Self.withConnection(LoaderChecks.largeListsLoadWhole) }
    @Test func innerTransactionRollsBackAlone() throws { try Self.withConnection(LoaderChecks.innerTransactionRollsBackAlone) }

    @Test func unopenablePathIsATypedError() {
        #expect(throws: StorageError.self) { try SQLiteConnection(path: "/proc/no/such/dir/x.sqlite") }
    }

    @Test(arguments: [
        ("sqlite:output/b.sqlite", DatabaseURL.sqlite(path: "output/b.sqlite")),
        ("sqlite:///tmp/b.sqlite", .sqlite(path: "/tmp/b.sqlite")),
        ("out.db", .sqlite(path: "out.db")),
        ("postgres://u:secret@localhost:5432/baocao", .postgres(url: "postgres://u:secret@localhost:5432/baocao")),
    ])
    func databaseURLs(text: String, expected: DatabaseURL) throws {
        #expect(try DatabaseURL(text) == expected)
    }

    @Test func passwordsAreRedacted() throws {
        #expect(try DatabaseURL("postgres://u:secret@h/db").redacted == "postgres://u:***@h/db")
    }

    @Test(arguments: ["mysql://x", "", "sqlite:", "output/records.jsonl"])
    func badDatabaseURLs(text: String) {
        #expect(throws: StorageError.self) { try DatabaseURL(text) }
    }
}

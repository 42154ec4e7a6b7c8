import Foundation
import Storage
import Testing

@Suite("SQLite loading")
struct SQLiteStoreTests {
    /// A connection to a new database file in a temporary folder.
    static func connect() throws -> SQLConnection {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try SQLiteConnection(path: folder.appendingPathComponent("test.sqlite").path)
    }

    @Test func migrationsAreRecordedOnce() throws { try LoaderChecks.migrationsAreRecordedOnce(Self.connect()) }
    @Test func loadsEveryListRow() throws { try LoaderChecks.loadsEveryListRow(Self.connect()) }
    @Test func loadsTheSecondRoundColumns() throws { try LoaderChecks.loadsTheSecondRoundColumns(Self.connect()) }
    @Test func keysAndSearchFoldVietnamese() throws { try LoaderChecks.keysAndSearchFoldVietnamese(Self.connect()) }
    @Test func readsWholeRows() throws { try LoaderChecks.readsWholeRows(Self.connect()) }
    @Test func loadingTwiceKeepsOneCopy() throws { try LoaderChecks.loadingTwiceKeepsOneCopy(Self.connect()) }
    @Test func changedDocumentReplacesItsRows() throws { try LoaderChecks.changedDocumentReplacesItsRows(Self.connect()) }
    @Test func sameBytesUnderAnotherNameAreOneDocument() throws {
        try LoaderChecks.sameBytesUnderAnotherNameAreOneDocument(Self.connect())
    }
    @Test func failedTransactionLeavesNothing() throws { try LoaderChecks.failedTransactionLeavesNothing(Self.connect()) }
    @Test func jsonColumnsHoldJSON() throws { try LoaderChecks.jsonColumnsHoldJSON(Self.connect()) }
    @Test func largeListsLoadWhole() throws { try LoaderChecks.largeListsLoadWhole(Self.connect()) }
    @Test func innerTransactionRollsBackAlone() throws { try LoaderChecks.innerTransactionRollsBackAlone(Self.connect()) }

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

import Markup
import Records
import Storage

/// What `baocao --version` prints.
enum BaoCaoVersion {
    /// BaoCao's own version.
    static let number = "1.0.0"

    /// The version, the record schema, the database schema and the libxml2 loaded at run time, one per line.
    static var description: String {
        """
        baocao \(number)
        record schema: \(Record.schemaID)
        database schema version: \(Migrations.latestVersion)
        libxml2: \(libxml2RuntimeVersion) (built against \(libxml2Version))
        """
    }
}

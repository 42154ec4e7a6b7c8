import ArgumentParser
import Records

/// `baocao schema`
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a record.",
        discussion: "Validate output with any JSON Schema (2020-12) validator, e.g. Python's jsonschema."
    )

    func run() throws {
        print(RecordSchema.json.serialized)
    }
}

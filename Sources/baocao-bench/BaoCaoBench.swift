import ArgumentParser

/// `baocao-bench`: a synthetic portal corpus and the throughput benchmark that runs on it.
@main
struct BaoCaoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baocao-bench",
        abstract: "Generate a portal corpus and measure BaoCao against raw libxml2 on it.",
        discussion: """
            Typical use (release build):
              baocao-bench generate --pages 2000 --out /tmp/baocao-corpus
              baocao-bench run /tmp/baocao-corpus
            scripts/bench does both and adds the Python stack for comparison.
            """,
        subcommands: [Generate.self, Run.self]
    )
}

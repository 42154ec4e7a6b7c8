import ArgumentParser
import Logging

/// `--log-level`, `--quiet`, `--verbose`: shared by the commands that run documents.
struct LoggingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: Logger.Level?

    @Flag(name: [.short, .long], help: "Log only warnings and errors (same as --log-level warning).")
    var quiet = false

    @Flag(name: [.short, .long], help: "Log each document (same as --log-level debug).")
    var verbose = false

    /// A logger on standard error at the chosen level.
    func makeLogger() -> Logger {
        var logger = Logger(label: "baocao") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = logLevel ?? (quiet ? .warning : verbose ? .debug : .info)
        return logger
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

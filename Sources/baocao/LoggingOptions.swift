import ArgumentParser
import Logging
import Pipeline

/// `--log-level`, `--quiet`, `--verbose`: shared by the commands that run documents.
struct LoggingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How much to log (default info).", valueName: "level"))
    var logLevel: Logger.Level?

    @Flag(name: [.short, .long], help: "Log only warnings and errors (same as --log-level warning).")
    var quiet = false

    @Flag(name: [.short, .long], help: "Log each document (same as --log-level debug).")
    var verbose = false

    /// A logger on standard error at the chosen level. Where a progress bar may be drawn (a
    /// terminal), its lines go through the status line, which erases the bar first.
    func makeLogger() -> Logger {
        let onTerminal = Progress.standardErrorIsTerminal
        var logger = Logger(label: "baocao") { label in
            onTerminal ? StatusLineLogHandler(label: label) as any LogHandler : StreamLogHandler.standardError(label: label)
        }
        logger.logLevel = logLevel ?? (quiet ? .warning : verbose ? .debug : .info)
        return logger
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

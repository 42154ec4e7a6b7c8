import ArgumentParser
import Foundation

/// The `baocao` command: Vietnamese reports in, structured records out.
struct BaoCao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baocao",
        abstract: "Turn Vietnamese reports (HTML and text) into structured records.",
        discussion: """
        BaoCao reads portal pages and text reports about the campaign "học tập và làm theo tư tưởng, \
        đạo đức, phong cách Hồ Chí Minh", keeps the article text, and extracts the directives cited, \
        the figures reported, named models and movements, dates, periods, people and study themes.

        Exit status: 0 every input became a record (a folder with no document at all is said \
        plainly and is 0 too); 1 some inputs were rejected (the rest were written); 2 bad usage \
        or configuration (an output that is a folder or a device, an input path that does not \
        exist, a glob that matches nothing; nothing was written); 3 the run could not proceed \
        (an unwritable output, an unreachable database, or another baocao run writing the same \
        outputs); 130 interrupted by Ctrl-C (run the same command again to resume).
        """,
        version: BaoCaoVersion.description,
        subcommands: [Extract.self, Run.self, Crawl.self, Schema.self, Report.self, Export.self]
    )
}

/// Exit statuses of the contract.
enum ExitStatus {
    static let ok: Int32 = 0
    static let someRejected: Int32 = 1
    static let usage: Int32 = 2
    static let cannotProceed: Int32 = 3
    /// Stopped by Ctrl-C after a checkpoint; the same command resumes (128 + SIGINT; 143,
    /// 128 + SIGTERM, when SIGTERM stopped it).
    static let interrupted: Int32 = 130
}

/// A failure that ends the run with a given status and message.
struct RunFailure: Error, CustomStringConvertible {
    let status: Int32
    let description: String
}

@main
enum Main {
    static func main() async {
        do {
            var command = try BaoCao.parseAsRoot()
            // `crawl` is the one asynchronous subcommand. A cast to its type reads its metadata,
            // where a cast to AsyncParsableCommand scanned every protocol conformance of the
            // binary (0.83 M instructions) before each run. A new asynchronous subcommand needs
            // a case here: run() without `async` is ArgumentParser's, which prints the help.
            if var crawl = command as? Crawl {
                try await crawl.run()
            } else {
                try command.run()
            }
        } catch let failure as RunFailure {
            FileHandle.standardError.write(Data(("baocao: " + failure.description + "\n").utf8))
            exit(failure.status)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = BaoCao.exitCode(for: error)
            let message = BaoCao.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(ExitStatus.ok)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            exit(ExitStatus.usage)
        }
    }
}

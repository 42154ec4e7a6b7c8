import Foundation
import Testing

/// Shell completions come from the binary itself (`--generate-completion-script`), as the
/// README tells users to install them.
@Suite("Shell completions")
struct CompletionTests {
    static let subcommands = ["extract", "run", "crawl", "schema", "report", "export"]

    static func script(_ shell: String) async throws -> String {
        let run = try await Harness.baocao(["--generate-completion-script", shell])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test func eachShellsScriptNamesTheSubcommands() async throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try await Self.script(shell)
            for subcommand in Self.subcommands {
                #expect(script.contains(subcommand), "\(shell) script without \(subcommand)")
            }
            #expect(script.contains("max-pages"), "\(shell) script without extract's options")
        }
        await #expect(try Self.script("bash").contains("extract|run|crawl|schema|report|export|help)"))
    }

    /// The bash script loaded into a real bash: completing `baocao ex` offers extract and
    /// export, and `baocao extract --max-p` the option.
    @Test func bashCompletesSubcommandsAndOptions() async throws {
        let folder = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("baocao.bash")
        try await Self.script("bash").write(to: file, atomically: true, encoding: .utf8)
        func complete(_ words: [String]) async throws -> [String] {
            let line = words.joined(separator: " ")
            let program = """
                source "$1"
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " "))); COMP_CWORD=\(words.count - 1)
                _baocao baocao '\(words.last ?? "")' '\(words.dropLast().last ?? "")'
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let run = try await Harness.run(URL(fileURLWithPath: "/bin/bash"), ["-c", program, "bash", file.path])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map(String.init).sorted()
        }
        await #expect(try complete(["baocao", "ex"]) == ["export", "extract"])
        await #expect(try complete(["baocao", "extract", "--max-p"]) == ["--max-pages"])
        await #expect(try complete(["baocao", "re"]) == ["report"])
    }
}

import Foundation

/// The `baocao` executable the end-to-end tests run.
///
/// `BAOCAO_BINARY` names it when set (`scripts/test` runs the end-to-end suites a second
/// time against the release build, the binary users run); otherwise it is the one built
/// beside the test bundle.
public enum BaoCaoBinary {
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["BAOCAO_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baocao"),
            Bundle.main.bundleURL.appendingPathComponent("baocao"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("baocao"),
            root.appendingPathComponent(".build/debug/baocao"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}

import Foundation
import Pipeline

/// The command line's own bytes. ArgumentParser sees arguments as Strings, where bytes that
/// are not UTF-8 become U+FFFD; a file name needs the bytes it was typed with.
enum RawArguments {
    /// The path `argument` was parsed from.
    static func path(_ argument: String) -> InputPath {
        guard argument.contains("\u{FFFD}") else { return InputPath(argument) }
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
            if String(decoding: bytes, as: UTF8.self) == argument { return InputPath(bytes: bytes) }
        }
        return InputPath(argument)
    }
}

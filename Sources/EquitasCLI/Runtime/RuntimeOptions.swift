import ArgumentParser
import Foundation

/// Options every command that touches the database shares.
struct RuntimeOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Data folder (overrides EQUITAS_DATA; default ./equitas-data).")
    var dataDirectory: String?
}

import Foundation

/// A program on this machine's PATH (soffice, pdftotext, pandoc) that some tests use to
/// read rendered files the way a person's software would. Tests that need one are
/// skipped where it is missing; CI does not install them.
struct ExternalTool {
    let path: String

    /// The first executable called `name` on PATH.
    init?(_ name: String) {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":")
        guard let found = directories.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        path = found
    }

    static func isInstalled(_ names: String...) -> Bool { names.allSatisfy { ExternalTool($0) != nil } }

    /// Runs the tool to completion and returns what it wrote to standard output.
    /// Standard error is discarded: LibreOffice writes warnings there even on success.
    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

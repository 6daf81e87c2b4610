import Foundation

/// LibreOffice (`soffice` on PATH) converting a file the way a person's office suite
/// would open and re-save it. Tests that need it are skipped, saying so, where it is
/// missing; CI installs it.
public enum OfficeConversion {
    public static let sofficePath: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":")
        return directories.map { "\($0)/soffice" }.first(where: FileManager.default.isExecutableFile(atPath:))
    }()

    public static var isAvailable: Bool { sofficePath != nil }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, cells as shown,
    /// every text cell quoted (so the quotes show which cells it took as text).
    public static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true"

    /// Writes `data` as `input.<inputExtension>`, converts it with `filter` (such as
    /// `csvFilter` or `"xlsx:Calc MS Excel 2007 XML"`) and returns the result's bytes.
    public static func convert(_ data: Data, inputExtension: String, filter: String, outputExtension: String) throws -> Data {
        guard let sofficePath else { throw Failure(description: "soffice is not on PATH") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("office-\(UUID().uuidString)")
        let output = directory.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.\(inputExtension)")
        try data.write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: sofficePath)
        // A profile of its own, so that conversions running in parallel do not share one
        // (the second would silently do nothing).
        process.arguments = [
            "-env:UserInstallation=\(directory.appendingPathComponent("profile").absoluteString)",
            "--headless", "--norestore", "--convert-to", filter, "--outdir", output.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // soffice exits 0 even when it could not convert; a missing file is the only sign.
        let result = output.appendingPathComponent("input.\(outputExtension)")
        guard let converted = FileManager.default.contents(atPath: result.path) else {
            throw Failure(description: "LibreOffice did not convert the .\(inputExtension) file to .\(outputExtension)")
        }
        return converted
    }
}

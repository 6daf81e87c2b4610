import Foundation

/// LibreOffice (`soffice`) converting one file headless: how a PDF is made here, and
/// how tests open a file as a person's office suite would.
public enum LibreOffice {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `EQUITAS_SOFFICE` if set, else the first `soffice` on PATH.
    public static var enginePath: String? {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["EQUITAS_SOFFICE"], FileManager.default.isExecutableFile(atPath: configured) {
            return configured
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/usr/local/bin").split(separator: ":")
        return directories.map { "\($0)/soffice" }.first(where: FileManager.default.isExecutableFile(atPath:))
    }

    /// Writes `data` as `input.<inputExtension>`, converts it with `filter` (such as
    /// `"xlsx:Calc MS Excel 2007 XML"`) and returns the result's bytes. Each conversion
    /// has a profile of its own: two sharing one would see the second quietly do nothing.
    public static func convert(_ data: Data, inputExtension: String, filter: String, outputExtension: String, engine: String) throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-office-\(UUID().uuidString)")
        let output = directory.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.\(inputExtension)")
        try data.write(to: input)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: engine)
        process.arguments = [
            "-env:UserInstallation=\(directory.appendingPathComponent("profile").absoluteString)",
            "--headless", "--norestore", "--convert-to", filter, "--outdir", output.path, input.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // soffice exits 0 even when it could not convert; a missing file is the only sign.
        guard let converted = FileManager.default.contents(atPath: output.appendingPathComponent("input.\(outputExtension)").path) else {
            throw Failure(description: "LibreOffice (\(engine)) did not convert the .\(inputExtension) file to .\(outputExtension); exit status \(process.terminationStatus)")
        }
        return converted
    }
}

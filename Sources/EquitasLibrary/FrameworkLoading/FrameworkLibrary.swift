import EquitasCore
import Foundation

/// The frameworks this installation knows: the ones shipped in the package, plus any
/// in the directories named by `EQUITAS_FRAMEWORKS`, so that a council or the LGA can
/// add a revised framework without a new release.
public enum FrameworkLibrary {
    public static let environmentKey = "EQUITAS_FRAMEWORKS"

    /// The folder of framework files shipped as package resources.
    public static func bundledDirectory() -> URL {
        guard let url = Bundle.module.url(forResource: "Frameworks", withExtension: nil) else {
            preconditionFailure("the EquitasLibrary resource bundle has no Frameworks folder")
        }
        return url
    }

    /// Loads the bundled files, then every `*.yaml` / `*.yml` in `extraDirectories`.
    /// Throws `FrameworkLibraryError` listing every problem in every file, so that a
    /// server refuses to start with a broken library and says exactly why.
    public static func load(extraDirectories: [URL] = FrameworkLibrary.directoriesFromEnvironment()) throws -> FrameworkCatalog {
        var errors: [FrameworkFileError] = []
        var files: [FrameworkFile] = []
        for directory in [bundledDirectory()] + extraDirectories {
            do {
                files += try frameworkFiles(in: directory).map(FrameworkFile.read)
            } catch {
                let path = directory.relativePath
                errors.append(FrameworkFileError(file: path, line: 1, field: "(directory)", message: "cannot list framework files: \(error.localizedDescription)"))
            }
        }

        let (frameworks, problems) = combine(files)
        errors += problems
        guard errors.isEmpty else { throw FrameworkLibraryError(errors: errors) }
        return FrameworkCatalog(frameworks)
    }

    /// `EQUITAS_FRAMEWORKS=/etc/equitas/frameworks:/srv/more`: colon-separated, blanks ignored.
    public static func directoriesFromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        guard let value = env[environmentKey] else { return [] }
        return value.split(separator: ":").compactMap { part in
            let path = part.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return nil }
            return URL(fileURLWithPath: (path as NSString).expandingTildeInPath, isDirectory: true)
        }
    }

    /// Every problem in one file; empty when the file is a sound framework.
    public static func check(file: URL) -> [FrameworkFileError] {
        FrameworkFile.read(file).errors
    }

    /// Every problem in these files, including two of them defining the same id and
    /// version: what `load` would say if they were all in one directory.
    public static func check(files: [URL]) -> [FrameworkFileError] {
        combine(files.map(FrameworkFile.read)).errors
    }

    /// The sound frameworks, and every problem including clashes between files. The
    /// first file to define an id and version keeps it; later ones are reported.
    static func combine(_ files: [FrameworkFile]) -> (frameworks: [Framework], errors: [FrameworkFileError]) {
        var frameworks: [Framework] = []
        var errors: [FrameworkFileError] = []
        var firstFile: [String: FrameworkFile] = [:]
        for file in files {
            errors += file.errors
            guard let framework = file.framework else { continue }
            let key = "\(framework.id)\u{0}\(framework.version)"
            if let earlier = firstFile[key] {
                let message = "framework \"\(framework.id)\" version \"\(framework.version)\" is already defined in \(earlier.path):\(earlier.idLine)"
                errors.append(FrameworkFileError(file: file.path, line: file.idLine, field: "id", message: message))
            } else {
                firstFile[key] = file
                frameworks.append(framework)
            }
        }
        return (frameworks, errors)
    }

    /// Sorted by name so that load order, and so which of two clashing files is
    /// reported, does not depend on the file system.
    static func frameworkFiles(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

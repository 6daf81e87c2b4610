import EquitasLibrary
import Foundation

/// The outcome of checking files as given on the command line. The files are checked
/// together, so two of them defining the same id and version is reported too.
struct FrameworkCheckReport {
    var paths: [String]
    var errors: [FrameworkFileError]

    init(paths: [String]) {
        self.paths = paths
        errors = FrameworkLibrary.check(files: paths.map { URL(fileURLWithPath: $0) })
    }

    /// The files with nothing wrong, in the order given.
    var okLines: [String] {
        let broken = Set(errors.map(\.file))
        return paths.filter { !broken.contains(URL(fileURLWithPath: $0).relativePath) }.map { "\($0): ok" }
    }

    var summary: String {
        let files = Set(errors.map(\.file)).count
        let problems = errors.count == 1 ? "1 problem" : "\(errors.count) problems"
        return "\(problems) in \(files == 1 ? "1 file" : "\(files) files")"
    }
}

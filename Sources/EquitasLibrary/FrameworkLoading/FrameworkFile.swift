import EquitasCore
import Foundation
import Yams

/// One framework file read and checked: the framework when the file is sound, every
/// problem when it is not.
struct FrameworkFile {
    /// As given, so that errors point where the user looked.
    let path: String
    let framework: Framework?
    let errors: [FrameworkFileError]
    /// Where `id:` is, for errors about the file as a whole (a clash with another file).
    let idLine: Int

    static func read(_ url: URL) -> FrameworkFile {
        let path = url.relativePath
        do {
            return parse(try String(contentsOf: url, encoding: .utf8), path: path)
        } catch {
            let problem = FrameworkFileError(file: path, line: 1, field: "(file)", message: "cannot read the file: \(error.localizedDescription)")
            return FrameworkFile(path: path, framework: nil, errors: [problem], idLine: 1)
        }
    }

    static func parse(_ yaml: String, path: String) -> FrameworkFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return FrameworkFile(path: path, framework: nil, errors: [syntaxError(error, path: path)], idLine: 1)
        }
        guard let root else {
            let problem = FrameworkFileError(file: path, line: 1, field: "(root)", message: "the file holds no YAML document")
            return FrameworkFile(path: path, framework: nil, errors: [problem], idLine: 1)
        }

        var reader = FrameworkDocumentReader(file: path)
        let framework = reader.framework(root)
        var diagnostics = reader.diagnostics
        if let framework { FrameworkValidator.validate(framework, into: &diagnostics) }
        let errors = diagnostics.errors.sorted { $0.line < $1.line }
        return FrameworkFile(path: path, framework: errors.isEmpty ? framework : nil, errors: errors, idLine: diagnostics.line(of: "id"))
    }

    private static func syntaxError(_ error: any Error, path: String) -> FrameworkFileError {
        func problem(_ line: Int, _ message: String) -> FrameworkFileError {
            FrameworkFileError(file: path, line: line, field: "(yaml)", message: message)
        }
        guard let yaml = error as? YamlError else { return problem(1, "\(error)") }
        switch yaml {
        case .scanner(let context, let text, let mark, _), .parser(let context, let text, let mark, _),
            .composer(let context, let text, let mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return problem(mark.line, "\(text) at column \(mark.column)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return problem(context.mark.line, "duplicate key \(keys) in one mapping")
        default:
            return problem(1, "\(yaml)")
        }
    }
}

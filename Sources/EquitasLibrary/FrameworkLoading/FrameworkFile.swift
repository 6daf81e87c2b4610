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
            let data = try Data(contentsOf: url)
            guard data.count <= maxFileBytes else {
                let problem = FrameworkFileError(
                    file: path, line: 1, field: "(file)",
                    message: "the file is larger than \(maxFileBytes / (1024 * 1024)) MB; a framework is a few tens of kilobytes")
                return FrameworkFile(path: path, framework: nil, errors: [problem], idLine: 1)
            }
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
        guard !exceedsNodeLimit(root) else {
            let problem = FrameworkFileError(
                file: path, line: 1, field: "(yaml)",
                message: "the document expands to more than \(maxNodes) YAML values (aliases repeating aliases); a framework needs far fewer")
            return FrameworkFile(path: path, framework: nil, errors: [problem], idLine: 1)
        }

        var reader = FrameworkDocumentReader(file: path)
        let framework = reader.framework(root)
        var diagnostics = reader.diagnostics
        if let framework { FrameworkValidator.validate(framework, into: &diagnostics) }
        let errors = diagnostics.errors.sorted { $0.line < $1.line }
        return FrameworkFile(path: path, framework: errors.isEmpty ? framework : nil, errors: errors, idLine: diagnostics.line(of: "id"))
    }

    /// Aliases make a YAML tree larger than its text: a list of ten aliases to a list of
    /// ten aliases to… ("billion laughs") is a few hundred bytes for a billion values,
    /// which the reader and the validator would walk and report on one by one. A real
    /// framework is a few thousand values, so the tree is counted first, stopping at
    /// the limit. (Depth needs no check here: libyaml refuses nesting past 1,000.)
    static let maxNodes = 200_000
    /// The largest shipped framework is under 30 KB; this leaves room for a long one
    /// and keeps a 10 MB value from being parsed and checked at all.
    static let maxFileBytes = 2 * 1024 * 1024

    private static func exceedsNodeLimit(_ root: Node) -> Bool {
        var count = 0
        var pending = [root]
        while let node = pending.popLast() {
            count += 1
            if count > maxNodes { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .scalar, .alias: break
            }
        }
        return false
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

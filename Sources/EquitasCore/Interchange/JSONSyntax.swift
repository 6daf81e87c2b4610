import Foundation

/// Where a document stops being JSON. JSONDecoder only says "not valid JSON" (and says the
/// same of a fraction where a whole number belongs); a person fixing a file by hand needs
/// the line and column.
enum JSONSyntax {
    static func problem(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
            guard let range = text.range(of: "around character "),
                let offset = Int(text[range.upperBound...].prefix { $0.isNumber })
            else {
                let problem = text.hasSuffix(".") ? text.dropLast() : Substring(text)
                return problem.prefix(1).lowercased() + problem.dropFirst()
            }
            let (line, column) = position(of: offset, in: data)
            let problem = text[..<range.lowerBound]
            return problem.prefix(1).lowercased() + problem.dropFirst() + "at line \(line), column \(column)"
        }
    }

    /// `offset` counts bytes from 0; lines and columns count from 1, as editors do.
    static func position(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        let before = data.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? data.startIndex
        return (line, offset - (lineStart - data.startIndex) + 1)
    }
}

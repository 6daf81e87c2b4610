/// Problems found in one file, and the line of every field read so far, so that checks
/// made later on the decoded value can still point at the right line.
struct FrameworkDiagnostics {
    let file: String
    private(set) var errors: [FrameworkFileError] = []
    private var lines: [String: Int] = [:]

    init(file: String) {
        self.file = file
    }

    mutating func record(_ field: String, line: Int) {
        lines[field] = line
    }

    /// The line of `field`, or of its nearest ancestor that was read: a key that is
    /// missing has no line of its own, so its mapping's line is the best pointer.
    func line(of field: String) -> Int {
        var path = field
        while true {
            if let line = lines[path] { return line }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return lines[""] ?? 1 }
            path = String(path[..<cut])
        }
    }

    mutating func report(_ field: String, line: Int? = nil, _ message: String) {
        let field = field.isEmpty ? "(root)" : field
        errors.append(FrameworkFileError(file: file, line: line ?? self.line(of: field), field: field, message: message))
    }
}

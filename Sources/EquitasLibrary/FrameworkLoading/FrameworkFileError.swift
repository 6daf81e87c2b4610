/// One problem in one framework file. The description is a contract that editors,
/// CI logs and tests rely on: `FILE:LINE: FIELD: message`, in the same shape as a
/// compiler diagnostic so that an editor can jump to it.
public struct FrameworkFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file's path as it was given (relative paths stay relative).
    public var file: String
    /// 1-based line of the offending node, or of the nearest enclosing one when a key is missing.
    public var line: Int
    /// Where in the document: `modules[2].criteria[0].level`; `(yaml)` for syntax errors,
    /// `(root)` for the document as a whole, `(file)` when the file cannot be read.
    public var field: String
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "\(file):\(line): \(field): \(message)" }
}

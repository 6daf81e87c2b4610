/// Input that breaks a rule, named by the path to the offending field
/// (`findings[12].kind`) so that a person can find it in what they sent.
public struct ValidationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The same failure under a parent path: `kind` inside `findings[3]` becomes `findings[3].kind`.
    public func nested(under parent: String) -> ValidationFailure {
        guard !parent.isEmpty else { return self }
        if path.isEmpty { return ValidationFailure(path: parent, message: message) }
        let joiner = path.hasPrefix("[") ? "" : "."
        return ValidationFailure(path: parent + joiner + path, message: message)
    }
}

/// A domain rule refused an action that is well formed but not allowed now,
/// such as moving a published challenge back to drafting.
public struct RuleViolation: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

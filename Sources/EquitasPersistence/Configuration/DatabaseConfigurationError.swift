/// A DATABASE_URL that cannot be used, said without its password.
public struct DatabaseConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

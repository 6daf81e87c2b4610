import EquitasCore
import Vapor

/// bcrypt hashes for passwords, at a cost of 12 in production; tests use a lower
/// cost through `AppConfiguration.bcryptCost`, since each hash at 12 takes a quarter
/// of a second.
public struct PasswordHasher: Sendable {
    public let cost: Int

    public init(cost: Int = AppConfiguration.defaultBcryptCost) {
        self.cost = cost
    }

    /// Checks the password against the rule, then hashes it.
    public func hash(_ password: String, email: String) throws -> String {
        try PasswordRule.check(password, email: email)
        return try Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` is the one `hash` was made from. A hash that is not bcrypt
    /// at all counts as a mismatch rather than an error.
    public func verify(_ password: String, against hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}

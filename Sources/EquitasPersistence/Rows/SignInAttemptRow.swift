import FluentKit
import Foundation

/// A failed sign-in: which email was tried, from where, when.
final class SignInAttemptRow: EquitasRow, @unchecked Sendable {
    static let schema = "sign_in_attempts"
    static let noun = "sign-in attempt"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "address") var address: String
    @Field(key: "at") var at: String

    init() {}
}

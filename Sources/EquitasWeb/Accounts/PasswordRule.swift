import EquitasCore

/// What a password must be. Length is what makes a password hard to guess, so the rule
/// asks for length and refuses only the obviously useless; it does not demand a mix
/// of character classes, which pushes people towards `Password1!`.
enum PasswordRule {
    static let minimumLength = 12
    /// bcrypt reads only the first 72 bytes: anything longer would be silently cut.
    static let maximumBytes = 72

    static func check(_ password: String, email: String) throws(ValidationFailure) {
        guard password.count >= minimumLength else {
            throw ValidationFailure(path: "password", message: "a password needs at least \(minimumLength) characters")
        }
        guard password.utf8.count <= maximumBytes else {
            throw ValidationFailure(
                path: "password", message: "a password can be at most \(maximumBytes) bytes long (fewer characters outside plain ASCII)")
        }
        guard Set(password).count > 1 else {
            throw ValidationFailure(path: "password", message: "a password of one character repeated is too easy to guess")
        }
        let normalisedEmail = (try? Account.normalisedEmail(email)) ?? email.lowercased()
        guard password.lowercased() != normalisedEmail else {
            throw ValidationFailure(path: "password", message: "a password must not be the account's email address")
        }
    }
}

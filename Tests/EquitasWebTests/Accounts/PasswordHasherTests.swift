import EquitasCore
import Testing

@testable import EquitasWeb

@Suite("Passwords")
struct PasswordHasherTests {
    static let hasher = PasswordHasher(cost: 4)

    @Test("a hash verifies its own password and no other")
    func verify() throws {
        let hash = try Self.hasher.hash("correct horse battery", email: "ada@example.org")
        #expect(hash.hasPrefix("$2"))
        #expect(!hash.contains("correct horse battery"))
        #expect(Self.hasher.verify("correct horse battery", against: hash))
        #expect(!Self.hasher.verify("correct horse batterY", against: hash))
        #expect(!Self.hasher.verify("", against: hash))
        #expect(!Self.hasher.verify("correct horse battery", against: "not a bcrypt hash"))
        #expect(try Self.hasher.hash("correct horse battery", email: "ada@example.org") != hash, "each hash has its own salt")
    }

    @Test("the production cost is 12")
    func productionCost() {
        #expect(AppConfiguration.defaultBcryptCost == 12)
        #expect(PasswordHasher().cost == 12)
    }

    @Test(
        "too short, one character repeated, the email itself, or past bcrypt's 72 bytes: refused on password",
        arguments: ["short pass", "aaaaaaaaaaaaaaaa", "ADA@example.org", String(repeating: "ab", count: 37), "eleven char"])
    func refused(password: String) {
        let failure = #expect(throws: ValidationFailure.self) { try Self.hasher.hash(password, email: " Ada@Example.org") }
        #expect(failure?.path == "password")
    }

    @Test("twelve characters of anything else will do", arguments: ["twelve chars", "aaaaaaaaaaab", "ada@example.org!"])
    func accepted(password: String) throws {
        try PasswordRule.check(password, email: "ada@example.org")
    }
}

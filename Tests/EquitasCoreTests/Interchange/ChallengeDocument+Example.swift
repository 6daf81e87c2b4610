import EquitasCore
import Foundation

extension ChallengeDocument {
    /// docs/equitas.challenge-1.example.json: a joint peer challenge of two councils under
    /// `Framework.mock`, with every kind of part. Tests that break one field refer to it by
    /// index (`findings[2]` is the quote).
    static func example() throws -> ChallengeDocument {
        try ChallengeDocument.decode(try Repository.data("docs/equitas.challenge-1.example.json"))
    }

    /// The example as a JSON object, for breaking it in ways the Swift type cannot hold.
    static func exampleJSON() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: try Repository.data("docs/equitas.challenge-1.example.json"))
        return object as! [String: Any]
    }

    /// The smallest document there is: one organisation, one module, nothing recorded.
    static let minimal = ChallengeDocument(
        framework: "mock-eflg", organisations: [OrganisationEntry(name: "Ashdown District Council")], level: "achieving",
        modules: [ModuleEntry(id: "communities")])
}

/// The failure a throwing call ends in, or nil if it succeeds.
func failure<T>(_ body: () throws(ValidationFailure) -> T) -> ValidationFailure? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}

import EquitasCore
import FluentKit
import Foundation

/// Listed by number, which is unique within a challenge: the action plan answers each.
final class RecommendationRow: PlainPartRow, @unchecked Sendable {
    static let schema = "recommendations"
    static let noun = "recommendation"
    static let order: [FieldKey] = ["number"]

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "number") var number: Int
    @OptionalField(key: "module_id") var moduleId: String?
    @Field(key: "text") var text: String
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @Field(key: "position") var position: Int

    init() {}

    func apply(_ part: Recommendation) {
        number = part.number
        moduleId = part.module
        text = part.text
        organisationId = part.organisationId
    }

    func part() throws -> Recommendation {
        Recommendation(number: number, module: moduleId, text: text, organisationId: organisationId)
    }

    static func check(_ part: Recommendation, id: UUID, challengeId: UUID, on db: any Database) async throws {
        let taken = try await query(on: db)
            .filter("challenge_id", .equal, challengeId).filter("number", .equal, part.number)
            .filter(.id, .notEqual, id).count()
        if taken > 0 {
            throw ValidationFailure(path: "number", message: "\(part.number) is already used by another recommendation")
        }
    }
}

import FluentKit
import Foundation

/// One of the organisations a challenge assesses; `position` keeps the order they were named in.
final class ChallengeOrganisationRow: EquitasRow, @unchecked Sendable {
    static let schema = "challenge_organisations"
    static let noun = "challenge organisation"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "organisation_id") var organisationId: UUID
    @Field(key: "position") var position: Int

    init() {}

    init(challengeId: UUID, organisationId: UUID, position: Int) {
        self.id = UUID()
        self.challengeId = challengeId
        self.organisationId = organisationId
        self.position = position
    }
}

import EquitasCore
import FluentKit
import Foundation

extension WorkforceStore {
    /// The council's community profile, if it has one.
    public func communityProfile(organisationId: UUID) async throws -> CommunityProfile? {
        try await CommunityProfileRow.query(on: db).filter(\.$organisationId == organisationId).first()?.value()
    }

    /// Saves the council's community profile, replacing any it had.
    @discardableResult
    public func saveCommunityProfile(_ profile: CommunityProfile) async throws -> CommunityProfile {
        let valid = try profile.validated()
        return try await db.transaction { db in
            guard try await OrganisationRow.exists(valid.organisationId, on: db) else {
                throw NotFound(entity: "organisation", id: valid.organisationId)
            }
            if let row = try await CommunityProfileRow.query(on: db).filter(\.$organisationId == valid.organisationId).first() {
                row.apply(valid)
                try await row.update(on: db)
            } else {
                try await CommunityProfileRow(id: UUID(), value: valid).create(on: db)
            }
            return valid
        }
    }
}

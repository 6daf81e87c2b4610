import EquitasCore
import FluentKit
import Foundation

/// A council's register of equality impact assessments. Every call but `create` names
/// the council: another council's assessment is not found, so an id guessed from one
/// register reaches nothing in another. Every write is one transaction.
public struct ImpactAssessmentStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    /// The register, by title (then id, so the order is total). An unknown council is not found.
    public func list(organisationId: UUID) async throws -> [Identified<ImpactAssessment>] {
        try await requireOrganisation(organisationId)
        return try await ImpactAssessmentRow.query(on: db).filter("organisation_id", .equal, organisationId)
            .sort("title").sort(.id).all().map { try $0.identified() }
    }

    public func get(organisationId: UUID, id: UUID) async throws -> Identified<ImpactAssessment> {
        try await row(organisationId: organisationId, id: id).identified()
    }

    /// Validated; the council must exist.
    public func create(_ assessment: ImpactAssessment, id: UUID = UUID()) async throws -> Identified<ImpactAssessment> {
        let valid = try assessment.validated()
        return try await db.transaction { db in
            guard try await OrganisationRow.exists(valid.organisationId, on: db) else {
                throw ValidationFailure(path: "organisation_id", message: NotFound(entity: OrganisationRow.noun, id: valid.organisationId).description)
            }
            guard try await !ImpactAssessmentRow.exists(id, on: db) else {
                throw ValidationFailure(path: "id", message: "\(id.uuidString.lowercased()) is already used by another impact assessment")
            }
            try await ImpactAssessmentRow(id: id, value: valid).create(on: db)
            return Identified(id: id, value: valid)
        }
    }

    /// Replaces everything but the council: an assessment stays in the register it began in.
    public func update(organisationId: UUID, id: UUID, _ assessment: ImpactAssessment) async throws -> Identified<ImpactAssessment> {
        guard assessment.organisationId == organisationId else {
            throw RuleViolation("an impact assessment stays in the register of the council it was made for")
        }
        let valid = try assessment.validated()
        return try await db.transaction { db in
            let row = try await ImpactAssessmentStore(db: db).row(organisationId: organisationId, id: id)
            row.apply(valid)
            try await row.update(on: db)
            return Identified(id: id, value: valid)
        }
    }

    /// Evidence that pointed at the assessment stays, no longer linked (the foreign key sets it null).
    public func delete(organisationId: UUID, id: UUID) async throws {
        try await db.transaction { db in
            try await ImpactAssessmentStore(db: db).row(organisationId: organisationId, id: id).delete(on: db)
        }
    }

    /// The assessments of any of these councils, for offering one as evidence.
    public func list(organisationIds: [UUID]) async throws -> [Identified<ImpactAssessment>] {
        guard !organisationIds.isEmpty else { return [] }
        return try await ImpactAssessmentRow.query(on: db).filter(ImpactAssessmentRow.among("organisation_id", organisationIds))
            .sort("title").sort(.id).all().map { try $0.identified() }
    }

    private func row(organisationId: UUID, id: UUID) async throws -> ImpactAssessmentRow {
        let row = try await ImpactAssessmentRow.query(on: db).filter(.id, .equal, id).filter("organisation_id", .equal, organisationId).first()
        guard let row else { throw NotFound(entity: ImpactAssessmentRow.noun, id: id) }
        return row
    }

    private func requireOrganisation(_ id: UUID) async throws {
        guard try await OrganisationRow.exists(id, on: db) else { throw NotFound(entity: OrganisationRow.noun, id: id) }
    }
}

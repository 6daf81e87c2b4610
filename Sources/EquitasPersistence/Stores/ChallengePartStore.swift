import EquitasCore
import FluentKit
import Foundation

/// The parts recorded under a challenge: team members, evidence, self-assessment
/// entries, programme sessions, findings and recommendations. Every call names the
/// challenge; a part of another challenge is not found.
public struct ChallengePartStore<Part: ChallengePart>: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    /// A part type with no table is a programming error, reported rather than trapped.
    struct UnstoredPart: Error, CustomStringConvertible {
        var description: String { "\(Part.self) is not a part Equitas stores" }
    }

    private func table() throws -> any PartOperations<Part> {
        let tables: [any Sendable] = [
            PartTable<TeamMemberRow>(db: db, catalog: catalog),
            PartTable<EvidenceRow>(db: db, catalog: catalog),
            PartTable<SelfAssessmentRow>(db: db, catalog: catalog),
            PartTable<ProgrammeSessionRow>(db: db, catalog: catalog),
            PartTable<FindingRow>(db: db, catalog: catalog),
            PartTable<RecommendationRow>(db: db, catalog: catalog),
        ]
        for table in tables {
            if let match = table as? any PartOperations<Part> { return match }
        }
        throw UnstoredPart()
    }

    /// In stored order (recommendations by number).
    public func list(challengeId: UUID, _ page: EquitasCore.PageRequest) async throws -> EquitasCore.Page<Identified<Part>> {
        try await table().list(challengeId: challengeId, page)
    }

    public func get(challengeId: UUID, id: UUID) async throws -> Identified<Part> {
        try await table().get(challengeId: challengeId, id: id)
    }

    /// Validated against the challenge; the new part goes at the end of the list.
    public func create(challengeId: UUID, _ value: Part, id: UUID = UUID()) async throws -> Identified<Part> {
        try await table().create(challengeId: challengeId, value, id: id)
    }

    public func update(challengeId: UUID, id: UUID, _ value: Part) async throws -> Identified<Part> {
        try await table().update(challengeId: challengeId, id: id, value)
    }

    /// Also removes what pointed at the part: evidence from the self-assessment entries
    /// citing it, a team member from the sessions they attended.
    public func delete(challengeId: UUID, id: UUID) async throws {
        try await table().delete(challengeId: challengeId, id: id)
    }
}

import EquitasCore
import FluentKit
import Foundation

/// A council's register of equality objectives (`EqualityObjective`), by adoption date.
/// Writes are validated against `today`, since progress may not be dated after it.
public struct EqualityObjectiveStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    private var register: CouncilRegister<EqualityObjectiveRow> { CouncilRegister(db: db) }

    /// An unknown council is not found.
    public func list(organisationId: UUID) async throws -> [Identified<EqualityObjective>] {
        try await register.list(organisationId: organisationId)
    }

    public func get(organisationId: UUID, id: UUID) async throws -> Identified<EqualityObjective> {
        try await register.get(organisationId: organisationId, id: id)
    }

    public func create(_ objective: EqualityObjective, today: CalendarDate, id: UUID = UUID()) async throws -> Identified<EqualityObjective> {
        try await register.insert(try objective.validated(today: today), id: id)
    }

    /// Replaces everything but the council.
    public func update(organisationId: UUID, id: UUID, _ objective: EqualityObjective, today: CalendarDate) async throws -> Identified<EqualityObjective> {
        try await register.replace(organisationId: organisationId, id: id) { _ in try objective.validated(today: today) }
    }

    /// Adds a measure's progress for one year to the stored objective; refused (naming
    /// the field) when that measure already has the year's, as any other rule is.
    public func recordProgress(
        organisationId: UUID, id: UUID, measure: Int, _ progress: MeasureProgress, today: CalendarDate
    ) async throws -> Identified<EqualityObjective> {
        try await register.replace(organisationId: organisationId, id: id) { stored in
            guard stored.measures.indices.contains(measure) else {
                throw ValidationFailure(path: "measure", message: "\(measure) is not a measure of this objective (it has \(stored.measures.count))")
            }
            var changed = stored
            changed.measures[measure].progress.append(progress)
            return try changed.validated(today: today)
        }
    }

    public func delete(organisationId: UUID, id: UUID) async throws {
        try await register.delete(organisationId: organisationId, id: id)
    }
}

import EquitasCore
import FluentKit
import Foundation

/// The meetings of a council's committees monitoring its plan, by date.
public struct CommitteeMeetingStore: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    private var register: CouncilRegister<CommitteeMeetingRow> { CouncilRegister(db: db) }

    /// An unknown council is not found.
    public func list(organisationId: UUID) async throws -> [Identified<CommitteeMeeting>] {
        try await register.list(organisationId: organisationId)
    }

    public func get(organisationId: UUID, id: UUID) async throws -> Identified<CommitteeMeeting> {
        try await register.get(organisationId: organisationId, id: id)
    }

    public func create(_ meeting: CommitteeMeeting, id: UUID = UUID()) async throws -> Identified<CommitteeMeeting> {
        try await register.insert(try meeting.validated(), id: id)
    }

    public func update(organisationId: UUID, id: UUID, _ meeting: CommitteeMeeting) async throws -> Identified<CommitteeMeeting> {
        try await register.replace(organisationId: organisationId, id: id) { _ in try meeting.validated() }
    }

    public func delete(organisationId: UUID, id: UUID) async throws {
        try await register.delete(organisationId: organisationId, id: id)
    }
}

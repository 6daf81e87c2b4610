import EquitasCore
import FluentKit
import Foundation

/// A snapshot's own columns; its staff records are bulk rows of `staff_records`.
final class WorkforceSnapshotRow: ValueRow, @unchecked Sendable {
    static let schema = "workforce_snapshots"
    static let noun = "workforce snapshot"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationId: UUID
    @Field(key: "snapshot_date") var date: String
    @OptionalField(key: "source_filename") var sourceFilename: String?
    @Field(key: "staff_count") var staffCount: Int
    /// A JSON list of names, in file order.
    @Field(key: "other_characteristics") var otherCharacteristics: String
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?

    init() {}

    func apply(_ value: WorkforceSnapshot) {
        organisationId = value.organisationId
        date = value.date.description
        sourceFilename = value.sourceFilename
        staffCount = value.staffCount
        otherCharacteristics = String(decoding: (try? JSONEncoder().encode(value.otherCharacteristics)) ?? Data("[]".utf8), as: UTF8.self)
    }

    func value() throws -> WorkforceSnapshot {
        guard let day = CalendarDate(date) else { throw CorruptColumn(table: Self.schema, column: "snapshot_date", value: date) }
        guard let others = try? JSONDecoder().decode([String].self, from: Data(otherCharacteristics.utf8)) else {
            throw CorruptColumn(table: Self.schema, column: "other_characteristics", value: otherCharacteristics)
        }
        return WorkforceSnapshot(
            organisationId: organisationId, date: day, sourceFilename: sourceFilename, staffCount: staffCount, otherCharacteristics: others)
    }
}

/// Audited as one change however many staff it holds: the trail says a list of 600
/// was imported or deleted, not 600 times that a row was.
extension WorkforceSnapshotRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

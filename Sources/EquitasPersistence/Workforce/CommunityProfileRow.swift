import EquitasCore
import FluentKit
import Foundation

/// A council's community profile, entries and all.
final class CommunityProfileRow: ValueRow, @unchecked Sendable {
    static let schema = "community_profiles"
    static let noun = "community profile"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationId: UUID
    @Field(key: "area") var area: String
    @Field(key: "source") var source: String
    /// A JSON list of `{characteristic, group, percent}`, the percent as decimal text.
    @Field(key: "entries") var entries: String
    @Timestamp(key: "updated_at", on: .update, format: MicrosecondTimestamp()) var updatedAt: Date?

    init() {}

    private struct Stored: Codable {
        var characteristic: String
        var group: String
        var percent: String
    }

    func apply(_ value: CommunityProfile) {
        organisationId = value.organisationId
        area = value.area
        source = value.source
        let stored = value.entries.map { Stored(characteristic: $0.characteristic, group: $0.group, percent: $0.percent.description) }
        entries = String(decoding: (try? JSONEncoder().encode(stored)) ?? Data("[]".utf8), as: UTF8.self)
    }

    func value() throws -> CommunityProfile {
        guard let stored = try? JSONDecoder().decode([Stored].self, from: Data(entries.utf8)) else {
            throw CorruptColumn(table: Self.schema, column: "entries", value: entries)
        }
        let values = try stored.map { entry in
            guard let percent = Decimal(string: entry.percent, locale: Locale(identifier: "en_US_POSIX")) else {
                throw CorruptColumn(table: Self.schema, column: "entries", value: entry.percent)
            }
            return CommunityProfileEntry(characteristic: entry.characteristic, group: entry.group, percent: percent)
        }
        return CommunityProfile(organisationId: organisationId, area: area, source: source, entries: values)
    }
}

extension CommunityProfileRow: AuditedRow {
    func auditScope(on db: any Database) async throws -> AuditScope { .none }
}

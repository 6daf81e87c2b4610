import EquitasCore
import FluentKit
import Foundation

/// One objective in a council's register, its measures (with their progress) as JSON.
final class EqualityObjectiveRow: ValueRow, @unchecked Sendable {
    static let schema = "equality_objectives"
    static let noun = "equality objective"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationId: UUID
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @Field(key: "adopted") var adopted: String
    @OptionalField(key: "renew_by") var renewBy: String?
    @OptionalField(key: "lead") var lead: String?
    @Field(key: "measures") var measures: String
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update, format: MicrosecondTimestamp()) var updatedAt: Date?

    init() {}

    func apply(_ value: EqualityObjective) {
        organisationId = value.organisationId
        title = value.title
        description = value.description
        adopted = value.adopted.description
        renewBy = value.renewBy?.description
        lead = value.lead
        measures = CompactJSON.string(value.measures)
    }

    func value() throws -> EqualityObjective {
        let lines: [ObjectiveMeasure]
        do {
            lines = try JSONCoding.decoder().decode([ObjectiveMeasure].self, from: Data(measures.utf8))
        } catch {
            throw CorruptColumn(table: Self.schema, column: "measures", value: String(measures.prefix(80)))
        }
        return EqualityObjective(
            organisationId: organisationId, title: title, description: description, adopted: try read(adopted, as: CalendarDate.init, column: "adopted"),
            renewBy: try read(renewBy, as: CalendarDate.init, column: "renew_by"), lead: lead, measures: lines)
    }
}

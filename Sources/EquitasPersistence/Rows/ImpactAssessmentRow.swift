import EquitasCore
import FluentKit
import Foundation

/// One assessment in a council's register, its lines per characteristic as JSON.
final class ImpactAssessmentRow: ValueRow, @unchecked Sendable {
    static let schema = "impact_assessments"
    static let noun = "impact assessment"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationId: UUID
    @Field(key: "title") var title: String
    @Field(key: "service") var service: String
    @Field(key: "proposal") var proposal: String
    @OptionalField(key: "decision_maker") var decisionMaker: String?
    @OptionalField(key: "decision_date") var decisionDate: String?
    @Field(key: "impacts") var impacts: String
    @OptionalField(key: "consultation") var consultation: String?
    @OptionalField(key: "mitigations") var mitigations: String?
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalField(key: "review_date") var reviewDate: String?
    @Field(key: "published") var published: Bool
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update, format: MicrosecondTimestamp()) var updatedAt: Date?

    init() {}

    func apply(_ value: ImpactAssessment) {
        organisationId = value.organisationId
        title = value.title
        service = value.service
        proposal = value.proposal
        decisionMaker = value.decisionMaker
        decisionDate = value.decisionDate?.description
        impacts = Self.encode(value.impacts)
        consultation = value.consultation
        mitigations = value.mitigations
        outcome = value.outcome?.rawValue
        reviewDate = value.reviewDate?.description
        published = value.published
    }

    func value() throws -> ImpactAssessment {
        let lines: [CharacteristicImpact]
        do {
            lines = try JSONCoding.decoder().decode([CharacteristicImpact].self, from: Data(impacts.utf8))
        } catch {
            throw CorruptColumn(table: Self.schema, column: "impacts", value: String(impacts.prefix(80)))
        }
        return ImpactAssessment(
            organisationId: organisationId, title: title, service: service, proposal: proposal, decisionMaker: decisionMaker,
            decisionDate: try read(decisionDate, as: CalendarDate.init, column: "decision_date"), impacts: lines,
            consultation: consultation, mitigations: mitigations,
            outcome: try read(outcome, as: ImpactOutcome.init(rawValue:), column: "outcome"),
            reviewDate: try read(reviewDate, as: CalendarDate.init, column: "review_date"), published: published)
    }

    static func encode(_ impacts: [CharacteristicImpact]) -> String { CompactJSON.string(impacts) }
}

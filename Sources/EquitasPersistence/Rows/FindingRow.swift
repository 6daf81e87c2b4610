import EquitasCore
import FluentKit
import Foundation

final class FindingRow: PlainPartRow, @unchecked Sendable {
    static let schema = "findings"
    static let noun = "finding"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "module_id") var moduleId: String
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    @OptionalField(key: "organisation_id") var organisationId: UUID?
    @OptionalField(key: "attribution") var attribution: String?
    @OptionalField(key: "theme") var theme: String?
    @Field(key: "position") var position: Int

    init() {}

    func apply(_ part: Finding) {
        moduleId = part.module
        kind = part.kind.rawValue
        text = part.text
        organisationId = part.organisationId
        attribution = part.attribution
        theme = part.theme
    }

    func part() throws -> Finding {
        Finding(
            module: moduleId, kind: try read(kind, column: "kind"), text: text, organisationId: organisationId,
            attribution: attribution, theme: theme)
    }
}

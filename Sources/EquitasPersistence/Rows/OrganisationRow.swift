import EquitasCore
import FluentKit
import Foundation

final class OrganisationRow: ValueRow, @unchecked Sendable {
    static let schema = "organisations"
    static let noun = "organisation"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "type") var type: String
    @OptionalField(key: "ons_code") var onsCode: String?
    @OptionalField(key: "disclosure_threshold") var disclosureThreshold: Int?

    init() {}

    func apply(_ value: Organisation) {
        name = value.name
        type = value.type.rawValue
        onsCode = value.onsCode
        disclosureThreshold = value.disclosureThreshold
    }

    func value() throws -> Organisation {
        Organisation(name: name, type: try read(type, column: "type"), onsCode: onsCode, disclosureThreshold: disclosureThreshold)
    }
}

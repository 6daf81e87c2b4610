import EquitasCore
import Vapor

/// The organisation form as typed: kept as text so that a form re-shown after an error
/// gives back exactly what was entered.
struct OrganisationForm: Content {
    var name = ""
    var type = ""
    var onsCode = ""
    var disclosureThreshold = ""

    enum CodingKeys: String, CodingKey {
        case name, type
        case onsCode = "ons_code"
        case disclosureThreshold = "disclosure_threshold"
    }

    init() {}

    init(_ organisation: Organisation) {
        name = organisation.name
        type = organisation.type.rawValue
        onsCode = organisation.onsCode ?? ""
        disclosureThreshold = organisation.disclosureThreshold.map(String.init) ?? ""
    }

    /// Missing fields come in as empty, so the checks below can name them.
    init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        name = try fields.decodeIfPresent(String.self, forKey: .name) ?? ""
        type = try fields.decodeIfPresent(String.self, forKey: .type) ?? ""
        onsCode = try fields.decodeIfPresent(String.self, forKey: .onsCode) ?? ""
        disclosureThreshold = try fields.decodeIfPresent(String.self, forKey: .disclosureThreshold) ?? ""
    }

    /// What the person left out, in the order of the fields; the store's own rules
    /// (length, the shape of an ONS code) come after.
    var problems: FormErrors {
        var errors = FormErrors()
        if Text.optional(name) == nil { errors.add("name", "Enter the organisation's name") }
        if OrganisationType(rawValue: type) == nil { errors.add("type", "Choose the type of organisation") }
        if let text = Text.optional(disclosureThreshold) {
            if let number = Int(text) {
                if number < DisclosureControl.lowestThreshold {
                    errors.add("disclosure_threshold", "The disclosure threshold must be \(DisclosureControl.lowestThreshold) or more")
                }
            } else {
                errors.add("disclosure_threshold", "Enter the disclosure threshold as a whole number, such as 10")
            }
        }
        return errors
    }

    /// The organisation, once `problems` is empty.
    var organisation: Organisation? {
        OrganisationType(rawValue: type).map {
            Organisation(name: name, type: $0, onsCode: onsCode, disclosureThreshold: Text.optional(disclosureThreshold).flatMap { Int($0) })
        }
    }
}

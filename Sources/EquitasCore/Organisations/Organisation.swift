/// A public body: a council, an NHS trust, a fire and rescue service, a police force,
/// or a body a peer comes from (the LGA).
public struct Organisation: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var type: OrganisationType
    /// The ONS GSS code of the area, such as `E07000037` (High Peak).
    public var onsCode: String?
    /// The fewest people a published figure about its staff may rest on, when the council
    /// has chosen one (never below 5); nil means the default, 10. See `disclosureControl`.
    public var disclosureThreshold: Int?

    public init(name: String, type: OrganisationType, onsCode: String? = nil, disclosureThreshold: Int? = nil) {
        self.name = name
        self.type = type
        self.onsCode = onsCode
        self.disclosureThreshold = disclosureThreshold
    }

    /// The rule every figure about this council's staff follows (docs/adr/0006).
    public var disclosureControl: DisclosureControl {
        disclosureThreshold.flatMap { try? DisclosureControl(threshold: $0) } ?? .standard
    }

    public func validated() throws(ValidationFailure) -> Organisation {
        var copy = self
        copy.name = try Text.required(name, path: "name", maximum: 200)
        copy.onsCode = Text.optional(onsCode)
        if let code = copy.onsCode, !Organisation.isONSCode(code) {
            throw ValidationFailure(path: "ons_code", message: "\"\(code)\" is not an ONS code (a letter and eight digits, such as E07000037)")
        }
        if let threshold = disclosureThreshold {
            do { _ = try DisclosureControl(threshold: threshold) } catch {
                throw ValidationFailure(path: "disclosure_threshold", message: error.message)
            }
        }
        return copy
    }

    static func isONSCode(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        guard scalars.count == 9, "EWSNKLMJ".unicodeScalars.contains(scalars[0]) else { return false }
        return scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }
}

public enum OrganisationType: String, DomainEnum {
    case districtCouncil = "district-council"
    case boroughCouncil = "borough-council"
    case cityCouncil = "city-council"
    case countyCouncil = "county-council"
    case unitaryAuthority = "unitary-authority"
    case metropolitanBorough = "metropolitan-borough"
    case londonBorough = "london-borough"
    case combinedAuthority = "combined-authority"
    case nhsTrust = "nhs-trust"
    case fireAndRescue = "fire-and-rescue"
    case police = "police"
    case nationalBody = "national-body"
    case other = "other"
}

/// The nine characteristics the Equality Act 2010 protects, by the names Equitas uses
/// for them everywhere: a staff list's column, a community profile's rows, an impact
/// assessment's lines. A council may add its own (care leavers, armed forces, socio-
/// economic disadvantage); those are plain names beside these.
public enum ProtectedCharacteristic: String, DomainEnum {
    case age
    case disability
    case genderReassignment = "gender_reassignment"
    case marriageAndCivilPartnership = "marriage_and_civil_partnership"
    case pregnancyAndMaternity = "pregnancy_and_maternity"
    case race
    case religionOrBelief = "religion_or_belief"
    case sex
    case sexualOrientation = "sexual_orientation"

    /// "Religion or belief": for headings and tables.
    public var label: String {
        switch self {
        case .age: "Age"
        case .disability: "Disability"
        case .genderReassignment: "Gender reassignment"
        case .marriageAndCivilPartnership: "Marriage and civil partnership"
        case .pregnancyAndMaternity: "Pregnancy and maternity"
        case .race: "Race"
        case .religionOrBelief: "Religion or belief"
        case .sex: "Sex"
        case .sexualOrientation: "Sexual orientation"
        }
    }
}

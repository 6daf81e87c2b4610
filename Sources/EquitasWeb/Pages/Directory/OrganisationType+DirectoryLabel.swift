import EquitasCore

extension OrganisationType {
    /// "District council": the type as a person reads it in a table or a drop-down.
    var directoryLabel: String {
        switch self {
        case .districtCouncil: "District council"
        case .boroughCouncil: "Borough council"
        case .cityCouncil: "City council"
        case .countyCouncil: "County council"
        case .unitaryAuthority: "Unitary authority"
        case .metropolitanBorough: "Metropolitan borough"
        case .londonBorough: "London borough"
        case .combinedAuthority: "Combined authority"
        case .nhsTrust: "NHS trust"
        case .fireAndRescue: "Fire and rescue service"
        case .police: "Police force"
        case .nationalBody: "National body"
        case .other: "Other"
        }
    }
}

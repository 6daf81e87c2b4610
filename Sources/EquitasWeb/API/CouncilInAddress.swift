import EquitasCore
import Foundation

/// A council's own register (impact assessments, equality objectives, committee
/// meetings) lives under `/organisations/{id}/…`: a body may leave its `organisation_id`
/// out, but one naming another council is refused rather than ignored.
enum CouncilInAddress {
    static func check(_ named: UUID?, _ organisationId: UUID) throws {
        if let named, named != organisationId {
            throw ValidationFailure(path: "organisation_id", message: "must be the council in the address, \(organisationId.uuidString.lowercased())")
        }
    }
}

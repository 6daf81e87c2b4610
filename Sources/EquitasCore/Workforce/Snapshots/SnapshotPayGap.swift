import Foundation

/// The pay gap figures of one comparison (sex, ethnicity or disability) from a staff
/// list, whichever computation it takes: what `equitas paygap --format json` prints and
/// what the API's pay-gaps route serves, so the two are always the same JSON.
public enum SnapshotPayGap: Sendable {
    case sex(GenderPayGapReport)
    case group(GroupPayGapReport)

    public static let comparisons = ["sex", "ethnicity", "disability"]

    /// `by` is sex, ethnicity or disability; `reference` is the ethnicity reference group
    /// (by default `GroupPayGap.defaultEthnicityReference`).
    public static func compute(
        _ staff: [StaffRecord], snapshot: CalendarDate, by: String = "sex", reference: String? = nil, control: DisclosureControl = .standard
    ) throws(ValidationFailure) -> SnapshotPayGap {
        switch by {
        case "sex":
            var report = GenderPayGap.report(staff, snapshot: snapshot)
            report.disclosureControl = control
            return .sex(report)
        case "ethnicity": return .group(GroupPayGap.ethnicity(staff, snapshot: snapshot, reference: reference ?? GroupPayGap.defaultEthnicityReference(staff), control: control))
        case "disability": return .group(GroupPayGap.disability(staff, snapshot: snapshot, control: control))
        default: throw ValidationFailure(path: "by", message: "\"\(by)\" is not a comparison; use sex, ethnicity or disability")
        }
    }

    public func json() throws -> Data {
        switch self {
        case .sex(let report): try JSONCoding.encoder().encode(report)
        case .group(let report): try JSONCoding.encoder().encode(report)
        }
    }
}

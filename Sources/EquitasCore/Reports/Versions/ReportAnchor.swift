/// What a council comment points at in the version it was made on: a finding or a
/// recommendation (by the UUID it has in that version's snapshot), or a section of the
/// report built from the snapshot (by its id: "background", "module-communities").
public struct ReportAnchor: Codable, Equatable, Hashable, Sendable {
    public var kind: ReportAnchorKind
    public var id: String

    public init(kind: ReportAnchorKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// A comment on the draft as a whole: a past report often prints its council's
    /// comments without saying where in the draft each was made.
    public static let wholeReport = ReportAnchor(kind: .section, id: "report")

    /// "finding 6f1e…", "section \"background\"", for messages.
    public var label: String {
        switch kind {
        case .finding, .recommendation: "\(kind.rawValue) \(id)"
        case .section: self == .wholeReport ? "the report as a whole" : "section \"\(id)\""
        }
    }
}

public enum ReportAnchorKind: String, DomainEnum {
    case finding
    case recommendation
    case section
}

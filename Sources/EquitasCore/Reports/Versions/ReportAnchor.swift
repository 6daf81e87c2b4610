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

    /// "finding 6f1e…", "section \"background\"", for messages.
    public var label: String {
        switch kind {
        case .finding, .recommendation: "\(kind.rawValue) \(id)"
        case .section: "section \"\(id)\""
        }
    }
}

public enum ReportAnchorKind: String, DomainEnum {
    case finding
    case recommendation
    case section
}

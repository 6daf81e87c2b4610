import Foundation

/// A comment as the council sends it; the draft, the time and the resolution are not
/// theirs to set.
public struct NewReportComment: Codable, Equatable, Sendable {
    public var anchor: ReportAnchor
    public var author: String
    public var organisationId: UUID?
    public var text: String

    public init(anchor: ReportAnchor, author: String, organisationId: UUID? = nil, text: String) {
        self.anchor = anchor
        self.author = author
        self.organisationId = organisationId
        self.text = text
    }
}

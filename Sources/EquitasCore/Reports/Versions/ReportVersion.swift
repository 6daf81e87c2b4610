/// A report as it was issued: a numbered draft for the council to comment on, or the
/// final report. The snapshot is the whole challenge frozen at that moment, so later
/// edits to the live challenge never change what the council was sent.
public struct ReportVersion: Codable, Equatable, Sendable {
    /// 1, 2, … per challenge; drafts and the final share one sequence.
    public var number: Int
    public var kind: ReportVersionKind
    public var issuedOn: CalendarDate
    /// Free text until people sign in: "Priya Hollingsworth, review manager".
    public var issuedBy: String
    public var snapshot: ChallengeRecord

    public init(number: Int, kind: ReportVersionKind, issuedOn: CalendarDate, issuedBy: String, snapshot: ChallengeRecord) {
        self.number = number
        self.kind = kind
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.snapshot = snapshot
    }

    /// What the title page prints and the renderers date the document by.
    public var edition: ReportEdition {
        switch kind {
        case .draft: .draft(number: number, issued: issuedOn)
        case .final: .final(issued: issuedOn)
        }
    }

    /// "draft 2", "the final report (version 3)", for messages.
    public var label: String { ReportVersionKind.label(kind, number: number) }
}

public enum ReportVersionKind: String, DomainEnum {
    case draft
    case final

    static func label(_ kind: ReportVersionKind, number: Int) -> String {
        switch kind {
        case .draft: "draft \(number)"
        case .final: "the final report (version \(number))"
        }
    }
}

/// Which text of the report is being shown: the live working copy, a numbered draft
/// issued to the council, or the final report. Printed on the title page and used to
/// date the document.
public enum ReportEdition: Codable, Equatable, Hashable, Sendable {
    case working(asOf: CalendarDate)
    case draft(number: Int, issued: CalendarDate)
    case final(issued: CalendarDate)
    /// The last day's feedback, as the team presented it on that day.
    case feedback(given: CalendarDate)

    public var label: String {
        switch self {
        case .working: "Working copy — not issued"
        case .draft(let number, _): "Draft \(number) for council comment"
        case .final: "Final report"
        case .feedback: "Feedback to the council"
        }
    }

    public var date: CalendarDate {
        switch self {
        case .working(let day), .draft(_, let day), .final(let day), .feedback(let day): day
        }
    }
}

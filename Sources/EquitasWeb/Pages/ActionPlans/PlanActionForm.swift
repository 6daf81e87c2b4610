import EquitasCore
import Foundation
import Vapor

/// An action as the add and edit forms send it: words, a lead chosen from the council's
/// people, a timescale of one of three kinds (with the date fields each kind uses), the
/// body that monitors it and its status.
struct PlanActionForm: Content {
    var description: String?
    var leadId: String?
    var timescaleKind: String?
    var due: String?
    var phaseName: String?
    var phaseStart: String?
    var phaseEnd: String?
    var indicative: String?
    var monitoredBy: String?
    var status: String?

    enum CodingKeys: String, CodingKey {
        case description
        case leadId = "lead_id"
        case timescaleKind = "timescale_kind"
        case due
        case phaseName = "phase_name"
        case phaseStart = "phase_start"
        case phaseEnd = "phase_end"
        case indicative
        case monitoredBy = "monitored_by"
        case status
    }

    init() {}

    /// The form filled in from a stored action, for editing.
    init(_ action: PlanAction) {
        description = action.description
        leadId = action.leadId?.uuidString.lowercased() ?? ""
        timescaleKind = action.timescale?.kind.rawValue ?? ""
        switch action.timescale {
        case .due(let date)?: due = date.description
        case .phase(let name, let start, let end)?:
            phaseName = name
            phaseStart = start.description
            phaseEnd = end.description
        case .longerTerm(let date)?: indicative = date?.description
        case nil: break
        }
        monitoredBy = action.monitoredBy
        status = action.status.rawValue
    }

    /// The action the form describes; what a person can get wrong in the form itself is
    /// added to `errors` field by field, and the core's own checks run when it is stored.
    func action(people: [Identified<Person>], errors: inout FormErrors) -> PlanAction {
        var action = PlanAction(description: description ?? "", monitoredBy: Text.optional(monitoredBy))
        if Text.optional(description) == nil { errors.add("description", "Enter what will be done") }
        if let raw = Text.optional(leadId) {
            if let id = UUID(uuidString: raw), people.contains(where: { $0.id == id }) {
                action.leadId = id
            } else {
                errors.add("lead_id", "Choose a lead officer from the list")
            }
        }
        action.timescale = timescale(errors: &errors)
        if let raw = Text.optional(status) {
            if let chosen = PlanActionStatus(rawValue: raw) { action.status = chosen } else { errors.add("status", "Choose a status from the list") }
        }
        return action
    }

    private func timescale(errors: inout FormErrors) -> Timescale? {
        switch Text.optional(timescaleKind) {
        case nil:
            return nil
        case Timescale.Kind.date.rawValue:
            return Self.date(due, field: "due", words: "the due date", required: true, errors: &errors).map { .due($0) }
        case Timescale.Kind.phase.rawValue:
            let name = Text.optional(phaseName)
            if name == nil { errors.add("phase_name", "Enter the phase’s name, such as “Within six months”") }
            let start = Self.date(phaseStart, field: "phase_start", words: "the day the phase starts", required: true, errors: &errors)
            let end = Self.date(phaseEnd, field: "phase_end", words: "the day the phase ends", required: true, errors: &errors)
            guard let name, let start, let end else { return nil }
            return .phase(name: name, start: start, end: end)
        case Timescale.Kind.longerTerm.rawValue:
            return .longerTerm(indicative: Self.date(indicative, field: "indicative", words: "the indicative date", required: false, errors: &errors))
        default:
            errors.add("timescale_kind", "Choose a kind of timescale from the list")
            return nil
        }
    }

    /// A `YYYY-MM-DD` date field (what a date input sends).
    private static func date(_ raw: String?, field: String, words: String, required: Bool, errors: inout FormErrors) -> CalendarDate? {
        guard let text = Text.optional(raw) else {
            if required { errors.add(field, "Enter \(words)") }
            return nil
        }
        guard let date = CalendarDate(text) else {
            errors.add(field, "Enter \(words) as a real date, such as 2026-03-31")
            return nil
        }
        return date
    }

    /// The field a core failure belongs to: its path names the action's own fields, and
    /// a phase's name and end sit under `timescale`.
    static func field(for failure: ValidationFailure) -> (name: String, words: String) {
        switch failure.path {
        case "timescale.name": ("phase_name", "The phase’s name")
        case "timescale.end", "timescale.start": ("phase_end", "The phase’s end")
        case "lead_id": ("lead_id", "The lead officer")
        case "monitored_by": ("monitored_by", "Monitored by")
        case "status": ("status", "The status")
        default: ("description", "What will be done")
        }
    }
}

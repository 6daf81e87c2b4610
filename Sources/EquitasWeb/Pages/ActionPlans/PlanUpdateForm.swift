import EquitasCore
import Vapor

/// A progress update as the action page's form sends it. Who wrote it is never a field:
/// it is the person signed in.
struct PlanUpdateForm: Content {
    var date: String?
    var text: String?
    var status: String?

    init(date: String?, text: String? = nil, status: String? = nil) {
        self.date = date
        self.text = text
        self.status = status
    }

    func update(author: String, today: CalendarDate, errors: inout FormErrors) -> ProgressUpdate {
        var day = today
        if let raw = Text.optional(date) {
            if let parsed = CalendarDate(raw) { day = parsed } else { errors.add("date", "Enter the date as a real date, such as 2026-03-31") }
            if day > today { errors.add("date", "The date of the update must be today (\(today.longForm)) or earlier") }
        } else {
            errors.add("date", "Enter the date of the update")
        }
        if Text.optional(text) == nil { errors.add("text", "Enter what has happened") }
        var moved: PlanActionStatus?
        if let raw = Text.optional(status) {
            if let chosen = PlanActionStatus(rawValue: raw) { moved = chosen } else { errors.add("status", "Choose a status from the list") }
        }
        return ProgressUpdate(date: day, author: author, text: text ?? "", status: moved)
    }
}

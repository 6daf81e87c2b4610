import Foundation

extension ActionPlanSheetReader {
    /// The row's action: nil when every action column is empty (an item with no
    /// actions yet); `.some(nil)` when the row has an action but a bad cell in it.
    mutating func readAction(_ row: Row) -> PlanContent.Action?? {
        guard Column.actionColumns.contains(where: { !isBlank($0, row) }) else { return nil }
        let before = failureCount
        let described = text(.action, row)
        let description = checked(.action, row) { path throws(ValidationFailure) in try Text.required(described, path: path) }
        let lead = readLead(row)
        let timescale = readTimescale(row)
        let monitor = text(.monitoredBy, row)
        let monitoredBy = checked(.monitoredBy, row) { path throws(ValidationFailure) in try Text.optional(monitor, path: path, maximum: 300) }
        let status = readStatus(row)
        let latest = readUpdate(row)
        guard failureCount == before, let description, let status else { return .some(nil) }
        let action = PlanAction(description: description, leadId: lead, timescale: timescale, monitoredBy: monitoredBy, status: status)
        return PlanContent.Action(action: action, latestUpdate: latest)
    }

    /// The lead officer by name; they must already be known, and known only once.
    mutating func readLead(_ row: Row) -> UUID? {
        let name = text(.lead, row)
        guard !name.isEmpty else { return nil }
        switch vocabulary.person(named: name) {
        case .found(let id):
            return id
        case .none:
            fail(.lead, row, "no person called \"\(name)\"; add them first")
        case .ambiguous(let count):
            fail(.lead, row, "\(count) people are called \"\(name)\"; the sheet cannot say which is meant, so rename one of them first")
        }
        return nil
    }

    /// Empty "Timescale": a plain due date. "Longer term": an optional indicative date
    /// under "Due". Anything else names a phase running from "Start" to "Due". With all
    /// three empty the action has no timescale yet, as a draft plan exports it.
    mutating func readTimescale(_ row: Row) -> Timescale? {
        let name = text(.timescale, row)
        let startGiven = !isBlank(.start, row)
        // "Ongoing" where a date would go, as councils' own sheets say it.
        if name.isEmpty, Self.isOngoing(text(.due, row)) {
            if startGiven { fail(.start, row, "an ongoing (longer-term) action has no start date; clear this cell") }
            return .longerTerm(indicative: nil)
        }
        let dueGiven = !isBlank(.due, row)
        let start = date(.start, row)
        let due = date(.due, row)
        if name.isEmpty {
            if startGiven {
                fail(.start, row, "only a phase has a start date: name the phase under \"Timescale\", or clear this cell")
            }
            return due.map { .due($0) }
        }
        if Self.isLongerTerm(name) {
            if startGiven {
                fail(.start, row, "a longer-term action has no start date; clear this cell")
            }
            return dueGiven ? due.map { .longerTerm(indicative: $0) } : .longerTerm(indicative: nil)
        }
        let phase = checked(.timescale, row) { path throws(ValidationFailure) in try Text.required(name, path: path, maximum: 200) }
        if !startGiven {
            fail(.start, row, "the phase \"\(name)\" needs a start date")
        }
        if !dueGiven {
            fail(.due, row, "the phase \"\(name)\" needs an end date")
        }
        guard let phase, let start, let due else { return nil }
        guard start <= due else {
            fail(.due, row, "the phase ends (\(due)) before it starts (\(start))")
            return nil
        }
        return .phase(name: phase, start: start, end: due)
    }

    /// "Longer term", however it is capitalised, spaced or hyphenated.
    static func isOngoing(_ text: String) -> Bool {
        ["ongoing", "longerterm", "continuous"].contains(text.lowercased().filter(\.isLetter))
    }

    static func isLongerTerm(_ name: String) -> Bool {
        name.lowercased().filter(\.isLetter) == "longerterm"
    }

    /// By label ("On track") or stored value; empty means not started.
    mutating func readStatus(_ row: Row) -> PlanActionStatus? {
        let typed = text(.status, row)
        guard !typed.isEmpty else { return .notStarted }
        guard let status = PlanActionStatus(label: typed) ?? PlanActionStatus(rag: typed) else {
            let labels = PlanActionStatus.allCases.map(\.label)
            fail(.status, row, "\"\(typed)\" is not a status (use \(Self.listed(labels, or: true)), or Red, Amber, Green or Blue)")
            return nil
        }
        return status
    }

    /// The latest update, dated today and written by the importer unless the sheet says
    /// otherwise. A date or author with no update text is refused: the text was most
    /// likely deleted by mistake.
    mutating func readUpdate(_ row: Row) -> ProgressUpdate? {
        let written = text(.latestUpdate, row)
        guard !written.isEmpty else {
            if !isBlank(.updatedOn, row) {
                fail(.updatedOn, row, "a date with no update: write the update under \"Latest update\", or clear this cell")
            }
            if !isBlank(.updatedBy, row) {
                fail(.updatedBy, row, "an author with no update: write the update under \"Latest update\", or clear this cell")
            }
            return nil
        }
        let updateText = checked(.latestUpdate, row) { path throws(ValidationFailure) in try Text.required(written, path: path) }
        let date = isBlank(.updatedOn, row) ? today : date(.updatedOn, row)
        let named = text(.updatedBy, row)
        let author = named.isEmpty
            ? importedBy
            : checked(.updatedBy, row) { path throws(ValidationFailure) in try Text.required(named, path: path, maximum: 200) }
        guard let updateText, let date, let author else { return nil }
        return ProgressUpdate(date: date, author: author, text: updateText)
    }

    /// A date cell; nil when blank, or when it is not a date (noting the failure).
    mutating func date(_ column: Column, _ row: Row) -> CalendarDate? {
        let cell = cell(column, row)
        guard !cell.isBlank else { return nil }
        // "March 2022" as a target means by the end of March.
        guard let date = cell.calendarDate ?? (column == .due ? CalendarDate.endOfMonth(named: cell.trimmedText) : nil) else {
            fail(column, row, "\"\(cell.trimmedText)\" is not a date (use DD/MM/YYYY or YYYY-MM-DD)")
            return nil
        }
        return date
    }
}

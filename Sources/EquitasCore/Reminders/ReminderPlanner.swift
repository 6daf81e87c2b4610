import Foundation

/// Who is reminded of what on a day: the rules of `equitas reminders send`, without a
/// database or a mail server, so they are tested in milliseconds. One message per
/// person and kind; nobody is written to with nothing to say.
public enum ReminderPlanner {
    public static func messages(_ input: ReminderInput, asOf today: CalendarDate, settings: ReminderSettings = ReminderSettings()) -> [ReminderMessage] {
        digests(input, today, settings) + reviewQueues(input) + escalations(input, today, settings) + statutory(input, today, settings)
    }

    /// An action of a plan, with where it sits, as a digest line.
    struct Entry {
        var plan: ReminderInput.Plan
        var item: PlanItemRecord
        var action: PlanAction

        func line(_ today: CalendarDate) -> String {
            var words = "- \(plan.organisationName), \(plan.record.plan.value.title), item \(item.item.value.number): \(action.description)"
            if let due = action.timescale?.dueDate {
                let late = due.days(until: today)
                words += late > 0 ? " (due \(due.longForm), \(late) day\(late == 1 ? "" : "s") overdue" : " (due \(due.longForm)"
                words += "; \(action.status.label.lowercased()))"
            }
            return words
        }
    }

    static func entries(_ input: ReminderInput, where wanted: (PlanAction) -> Bool) -> [Entry] {
        input.plans.flatMap { plan in
            plan.record.actions.filter { wanted($0.action.action.value) }.map { Entry(plan: plan, item: $0.item, action: $0.action.action.value) }
        }
    }

    static func digests(_ input: ReminderInput, _ today: CalendarDate, _ settings: ReminderSettings) -> [ReminderMessage] {
        input.recipients.compactMap { recipient in
            guard !recipient.remindersOff, let person = recipient.personId else { return nil }
            let mine = entries(input) { $0.leadId == person && $0.isDue(on: today, within: settings.dueWithinDays) }
            guard !mine.isEmpty else { return nil }
            let overdue = mine.filter { $0.action.isOverdue(on: today) }
            let soon = mine.filter { !$0.action.isOverdue(on: today) }
            var counts: [String] = []
            if !overdue.isEmpty { counts.append("\(overdue.count) overdue") }
            if !soon.isEmpty { counts.append("\(soon.count) due within \(settings.dueWithinDays) days") }
            var body = ["Dear \(recipient.name),", "", "These are the actions you lead that need attention, as at \(today.longForm)."]
            if !overdue.isEmpty { body += ["", "Overdue:"] + overdue.map { $0.line(today) } }
            if !soon.isEmpty { body += ["", "Due within \(settings.dueWithinDays) days:"] + soon.map { $0.line(today) } }
            body += footer
            return ReminderMessage(
                kind: .digest, to: recipient.email, toName: recipient.name,
                subject: "Equitas: your actions, " + counts.joined(separator: " and "), body: body.joined(separator: "\n"))
        }
    }

    static func reviewQueues(_ input: ReminderInput) -> [ReminderMessage] {
        input.recipients.compactMap { recipient in
            guard !recipient.remindersOff, recipient.role == .reviewManager, let person = recipient.personId else { return nil }
            let work = input.reviewWork.filter { $0.reviewManagerPersonIds.contains(person) && ($0.openComments > 0 || $0.draftWaiting) }
            guard !work.isEmpty else { return nil }
            let comments = work.map(\.openComments).reduce(0, +)
            let drafts = work.filter(\.draftWaiting).count
            var counts: [String] = []
            if comments > 0 { counts.append("\(comments) comment\(comments == 1 ? "" : "s") to resolve") }
            if drafts > 0 { counts.append("\(drafts) draft\(drafts == 1 ? "" : "s") waiting") }
            var body = ["Dear \(recipient.name),", "", "Challenges you manage have work waiting:", ""]
            for challenge in work {
                var waiting: [String] = []
                if challenge.openComments > 0 {
                    waiting.append("\(challenge.openComments) council comment\(challenge.openComments == 1 ? "" : "s") to resolve")
                }
                if challenge.draftWaiting { waiting.append("the draft report to issue") }
                body.append("- \(challenge.challengeName): " + waiting.joined(separator: "; "))
            }
            body += footer
            return ReminderMessage(
                kind: .reviewQueue, to: recipient.email, toName: recipient.name,
                subject: "Equitas: " + counts.joined(separator: " and "), body: body.joined(separator: "\n"))
        }
    }

    /// One message per monitoring contact, whatever they chose about digests: the
    /// committee asked to hear of these.
    static func escalations(_ input: ReminderInput, _ today: CalendarDate, _ settings: ReminderSettings) -> [ReminderMessage] {
        guard let cutOff = today.adding(days: -settings.escalateAfterDays) else { return [] }
        let late = entries(input) { action in
            guard !action.status.isFinished, let due = action.timescale?.dueDate else { return false }
            return due < cutOff
        }
        var contacts: [String] = []
        for entry in late {
            if let contact = entry.plan.monitoringContact?.lowercased(), !contacts.contains(contact) { contacts.append(contact) }
        }
        return contacts.map { contact in
            let theirs = late.filter { $0.plan.monitoringContact?.lowercased() == contact }
            let name = input.recipients.first { $0.email == contact }?.name ?? contact
            let body = [
                "Dear \(name),", "",
                "These actions, which your body monitors, are overdue by more than \(settings.escalateAfterDays) days as at \(today.longForm):", "",
            ] + theirs.map { $0.line(today) + lead($0, input) } + [
                "", "You receive this because you are the monitoring contact for these action plans.",
            ]
            return ReminderMessage(
                kind: .escalation, to: contact, toName: name,
                subject: "Equitas: \(theirs.count) action\(theirs.count == 1 ? "" : "s") overdue by more than \(settings.escalateAfterDays) days",
                body: body.joined(separator: "\n"))
        }
    }

    private static func lead(_ entry: Entry, _ input: ReminderInput) -> String {
        guard let lead = entry.action.leadId, let name = input.recipients.first(where: { $0.personId == lead })?.name else { return "" }
        return ", led by \(name)"
    }

    /// To a council's officers (its equality leads): the statutory dates coming up.
    static func statutory(_ input: ReminderInput, _ today: CalendarDate, _ settings: ReminderSettings) -> [ReminderMessage] {
        guard let horizon = today.adding(days: settings.statutoryWithinDays) else { return [] }
        return input.recipients.compactMap { recipient in
            guard !recipient.remindersOff, recipient.role == .councilOfficer, let council = recipient.organisationId else { return nil }
            let coming = input.duties.filter { $0.organisationId == council && today <= $0.date && $0.date <= horizon }.sorted { $0.date < $1.date }
            guard !coming.isEmpty else { return nil }
            let body = ["Dear \(recipient.name),", "", "Statutory dates in the next \(settings.statutoryWithinDays) days:", ""]
                + coming.map { duty in
                    let days = today.days(until: duty.date)
                    return "- \(duty.date.longForm) (\(days == 0 ? "today" : "in \(days) day\(days == 1 ? "" : "s")")): \(duty.title)"
                } + footer
            return ReminderMessage(
                kind: .statutory, to: recipient.email, toName: recipient.name,
                subject: "Equitas: \(coming.count) statutory date\(coming.count == 1 ? "" : "s") in the next \(settings.statutoryWithinDays) days",
                body: body.joined(separator: "\n"))
        }
    }

    static let footer = [
        "", "--", "Sent by Equitas. To stop these reminders, turn them off under Reminders on your account page, or ask your administrator.",
    ]
}

import EquitasCore
import EquitasPersistence
import FluentKit
import Foundation

/// `equitas reminders send`, as functions tests call: work out today's messages from the
/// database, then deliver them (or, on a dry run, only list them).
public enum ReminderRun {
    public static func messages(db: any Database, catalog: FrameworkCatalog, asOf day: CalendarDate, settings: ReminderSettings) async throws -> [ReminderMessage] {
        let input = try await ReminderStore(db: db, catalog: catalog).input(asOf: day, settings: settings)
        return ReminderPlanner.messages(input, asOf: day, settings: settings)
    }

    /// Sends every message through the configured transport in one go (one SMTP
    /// connection) and returns one line per message: recipient and subject. `now` (the
    /// application's clock) dates the messages.
    public static func deliver(_ messages: [ReminderMessage], mail: MailSettings, dryRun: Bool, now: Date) async throws -> [String] {
        let lines = messages.map(\.line)
        guard !dryRun, !messages.isEmpty else { return lines }
        guard let transport = mail.transport else { throw SMTPError(mail.missing ?? "no way to send mail") }
        try await transport.send(messages.map { message in
            MailMessage(from: mail.from, to: MailAddress(message.to, name: message.toName), subject: message.subject, body: message.body, date: now)
        })
        return lines
    }

    /// `EQUITAS_REMINDER_DUE_DAYS` (30), `EQUITAS_REMINDER_ESCALATE_DAYS` (30),
    /// `EQUITAS_REMINDER_STATUTORY_DAYS` (60): whole numbers of days, at least 1.
    public static func settings(environment: [String: String]) throws -> ReminderSettings {
        func days(_ name: String, _ fallback: Int) throws -> Int {
            guard let raw = environment[name] else { return fallback }
            guard let value = Int(raw.trimmingCharacters(in: .whitespaces)), (1...3650).contains(value) else {
                throw SMTPError("\(name) must be a whole number of days from 1 to 3650, not \"\(raw)\"")
            }
            return value
        }
        return ReminderSettings(
            dueWithinDays: try days("EQUITAS_REMINDER_DUE_DAYS", 30), escalateAfterDays: try days("EQUITAS_REMINDER_ESCALATE_DAYS", 30),
            statutoryWithinDays: try days("EQUITAS_REMINDER_STATUTORY_DAYS", 60))
    }
}

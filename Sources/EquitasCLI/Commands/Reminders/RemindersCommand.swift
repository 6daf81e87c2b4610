import ArgumentParser
import EquitasCore
import EquitasWeb
import Foundation

struct RemindersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "Reminders by email: lead officers' weekly digests, review managers' queues, escalations and statutory dates.",
        subcommands: [RemindersSendCommand.self])
}

struct RemindersSendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Work out today's reminders and send them, printing one line per message: recipient and subject.",
        discussion: """
            Run it once a week from cron or a systemd timer (see the README). Mail goes through \
            EQUITAS_SMTP_HOST (and EQUITAS_SMTP_PORT) if set, otherwise the machine's sendmail \
            (EQUITAS_SENDMAIL, default /usr/sbin/sendmail); EQUITAS_MAIL_FROM is the sender.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Flag(name: .customLong("dry-run"), help: "List the messages without sending them.")
    var dryRun = false

    @Option(name: .customLong("as-of"), help: "The day to work from (YYYY-MM-DD; default today).")
    var asOf: String?

    func validate() throws {
        _ = try OptionValue.date(asOf, option: "as-of", default: AppClock.system.today)
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let configuration = try Runtime.configuration(options: runtime)
        let day = try OptionValue.date(asOf, option: "as-of", default: configuration.clock.today)
        let settings: ReminderSettings
        let mail: MailSettings
        do {
            settings = try ReminderRun.settings(environment: environment)
            mail = try MailSettings(environment: environment)
        } catch {
            throw RuntimeError(String(describing: error))
        }
        if !dryRun, mail.transport == nil { throw RuntimeError(mail.missing ?? "no way to send mail") }
        let messages = try await Runtime.withApplication(configuration) { app in
            try await ReminderRun.messages(db: app.db, catalog: configuration.catalog, asOf: day, settings: settings)
        }
        let lines: [String]
        do {
            lines = try await ReminderRun.deliver(messages, mail: mail, dryRun: dryRun, now: configuration.clock.now)
        } catch {
            throw RuntimeError("sending failed, so none may have gone: \(error)")
        }
        for line in lines { print(line) }
        StandardError.print(
            dryRun ? "Dry run: \(lines.count) message(s) listed, none sent." : "\(lines.count) message(s) sent.")
    }
}

import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasWeb
import Foundation

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "A council's equality duty calendar for the year ahead: statutory dates, its award's end, impact assessment reviews, actions falling due.",
        discussion: "--format ics writes an iCalendar file (RFC 5545) that Outlook, Google Calendar and phones import.")

    @OptionGroup var runtime: RuntimeOptions

    @Option(help: "The council, by name or id.")
    var organisation: String

    @Option(help: "text (one line per date) or ics.")
    var format: String = "text"

    @Option(help: "The first day (YYYY-MM-DD; default today).")
    var from: String?

    @Option(help: "The last day (YYYY-MM-DD; default a year after the first).")
    var to: String?

    func validate() throws {
        guard ["text", "ics"].contains(format) else { throw ValidationError("--format: \"\(format)\" is not text or ics") }
        _ = try window(today: AppClock.system.today)
    }

    /// --from (today by default) to --to (a year on by default).
    func window(today: CalendarDate) throws -> (CalendarDate, CalendarDate) {
        let start = try OptionValue.date(from, option: "from", default: today)
        let end = try OptionValue.date(to, option: "to", default: start.adding(years: 1))
        guard start <= end else { throw ValidationError("--to: \(end) is before --from, \(start)") }
        return (start, end)
    }

    func run() async throws {
        let configuration = try Runtime.configuration(options: runtime)
        let (start, end) = try window(today: configuration.clock.today)
        let (name, entries) = try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationLookup.find(organisation, on: app.db)
            return (council.value.name, try await CalendarStore(db: app.db, catalog: configuration.catalog).entries(organisationId: council.id, from: start, to: end))
        }
        if format == "ics" {
            FileHandle.standardOutput.write(Data(ICalendarWriter.write(entries, name: "\(name): equality duty calendar", stamp: configuration.clock.now).utf8))
        } else if entries.isEmpty {
            print("Nothing in \(name)'s calendar from \(start.longForm) to \(end.longForm).")
        } else {
            print(DutyCalendar.text(entries))
        }
    }
}

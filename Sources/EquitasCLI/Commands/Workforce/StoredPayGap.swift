import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasSheets
import EquitasWeb
import Fluent
import Foundation

/// `equitas paygap --organisation X --snapshot DATE`: the same output as from a file,
/// from the council's stored snapshot at that date.
enum StoredPayGap {
    static func render(_ command: PayGapCommand, configuration: AppConfiguration, snapshot day: CalendarDate) async throws -> String {
        let organisation = command.organisation ?? ""
        let (staff, council) = try await Runtime.withApplication(configuration) { app in
            let council = try await OrganisationLookup.find(organisation, on: app.db)
            let store = WorkforceStore(db: app.db)
            do {
                let stored = try await store.snapshot(organisationId: council.id, date: day)
                return (try await store.records(snapshotId: stored.id), council.value)
            } catch is NotFound {
                throw ValidationError("\(council.value.name) has no workforce snapshot at \(day) (see `equitas workforce list`)")
            }
        }
        return try output(
            staff, snapshot: day, format: command.format, by: command.by, reference: command.reference,
            control: try DisclosureOption.control(command.threshold, fallback: council.disclosureControl))
    }

    /// What `equitas paygap` prints for these staff, in any of its formats.
    static func output(
        _ staff: [StaffRecord], snapshot day: CalendarDate, format: String, by: String, reference: String?, control: DisclosureControl = .standard
    ) throws -> String {
        let figures: SnapshotPayGap
        do { figures = try SnapshotPayGap.compute(staff, snapshot: day, by: by, reference: reference, control: control) } catch {
            throw ValidationError("--\(error.path): \(error.message)")
        }
        if format == "json" { return String(decoding: try figures.json(), as: UTF8.self) + "\n" }
        switch figures {
        case .sex(let report):
            if format == "gpg-csv" { return String(decoding: CSVWriter.write(PayGapPublishedColumns.table(report)), as: UTF8.self) }
            return PayGapText.lines(report).joined(separator: "\n") + "\n"
        case .group(let report):
            guard format == "text" else { throw ValidationError("--format \(format) is only for --by sex; use json or text") }
            return GroupPayGapText.lines(report).joined(separator: "\n") + "\n"
        }
    }
}

import ArgumentParser
import EquitasCore
import EquitasSheets
import Foundation

/// `equitas paygap FILE --snapshot DATE`: the statutory gender pay gap figures from a
/// staff list, straight from the file; nothing is stored. With `--organisation` instead
/// of a file, from the council's stored snapshot at that date.
struct PayGapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paygap",
        abstract: "Pay gap figures from an anonymised staff list (CSV or XLSX), by the statutory method.",
        discussion: """
            One row per employee. Columns by default: employee_id, sex, ethnicity, disability, grade, \
            full_pay (yes/no), hourly_pay (or ordinary_pay, bonus_in_period, period_days, weekly_hours), \
            bonus_pay (the twelve months to the snapshot); any other column is a further characteristic. \
            --mapping names a CSV file of "their column,equitas column" rows for a council's own headers. \
            Give --organisation instead of FILE to use the council's snapshot stored by \
            `equitas workforce import`. The method is written down in docs/pay-gaps.md.
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The staff list: a .csv or .xlsx file (- reads standard input).")
    var file: String?

    @Option(help: "Instead of FILE: the council (its name or id) whose stored snapshot at --snapshot to use.")
    var organisation: String?

    @Option(help: "The snapshot date (YYYY-MM-DD); for public authorities in England, 31 March.")
    var snapshot: String

    @Option(help: "The comparison: sex (the statutory gender pay gap), ethnicity or disability (the 2023 voluntary method).")
    var by: String = "sex"

    @Option(help: "With --by ethnicity: the reference group as the file spells it (default \"White British\" if the list has it, else its largest group).")
    var reference: String?

    @Option(help: "json, gpg-csv (the government's published data set columns) or text.")
    var format: String = "text"

    @Option(help: "A CSV file mapping the file's headers to Equitas columns.")
    var mapping: String?

    @Option(help: "With --by ethnicity or disability: the fewest people a published figure may rest on (at least 5; default the council's own with --organisation, else 10).")
    var threshold: Int?

    func validate() throws {
        guard (file == nil) != (organisation == nil) else {
            throw ValidationError("give either a staff list FILE or --organisation (a stored snapshot), not both or neither")
        }
        guard mapping == nil || file != nil else {
            throw ValidationError("--mapping is for a FILE; a stored snapshot's columns were mapped when it was imported")
        }
        guard ["json", "gpg-csv", "text"].contains(format) else {
            throw ValidationError("--format: \"\(format)\" is not a format; use json, gpg-csv or text")
        }
        guard ["sex", "ethnicity", "disability"].contains(by) else {
            throw ValidationError("--by: \"\(by)\" is not a comparison; use sex, ethnicity or disability")
        }
        guard format != "gpg-csv" || by == "sex" else {
            throw ValidationError("--format gpg-csv is only for --by sex (the government's data set compares men and women); use json or text")
        }
        guard reference == nil || by == "ethnicity" else {
            throw ValidationError("--reference is only for --by ethnicity; disability is always compared with \"not disabled\"")
        }
        _ = try DisclosureOption.control(threshold)
    }

    func run() async throws {
        let day = try OptionValue.date(snapshot, option: "snapshot")
        guard let file else {
            let configuration = try Runtime.configuration(options: runtime)
            print(try await StoredPayGap.render(self, configuration: configuration, snapshot: day), terminator: "")
            return
        }
        let output = try PayGapOutput.render(
            staff: try InputFile.read(file, mapped: true), named: file, mapping: try mapping.map(InputFile.read), snapshot: day, format: format,
            by: by, reference: reference, control: try DisclosureOption.control(threshold))
        print(output, terminator: "")
    }
}

import EquitasCore
import Foundation

/// The register's one filter, read from the query string. A date that does not parse
/// is kept as typed so the form can show it back beside its error.
struct AccreditationFilter: Sendable {
    static let field = "expiring_before"
    static let fieldId = "expiring-before"

    var typed: String?
    var day: CalendarDate?
    var error: String?

    init(raw: String?) {
        let trimmed = raw?.trimmingCharacters(in: .whitespaces)
        typed = trimmed
        guard let trimmed, !trimmed.isEmpty else { return }
        if let day = CalendarDate(trimmed) {
            self.day = day
        } else {
            error = "Enter a real date, for example 2028-05-31"
        }
    }
}

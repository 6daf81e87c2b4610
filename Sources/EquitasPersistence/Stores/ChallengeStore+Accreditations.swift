import EquitasCore
import FluentKit
import Foundation

extension ChallengeStore {
    /// Challenges that made an award, soonest to expire first: the register of who is
    /// due for reassessment. `expiringBefore` keeps those whose award ends before that day.
    /// Only published reports' awards: until then the award is the team's (and then the
    /// council's) to know, not the public's.
    public func accredited(
        _ page: EquitasCore.PageRequest, expiringBefore: CalendarDate? = nil
    ) async throws -> EquitasCore.Page<Identified<Challenge>> {
        let query = ChallengeRow.query(on: db).filter("award_level", .notEqual, String?.none)
            .filter("status", .equal, ChallengeStatus.published.rawValue)
        if let expiringBefore {
            // Dates are stored as YYYY-MM-DD text, which orders as the calendar does.
            query.filter("award_expires", .lessThan, expiringBefore.description)
        }
        return try await query.sort("award_expires", .ascending).sort(.id).page(page) { rows in
            try await ChallengeRows.challenges(rows, on: db)
        }
    }
}

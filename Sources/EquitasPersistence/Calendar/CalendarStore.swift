import EquitasCore
import FluentKit
import Foundation

/// A council's equality duty calendar (`DutyCalendar`) from what is stored: its
/// statutory dates, its award's end, its impact assessments' reviews and its plans'
/// actions falling due.
public struct CalendarStore: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    public func entries(organisationId: UUID, from: CalendarDate, to: CalendarDate) async throws -> [CalendarEntry] {
        let duties = try await ReminderStore(db: db, catalog: catalog).duties([organisationId], from: from, to: to)
        let plans = try await ActionPlanStore(db: db, catalog: catalog).records(organisationId: organisationId)
        return DutyCalendar.entries(organisationId: organisationId, duties: duties, plans: plans, from: from, to: to)
    }

    /// The actions a person leads, across every plan, falling due in the window: the
    /// feed of someone who is not one council's (a review manager, an administrator).
    public func led(by personId: UUID?, from: CalendarDate, to: CalendarDate) async throws -> [CalendarEntry] {
        guard let personId else { return [] }
        let plans = try await ActionPlanStore(db: db, catalog: catalog).records()
        return plans.flatMap { plan in
            DutyCalendar.entries(organisationId: plan.plan.value.organisationId, duties: [], plans: [plan], from: from, to: to)
                .filter { entry in plan.actions.contains { "action-\($0.action.action.id.uuidString.lowercased())@equitas" == entry.uid && $0.action.action.value.leadId == personId } }
        }.sorted { ($0.date, $0.summary) < ($1.date, $1.summary) }
    }
}

import EquitasCore
import FluentKit
import Foundation

/// Committee reports, and correcting or removing a progress update by its author until
/// the next one (`ProgressUpdateCorrection`). Both rows are audited, so every correction
/// and removal is in the plan's trail with who made it and what it said before. Committee
/// reports move the plan's change stamp (M0051's triggers), since the plan page is kept.
extension ActionPlanStore {
    /// The plan's committee reports, oldest first.
    public func committeeReports(_ planId: UUID) async throws -> [Identified<CommitteeReport>] {
        _ = try await plan(planId)
        return try await CommitteeReportRow.query(on: db).filter("plan_id", .equal, planId).sort("date").sort(.id).all()
            .map { try $0.identified() }
    }

    /// One of the plan's committee reports.
    public func committeeReport(_ planId: UUID, _ id: UUID) async throws -> Identified<CommitteeReport> {
        let row = try await CommitteeReportRow.query(on: db).filter(.id, .equal, id).filter("plan_id", .equal, planId).first()
        guard let row else { throw NotFound(entity: CommitteeReportRow.noun, id: id) }
        return try row.identified()
    }

    /// Records that the plan's progress report was presented to a committee: from now on
    /// every update dated on or before that day stands as reported.
    public func recordCommitteeReport(
        _ planId: UUID, _ report: CommitteeReport, today: CalendarDate, id: UUID = UUID()
    ) async throws -> Identified<CommitteeReport> {
        try await transaction { store in
            _ = try await store.plan(planId)
            try await store.checkUnused(id, CommitteeReportRow.self)
            let valid = try report.validated(today: today)
            try await CommitteeReportRow(id: id, planId: planId, report: valid).create(on: store.db)
            return Identified(id: id, value: valid)
        }
    }

    /// Takes back the plan's latest committee report (recorded by mistake, or with the
    /// wrong day): the updates it froze may be corrected again by their authors until the
    /// next. The plan's row is locked first (on PostgreSQL), so a report recorded at the
    /// same moment cannot make this one no longer the latest between check and delete.
    public func removeCommitteeReport(_ planId: UUID, _ id: UUID) async throws {
        try await transaction { store in
            try await SQLAccess.sql(store.db).select().column("id").from(ActionPlanRow.schema).where("id", .equal, planId).for(.update).run()
            let reports = try await store.committeeReports(planId)
            guard let row = try await CommitteeReportRow.query(on: store.db).filter(.id, .equal, id).filter("plan_id", .equal, planId).first()
            else { throw NotFound(entity: CommitteeReportRow.noun, id: id) }
            try CommitteeReport.checkRemovable(id, among: reports)
            try await row.delete(on: store.db)
        }
    }

    /// Which account wrote each of the action's updates, for those written by one.
    public func updateAuthors(_ planId: UUID, _ actionId: UUID) async throws -> [UUID: UUID] {
        let rows = try await ProgressUpdateRow.query(on: db).filter("plan_id", .equal, planId).filter("action_id", .equal, actionId).all()
        return try Dictionary(uniqueKeysWithValues: rows.compactMap { row in try row.authorAccountId.map { (try row.requireID(), $0) } })
    }

    /// The update with its date and words corrected by `person`, who must have written it.
    public func correctUpdate(
        _ planId: UUID, _ actionId: UUID, _ updateId: UUID, date: CalendarDate, text: String, by person: UUID?, today: CalendarDate
    ) async throws -> Identified<ProgressUpdate> {
        try await transaction { store in
            let (row, lastReport) = try await store.changeable(planId, actionId, updateId, by: person)
            let corrected = try ProgressUpdateCorrection.corrected(try row.update(), date: date, text: text, today: today, lastReport: lastReport)
            row.date = corrected.date.description
            row.text = corrected.text
            try await row.update(on: store.db)
            return Identified(id: updateId, value: corrected)
        }
    }

    /// Removes the update written by `person`. One that moved the action's status puts it
    /// back where it was, if nothing has moved it on since.
    public func removeUpdate(_ planId: UUID, _ actionId: UUID, _ updateId: UUID, by person: UUID?) async throws {
        try await transaction { store in
            let (row, _) = try await store.changeable(planId, actionId, updateId, by: person)
            let action = try await PlanRows.action(actionId, in: planId, on: store.db)
            // In the order they were written: each status move was recorded from the one before.
            let rows = try await ProgressUpdateRow.query(on: store.db).filter("action_id", .equal, actionId).sort("sequence").sort(.id).all()
            guard let index = rows.firstIndex(where: { $0.id == updateId }) else { throw NotFound(entity: ProgressUpdateRow.noun, id: updateId) }
            let current: PlanActionStatus = try action.read(action.status, column: "status")
            if let restored = try ProgressUpdateCorrection.statusAfterRemoving(index, of: try rows.map { try $0.update() }, current: current) {
                action.status = restored.rawValue
                try await action.update(on: store.db)
            }
            try await row.delete(on: store.db)
        }
    }

    /// The update, if it is one of this action's in this plan and `person` may change it.
    private func changeable(
        _ planId: UUID, _ actionId: UUID, _ updateId: UUID, by person: UUID?
    ) async throws -> (ProgressUpdateRow, CommitteeReport?) {
        _ = try await plan(planId)
        _ = try await PlanRows.action(actionId, in: planId, on: db)
        let row = try await ProgressUpdateRow.query(on: db).filter(.id, .equal, updateId).filter("action_id", .equal, actionId).first()
        guard let row else { throw NotFound(entity: ProgressUpdateRow.noun, id: updateId) }
        let reports = try await CommitteeReportRow.query(on: db).filter("plan_id", .equal, planId).all().map { try $0.identified().value }
        let lastReport = CommitteeReport.latest(reports)
        try ProgressUpdateCorrection.check(try row.update(), author: row.authorAccountId, person: person, lastReport: lastReport)
        return (row, lastReport)
    }
}

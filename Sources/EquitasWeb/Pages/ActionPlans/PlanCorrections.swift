import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// What a person may do with an action's updates: the plan's latest committee report,
/// and which of the updates the person signed in may still correct or remove (their own,
/// dated after that report). The pages offer only these; the store checks again.
struct PlanCorrections {
    var lastReport: CommitteeReport?
    var changeable: Set<UUID>

    static func load(_ req: Request, _ view: PlanView, _ record: PlanActionRecord) async throws -> PlanCorrections {
        let reports = try await req.actionPlans.committeeReports(view.planId).map(\.value)
        let lastReport = CommitteeReport.latest(reports)
        guard view.mayWrite, let person = req.actor.accountId else { return PlanCorrections(lastReport: lastReport, changeable: []) }
        let authors = try await req.actionPlans.updateAuthors(view.planId, record.action.id)
        let changeable = record.updates.filter { entry in
            (try? ProgressUpdateCorrection.check(entry.value, author: authors[entry.id], person: person, lastReport: lastReport)) != nil
        }
        return PlanCorrections(lastReport: lastReport, changeable: Set(changeable.map(\.id)))
    }
}

import EquitasCore
import EquitasPersistence
import EquitasRender
import Fluent
import Vapor

/// The audit trail of one challenge or one action plan, as the API and the pages both
/// give it: a page of events, or every event as a CSV file named for what it covers.
enum AuditTrailExport {
    enum Scope {
        /// A challenge's trail as this reader may see it.
        case challenge(UUID, ChallengeVisibility)
        case actionPlan(UUID)

        var filenameStem: String {
            switch self {
            case .challenge(let id, _): "challenge-\(id.uuidString.lowercased().prefix(8))-changes"
            case .actionPlan(let id): "action-plan-\(id.uuidString.lowercased().prefix(8))-changes"
            }
        }
    }

    static func page(_ scope: Scope, _ request: EquitasCore.PageRequest, db: any Database) async throws -> EquitasCore.Page<AuditEvent> {
        let store = AuditStore(db: db)
        switch scope {
        case .challenge(let id, let visibility): return try await store.events(challengeId: id, request, visibility: visibility)
        case .actionPlan(let id): return try await store.events(actionPlanId: id, request)
        }
    }

    static func csv(_ scope: Scope, db: any Database) async throws -> Response {
        let store = AuditStore(db: db)
        let events: [AuditEvent]
        switch scope {
        case .challenge(let id, let visibility): events = try await store.events(challengeId: id, visibility: visibility)
        case .actionPlan(let id): events = try await store.events(actionPlanId: id)
        }
        return FileResponse.make(AuditCSV.csv(events), contentType: "text/csv; charset=utf-8", filename: scope.filenameStem + ".csv")
    }
}

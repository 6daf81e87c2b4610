import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

extension Request {
    var actionPlans: ActionPlanStore { ActionPlanStore(db: db, catalog: catalog) }
    var planExchange: ActionPlanExchange { ActionPlanExchange(db: db, catalog: catalog, clock: clock) }

    var planID: UUID {
        get throws { try id("planID", entity: "action plan") }
    }

    /// Who made a change, until sign-in names them: `?imported_by=`.
    var importedBy: String {
        Text.optional(query[String.self, at: "imported_by"]) ?? "API"
    }

    /// A `YYYY-MM-DD` query parameter, today (UK time) when absent.
    func dateQuery(_ name: String) throws -> CalendarDate {
        guard let raw: String = query[name] else { return today }
        guard let date = CalendarDate(raw) else { throw ValidationFailure(path: name, message: "\"\(raw)\" is not a date (YYYY-MM-DD)") }
        return date
    }

    /// `?within=30d` (also `6w` or a bare number of days); 30 days when absent.
    func daysQuery(_ name: String) throws -> Int {
        guard let raw: String = query[name] else { return 30 }
        do { return try DurationInDays.parse(raw) } catch { throw ValidationFailure(path: name, message: error.message) }
    }

    func boolQuery(_ name: String) throws -> Bool? {
        guard let raw: String = query[name] else { return nil }
        switch raw.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw ValidationFailure(path: name, message: "\"\(raw)\" is not true or false")
        }
    }

    /// The uploaded file, which is the whole body.
    func fileBody() throws -> Data {
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw ValidationFailure(path: "", message: "the request has no file in its body")
        }
        return Data(buffer: buffer)
    }
}

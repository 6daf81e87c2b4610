import EquitasCore
import EquitasPersistence
import Vapor

/// The register of awards: who holds which level until when, soonest to expire first,
/// so that a council due for reassessment is seen in time.
struct AccreditationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("accreditations", use: list)
    }

    struct Entry: Codable {
        var challengeId: UUID
        var organisations: [String]
        var frameworkId: String
        var frameworkVersion: String?
        var level: String
        var awarded: CalendarDate
        var expires: CalendarDate
    }

    /// `?expiring_before=YYYY-MM-DD` keeps awards that end before that day.
    func list(req: Request) async throws -> Response {
        var before: CalendarDate?
        if let raw: String = req.query["expiring_before"] {
            guard let day = CalendarDate(raw) else {
                throw ValidationFailure(path: "expiring_before", message: "\"\(raw)\" is not a date (YYYY-MM-DD)")
            }
            before = day
        }
        let page = try await ChallengeStore(db: req.db, catalog: req.catalog).accredited(try req.pageRequest(), expiringBefore: before)
        let organisations = OrganisationStore(db: req.db)
        var entries: [Entry] = []
        for challenge in page.items {
            guard let award = challenge.value.award else { continue }
            var names: [String] = []
            for id in challenge.value.organisationIds { names.append(try await organisations.get(id).value.name) }
            entries.append(Entry(
                challengeId: challenge.id, organisations: names, frameworkId: challenge.value.frameworkId,
                frameworkVersion: challenge.value.frameworkVersion, level: award.level, awarded: award.awarded, expires: award.expires))
        }
        return try JSONResponse.make(Page(items: entries, metadata: page.metadata))
    }
}

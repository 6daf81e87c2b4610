import EquitasCore
import EquitasPersistence
import Vapor

/// The register of awards: who holds which level until when, soonest to expire first,
/// so that a council due for reassessment is seen in time.
struct AccreditationController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.accreditations, use: list)
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
        let before = try Self.expiringBefore(req)
        let page = try await ChallengeStore(db: req.db, catalog: req.catalog).accredited(try req.pageRequest(), expiringBefore: before)
        // Each council's name is read once however many awards it holds.
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        var entries: [Entry] = []
        for challenge in page.items {
            let councils = try await names.names(challenge.value.organisationIds)
            if let entry = Entry(challenge, organisations: councils) { entries.append(entry) }
        }
        return try JSONResponse.make(Page(items: entries, metadata: page.metadata))
    }

    private static func expiringBefore(_ req: Request) throws -> CalendarDate? {
        guard let raw: String = req.query["expiring_before"] else { return nil }
        guard let day = CalendarDate(raw) else {
            throw ValidationFailure(path: "expiring_before", message: "\"\(raw)\" is not a date (YYYY-MM-DD)")
        }
        return day
    }
}

extension AccreditationController.Entry {
    /// Nil for a challenge without an award (the store returns only awarded ones).
    init?(_ challenge: Identified<Challenge>, organisations: [String]) {
        guard let award = challenge.value.award else { return nil }
        self.init(
            challengeId: challenge.id, organisations: organisations, frameworkId: challenge.value.frameworkId,
            frameworkVersion: challenge.value.frameworkVersion, level: award.level, awarded: award.awarded, expires: award.expires)
    }
}

import EquitasCore
import Foundation
import Vapor

/// A council's workforce profiles as JSON: by characteristic and by grade, beside the
/// community, with disclosure rates and the trends across snapshots, with exactly what
/// `DisclosureControl` lets the published report show.
struct WorkforceProfileController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.organisationWorkforceProfile, use: profile)
    }

    /// The newest snapshot, or `?snapshot=YYYY-MM-DD`.
    func profile(req: Request) async throws -> Response {
        var snapshot: CalendarDate?
        if let raw: String = req.query["snapshot"] {
            guard let date = CalendarDate(raw) else { throw ValidationFailure(path: "snapshot", message: "\"\(raw)\" is not a date (YYYY-MM-DD)") }
            snapshot = date
        }
        return try JSONResponse.make(try await EqualityInformationLoader(db: req.db).overview(organisationId: try req.organisationID, snapshot: snapshot, today: req.today))
    }
}

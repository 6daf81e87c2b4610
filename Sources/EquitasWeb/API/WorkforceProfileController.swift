import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A council's workforce profiles as JSON: by characteristic and by grade, beside the
/// community, with disclosure rates and the trends across snapshots, with exactly what
/// `DisclosureControl` lets the published report show.
struct WorkforceProfileController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.organisationWorkforceProfile, use: profile)
    }

    /// The newest snapshot, or `?snapshot=YYYY-MM-DD`. Made from the snapshots' tallies
    /// and kept as the bytes sent under the workforce stamp (ADR 0004).
    func profile(req: Request) async throws -> Response {
        var snapshot: CalendarDate?
        if let raw: String = req.query["snapshot"] {
            guard let date = CalendarDate(raw) else { throw ValidationFailure(path: "snapshot", message: "\"\(raw)\" is not a date (YYYY-MM-DD)") }
            snapshot = date
        }
        let organisationId = try req.organisationID
        let load = { () async throws -> Data in
            try JSONCoding.encoder().encode(try await EqualityInformationLoader(db: req.db).overview(organisationId: organisationId, snapshot: snapshot))
        }
        guard let stamp = try await ChangeStamps(db: req.db).workforce() else { return JSONResponse.make(encoded: try await load()) }
        return JSONResponse.make(encoded: try await req.cached(
            "workforce-profile-json", organisationId, stamp: OverviewStamp(data: stamp, snapshot: snapshot), cost: \.count, load: load))
    }
}

/// What the API's profile depends on: the figures' stamp and the snapshot asked for.
private struct OverviewStamp: Hashable, Sendable {
    var data: WorkforceStamp
    var snapshot: CalendarDate?
}

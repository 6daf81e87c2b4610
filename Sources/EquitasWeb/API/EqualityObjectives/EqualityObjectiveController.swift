import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// A council's register of equality objectives, under
/// `/organisations/{organisationID}/equality-objectives`: the register, one objective,
/// and a measure's progress for a year (`…/{objectiveID}/progress`). The council in the
/// path is the register: another council's objective is not found there.
struct EqualityObjectiveController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.equalityObjectives, use: list)
        try routes.on(API.equalityObjectivesPost, use: create)
        try routes.on(API.equalityObjective, use: show)
        try routes.on(API.equalityObjectivePut, use: update)
        try routes.on(API.equalityObjectiveDelete, use: delete)
        try routes.on(API.equalityObjectiveProgressPost, use: progress)
    }

    func list(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.equalityObjectives.list(organisationId: try req.organisationID).map(EqualityObjectiveView.init))
    }

    /// The council in the body may be left out; if given it must be the path's.
    func create(req: Request) async throws -> Response {
        let objective = try req.decodeEqualityObjective(organisationId: try req.organisationID)
        let created = try await req.equalityObjectives.create(objective, today: req.today)
        let response = try JSONResponse.make(EqualityObjectiveView(created), status: .created)
        response.headers.replaceOrAdd(name: .location, value: req.url.path + "/" + created.id.uuidString)
        return response
    }

    func show(req: Request) async throws -> Response {
        try JSONResponse.make(EqualityObjectiveView(try await req.equalityObjectives.get(organisationId: try req.organisationID, id: try req.objectiveID)))
    }

    func update(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let objective = try req.decodeEqualityObjective(organisationId: organisationId)
        let updated = try await req.equalityObjectives.update(organisationId: organisationId, id: try req.objectiveID, objective, today: req.today)
        return try JSONResponse.make(EqualityObjectiveView(updated))
    }

    func delete(req: Request) async throws -> Response {
        try await req.equalityObjectives.delete(organisationId: try req.organisationID, id: try req.objectiveID)
        return Response(status: .noContent)
    }

    /// `{"measure": 0, "year": 2026, "recorded": "2026-04-02", "status": "on-track", "note": "…"}`:
    /// answers the whole objective as it now stands.
    func progress(req: Request) async throws -> Response {
        let input = try req.decodeJSON(MeasureProgressInput.self)
        let entry = MeasureProgress(year: input.year, recorded: input.recorded, status: input.status, note: input.note)
        let updated = try await req.equalityObjectives.recordProgress(
            organisationId: try req.organisationID, id: try req.objectiveID, measure: input.measure, entry, today: req.today)
        return try JSONResponse.make(EqualityObjectiveView(updated))
    }
}

/// An objective as the API shows it: the stored value with its id and the dates worked
/// out from it (renewal due, progress years, years still awaiting progress).
struct EqualityObjectiveView: Encodable {
    var objective: Identified<EqualityObjective>

    init(_ objective: Identified<EqualityObjective>) {
        self.objective = objective
    }

    private enum CodingKeys: String, CodingKey { case renewalDue, progressYears, yearsAwaitingProgress }

    func encode(to encoder: any Encoder) throws {
        try objective.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(objective.value.renewalDue, forKey: .renewalDue)
        try container.encode(objective.value.progressYears, forKey: .progressYears)
        try container.encode(objective.value.yearsAwaitingProgress, forKey: .yearsAwaitingProgress)
    }
}

extension Request {
    var equalityObjectives: EqualityObjectiveStore { EqualityObjectiveStore(db: db) }

    var objectiveID: UUID {
        get throws { try id("objectiveID", entity: "equality objective") }
    }

    /// The body as an objective of the path's council; a body naming another council is
    /// refused rather than ignored.
    func decodeEqualityObjective(organisationId: UUID) throws -> EqualityObjective {
        let input = try decodeJSON(EqualityObjectiveInput.self)
        try CouncilInAddress.check(input.organisationId, organisationId)
        return input.objective(organisationId: organisationId)
    }
}

/// What a client sends: the objective, with the council, the measures and their progress optional.
struct EqualityObjectiveInput: Decodable {
    struct Measure: Decodable {
        var name: String
        var baseline: String?
        var target: String?
        var progress: [MeasureProgress]?
    }

    var organisationId: UUID?
    var title: String
    var description: String?
    var adopted: CalendarDate
    var renewBy: CalendarDate?
    var lead: String?
    var measures: [Measure]?

    func objective(organisationId: UUID) -> EqualityObjective {
        EqualityObjective(
            organisationId: organisationId, title: title, description: description, adopted: adopted, renewBy: renewBy, lead: lead,
            measures: (measures ?? []).map { ObjectiveMeasure(name: $0.name, baseline: $0.baseline, target: $0.target, progress: $0.progress ?? []) })
    }
}

/// One measure's progress for a year, the measure by its place in the objective (from 0).
struct MeasureProgressInput: Decodable {
    var measure: Int
    var year: Int
    var recorded: CalendarDate
    var status: ObjectiveProgressStatus
    var note: String
}

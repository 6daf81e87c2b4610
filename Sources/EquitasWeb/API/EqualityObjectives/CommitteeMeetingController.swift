import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// The meetings of a council's committees that monitor its plan, under
/// `/organisations/{organisationID}/committee-meetings`; part of its equality duty
/// calendar, so they are read and written as the calendar is.
struct CommitteeMeetingController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.committeeMeetings, use: list)
        try routes.on(API.committeeMeetingsPost, use: create)
        try routes.on(API.committeeMeeting, use: show)
        try routes.on(API.committeeMeetingPut, use: update)
        try routes.on(API.committeeMeetingDelete, use: delete)
    }

    func list(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.committeeMeetings.list(organisationId: try req.organisationID))
    }

    func create(req: Request) async throws -> Response {
        let created = try await req.committeeMeetings.create(try req.decodeCommitteeMeeting(organisationId: try req.organisationID))
        let response = try JSONResponse.make(created, status: .created)
        response.headers.replaceOrAdd(name: .location, value: req.url.path + "/" + created.id.uuidString)
        return response
    }

    func show(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.committeeMeetings.get(organisationId: try req.organisationID, id: try req.meetingID))
    }

    func update(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let meeting = try req.decodeCommitteeMeeting(organisationId: organisationId)
        return try JSONResponse.make(try await req.committeeMeetings.update(organisationId: organisationId, id: try req.meetingID, meeting))
    }

    func delete(req: Request) async throws -> Response {
        try await req.committeeMeetings.delete(organisationId: try req.organisationID, id: try req.meetingID)
        return Response(status: .noContent)
    }
}

extension Request {
    var committeeMeetings: CommitteeMeetingStore { CommitteeMeetingStore(db: db) }

    var meetingID: UUID {
        get throws { try id("meetingID", entity: "committee meeting") }
    }

    func decodeCommitteeMeeting(organisationId: UUID) throws -> CommitteeMeeting {
        let input = try decodeJSON(CommitteeMeetingInput.self)
        try CouncilInAddress.check(input.organisationId, organisationId)
        return CommitteeMeeting(organisationId: organisationId, committee: input.committee, date: input.date, purpose: input.purpose)
    }
}

/// What a client sends: the meeting, the council optional.
struct CommitteeMeetingInput: Decodable {
    var organisationId: UUID?
    var committee: String
    var date: CalendarDate
    var purpose: String?
}

import EquitasCore
import EquitasPersistence
import EquitasSheets
import Foundation
import Vapor

/// A council's workforce snapshots and community profile. Staff-level records never
/// leave through the API: only the snapshot's description and the figures made from it.
struct WorkforceController: DeclaredRouteCollection {
    /// The largest staff list accepted, in bytes: the configured upload limit, as for
    /// evidence (EQUITAS_MAX_UPLOAD_MB).
    let limit: Int

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.organisationWorkforceSnapshots, use: list)
        try routes.on(API.organisationWorkforceSnapshotsPost, body: .collect(atMost: limit), use: upload).body(limit: limit, isFile: true)
        try routes.on(API.organisationWorkforceSnapshot, use: show)
        try routes.on(API.organisationWorkforceSnapshotDelete, use: delete)
        try routes.on(API.organisationWorkforceSnapshotPayGaps, use: payGaps)
        try routes.on(API.organisationWorkforceCommunityProfilePut, body: .collect(atMost: 5 * 1024 * 1024), use: putCommunityProfile).body(limit: 5 * 1024 * 1024)
        try routes.on(API.organisationWorkforceCommunityProfile, use: communityProfile)
    }

    func list(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.workforce.snapshots(organisationId: try req.organisationID))
    }

    func show(req: Request) async throws -> Response {
        try JSONResponse.make(try await req.workforce.snapshot(organisationId: try req.organisationID, date: try req.snapshotDate))
    }

    func delete(req: Request) async throws -> Response {
        try await req.workforce.deleteSnapshot(organisationId: try req.organisationID, date: try req.snapshotDate)
        return Response(status: .noContent)
    }

    struct Multipart: Content {
        var file: File?
        var mapping: File?
        var snapshot: String?
        var replace: String?
    }

    /// The staff list as the raw body (`?snapshot=YYYY-MM-DD&replace=true&filename=`), or a
    /// multipart form with `file`, optional `mapping`, `snapshot` and `replace`.
    func upload(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        var upload: WorkforceUpload
        if req.headers.contentType?.type == "multipart" {
            // A body that is not a form at all (no parts, a broken boundary) is the
            // caller's mistake, not ours: 422 naming the form, never a 500.
            let form: Multipart
            do { form = try req.content.decode(Multipart.self) } catch {
                throw ValidationFailure(path: "file", message: "the body is not a multipart form with a file field")
            }
            guard let file = form.file, file.data.readableBytes > 0 else {
                throw ValidationFailure(path: "file", message: "the form has no staff list in its file field")
            }
            upload = WorkforceUpload(
                organisationId: organisationId, date: try Self.date(form.snapshot), file: Data(buffer: file.data),
                filename: try? UploadName.clean(file.filename), mapping: form.mapping.map { Data(buffer: $0.data) },
                replace: try Self.flag(form.replace))
        } else {
            upload = WorkforceUpload(
                organisationId: organisationId, date: try Self.date(req.query["snapshot"]), file: try req.fileBody(),
                filename: try req.query[String.self, at: "filename"].map(UploadName.clean), mapping: nil,
                replace: try req.boolQuery("replace") ?? false)
        }
        guard upload.file.count <= limit else {
            throw Abort(.payloadTooLarge, reason: "the file is \(upload.file.count) bytes; the limit is \(limit)")
        }
        let stored = try await upload.store(on: req.db)
        let response = try JSONResponse.make(stored, status: .created)
        let location = "/api/v1/organisations/\(organisationId.uuidString.lowercased())/workforce/snapshots/\(stored.value.date)"
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }

    /// `?by=sex|ethnicity|disability` (sex by default), `?reference=` for ethnicity: the
    /// same JSON as `equitas paygap --format json`.
    func payGaps(req: Request) async throws -> Response {
        let organisation = try await OrganisationStore(db: req.db).get(try req.organisationID)
        let snapshot = try await req.workforce.snapshot(organisationId: organisation.id, date: try req.snapshotDate)
        let staff = try await req.workforce.records(snapshotId: snapshot.id)
        let figures = try SnapshotPayGap.compute(
            staff, snapshot: snapshot.value.date, by: req.query["by"] ?? "sex", reference: req.query["reference"],
            control: organisation.value.disclosureControl)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try figures.json()))
    }

    /// The body is the CSV file; `?area=` and `?source=` describe it.
    func putCommunityProfile(req: Request) async throws -> Response {
        let table = try CSVReader.read(try req.fileBody(), name: "Community profile")
        let entries = try CommunityProfileReader.read(table)
        let profile = CommunityProfile(
            organisationId: try req.organisationID, area: req.query["area"] ?? "", source: req.query["source"] ?? "", entries: entries)
        return try JSONResponse.make(try await req.workforce.saveCommunityProfile(profile))
    }

    func communityProfile(req: Request) async throws -> Response {
        guard let profile = try await req.workforce.communityProfile(organisationId: try req.organisationID) else {
            throw NotFound(entity: "community profile", id: try req.organisationID)
        }
        return try JSONResponse.make(profile)
    }

    static func date(_ raw: String?) throws -> CalendarDate {
        guard let raw, !raw.isEmpty else { throw ValidationFailure(path: "snapshot", message: "give the snapshot date (YYYY-MM-DD)") }
        guard let date = CalendarDate(raw) else { throw ValidationFailure(path: "snapshot", message: "\"\(raw)\" is not a date (YYYY-MM-DD)") }
        return date
    }

    static func flag(_ raw: String?) throws -> Bool {
        switch raw?.lowercased() {
        case nil, "", "false", "0", "no", "off": false
        case "true", "1", "yes", "on": true
        default: throw ValidationFailure(path: "replace", message: "\"\(raw!)\" is not true or false")
        }
    }
}

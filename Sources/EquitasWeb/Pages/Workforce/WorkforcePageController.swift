import EquitasCore
import EquitasPersistence
import EquitasSheets
import Foundation
import Vapor

/// A council's workforce pages: the snapshots with the upload form, one snapshot's pay
/// gaps, and the community profile. Access is the routes' own
/// (`.organisationData(.workforce)`, with the `:organisationID` they name).
struct WorkforcePageController: DeclaredRouteCollection {
    /// The largest staff list a page takes, as the API does.
    let limit: Int
    /// The largest community profile CSV, as the API takes.
    static let profileLimit = 5 * 1024 * 1024

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.organisationWorkforce, use: list)
        // Both upload forms read their body as it streams in: a file over the limit brings
        // the form back with the date, area and source as typed, never a bare "too large" page.
        try routes.upload(Site.organisationWorkforceSnapshotsPost, fileLimit: limit, use: upload)
        try routes.on(Site.organisationWorkforceSnapshot, use: show)
        try routes.on(Site.organisationWorkforceSnapshotDeletePost, use: delete)
        try routes.on(Site.organisationWorkforceCommunityProfile, use: communityProfile)
        try routes.upload(Site.organisationWorkforceCommunityProfilePost, fileLimit: Self.profileLimit, use: saveCommunityProfile)
    }

    private func listPage(_ req: Request) async throws -> WorkforceSnapshotsPage {
        let organisation = try await OrganisationStore(db: req.db).get(try req.organisationID)
        return WorkforceSnapshotsPage(
            organisation: organisation, snapshots: try await req.workforce.snapshots(organisationId: organisation.id),
            hasCommunityProfile: try await req.workforce.communityProfile(organisationId: organisation.id) != nil,
            mayWrite: Self.mayWrite(req, organisation.id), csrf: req.pageContext.csrfToken, done: req.query["done"])
    }

    static func mayWrite(_ req: Request, _ organisationId: UUID) -> Bool {
        req.pageContext.may(.write, .organisationData(organisationId: organisationId, area: .workforce))
    }

    func list(req: Request) async throws -> Response {
        PageResponse.make(try await listPage(req).layout(), for: req)
    }

    func upload(req: Request, posted: StreamedForm) async throws -> Response {
        var page = try await listPage(req)
        let form = (try? posted.decode(WorkforceUploadForm.self)) ?? WorkforceUploadForm()
        page.date = form.snapshot
        var errors = FormErrors()
        let file = form.file.map { Data(buffer: $0.data) } ?? Data()
        let smaller = "must be smaller than \(EvidenceSize.words(limit))"
        if posted.oversized.contains(WorkforceUploadForm.fileField) {
            errors.add(WorkforceUploadForm.fileField, "The staff list \(smaller)")
        } else if file.isEmpty {
            errors.add(WorkforceUploadForm.fileField, "Choose the staff list to upload")
        }
        let date = form.snapshot.flatMap { CalendarDate($0.trimmingCharacters(in: .whitespaces)) }
        if date == nil { errors.add(WorkforceUploadForm.dateField, "Enter the snapshot date, such as 2026-03-31") }
        if posted.oversized.contains(WorkforceUploadForm.mappingField) { errors.add(WorkforceUploadForm.mappingField, "The column mapping \(smaller)") }
        guard errors.isEmpty, let date else {
            page.errors = errors
            return PageResponse.make(page.layout(), for: req, status: posted.oversized.isEmpty ? .unprocessableEntity : .payloadTooLarge)
        }
        let mapping = form.mapping.map { Data(buffer: $0.data) }
        let upload = WorkforceUpload(
            organisationId: page.organisation.id, date: date, file: file, filename: form.file.flatMap { try? UploadName.clean($0.filename) },
            mapping: mapping?.isEmpty == true ? nil : mapping, replace: form.replace == "yes")
        do {
            let stored = try await upload.store(on: req.db)
            return PageResponse.redirect(to: WorkforcePaths.snapshot(page.organisation.id, stored.value.date) + "?done=imported")
        } catch let errors as StaffListErrors {
            page.errors = WorkforceUploadForm.errors(errors.failures)
        } catch let failure as ValidationFailure {
            page.errors = FormErrors(WorkforceUploadForm.fileField, FormErrors.sentence(failure.description))
        } catch let violation as RuleViolation {
            page.errors = FormErrors(
                WorkforceUploadForm.replaceField, "There is already a snapshot at \(date.longForm); choose to replace it to store this list instead")
            _ = violation
        }
        return PageResponse.make(page.layout(), for: req, status: .unprocessableEntity)
    }

    func show(req: Request) async throws -> Response {
        let organisation = try await OrganisationStore(db: req.db).get(try req.organisationID)
        let snapshot = try await req.workforce.snapshot(organisationId: organisation.id, date: try req.snapshotDate)
        let staff = try await req.workforce.records(snapshotId: snapshot.id)
        let day = snapshot.value.date
        let page = WorkforceSnapshotPage(
            organisation: organisation, snapshot: snapshot, bySex: GenderPayGap.report(staff, snapshot: day),
            byEthnicity: GroupPayGap.ethnicity(
                staff, snapshot: day, reference: Self.ethnicityReference(staff, asked: req.query["reference"]), control: organisation.value.disclosureControl),
            byDisability: GroupPayGap.disability(staff, snapshot: day, control: organisation.value.disclosureControl),
            mayWrite: Self.mayWrite(req, organisation.id), csrf: req.pageContext.csrfToken)
        return PageResponse.make(page.layout(), for: req)
    }

    /// `?reference=` when given; else the default every output uses.
    static func ethnicityReference(_ staff: [StaffRecord], asked: String?) -> String {
        if let asked = asked?.trimmingCharacters(in: .whitespaces), !asked.isEmpty { return asked }
        return GroupPayGap.defaultEthnicityReference(staff)
    }

    func delete(req: Request) async throws -> Response {
        let organisationId = try req.organisationID
        let date = try req.snapshotDate
        guard Confirmation.isConfirmed(req) else {
            let organisation = try await OrganisationStore(db: req.db).get(organisationId)
            return Confirmation(
                question: "Delete the staff snapshot of \(date.longForm)?",
                consequences: [
                    "Every staff record in \(organisation.value.name)'s snapshot of \(date.longForm) will be deleted, with the pay gaps and the workforce profile worked out from it.",
                    Confirmation.cannotBeUndone,
                ],
                action: WorkforcePaths.deleteSnapshot(organisationId, date), button: "Yes, delete the snapshot", destructive: true,
                back: WorkforcePaths.base(organisationId)
            ).response(for: req)
        }
        try await req.workforce.deleteSnapshot(organisationId: organisationId, date: date)
        return PageResponse.redirect(to: WorkforcePaths.base(organisationId) + "?done=deleted")
    }

    private func profilePage(_ req: Request) async throws -> CommunityProfilePage {
        let organisation = try await OrganisationStore(db: req.db).get(try req.organisationID)
        return CommunityProfilePage(
            organisation: organisation, profile: try await req.workforce.communityProfile(organisationId: organisation.id),
            mayWrite: Self.mayWrite(req, organisation.id), csrf: req.pageContext.csrfToken, done: req.query["done"])
    }

    func communityProfile(req: Request) async throws -> Response {
        PageResponse.make(try await profilePage(req).layout(), for: req)
    }

    func saveCommunityProfile(req: Request, posted: StreamedForm) async throws -> Response {
        var page = try await profilePage(req)
        let form = (try? posted.decode(CommunityProfilePage.Form.self)) ?? CommunityProfilePage.Form()
        page.area = form.area
        page.source = form.source
        if posted.oversized.contains("file") {
            page.errors = FormErrors("file", "The selected file must be smaller than \(EvidenceSize.words(Self.profileLimit))")
            return PageResponse.make(page.layout(), for: req, status: .payloadTooLarge)
        }
        let file = form.file.map { Data(buffer: $0.data) } ?? Data()
        do {
            guard !file.isEmpty else { throw ValidationFailure(path: "file", message: "choose the CSV file to upload") }
            let entries = try CommunityProfileReader.read(try CSVReader.read(file, name: "Community profile"))
            let profile = CommunityProfile(organisationId: page.organisation.id, area: form.area ?? "", source: form.source ?? "", entries: entries)
            try await req.workforce.saveCommunityProfile(profile)
            return PageResponse.redirect(to: WorkforcePaths.communityProfile(page.organisation.id) + "?done=saved")
        } catch let errors as CommunityProfileErrors {
            page.errors = CommunityProfilePage.errors(errors.failures)
        } catch let failure as ValidationFailure {
            page.errors = FormErrors(failure, fallbackField: "file")
        }
        return PageResponse.make(page.layout(), for: req, status: .unprocessableEntity)
    }
}

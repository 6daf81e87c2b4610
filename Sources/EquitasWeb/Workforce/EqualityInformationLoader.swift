import EquitasCore
import EquitasPersistence
import EquitasRender
import FluentKit
import Foundation

/// Gathers what the equality information report and the profile pages are made from:
/// every workforce snapshot of a council with its staff records, its community profile
/// and its impact assessment register. Reads only; for the API, the pages and the CLI.
public struct EqualityInformationLoader: Sendable {
    public let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    /// `date` is the report's date: the caller's today (`req.today`, the application's
    /// clock), so a test that pins the clock pins the report. Snapshots are oldest first.
    public func input(organisationId: UUID, date: CalendarDate) async throws -> EqualityInformationInput {
        let organisation = try await OrganisationStore(db: db).get(organisationId)
        let workforce = WorkforceStore(db: db)
        var snapshots: [EqualityInformationInput.SnapshotData] = []
        for snapshot in try await workforce.snapshots(organisationId: organisationId).sorted(by: { $0.value.date < $1.value.date }) {
            snapshots.append(.init(snapshot: snapshot.value, records: try await workforce.records(snapshotId: snapshot.id)))
        }
        return EqualityInformationInput(
            organisationName: organisation.value.name, date: date, snapshots: snapshots,
            communityProfile: try await workforce.communityProfile(organisationId: organisationId),
            impactAssessments: try await ImpactAssessmentStore(db: db).list(organisationId: organisationId).map(\.value),
            disclosureControl: organisation.value.disclosureControl)
    }

    /// The profiles at `snapshot` (the newest when nil), read on `today`. Throws `NotFound`
    /// when the council has no snapshots, or none on that date.
    public func overview(organisationId: UUID, snapshot: CalendarDate? = nil, today: CalendarDate) async throws -> WorkforceOverview {
        let input = try await input(organisationId: organisationId, date: today)
        guard let overview = WorkforceOverview.build(
            snapshots: input.snapshots, selected: snapshot, community: input.communityProfile, control: input.disclosureControl
        ) else {
            throw NotFound(entity: "workforce snapshot", id: snapshot.map(\.description) ?? "newest")
        }
        return overview
    }

    /// The report as a file: docx, html or md. `control` nil: the council's own rule.
    public func report(
        organisationId: UUID, format: ReportFormat, date: CalendarDate, control: DisclosureControl? = nil
    ) async throws -> RenderedReport {
        try ReportRendering.checkDocumentFormat(format)
        let input = try await input(organisationId: organisationId, date: date)
        return try await OffTheEventLoop.render(format) { try EqualityReportRendering.render(input: input, format: format, control: control) }
    }
}

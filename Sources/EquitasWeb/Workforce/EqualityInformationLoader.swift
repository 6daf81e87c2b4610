import EquitasCore
import EquitasPersistence
import EquitasRender
import FluentKit
import Foundation

/// Gathers what the equality information report and the profile pages are made from:
/// for the report, every workforce snapshot of a council with its staff records (its pay
/// gaps need the amounts), its community profile and its impact assessment register; for
/// the profile, each snapshot's tally instead of its records. For the API, the pages and
/// the CLI.
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

    /// The profiles at `snapshot` (the newest when nil). Throws `NotFound` when the
    /// council has no snapshots, or none on that date.
    public func overview(organisationId: UUID, snapshot: CalendarDate? = nil) async throws -> WorkforceOverview {
        guard let overview = try await profile(organisationId: organisationId, snapshot: snapshot).overview else {
            throw NotFound(entity: "workforce snapshot", id: snapshot.map(\.description) ?? "newest")
        }
        return overview
    }

    /// The profile page's figures from each snapshot's tally (`WorkforceStore.tallied`),
    /// not its staff records: the same figures, suppressed the same way, as
    /// `WorkforceOverview.build(snapshots:)` makes from the records. Throws `NotFound`
    /// for a `snapshot` date the council has none at.
    func profile(organisationId: UUID, snapshot: CalendarDate?) async throws -> WorkforceProfileData {
        let organisation = try await OrganisationStore(db: db).get(organisationId)
        let workforce = WorkforceStore(db: db)
        let tallied = try await workforce.tallied(organisationId: organisationId)
        if let snapshot, !tallied.contains(where: { $0.snapshot.value.date == snapshot }) {
            throw NotFound(entity: "workforce snapshot", id: snapshot.description)
        }
        let community = try await workforce.communityProfile(organisationId: organisationId)
        let overview = WorkforceOverview.build(
            tallies: tallied.map { ($0.snapshot.value, $0.tally) }, selected: snapshot, community: community,
            control: organisation.value.disclosureControl)
        return WorkforceProfileData(
            organisation: organisation, snapshots: tallied.map(\.snapshot.value.date).sorted(), overview: overview, community: community)
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

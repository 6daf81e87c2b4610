import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import SQLKit
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Workforce profile from tallies")
struct ProfileTallyTests {
    /// Stores every council of `VariedStaffLists`, with a community profile for the first.
    static func store(_ db: any Database) async throws -> [(id: UUID, council: VariedStaffLists.Council)] {
        var stored: [(UUID, VariedStaffLists.Council)] = []
        for council in VariedStaffLists.councils {
            let id = try await OrganisationStore(db: db).create(Organisation(name: council.name, type: .districtCouncil)).id
            for snapshot in council.snapshots {
                _ = try await WorkforceStore(db: db).importSnapshot(
                    WorkforceSnapshot(organisationId: id, date: snapshot.date, staffCount: 0, otherCharacteristics: snapshot.others),
                    records: snapshot.records)
            }
            stored.append((id, council))
        }
        let community = CommunityProfile(organisationId: stored[0].0, area: "Wyvern Vale", source: "Census 2021", entries: [
            CommunityProfileEntry(characteristic: "Ethnic group", group: "White British", percent: 80),
            CommunityProfileEntry(characteristic: "Ethnic group", group: "Asian", percent: Decimal(string: "12.5")!),
            CommunityProfileEntry(characteristic: "Ethnic group", group: "Black", percent: Decimal(string: "7.5")!),
            CommunityProfileEntry(characteristic: "sex", group: "Female", percent: 51),
            CommunityProfileEntry(characteristic: "sex", group: "Male", percent: 49),
        ])
        try await WorkforceStore(db: db).saveCommunityProfile(community)
        return stored
    }

    /// The figures as the records give them: every snapshot's staff read and counted,
    /// as the profile was made before tallies were kept (and as the report still is).
    static func fromRecords(_ db: any Database, _ organisationId: UUID, snapshot: CalendarDate?) async throws -> WorkforceOverview? {
        let input = try await EqualityInformationLoader(db: db).input(organisationId: organisationId, date: VariedStaffLists.day(2026))
        return WorkforceOverview.build(
            snapshots: input.snapshots, selected: snapshot, community: input.communityProfile, control: input.disclosureControl)
    }

    /// Every council, every snapshot (and the newest by default), at its own threshold:
    /// the figures from the tallies and from the records, as values and as JSON bytes.
    static func compareAll(_ db: any Database, _ stored: [(id: UUID, council: VariedStaffLists.Council)]) async throws -> Int {
        let loader = EqualityInformationLoader(db: db)
        var compared = 0
        for (id, council) in stored {
            for date in [nil] + council.snapshots.map(\.date) {
                let expected = try #require(try await fromRecords(db, id, snapshot: date))
                let tallied = try await loader.overview(organisationId: id, snapshot: date)
                #expect(tallied == expected, "\(council.name) at \(date?.description ?? "newest")")
                #expect(try JSONCoding.encoder().encode(tallied) == JSONCoding.encoder().encode(expected))
                compared += 1
            }
        }
        return compared
    }

    @Test("the profile from the tallies is the profile from the records, figure for figure and every suppression, at thresholds 10, 5 and 11")
    func sameAsRecords() async throws {
        try await withTestApp { app in
            let stored = try await Self.store(app.db)
            // Something is hidden in every list, or the comparison proves little.
            for (id, _) in stored {
                let overview = try await EqualityInformationLoader(db: app.db).overview(organisationId: id)
                #expect(overview.profiles.contains { $0.groups.contains(where: \.suppressed) })
            }
            var compared = 0
            for threshold in [10, 5, 11] {
                for (id, council) in stored {
                    _ = try await OrganisationStore(db: app.db).update(
                        id, Organisation(name: council.name, type: .districtCouncil, disclosureThreshold: threshold))
                }
                compared += try await Self.compareAll(app.db, stored)
            }
            #expect(compared == 3 * (4 + 2 + 3))
            let overview = try await EqualityInformationLoader(db: app.db).overview(organisationId: stored[0].id)
            #expect(overview.disclosureControl.threshold == 11 && overview.hasCommunityProfile && !overview.comparisons.isEmpty)
            #expect(overview.trends.characteristics.contains { $0.characteristic.column == "armed_forces" })
        }
    }

    @Test("a snapshot without a tally, or with one of another format, is counted from its records once and its tally kept")
    func countedWhenMissing() async throws {
        try await withTestApp { app in
            let stored = try await Self.store(app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            func tallies() async throws -> Int {
                try #require(try await sql.raw("SELECT COUNT(*) AS n FROM workforce_tallies").first()).decode(column: "n", as: Int.self)
            }
            #expect(try await tallies() == 6, "each import keeps its tally")
            // As a database from before tallies, or restored from a backup (which leaves them out).
            try await sql.raw("DELETE FROM workforce_tallies").run()
            _ = try await Self.compareAll(app.db, stored)
            #expect(try await tallies() == 6)
            try await sql.raw("UPDATE workforce_tallies SET version = 0").run()
            _ = try await Self.compareAll(app.db, stored)
            let versions = try await sql.raw("SELECT DISTINCT version FROM workforce_tallies").all().map { try $0.decode(column: "version", as: Int.self) }
            #expect(versions == [SnapshotTally.formatVersion])
            // Deleting a snapshot takes its tally with it.
            try await WorkforceStore(db: app.db).deleteSnapshot(organisationId: stored[0].id, date: VariedStaffLists.day(2024))
            #expect(try await tallies() == 5)
        }
    }

    @Test("an import, a replacement, an edit or deletion of a snapshot, a community profile and a council's threshold each move the stamp")
    func stampMoves() async throws {
        try await withTestApp { app in
            let stamps = try ChangeStamps(db: app.db)
            let store = WorkforceStore(db: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            let council = try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
            let records = VariedStaffLists.edges()
            var seen = [try #require(try await stamps.workforce())]
            func moved(_ what: String) async throws {
                let now = try #require(try await stamps.workforce())
                #expect(!seen.contains(now), "\(what) left the stamp as it was")
                seen.append(now)
            }
            let snapshot = WorkforceSnapshot(organisationId: council, date: VariedStaffLists.day(2026), staffCount: 0)
            _ = try await store.importSnapshot(snapshot, records: records)
            try await moved("an import")
            _ = try await store.importSnapshot(snapshot, records: Array(records.prefix(50)), replace: true)
            try await moved("a replacement")
            try await sql.raw("UPDATE workforce_snapshots SET source_filename = 'staff.csv'").run()
            try await moved("an edit of a snapshot")
            try await store.saveCommunityProfile(CommunityProfile(organisationId: council, area: "A", source: "B", entries: [
                CommunityProfileEntry(characteristic: "sex", group: "Female", percent: 51), CommunityProfileEntry(characteristic: "sex", group: "Male", percent: 49),
            ]))
            try await moved("a community profile")
            _ = try await OrganisationStore(db: app.db).update(council, Organisation(name: "Wyvern Vale District Council", type: .districtCouncil, disclosureThreshold: 7))
            try await moved("a council's threshold")
            try await store.deleteSnapshot(organisationId: council, date: VariedStaffLists.day(2026))
            try await moved("a deletion")
        }
    }

    @Test("the page and the API are kept while nothing changes, and show an import at once")
    func keptUntilChanged() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let council = try await api.organisation("Wyvern Vale District Council")
            let base = try await EqualityReportAPITests.seed(api, council)
            let officer = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council)
            let page = "/organisations/\(council.uuidString.lowercased())/workforce/profile"

            let first = try await api.send(.GET, base + "/profile")
            let firstPage = try await officer.get(page)
            let before = app.stampedCache.counts
            let again = try await api.send(.GET, base + "/profile")
            let againPage = try await officer.get(page)
            #expect(again.text == first.text && againPage.text == firstPage.text)
            #expect(app.stampedCache.counts.hits >= before.hits + 2, "both served kept")
            #expect(app.stampedCache.counts.misses == before.misses)

            let csv = EqualityReportAPITests.staff(women: 30)
            let reply = try await api.send(.POST, base + "/snapshots?snapshot=2027-03-31", body: ByteBuffer(string: csv), contentType: .csv)
            #expect(reply.status == .created)
            let newer = try await api.send(.GET, base + "/profile").decode(WorkforceOverview.self)
            #expect(newer.snapshotDate == CalendarDate(year: 2027, month: 3, day: 31) && newer.headcount == 42)
            #expect(try await officer.get(page).text.contains("42 staff on 31 March 2027"))
            #expect(try await api.send(.DELETE, base + "/snapshots/2027-03-31").status == .noContent)
            #expect(try await api.send(.GET, base + "/profile").decode(WorkforceOverview.self).headcount == 30)
            #expect(try await officer.get(page).text.contains("30 staff on 31 March 2026"))
        }
    }
}

import EquitasCore
import EquitasLibrary
import EquitasPersistence
import EquitasSheets
import Fluent
import Foundation

/// The demo council's workforce data: two snapshots a year apart (31 March, about 600
/// invented staff each, from `SyntheticStaffList`) and the community profile of its area.
/// Each is added only when missing, so loading the demo twice changes nothing.
enum DemoWorkforce {
    static let councilName = "Wyvern Vale District Council"
    static let staffCount = 600
    /// The snapshot dates and the generator's seed for each: a different seed each year,
    /// as staff come and go.
    static let snapshots: [(date: CalendarDate, seed: UInt64, count: Int)] = [
        (CalendarDate(year: 2025, month: 3, day: 31)!, 2025, 588),
        (CalendarDate(year: 2026, month: 3, day: 31)!, 2026, 612),
    ]

    static func load(on db: any Database) async throws {
        let found = try await OrganisationStore(db: db).list(try PageRequest(per: PageRequest.maximumPer), nameContains: councilName)
        guard let council = found.items.first(where: { $0.value.name == councilName }) else { return }
        let store = WorkforceStore(db: db)
        let stored = Set(try await store.snapshots(organisationId: council.id).map(\.value.date))
        for snapshot in snapshots where !stored.contains(snapshot.date) {
            let records = SyntheticStaffList(seed: snapshot.seed).records(count: snapshot.count)
            let value = WorkforceSnapshot(
                organisationId: council.id, date: snapshot.date, sourceFilename: "staff-\(snapshot.date).csv", staffCount: records.count,
                otherCharacteristics: Array(SyntheticStaffList.header.suffix(3)))
            _ = try await store.importSnapshot(value, records: records)
        }
        if try await store.communityProfile(organisationId: council.id) == nil {
            let entries = try CommunityProfileReader.read(try CSVReader.read(try DemoData.communityProfileCSV(), name: "Community profile"))
            try await store.saveCommunityProfile(
                CommunityProfile(
                    organisationId: council.id, area: DemoData.communityProfileArea, source: DemoData.communityProfileSource, entries: entries))
        }
    }
}

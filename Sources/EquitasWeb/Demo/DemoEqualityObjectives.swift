import EquitasCore
import EquitasLibrary
import EquitasPersistence
import Fluent
import Foundation

/// The demo council's equality objectives and committee meetings (see
/// `DemoData.equalityObjectives`): two objectives of 2024, one renewed early, each with
/// measures and a year's progress, and the committee dates that monitor the plan. Added
/// only when the register is empty, so loading the demo twice changes nothing;
/// validated and written as the API writes them.
enum DemoEqualityObjectives {
    struct File: Decodable {
        var objectives: [EqualityObjectiveInput]
        var committeeMeetings: [CommitteeMeetingInput]
    }

    static func load(on db: any Database) async throws {
        let found = try await OrganisationStore(db: db).list(try PageRequest(per: PageRequest.maximumPer), nameContains: DemoImpactAssessments.councilName)
        guard let council = found.items.first(where: { $0.value.name == DemoImpactAssessments.councilName }) else { return }
        guard try await EqualityObjectiveStore(db: db).list(organisationId: council.id).isEmpty else { return }
        let file = try JSONCoding.decode(File.self, from: try DemoData.equalityObjectives())
        // The demo's progress was recorded in 2025, before any day the demo is loaded on.
        let today = AppClock.system.today
        try await db.transactionKeepingAuthor { db in
            for entry in file.objectives {
                _ = try await EqualityObjectiveStore(db: db).create(entry.objective(organisationId: council.id), today: today)
            }
            for meeting in file.committeeMeetings {
                _ = try await CommitteeMeetingStore(db: db).create(
                    CommitteeMeeting(organisationId: council.id, committee: meeting.committee, date: meeting.date, purpose: meeting.purpose))
            }
        }
    }
}

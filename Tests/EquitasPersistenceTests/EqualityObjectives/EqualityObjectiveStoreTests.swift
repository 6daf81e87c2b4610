import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("Equality objectives register and committee meetings")
struct EqualityObjectiveStoreTests {
    static let today = CalendarDate("2027-06-01")!

    static func sample(_ council: UUID, title: String = "Close the employment gap for disabled residents", adopted: String = "2025-04-01") -> EqualityObjective {
        EqualityObjective(
            organisationId: council, title: title, description: "Agreed by Cabinet.", adopted: CalendarDate(adopted)!, lead: "Head of HR",
            measures: [ObjectiveMeasure(name: "Disabled staff at grade 10 and above", baseline: "4%", target: "8%"), ObjectiveMeasure(name: "Supported jobs")])
    }

    static func progress(_ year: Int) -> MeasureProgress {
        MeasureProgress(year: year, recorded: CalendarDate("2026-04-10")!, status: .onTrack, note: "Up to 5%.")
    }

    @Test("create, list by adoption, record a year's progress once, update and delete, each write in the audit trail")
    func roundTrip() async throws {
        try await withWorld { world in
            let store = EqualityObjectiveStore(db: world.db)
            let created = try await store.create(Self.sample(world.council), today: Self.today)
            _ = try await store.create(Self.sample(world.council, title: "Earlier", adopted: "2024-01-10"), today: Self.today)
            _ = try await store.create(Self.sample(world.partner, title: "Another council's"), today: Self.today)
            #expect(try await store.list(organisationId: world.council).map(\.value.title) == ["Earlier", created.value.title])

            let recorded = try await store.recordProgress(organisationId: world.council, id: created.id, measure: 0, Self.progress(2026), today: Self.today)
            #expect(recorded.value.measures[0].progress == [Self.progress(2026)])
            #expect(try await store.get(organisationId: world.council, id: created.id) == recorded)
            let again = await #expect(throws: ValidationFailure.self) {
                try await store.recordProgress(organisationId: world.council, id: created.id, measure: 0, Self.progress(2026), today: Self.today)
            }
            #expect(again?.path == "measures[0].progress[1].year")
            let noMeasure = await #expect(throws: ValidationFailure.self) {
                try await store.recordProgress(organisationId: world.council, id: created.id, measure: 5, Self.progress(2026), today: Self.today)
            }
            #expect(noMeasure?.path == "measure")
            #expect(try await store.get(organisationId: world.council, id: created.id) == recorded, "a refused entry writes nothing")

            var changed = recorded.value
            changed.renewBy = CalendarDate("2028-03-31")
            let updated = try await store.update(organisationId: world.council, id: created.id, changed, today: Self.today)
            #expect(updated.value.renewalDue == CalendarDate("2028-03-31"))

            try await store.delete(organisationId: world.council, id: created.id)
            await #expect(throws: NotFound(entity: "equality objective", id: created.id)) { try await store.get(organisationId: world.council, id: created.id) }
            let trail = try await AuditStore(db: world.db).events(recordId: created.id)
            #expect(trail.map(\.action) == [.deleted, .updated, .updated, .created], "newest first")
            #expect(trail[1].changes.map(\.field) == ["renew_by"] && trail[2].changes.map(\.field) == ["measures"])
        }
    }

    @Test("another council's objective is not found nor movable; refused input writes nothing; a council with objectives or meetings stays")
    func boundaries() async throws {
        try await withWorld { world in
            let store = EqualityObjectiveStore(db: world.db)
            let theirs = try await store.create(Self.sample(world.partner), today: Self.today)
            let missing = NotFound(entity: "equality objective", id: theirs.id)
            await #expect(throws: missing) { try await store.get(organisationId: world.council, id: theirs.id) }
            await #expect(throws: missing) { try await store.update(organisationId: world.council, id: theirs.id, Self.sample(world.council), today: Self.today) }
            await #expect(throws: missing) { try await store.delete(organisationId: world.council, id: theirs.id) }
            await #expect(throws: RuleViolation.self) { try await store.update(organisationId: world.partner, id: theirs.id, Self.sample(world.council), today: Self.today) }

            let before = try await world.rowCounts()
            var bad = Self.sample(world.council)
            bad.renewBy = CalendarDate("2030-01-01")
            let failure = await #expect(throws: ValidationFailure.self) { try await store.create(bad, today: Self.today) }
            #expect(failure?.path == "renew_by")
            let unknown = await #expect(throws: ValidationFailure.self) { try await store.create(Self.sample(UUID()), today: Self.today) }
            #expect(unknown?.path == "organisation_id")
            #expect(try await world.rowCounts() == before)

            _ = try await store.create(Self.sample(world.peerBody), today: Self.today)
            await #expect(throws: RuleViolation.self) { try await OrganisationStore(db: world.db).delete(world.peerBody) }
        }
    }

    @Test("committee meetings by date, per council, in the duty calendar with the objectives' dates")
    func meetingsInCalendar() async throws {
        try await withWorld { world in
            let meetings = CommitteeMeetingStore(db: world.db)
            let later = try await meetings.create(CommitteeMeeting(organisationId: world.council, committee: "Scrutiny Committee", date: CalendarDate("2027-09-01")!))
            let sooner = try await meetings.create(CommitteeMeeting(
                organisationId: world.council, committee: " Equality Board ", date: CalendarDate("2027-07-14")!, purpose: "Annual progress report"))
            #expect(sooner.value.committee == "Equality Board")
            #expect(try await meetings.list(organisationId: world.council).map(\.id) == [sooner.id, later.id])
            await #expect(throws: NotFound(entity: "committee meeting", id: later.id)) { try await meetings.get(organisationId: world.partner, id: later.id) }
            var moved = later.value
            moved.date = CalendarDate("2027-10-06")!
            #expect(try await meetings.update(organisationId: world.council, id: later.id, moved).value.date == CalendarDate("2027-10-06"))
            _ = try await EqualityObjectiveStore(db: world.db).create(Self.sample(world.council), today: Self.today)

            let entries = try await CalendarStore(db: world.db, catalog: World.catalog).entries(
                organisationId: world.council, from: CalendarDate("2027-03-01")!, to: CalendarDate("2027-12-31")!)
            #expect(entries.filter { $0.category == "Committee" }.map(\.summary) == [
                "Committee: Equality Board (Annual progress report)", "Committee: Scrutiny Committee",
            ])
            #expect(entries.filter { $0.category == "Objective" }.map(\.summary) == [
                "Equality objective progress (2027): Close the employment gap for disabled residents",
            ])
            let partners = try await CalendarStore(db: world.db, catalog: World.catalog).entries(
                organisationId: world.partner, from: CalendarDate("2027-03-01")!, to: CalendarDate("2027-12-31")!)
            #expect(!partners.contains { $0.category == "Committee" || $0.category == "Objective" }, "another council's calendar")

            try await meetings.delete(organisationId: world.council, id: later.id)
            #expect(try await meetings.list(organisationId: world.council).count == 1)
            #expect(try await AuditStore(db: world.db).events(recordId: later.id).map(\.action) == [.deleted, .updated, .created])
        }
    }
}

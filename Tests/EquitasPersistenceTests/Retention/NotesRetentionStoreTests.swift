import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import FluentKit
import Foundation
import Testing

@Suite("Erasing the team's notes after the retention period")
struct NotesRetentionStoreTests {
    static let note = "Leader was defensive about the pay gap"

    /// The world's challenge with a note on its session, taken to a final report issued on
    /// 1 May 2024, the note changed once on the way (so the history holds two values).
    static func finalWithNotes(_ world: World) async throws -> UUID {
        try await world.readyToDraft()
        let sessions = world.parts(ProgrammeSession.self)
        let session = try #require(try await sessions.list(challengeId: world.challenge, try PageRequest(per: 10)).items.first)
        var value = session.value
        value.notes = "First thoughts: " + note
        _ = try await sessions.update(challengeId: world.challenge, id: session.id, value)
        value.notes = note
        _ = try await sessions.update(challengeId: world.challenge, id: session.id, value)
        _ = try await world.issueDraft()
        _ = try await world.versions.issueFinal(challengeId: world.challenge, issuedBy: "Review manager", on: date("2024-05-01"))
        return session.id
    }

    static func historyText(_ world: World) async throws -> String {
        let events = try await AuditStore(db: world.db).events(challengeId: world.challenge)
        return events.flatMap(\.changes).map { "\($0.field)=\($0.before ?? "")→\($0.after ?? "")" }.joined(separator: "\n")
    }

    @Test("nothing is erased before the period ends, nor by a dry run; then the notes and every earlier value of them go, and the history says so without the text")
    func erasesWhenDue() async throws {
        try await withWorld { world in
            let session = try await Self.finalWithNotes(world)
            let store = NotesRetentionStore(db: world.db)
            #expect(try await Self.historyText(world).contains(Self.note))

            #expect(try await store.apply(NotesRetention(months: 12), today: date("2025-04-30"), dryRun: false).isEmpty)
            let due = try await store.apply(NotesRetention(months: 12), today: date("2025-05-01"), dryRun: true)
            #expect(due.map(\.sessions) == [1])
            #expect(due.first?.title == "Wyvern Vale District Council and Calder Moor Borough Council")
            #expect(try await world.parts(ProgrammeSession.self).get(challengeId: world.challenge, id: session).value.notes == Self.note)

            let erased = try await store.apply(NotesRetention(months: 12), today: date("2025-05-01"), dryRun: false)
            #expect(erased.map(\.challengeId) == [world.challenge])
            #expect(try await world.parts(ProgrammeSession.self).get(challengeId: world.challenge, id: session).value.notes == nil)
            let history = try await Self.historyText(world)
            #expect(!history.contains(Self.note) && !history.contains("First thoughts"))
            #expect(history.contains("notes=" + NotesRetentionStore.erasureWords(NotesRetention(months: 12)) + "→"))
            // Nothing left to erase: a second run finds nothing.
            #expect(try await store.apply(NotesRetention(months: 12), today: date("2026-05-01"), dryRun: false).isEmpty)
        }
    }

    @Test("a report version never holds the team's notes, so erasing them leaves nothing behind in the drafts")
    func snapshotsHoldNoNotes() async throws {
        try await withWorld { world in
            _ = try await Self.finalWithNotes(world)
            for summary in try await world.versions.list(challengeId: world.challenge) {
                let version = try await world.versions.version(challengeId: world.challenge, number: summary.number)
                #expect(version.snapshot.programme.allSatisfy { $0.value.notes == nil })
            }
        }
    }

    @Test("the setting takes whole months from 1 to 120 and says so otherwise", arguments: ["0", "121", "twelve", "1.5"])
    func setting(text: String) {
        #expect(throws: RuleViolation.self) { try NotesRetention.parse(text) }
        #expect(try! NotesRetention.parse(nil).months == 12)
        #expect(try! NotesRetention.parse("24").months == 24)
    }
}

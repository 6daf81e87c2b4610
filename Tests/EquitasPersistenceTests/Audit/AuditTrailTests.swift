import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing

@Suite("The audit trail records who changed what")
struct AuditTrailTests {
    static let jo = AuditAuthor(accountId: UUID(), label: "Jo Bloggs <jo@example.gov.uk>")

    @Test("editing a finding's text records that field alone, before and after, under the author of the task")
    func findingUpdate() async throws {
        try await withWorld { world in
            let findings = world.parts(Finding.self)
            let finding = try await findings.create(
                challengeId: world.challenge, Finding(module: "communities", kind: .strength, text: "Strong leadership."))

            try await AuditContext.$author.withValue(Self.jo) {
                _ = try await findings.update(
                    challengeId: world.challenge, id: finding.id,
                    Finding(module: "communities", kind: .strength, text: "Strong, visible leadership."))
            }

            let events = try await AuditStore(db: world.db).events(recordId: finding.id)
            #expect(events.map(\.action) == [.updated, .created])
            let update = try #require(events.first)
            #expect(update.author == Self.jo)
            #expect(update.record == "finding")
            #expect(update.challengeId == world.challenge)
            #expect(update.actionPlanId == nil)
            #expect(update.changes == [AuditFieldChange(field: "text", before: "Strong leadership.", after: "Strong, visible leadership.")])
            #expect(events[1].author == .system)
            #expect(
                events[1].changes == [
                    AuditFieldChange(field: "challenge_id", before: nil, after: world.challenge.uuidString.lowercased()),
                    AuditFieldChange(field: "kind", before: nil, after: "strength"),
                    AuditFieldChange(field: "module_id", before: nil, after: "communities"),
                    AuditFieldChange(field: "position", before: nil, after: "0"),
                    AuditFieldChange(field: "text", before: nil, after: "Strong leadership."),
                ])
        }
    }

    @Test("with no author set, a create and a delete are recorded as the system's, with every value")
    func createAndDelete() async throws {
        try await withWorld { world in
            let people = PersonStore(db: world.db)
            let person = try await people.create(Person(name: "Cy Test", jobTitle: "Head of policy"))

            try await people.delete(person.id)

            let events = try await AuditStore(db: world.db).events(recordId: person.id)
            #expect(events.map(\.action) == [.deleted, .created])
            #expect(events.allSatisfy { $0.author == .system && $0.record == "person" && $0.challengeId == nil && $0.actionPlanId == nil })
            #expect(
                events[0].changes == [
                    AuditFieldChange(field: "job_title", before: "Head of policy", after: nil),
                    AuditFieldChange(field: "name", before: "Cy Test", after: nil),
                ])
            #expect(events[1].changes.map(\.after) == ["Head of policy", "Cy Test"])
        }
    }

    @Test("a write that is refused leaves no event behind")
    func refusedWrite() async throws {
        try await withWorld { world in
            let before = try await world.rowCounts()["audit_events"]
            await #expect(throws: (any Error).self) {
                _ = try await world.parts(Finding.self).create(
                    challengeId: world.challenge, Finding(module: "no-such-module", kind: .strength, text: "x"))
            }
            #expect(try await world.rowCounts()["audit_events"] == before)
        }
    }

    @Test("a password hash is recorded only as changed, never by value")
    func secretHidden() async throws {
        try await withWorld { world in
            let accounts = AccountStore(db: world.db)
            let account = try await accounts.create(
                Account(email: "jo@example.gov.uk", name: "Jo Bloggs", role: .administrator), passwordHash: "$2b$04$first")

            try await accounts.setPassword(account.id, hash: "$2b$04$second")
            let token = try await accounts.issueToken(accountId: account.id, name: "laptop")
            _ = try await accounts.account(forToken: token.token)

            let events = try await AuditStore(db: world.db).events(recordId: account.id)
            #expect(events[0].changes == [AuditFieldChange(field: "password_hash", before: "(hidden)", after: "(hidden)")])
            #expect(events[1].changes.first { $0.field == "password_hash" }?.after == "(hidden)")
            let tokenEvents = try await AuditStore(db: world.db).events(recordId: token.id)
            // Using the token stamps last_used_at, which is not a change worth recording.
            #expect(tokenEvents.map(\.action) == [.created])
            #expect(tokenEvents[0].changes.first { $0.field == "token_hash" }?.after == "(hidden)")
            #expect(!tokenEvents[0].changes.contains { $0.after == token.token })
        }
    }
}

@Suite("The author reaches the trail whichever way a store writes")
struct AuditAuthorTests {
    @Test("a write outside any transaction, one inside a store's, and one inside a caller's all keep the author")
    func author() async throws {
        try await withWorld { world in
            let author = AuditAuthor(label: "command line (jo)")
            let (outside, inside, nested) = try await AuditContext.$author.withValue(author) {
                let outside = try await OrganisationStore(db: world.db).create(Organisation(name: "Ashdown", type: .districtCouncil))
                let inside = try await PersonStore(db: world.db).create(Person(name: "Di Example"))
                let nested = try await world.db.transactionKeepingAuthor { db in
                    try await PersonStore(db: db).create(Person(name: "Ed Example"))
                }
                return (outside.id, inside.id, nested.id)
            }

            let store = AuditStore(db: world.db)
            for id in [outside, inside, nested] {
                #expect(try await store.events(recordId: id).map(\.author) == [author])
            }
        }
    }
}

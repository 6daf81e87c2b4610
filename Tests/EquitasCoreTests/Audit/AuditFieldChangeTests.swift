import EquitasCore
import Foundation
import Testing

@Suite("What an audit event says changed")
struct AuditFieldChangeTests {
    @Test("an update lists only the fields whose value changed, by name")
    func update() {
        let changes = AuditFieldChange.changes(
            before: ["text": "Strong leadership", "kind": "strength", "theme": nil, "position": "0"],
            after: ["text": "Strong, visible leadership", "kind": "strength", "theme": "Leadership", "position": "0"])

        #expect(
            changes == [
                AuditFieldChange(field: "text", before: "Strong leadership", after: "Strong, visible leadership"),
                AuditFieldChange(field: "theme", before: nil, after: "Leadership"),
            ])
    }

    @Test("a create gives every field with a value as after; empty text and nulls are left out")
    func create() {
        let changes = AuditFieldChange.changes(before: nil, after: ["name": "Ann Example", "job_title": nil, "notes": ""])

        #expect(changes == [AuditFieldChange(field: "name", before: nil, after: "Ann Example")])
    }

    @Test("a delete gives every field that had a value as before")
    func delete() {
        let changes = AuditFieldChange.changes(before: ["name": "Ann Example", "job_title": "Chief executive"], after: nil)

        #expect(
            changes == [
                AuditFieldChange(field: "job_title", before: "Chief executive", after: nil),
                AuditFieldChange(field: "name", before: "Ann Example", after: nil),
            ])
    }

    @Test("a secret field says that it changed, never its value")
    func secret() {
        let changes = AuditFieldChange.changes(
            before: ["password_hash": "$2b$04$old", "email": "jo@example.gov.uk"],
            after: ["password_hash": "$2b$04$new", "email": "jo@example.gov.uk"], secret: ["password_hash"])
        let created = AuditFieldChange.changes(before: nil, after: ["password_hash": "$2b$04$new"], secret: ["password_hash"])

        #expect(changes == [AuditFieldChange(field: "password_hash", before: "(hidden)", after: "(hidden)")])
        #expect(created == [AuditFieldChange(field: "password_hash", before: nil, after: "(hidden)")])
    }

    @Test("with no author set, changes are the system's; a task-local author wins inside its scope")
    func author() async {
        #expect(AuditContext.currentAuthor == AuditAuthor(label: "system"))
        let jo = AuditAuthor.account(id: UUID(), name: "Jo Bloggs", email: "jo@example.gov.uk")

        let inside = await AuditContext.$author.withValue(jo) { await Task { AuditContext.currentAuthor }.value }

        #expect(inside.label == "Jo Bloggs <jo@example.gov.uk>")
        #expect(AuditContext.currentAuthor == .system)
        #expect(AuditAuthor.commandLine(user: "jo").label == "command line (jo)")
    }
}

import EquitasCore
import Foundation
import Testing

@Suite("Accounts")
struct AccountTests {
    @Test("emails are trimmed and lower-cased; what is not an address is refused")
    func emails() throws {
        #expect(try Account.normalisedEmail("  Rachel.Barker@Wyvern-Vale.gov.uk ") == "rachel.barker@wyvern-vale.gov.uk")
        for bad in ["", "rachel", "rachel@", "@council.gov.uk", "rachel@council", "ra chel@council.gov.uk", "a@b@c.uk", "r@.uk"] {
            #expect(throws: ValidationFailure.self, "\(bad)") { try Account.normalisedEmail(bad) }
        }
    }

    @Test("council roles need their council; a peer needs a person; nobody is given the public role")
    func roleNeeds() throws {
        #expect(throws: ValidationFailure(path: "organisation_id", message: "a council officer belongs to a council; name it")) {
            try Account(email: "o@c.gov.uk", name: "O", role: .councilOfficer).validated()
        }
        #expect(throws: ValidationFailure.self) { try Account(email: "p@c.gov.uk", name: "P", role: .peer).validated() }
        #expect(throws: ValidationFailure.self) { try Account(email: "x@c.gov.uk", name: "X", role: .public).validated() }
        let manager = try Account(email: "M@LGA.gov.uk", name: " Gill ", role: .reviewManager, organisationId: .numbered(1)).validated()
        #expect(manager.email == "m@lga.gov.uk" && manager.name == "Gill" && manager.organisationId == nil)
    }
}

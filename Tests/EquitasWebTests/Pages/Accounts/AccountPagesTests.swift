import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The account pages")
struct AccountPagesTests {
    static let password = "a fine long password"

    static func council(_ app: Application, _ name: String = "Wyvern Vale District Council") async throws -> UUID {
        try await OrganisationStore(db: app.db).create(Organisation(name: name, type: .districtCouncil)).id
    }

    @Test("an administrator sees every account with its role, council and whether it is disabled")
    func list() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let officer = try await PageBrowser.signedIn(
                app, as: .councilOfficer, organisationId: council, email: "officer@vale.example.org")
            try await AccountStore(db: app.db).setDisabled(try #require(officer.account).id, true)
            let browser = try await PageBrowser.signedIn(app, as: .administrator)

            let reply = try await browser.get("/accounts")
            let root = try PageCheck.structure(reply.text)
            let row = try #require(root.all("tr").first { $0.all("th").first?.allText == "officer@vale.example.org" })

            #expect(reply.status == .ok)
            #expect(
                row.all("td").prefix(4).map(\.allText) == [
                    "Test Council officer", "Council officer", "Wyvern Vale District Council", "Disabled",
                ])
            #expect(
                row.all("form").first?.attributes["action"]
                    == "/accounts/\(try #require(officer.account).id.uuidString.lowercased())/enable")
            #expect(row.all("input").contains { $0.attributes["name"] == "csrf_token" })
            #expect(root.all("a").contains { $0.attributes["href"] == "/accounts/new" })
            #expect(root.all("th").allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
        }
    }

    @Test("an administrator makes a council officer's account, whose password then signs in")
    func create() async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let browser = try await PageBrowser.signedIn(app, as: .administrator)
            let form = try await browser.get("/accounts/new")
            let formRoot = try PageCheck.structure(form.text)
            #expect(formRoot.all("input").filter { $0.attributes["name"] == "role" }.count == 5)
            #expect(formRoot.all("fieldset").first?.all("legend").first?.allText == "Role")

            let reply = try await browser.post(
                "/accounts",
                form: [
                    ("email", "Dana.Okafor@Vale.example.org"), ("name", "Dana Okafor"), ("role", "council-officer"),
                    ("organisation_id", council.uuidString.lowercased()), ("person_id", ""), ("password", Self.password),
                    ("password_confirmation", Self.password),
                ])
            let found = try #require(try await AccountStore(db: app.db).find(email: "dana.okafor@vale.example.org"))

            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == "/accounts?done=created")
            #expect(
                found.account.value
                    == Account(email: "dana.okafor@vale.example.org", name: "Dana Okafor", role: .councilOfficer, organisationId: council))
            #expect(app.equitas.passwordHasher.verify(Self.password, against: found.passwordHash))
            let list = try await browser.get("/accounts?done=created")
            #expect(try PageCheck.structure(list.text).everything.first { $0.attributes["role"] == "status" } != nil)
        }
    }

    @Test("every problem in the form is shown at its field, the passwords are not sent back, and nothing is saved")
    func badInput() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)

            let mismatch = try await browser.post(
                "/accounts",
                form: [
                    ("email", "dana@vale.example.org"), ("name", ""), ("role", "council-officer"), ("organisation_id", ""),
                    ("password", Self.password), ("password_confirmation", "something else entirely"),
                ])
            let short = try await browser.post(
                "/accounts",
                form: [
                    ("email", "not an email"), ("name", "Dana"), ("role", "administrator"), ("password", "short"),
                    ("password_confirmation", "short"),
                ])
            let noRole = try await browser.post(
                "/accounts", form: [("email", "dana@vale.example.org"), ("name", "Dana"), ("password", ""), ("password_confirmation", "")])
            let root = try PageCheck.structure(mismatch.text)
            let links = { (root: XMLTree.Element) in
                root.all("main").first?.children.first?.all("a").compactMap { $0.attributes["href"] } ?? []
            }

            #expect(mismatch.status == .unprocessableEntity)
            #expect(root.all("title").first?.allText == "Error: Add an account – Equitas")
            #expect(links(root) == ["#field-name", "#field-organisation-id", "#field-password-confirmation"])
            #expect(root.all("input").filter { $0.attributes["type"] == "password" }.allSatisfy { $0.attributes["value"] == nil })
            #expect(!mismatch.text.contains(Self.password))
            #expect(root.all("input").first { $0.attributes["name"] == "email" }?.attributes["value"] == "dana@vale.example.org")
            let shortRoot = try PageCheck.structure(short.text)
            #expect(links(shortRoot) == ["#field-email", "#field-password"])
            #expect(
                shortRoot.everything.first { $0.attributes["id"] == "field-password-error" }?.allText
                    == "Error: A password needs at least 12 characters")
            #expect(links(try PageCheck.structure(noRole.text)) == ["#field-role", "#field-password"])
            #expect(try await AccountStore(db: app.db).list(try PageRequest()).items.count == 2)
        }
    }

    @Test("an email that already has an account is refused at the email field")
    func duplicateEmail() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)

            let reply = try await browser.post(
                "/accounts",
                form: [
                    ("email", Application.testAdministratorEmail), ("name", "Again"), ("role", "review-manager"),
                    ("password", Self.password),
                    ("password_confirmation", Self.password),
                ])

            #expect(reply.status == .unprocessableEntity)
            #expect(
                try PageCheck.structure(reply.text).everything.first { $0.attributes["id"] == "field-email-error" }?.allText.contains(
                    "already has an account") == true)
        }
    }

    @Test("disabling an account ends its sessions; enabling lets it sign in again")
    func disableAndEnable() async throws {
        try await withTestApp { app in
            let councillor = try await PageBrowser.signedIn(app, as: .councillor, organisationId: try await Self.council(app))
            let id = try #require(councillor.account).id
            let path = "/accounts/\(id.uuidString.lowercased())"
            let browser = try await PageBrowser.signedIn(app, as: .administrator)
            #expect(try await councillor.get("/dashboard").status == .ok)

            let disabled = try await browser.post(path + "/disable", form: [])

            #expect(disabled.status == .seeOther)
            #expect(disabled.headers.first(name: .location) == "/accounts?done=disabled")
            #expect(try await AccountStore(db: app.db).isDisabled(id))
            #expect(try await SessionStore(db: app.db).count(accountId: id) == 0)
            #expect(try await councillor.get("/dashboard").status == .seeOther)

            let enabled = try await browser.post(path + "/enable", form: [])

            #expect(enabled.status == .seeOther)
            #expect(try await !AccountStore(db: app.db).isDisabled(id))
        }
    }

    @Test("an administrator cannot disable their own account")
    func notYourself() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)
            let id = try #require(browser.account).id

            let reply = try await browser.post("/accounts/\(id.uuidString.lowercased())/disable", form: [])

            #expect(reply.status == .conflict)
            #expect(try await !AccountStore(db: app.db).isDisabled(id))
        }
    }

    @Test("nobody but an administrator sees or changes accounts", arguments: [Role.reviewManager, .councilOfficer, .peer])
    func othersRefused(role: Role) async throws {
        try await withTestApp { app in
            let council = try await Self.council(app)
            let person = try await PersonStore(db: app.db).create(Person(name: "Pat")).id
            let browser = try await PageBrowser.signedIn(
                app, as: role, organisationId: role.isCouncilRole ? council : nil, personId: role == .peer ? person : nil)
            let target = try #require(browser.account).id.uuidString.lowercased()

            #expect(try await browser.get("/accounts").status == .forbidden)
            #expect(try await browser.get("/accounts/new").status == .forbidden)
            let create = try await browser.post(
                "/accounts",
                form: [
                    ("email", "x@example.org"), ("name", "X"), ("role", "administrator"), ("password", Self.password),
                    ("password_confirmation", Self.password),
                ])
            #expect(create.status == .forbidden)
            #expect(try await browser.post("/accounts/\(target)/disable", form: []).status == .forbidden)
            #expect(try await AccountStore(db: app.db).find(email: "x@example.org") == nil)
            #expect(!(try await browser.get("/dashboard").text.contains("href=\"/accounts\"")))
        }
    }

    @Test("names come out escaped")
    func escaped() async throws {
        try await withTestApp { app in
            _ = try await AccountStore(db: app.db).create(
                Account(email: "odd@example.org", name: "<script>alert(1)</script>", role: .reviewManager), passwordHash: "x")
            let reply = try await PageBrowser.signedIn(app, as: .administrator).get("/accounts")

            #expect(reply.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!reply.text.contains("<script>alert"))
        }
    }
}

import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The organisation pages")
struct OrganisationPagesTests {
    static func all(_ app: Application) async throws -> [Identified<Organisation>] {
        try await OrganisationStore(db: app.db).list(try PageRequest()).items
    }

    @Test("the list shows every organisation with its type and code, and links to each")
    func list() async throws {
        try await withTestApp { app in
            let store = OrganisationStore(db: app.db)
            let vale = try await store.create(
                Organisation(name: "Wyvern Vale District Council", type: .districtCouncil, onsCode: "E07000037"))
            _ = try await store.create(Organisation(name: "Calder Moor Fire and Rescue", type: .fireAndRescue))
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)

            let reply = try await browser.get("/organisations")
            let root = try PageCheck.structure(reply.text)
            let table = try #require(root.all("table").first)
            let rows = table.all("tbody").first?.all("tr") ?? []

            #expect(reply.status == .ok)
            #expect(rows.count == 2)
            // By name: Calder before Wyvern.
            #expect(rows.last?.all("a").first?.attributes["href"] == "/organisations/\(vale.id.uuidString.lowercased())")
            #expect(rows.last?.all("td").map(\.allText) == ["District council", "E07000037"])
            #expect(rows.first?.all("td").map(\.allText) == ["Fire and rescue service", "Not recorded"])
            #expect(table.all("th").allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
            #expect(root.all("a").contains { $0.attributes["href"] == "/organisations/new" && $0.allText == "Add an organisation" })
        }
    }

    @Test("a review manager adds an organisation and is taken to its page")
    func create() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let form = try await browser.get("/organisations/new")
            #expect(form.status == .ok)
            let formRoot = try PageCheck.structure(form.text)
            #expect(formRoot.all("input").contains { $0.attributes["name"] == "csrf_token" })

            let reply = try await browser.post(
                "/organisations", form: [("name", "Wyvern Vale District Council"), ("type", "district-council"), ("ons_code", "E07000037")])
            let saved = try #require(try await Self.all(app).first)
            let location = "/organisations/\(saved.id.uuidString.lowercased())?done=created"

            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == location)
            #expect(saved.value == Organisation(name: "Wyvern Vale District Council", type: .districtCouncil, onsCode: "E07000037"))
            let page = try await browser.get(location)
            let root = try PageCheck.structure(page.text)
            #expect(root.all("h1").first?.allText == "Wyvern Vale District Council")
            #expect(root.everything.first { $0.attributes["role"] == "status" }?.allText == "The organisation has been added.")
        }
    }

    @Test("a form without a name or a type is shown again with both errors, and nothing is saved")
    func badInput() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)

            let reply = try await browser.post("/organisations", form: [("name", "  "), ("type", ""), ("ons_code", "X1")])
            let root = try PageCheck.structure(reply.text)
            let summary = try #require(root.all("main").first?.children.first)

            #expect(reply.status == .unprocessableEntity)
            #expect(root.all("title").first?.allText == "Error: Add an organisation – Equitas")
            #expect(summary.attributes["class"] == "error-summary")
            #expect(summary.all("a").map { $0.attributes["href"] ?? "" } == ["#field-name", "#field-type"])
            #expect(root.all("input").first { $0.attributes["name"] == "ons_code" }?.attributes["value"] == "X1")
            #expect(try await Self.all(app).isEmpty)
        }
    }

    @Test("a code that is not an ONS code is refused at its field")
    func badCode() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)

            let reply = try await browser.post(
                "/organisations", form: [("name", "Wyvern Vale"), ("type", "district-council"), ("ons_code", "X1")])
            let root = try PageCheck.structure(reply.text)

            #expect(reply.status == .unprocessableEntity)
            #expect(root.everything.first { $0.attributes["id"] == "field-ons-code-error" }?.allText.contains("is not an ONS code") == true)
            #expect(try await Self.all(app).isEmpty)
        }
    }

    @Test("a disclosure threshold below 5 or not a number is refused at its field; one of 12 is kept and shown in words")
    func disclosureThreshold() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)
            for (typed, message) in [("4", "must be 5 or more"), ("ten", "as a whole number")] {
                let reply = try await browser.post(
                    "/organisations", form: [("name", "Wyvern Vale"), ("type", "district-council"), ("disclosure_threshold", typed)])
                let root = try PageCheck.structure(reply.text)
                #expect(reply.status == .unprocessableEntity)
                #expect(root.everything.first { $0.attributes["id"] == "field-disclosure-threshold-error" }?.allText.contains(message) == true, "\(typed)")
                #expect(root.all("input").first { $0.attributes["name"] == "disclosure_threshold" }?.attributes["value"] == typed)
            }
            #expect(try await Self.all(app).isEmpty)

            let created = try await browser.post(
                "/organisations", form: [("name", "Wyvern Vale"), ("type", "district-council"), ("disclosure_threshold", " 12 ")])
            #expect(created.status == .seeOther)
            let saved = try #require(try await Self.all(app).first)
            #expect(saved.value.disclosureThreshold == 12)
            let page = try await browser.get("/organisations/\(saved.id.uuidString.lowercased())")
            #expect(page.text.contains("Figures about fewer than 12 people are not published (this organisation"))
        }
    }

    @Test("an organisation is changed through its edit form")
    func update() async throws {
        try await withTestApp { app in
            let saved = try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale", type: .districtCouncil))
            let path = "/organisations/\(saved.id.uuidString.lowercased())"
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)

            let form = try await browser.get(path + "/edit")
            let formRoot = try PageCheck.structure(form.text)
            let reply = try await browser.post(
                path, form: [("name", "Wyvern Vale District Council"), ("type", "borough-council"), ("ons_code", "")])

            #expect(formRoot.all("input").first { $0.attributes["name"] == "name" }?.attributes["value"] == "Wyvern Vale")
            #expect(formRoot.all("main").first?.all("form").first?.attributes["action"] == path)
            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == path + "?done=updated")
            #expect(
                try await OrganisationStore(db: app.db).get(saved.id).value
                    == Organisation(name: "Wyvern Vale District Council", type: .boroughCouncil))
        }
    }

    @Test("a council officer reads the directory but is shown no way to change it, and is refused when posting anyway")
    func councilOfficer() async throws {
        try await withTestApp { app in
            let council = try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale", type: .districtCouncil))
            let path = "/organisations/\(council.id.uuidString.lowercased())"
            let browser = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: council.id)

            let list = try await browser.get("/organisations")
            let show = try await browser.get(path)
            let new = try await browser.get("/organisations/new")
            let edit = try await browser.get(path + "/edit")
            let create = try await browser.post("/organisations", form: [("name", "Another Council"), ("type", "district-council")])
            let update = try await browser.post(path, form: [("name", "Renamed"), ("type", "district-council")])

            #expect(list.status == .ok)
            #expect(!list.text.contains("Add an organisation"))
            #expect(!list.text.contains("/organisations/new"))
            #expect(show.status == .ok)
            #expect(!show.text.contains(path + "/edit"))
            #expect(new.status == .forbidden)
            #expect(edit.status == .forbidden)
            #expect(create.status == .forbidden)
            #expect(update.status == .forbidden)
            #expect(try await Self.all(app).map(\.value.name) == ["Wyvern Vale"])
        }
    }

    @Test("an organisation's page lists its people")
    func people() async throws {
        try await withTestApp { app in
            let council = try await OrganisationStore(db: app.db).create(Organisation(name: "Wyvern Vale", type: .districtCouncil))
            let person = try await PersonStore(db: app.db).create(
                Person(name: "Owen Tredinnick", organisationId: council.id, jobTitle: "Head of Policy"))
            _ = try await PersonStore(db: app.db).create(Person(name: "Somebody Else"))

            let reply = try await PageBrowser.signedIn(app, as: .councillor, organisationId: council.id).get(
                "/organisations/\(council.id.uuidString.lowercased())")
            let root = try PageCheck.structure(reply.text)
            let rows = root.all("tbody").first?.all("tr") ?? []

            #expect(rows.count == 1)
            #expect(rows.first?.all("a").first?.attributes["href"] == "/people/\(person.id.uuidString.lowercased())")
            #expect(rows.first?.allText.contains("Head of Policy") == true)
            #expect(!reply.text.contains("Somebody Else"))
        }
    }

    @Test("names come out escaped, and an unknown organisation is not found")
    func escapedAndMissing() async throws {
        try await withTestApp { app in
            _ = try await OrganisationStore(db: app.db).create(Organisation(name: "<script>alert(1)</script>", type: .other))
            let browser = try await PageBrowser.signedIn(
                app, as: .peer, personId: try await PersonStore(db: app.db).create(Person(name: "P")).id)

            let list = try await browser.get("/organisations")
            let missing = try await browser.get("/organisations/\(UUID().uuidString.lowercased())")

            #expect(list.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!list.text.contains("<script>alert"))
            #expect(missing.status == .notFound)
        }
    }
}

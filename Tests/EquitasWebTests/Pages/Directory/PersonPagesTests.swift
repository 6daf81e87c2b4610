import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("The people pages")
struct PersonPagesTests {
    struct Directory {
        let vale: UUID, moor: UUID
        let owen: UUID, carys: UUID

        static func make(_ app: Application) async throws -> Directory {
            let organisations = OrganisationStore(db: app.db)
            let vale = try await organisations.create(Organisation(name: "Wyvern Vale District Council", type: .districtCouncil)).id
            let moor = try await organisations.create(Organisation(name: "Calder Moor Borough Council", type: .boroughCouncil)).id
            let people = PersonStore(db: app.db)
            let owen = try await people.create(Person(name: "Owen Tredinnick", organisationId: vale, jobTitle: "Head of Policy")).id
            let carys = try await people.create(Person(name: "Carys Lloyd", organisationId: moor)).id
            return Directory(vale: vale, moor: moor, owen: owen, carys: carys)
        }
    }

    static func all(_ app: Application) async throws -> [Identified<Person>] {
        try await PersonStore(db: app.db).list(try PageRequest()).items
    }

    @Test("the list shows everyone, and the filter narrows it to one organisation")
    func listAndFilter() async throws {
        try await withTestApp { app in
            let directory = try await Directory.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: directory.vale)

            let everyone = try await browser.get("/people")
            let narrowed = try await browser.get("/people?organisation_id=\(directory.vale.uuidString.lowercased())")
            let emptyFilter = try await browser.get("/people?organisation_id=")
            let root = try PageCheck.structure(everyone.text)
            let narrowedRoot = try PageCheck.structure(narrowed.text)
            let form = try #require(root.all("form").first { $0.attributes["action"] == "/people" })

            #expect(everyone.status == .ok)
            #expect(root.all("tbody").first?.all("tr").count == 2)
            #expect(form.attributes["method"] == "get")
            #expect(form.all("select").first?.attributes["name"] == "organisation_id")
            #expect(form.all("button").first?.allText == "Filter")
            let rows = narrowedRoot.all("tbody").first?.all("tr") ?? []
            #expect(rows.count == 1)
            #expect(rows.first?.all("a").first?.attributes["href"] == "/people/\(directory.owen.uuidString.lowercased())")
            #expect(narrowedRoot.all("caption").first?.allText == "People at Wyvern Vale District Council")
            let chosen = narrowedRoot.all("option").first { $0.attributes["selected"] != nil }
            #expect(chosen?.attributes["value"] == directory.vale.uuidString.lowercased())
            #expect(emptyFilter.status == .ok)
            #expect(!everyone.text.contains("Add a person"))
        }
    }

    @Test("a review manager adds a person and is taken to their page")
    func create() async throws {
        try await withTestApp { app in
            let directory = try await Directory.make(app)
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)
            let form = try await browser.get("/people/new?organisation_id=\(directory.moor.uuidString.lowercased())")
            let formRoot = try PageCheck.structure(form.text)
            #expect(
                formRoot.all("option").first { $0.attributes["selected"] != nil }?.attributes["value"]
                    == directory.moor.uuidString.lowercased())

            let reply = try await browser.post(
                "/people",
                form: [
                    ("name", "Dana Okafor"), ("job_title", "Equalities Lead"), ("organisation_id", directory.moor.uuidString.lowercased()),
                ])
            let saved = try #require(try await Self.all(app).first { $0.value.name == "Dana Okafor" })
            let location = "/people/\(saved.id.uuidString.lowercased())?done=created"

            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == location)
            #expect(saved.value == Person(name: "Dana Okafor", organisationId: directory.moor, jobTitle: "Equalities Lead"))
            let page = try await browser.get(location)
            let root = try PageCheck.structure(page.text)
            #expect(root.all("h1").first?.allText == "Dana Okafor")
            #expect(root.all("a").contains { $0.attributes["href"] == "/organisations/\(directory.moor.uuidString.lowercased())" })
            #expect(root.everything.first { $0.attributes["role"] == "status" }?.allText == "The person has been added.")
        }
    }

    @Test("a person without a name, or at an unknown organisation, is refused at the field and nothing is saved")
    func badInput() async throws {
        try await withTestApp { app in
            let browser = try await PageBrowser.signedIn(app, as: .administrator)

            let noName = try await browser.post("/people", form: [("name", ""), ("job_title", "Officer"), ("organisation_id", "")])
            let unknown = try await browser.post("/people", form: [("name", "Dana"), ("organisation_id", UUID().uuidString)])
            let root = try PageCheck.structure(noName.text)

            #expect(noName.status == .unprocessableEntity)
            #expect(root.all("title").first?.allText == "Error: Add a person – Equitas")
            #expect(root.all("main").first?.children.first?.attributes["class"] == "error-summary")
            #expect(root.all("input").first { $0.attributes["name"] == "job_title" }?.attributes["value"] == "Officer")
            #expect(unknown.status == .unprocessableEntity)
            #expect(try PageCheck.structure(unknown.text).all("a").contains { $0.attributes["href"] == "#field-organisation-id" })
            #expect(try await Self.all(app).isEmpty)
        }
    }

    @Test("a person's details are changed through the edit form")
    func update() async throws {
        try await withTestApp { app in
            let directory = try await Directory.make(app)
            let path = "/people/\(directory.carys.uuidString.lowercased())"
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)

            let form = try await browser.get(path + "/edit")
            let reply = try await browser.post(path, form: [("name", "Carys Lloyd"), ("job_title", "Director"), ("organisation_id", "")])

            #expect(
                try PageCheck.structure(form.text).all("input").first { $0.attributes["name"] == "name" }?.attributes["value"]
                    == "Carys Lloyd")
            #expect(reply.status == .seeOther)
            #expect(reply.headers.first(name: .location) == path + "?done=updated")
            #expect(try await PersonStore(db: app.db).get(directory.carys).value == Person(name: "Carys Lloyd", jobTitle: "Director"))
        }
    }

    @Test("a council officer is shown no way to change people, and is refused when posting anyway")
    func councilOfficer() async throws {
        try await withTestApp { app in
            let directory = try await Directory.make(app)
            let path = "/people/\(directory.owen.uuidString.lowercased())"
            let browser = try await PageBrowser.signedIn(app, as: .councilOfficer, organisationId: directory.vale)

            let show = try await browser.get(path)
            let new = try await browser.get("/people/new")
            let create = try await browser.post("/people", form: [("name", "Someone New")])
            let update = try await browser.post(path, form: [("name", "Renamed")])

            #expect(show.status == .ok)
            #expect(!show.text.contains(path + "/edit"))
            #expect(new.status == .forbidden)
            #expect(create.status == .forbidden)
            #expect(update.status == .forbidden)
            #expect(try await Self.all(app).map(\.value.name).sorted() == ["Carys Lloyd", "Owen Tredinnick"])
        }
    }

    @Test("job titles come out escaped")
    func escaped() async throws {
        try await withTestApp { app in
            let person = try await PersonStore(db: app.db).create(Person(name: "Dana", jobTitle: "<script>alert(1)</script>"))
            let browser = try await PageBrowser.signedIn(app, as: .reviewManager)

            let list = try await browser.get("/people")
            let show = try await browser.get("/people/\(person.id.uuidString.lowercased())")

            for reply in [list, show] {
                #expect(reply.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!reply.text.contains("<script>alert"))
            }
        }
    }
}

import EquitasCore
import EquitasPersistence
import Vapor

/// People in the directory, read by everyone signed in and changed by review managers
/// and administrators.
struct PersonPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.people, use: list)
        try routes.on(Site.peopleNew, use: new)
        try routes.on(Site.peoplePost, use: create)
        try routes.on(Site.person, use: show)
        try routes.on(Site.personEdit, use: edit)
        try routes.on(Site.personPost, use: update)
    }

    /// `?organisation_id=` (from the filter form; empty means everyone).
    func list(req: Request) async throws -> Response {
        let raw = req.query[String.self, at: "organisation_id"] ?? ""
        let filter = raw.isEmpty ? nil : try req.optionalUUIDQuery("organisation_id")
        let people = try await DirectoryQueries.people(req, organisationId: filter)
        let layout = PersonPages.list(
            people, organisations: try await DirectoryQueries.organisations(req), filter: filter, context: req.pageContext)
        return PageResponse.make(layout, for: req)
    }

    func show(req: Request) async throws -> Response {
        let person = try await PersonStore(db: req.db).get(try personID(req))
        var organisation: Identified<Organisation>?
        if let id = person.value.organisationId { organisation = try await OrganisationStore(db: req.db).get(id) }
        return PageResponse.make(
            PersonPages.show(person, organisation: organisation, context: req.pageContext, done: req.query["done"]), for: req)
    }

    /// `?organisation_id=` chooses the organisation in advance (from an organisation's page).
    func new(req: Request) async throws -> Response {
        var form = PersonForm()
        form.organisationId = (try? req.optionalUUIDQuery("organisation_id"))?.uuidString.lowercased() ?? ""
        return try await formPage(req, form, errors: FormErrors(), editing: nil)
    }

    func create(req: Request) async throws -> Response {
        try await save(req, try req.content.decode(PersonForm.self), editing: nil) { value in
            try await PersonStore(db: req.db).create(value).id
        }
    }

    func edit(req: Request) async throws -> Response {
        let person = try await PersonStore(db: req.db).get(try personID(req))
        return try await formPage(req, PersonForm(person.value), errors: FormErrors(), editing: person.id)
    }

    func update(req: Request) async throws -> Response {
        let id = try personID(req)
        _ = try await PersonStore(db: req.db).get(id)
        return try await save(req, try req.content.decode(PersonForm.self), editing: id) { value in
            try await PersonStore(db: req.db).update(id, value).id
        }
    }

    private func save(
        _ req: Request, _ form: PersonForm, editing id: UUID?, write: (Person) async throws -> UUID
    ) async throws -> Response {
        var errors = form.problems
        if errors.isEmpty {
            do {
                let saved = try await write(form.person)
                return PageResponse.redirect(
                    to: Site.person.path(saved) + "?done=\(id == nil ? "created" : "updated")")
            } catch let failure as ValidationFailure {
                errors = FormErrors(failure, fallbackField: "name")
            }
        }
        return try await formPage(req, form, errors: errors, editing: id, status: .unprocessableEntity)
    }

    private func formPage(
        _ req: Request, _ form: PersonForm, errors: FormErrors, editing id: UUID?, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let organisations = try await DirectoryQueries.organisations(req)
        let layout = PersonPages.form(form, organisations: organisations, errors: errors, editing: id, csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req, status: status)
    }

    private func personID(_ req: Request) throws -> UUID {
        try req.id("personID", entity: "person")
    }
}

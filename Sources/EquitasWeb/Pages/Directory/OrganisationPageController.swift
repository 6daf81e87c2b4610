import EquitasCore
import EquitasPersistence
import Vapor

/// Organisations in the directory: everyone signed in reads them; review managers and
/// administrators add and change them (the access middleware refuses the posts of
/// anyone else before a handler runs).
struct OrganisationPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.organisations, use: list)
        try routes.on(Site.organisationsNew, use: new)
        try routes.on(Site.organisationsPost, use: create)
        try routes.on(Site.organisation, use: show)
        try routes.on(Site.organisationEdit, use: edit)
        try routes.on(Site.organisationPost, use: update)
    }

    func list(req: Request) async throws -> Response {
        PageResponse.make(OrganisationPages.list(try await DirectoryQueries.organisations(req), context: req.pageContext), for: req)
    }

    func show(req: Request) async throws -> Response {
        let organisation = try await OrganisationStore(db: req.db).get(try organisationID(req))
        let people = try await DirectoryQueries.people(req, organisationId: organisation.id)
        let layout = OrganisationPages.show(organisation, people: people, context: req.pageContext, done: req.query["done"])
        return PageResponse.make(layout, for: req)
    }

    func new(req: Request) async throws -> Response {
        formPage(req, OrganisationForm(), errors: FormErrors(), editing: nil)
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(OrganisationForm.self)
        return try await save(req, form, editing: nil) { value in
            try await OrganisationStore(db: req.db).create(value).id
        }
    }

    func edit(req: Request) async throws -> Response {
        let organisation = try await OrganisationStore(db: req.db).get(try organisationID(req))
        return formPage(req, OrganisationForm(organisation.value), errors: FormErrors(), editing: organisation.id)
    }

    func update(req: Request) async throws -> Response {
        let id = try organisationID(req)
        _ = try await OrganisationStore(db: req.db).get(id)
        let form = try req.content.decode(OrganisationForm.self)
        return try await save(req, form, editing: id) { value in
            try await OrganisationStore(db: req.db).update(id, value).id
        }
    }

    /// Writes the organisation and goes to its page, or shows the form again with what
    /// was wrong: the person's own checks first, then the store's rules.
    private func save(
        _ req: Request, _ form: OrganisationForm, editing id: UUID?, write: (Organisation) async throws -> UUID
    ) async throws -> Response {
        var errors = form.problems
        if errors.isEmpty, let value = form.organisation {
            do {
                let saved = try await write(value)
                return PageResponse.redirect(
                    to: Site.organisation.path(saved) + "?done=\(id == nil ? "created" : "updated")")
            } catch let failure as ValidationFailure {
                errors = FormErrors(failure, fallbackField: "name")
            }
        }
        return formPage(req, form, errors: errors, editing: id, status: .unprocessableEntity)
    }

    private func formPage(
        _ req: Request, _ form: OrganisationForm, errors: FormErrors, editing id: UUID?, status: HTTPResponseStatus = .ok
    ) -> Response {
        PageResponse.make(
            OrganisationPages.form(form, errors: errors, editing: id, csrf: req.pageContext.csrfToken), for: req, status: status)
    }

    private func organisationID(_ req: Request) throws -> UUID {
        try req.id("organisationID", entity: "organisation")
    }
}

import EquitasCore
import EquitasPersistence
import Vapor

/// Accounts, for administrators only (the route's resource says so, and the access
/// middleware refuses everyone else before any handler runs).
struct AccountPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.accounts, use: list)
        try routes.on(Site.accountsNew, use: new)
        try routes.on(Site.accountsPost, use: create)
        try routes.on(Site.accountDisablePost, use: disable)
        try routes.on(Site.accountEnablePost, use: enable)
    }

    func list(req: Request) async throws -> Response {
        let store = AccountStore(db: req.db)
        let accounts = try await PublicQueries.all { page in try await store.list(page) }
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        var rows: [AccountPages.Row] = []
        for account in accounts {
            var council: String?
            if let organisation = account.value.organisationId { council = try await names.names([organisation]).first }
            rows.append(AccountPages.Row(account: account, council: council, disabled: try await store.isDisabled(account.id)))
        }
        return PageResponse.make(AccountPages.list(rows, context: req.pageContext, done: req.query["done"]), for: req)
    }

    func new(req: Request) async throws -> Response {
        try await formPage(req, AccountForm(), errors: FormErrors(), status: .ok)
    }

    /// Every problem the form has is shown at once: what is missing, what the core
    /// refuses in the account, and what the password rule refuses in the password.
    func create(req: Request) async throws -> Response {
        var form = try req.content.decode(AccountForm.self)
        var problems = form.missing
        var account: Account?
        if let built = form.account {
            if let failure = built.failure {
                note(failure, in: &problems, fallback: "email")
            } else {
                account = built.value
            }
        }
        var hash: String?
        if problems["password"] == nil, problems["password_confirmation"] == nil {
            let hasher = req.application.equitas.passwordHasher
            let (password, email) = (form.password, form.email)
            do {
                hash = try await req.application.threadPool.runIfActive { try hasher.hash(password, email: email) }
            } catch let failure as ValidationFailure {
                problems["password"] = FormErrors.sentence(failure.message)
            }
        }
        if problems.isEmpty, let account, let hash {
            do {
                _ = try await AccountStore(db: req.db).create(account, passwordHash: hash)
                return PageResponse.redirect(to: AccountPages.path + "?done=created")
            } catch let failure as ValidationFailure {
                note(failure, in: &problems, fallback: "email")
            }
        }
        form.password = ""
        form.passwordConfirmation = ""
        return try await formPage(req, form, errors: AccountForm.errors(problems), status: .unprocessableEntity)
    }

    /// Disabling also ends the account's sessions, so whoever is signed in with it is
    /// out at their next click rather than when the session runs out.
    func disable(req: Request) async throws -> Response {
        let id = try accountID(req)
        guard id != req.actor.accountId else {
            throw RuleViolation("you cannot disable your own account; ask another administrator")
        }
        try await AccountStore(db: req.db).setDisabled(id, true)
        try await SessionStore(db: req.db).endAll(accountId: id)
        return PageResponse.redirect(to: AccountPages.path + "?done=disabled")
    }

    func enable(req: Request) async throws -> Response {
        try await AccountStore(db: req.db).setDisabled(try accountID(req), false)
        return PageResponse.redirect(to: AccountPages.path + "?done=enabled")
    }

    /// The failure at the field its path names, unless that field already has a problem.
    private func note(_ failure: ValidationFailure, in problems: inout [String: String], fallback: String) {
        let base = failure.path.split(separator: "[").first.map(String.init) ?? ""
        let field = AccountForm.fieldOrder.contains(base) ? base : fallback
        if problems[field] == nil { problems[field] = FormErrors.sentence(failure.message) }
    }

    private func formPage(_ req: Request, _ form: AccountForm, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let layout = AccountPages.form(
            form, organisations: try await DirectoryQueries.organisations(req), people: try await DirectoryQueries.people(req),
            errors: errors,
            csrf: req.pageContext.csrfToken)
        return PageResponse.make(layout, for: req, status: status)
    }

    private func accountID(_ req: Request) throws -> UUID {
        try req.id("accountID", entity: "account")
    }
}

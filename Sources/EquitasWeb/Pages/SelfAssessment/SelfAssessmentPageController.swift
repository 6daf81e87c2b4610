import EquitasCore
import EquitasPersistence
import Vapor

/// The council's self-assessment: the whole of it, how ready it is, and the editor for
/// one criterion. Who may read or write is settled by the route's declaration; this
/// only decides what to offer and, in a joint challenge, whose entry is edited.
struct SelfAssessmentPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeSelfAssessment, use: overview)
        try routes.on(Site.challengeSelfAssessmentReadiness, use: readiness)
        try routes.on(Site.challengeSelfAssessmentItemEdit, use: edit)
        try routes.on(Site.challengeSelfAssessmentItemPost, use: save)
    }

    func overview(req: Request) async throws -> Response {
        let data = try await SelfAssessmentData.load(req)
        let page = SelfAssessmentPage(data: data, mayWrite: try await mayWrite(req), done: req.query["done"])
        return PageResponse.make(page.layout(), for: req)
    }

    func readiness(req: Request) async throws -> Response {
        let data = try await SelfAssessmentData.load(req)
        let readiness = SelfAssessmentReadiness(challenge: data.challenge, framework: data.framework, entries: data.entries)
        let page = SelfAssessmentReadinessPage(data: data, readiness: readiness, mayWrite: try await mayWrite(req))
        return PageResponse.make(page.layout(), for: req)
    }

    func edit(req: Request) async throws -> Response {
        let data = try await SelfAssessmentData.load(req)
        let (module, criterion) = try found(req, data)
        let council = try council(req, data, asked: req.query["council"])
        let entry = SelfAssessmentLookup.entry(for: criterion.id, council: council, in: data.entries, challenge: data.challenge)
        var page = SelfAssessmentEditorPage(
            data: data, module: module, criterion: criterion, council: council, entry: entry?.value, csrfToken: req.pageContext.csrfToken)
        page.version = entry.map { EditConflict.version(of: $0.value) } ?? ""
        return PageResponse.make(page.layout(), for: req)
    }

    func save(req: Request) async throws -> Response {
        let data = try await SelfAssessmentData.load(req)
        let (module, criterion) = try found(req, data)
        let form = (try? req.content.decode(SelfAssessmentForm.self)) ?? SelfAssessmentForm()
        let council = try council(req, data, asked: form.council)
        let existing = SelfAssessmentLookup.entry(for: criterion.id, council: council, in: data.entries, challenge: data.challenge)
        // A joint challenge's council writes its own entry, even where a joint one stood in for it.
        let key = data.isJoint ? council : existing?.value.organisationId
        var (entry, errors) = form.entry(criterionId: criterion.id, organisationId: key)
        // Only this council's own entry can have been edited meanwhile; a joint one standing in is not overwritten.
        let own = existing.flatMap { $0.value.organisationId == key ? $0 : nil }
        var conflict: EditConflict?
        if let own { conflict = try await EditConflict.check(req, stored: own.value, recordId: own.id, theirs: own.value.narrative) }
        if let conflict { errors = FormErrors("narrative", conflict.message) }
        if errors.isEmpty {
            let store = ChallengePartStore<SelfAssessmentEntry>(db: req.db, catalog: req.catalog)
            do {
                if let existing, existing.value.organisationId == key {
                    _ = try await store.update(challengeId: data.challengeId, id: existing.id, entry)
                } else {
                    _ = try await store.create(challengeId: data.challengeId, entry)
                }
                return PageResponse.redirect(to: Site.challengeSelfAssessment.path(data.challengeId) + "?done=saved")
            } catch let failure as ValidationFailure {
                errors = SelfAssessmentForm.errors(failure)
            }
        }
        entry.organisationId = key
        var page = SelfAssessmentEditorPage(
            data: data, module: module, criterion: criterion, council: council, entry: entry, errors: errors,
            csrfToken: req.pageContext.csrfToken)
        page.version = own.map { EditConflict.version(of: $0.value) } ?? ""
        page.conflict = conflict
        return PageResponse.make(page.layout(), for: req, status: conflict == nil ? .unprocessableEntity : .conflict)
    }

    private func mayWrite(_ req: Request) async throws -> Bool {
        req.pageContext.may(.write, .challenge(try await req.challengeFacts(), part: .selfAssessment))
    }

    /// The criterion named in the address, if this challenge asks about it.
    private func found(_ req: Request, _ data: SelfAssessmentData) throws -> (FrameworkModule, Criterion) {
        let id = req.parameters.get("criterionID") ?? ""
        guard let match = data.scope(of: id) else { throw NotFound(entity: "criterion", id: id) }
        return (match.module, match.criterion)
    }

    /// Whose entry is edited in a joint challenge: a council officer's own council
    /// always; anyone else names one of the challenge's councils.
    private func council(_ req: Request, _ data: SelfAssessmentData, asked: String?) throws -> UUID? {
        guard data.isJoint else { return nil }
        let named = asked.flatMap { UUID(uuidString: $0) }
        if req.actor.role.isCouncilRole {
            guard let own = req.actor.organisationId, data.challenge.organisationIds.contains(own) else {
                throw NotFound(entity: "challenge", id: data.challengeId)
            }
            if let named, named != own {
                throw Forbidden(message: "a council officer may change only their own council's self-assessment")
            }
            return own
        }
        guard let named, data.challenge.organisationIds.contains(named) else {
            throw NotFound(entity: "council", id: asked ?? "")
        }
        return named
    }
}

import EquitasCore
import EquitasPersistence
import Vapor

/// Enforces the resource each route declared: loads the facts the policy needs (a
/// challenge's status, councils and team; a plan's council), asks `AccessPolicy`, and
/// either lets the request through or answers 401, 403 or 404. Installed on every route
/// group, API and pages alike, after the request has been identified.
struct AccessMiddleware: AsyncMiddleware {
    /// Tests (and only tests: the configuration must switch it on) may ask for the
    /// decision alone with this header: 204 when the route would run, so the whole
    /// role × route matrix can be walked without changing anything.
    static let probeHeader = "X-Equitas-Access-Probe"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let declared = request.route?.protectedResource else {
            request.logger.error("route \(request.method) \(request.url.path) declares no protected resource; refused")
            throw Forbidden(message: "this address has no access rule, so nobody may use it")
        }
        let kind = request.route?.accessKind ?? .write
        switch try await decision(declared, kind, request) {
        case .allowed: break
        case .signInNeeded: throw SignInNeeded()
        case .hidden: throw try hiddenAs(declared, request)
        case .forbidden: throw Forbidden(message: Self.refusal(request.actor, kind, declared))
        }
        if request.application.equitas.accessProbe, request.headers.contains(name: Self.probeHeader) {
            return Response(status: .noContent)
        }
        return try await next.respond(to: request)
    }

    private func decision(_ declared: ProtectedResource, _ kind: AccessKind, _ request: Request) async throws -> AccessDecision {
        let actor = request.actor
        switch declared {
        case .everyone: return .allowed
        case .signedIn: return actor.role == .public ? .signInNeeded : .allowed
        case .frameworks: return .decide(actor, kind, .frameworks)
        case .publicRegister: return .decide(actor, kind, .publicRegister)
        case .directory: return .decide(actor, kind, .directory)
        case .accounts: return .decide(actor, kind, .accounts)
        case .challengeRegister: return .decide(actor, kind, .challengeRegister)
        case .actionPlanRegister: return .decide(actor, kind, .actionPlanRegister)
        case .challenge(let area):
            let facts = try await request.challengeFacts()
            return .decide(actor, kind, .challenge(facts, part: area))
        case .actionPlan:
            let organisation = try await request.actionPlanOrganisation()
            return .decide(actor, kind, .actionPlan(organisationId: organisation))
        case .organisationData(let area):
            return .decide(actor, kind, .organisationData(organisationId: try request.organisationID, area: area))
        }
    }

    /// The same 404 a missing one gives, word for word.
    private func hiddenAs(_ declared: ProtectedResource, _ request: Request) throws -> NotFound {
        switch declared {
        case .actionPlan: NotFound(entity: "action plan", id: try request.id("planID", entity: "action plan"))
        case .organisationData: NotFound(entity: "organisation", id: try request.organisationID)
        default: NotFound(entity: "challenge", id: try request.id("challengeID", entity: "challenge"))
        }
    }

    static func refusal(_ actor: Actor, _ kind: AccessKind, _ declared: ProtectedResource) -> String {
        let role = actor.role.label.lowercased()
        let verb = kind == .read ? "see" : "change"
        switch declared {
        case .challenge(let area): return "a \(role) may not \(verb) the \(area.words) of this challenge"
        case .actionPlan: return "a \(role) may not change this action plan"
        case .organisationData(let area): return "a \(role) may not change this council's \(area.words)"
        case .accounts: return "only an administrator may \(verb) accounts"
        case .directory: return "a \(role) may not \(verb) organisations and people"
        case .challengeRegister: return "a \(role) may not set up challenges"
        case .actionPlanRegister: return "a \(role) may not start action plans"
        case .frameworks, .publicRegister: return "a \(role) may not \(verb) this"
        case .everyone, .signedIn: return "a \(role) may not \(verb) this"
        }
    }
}

extension OrganisationDataArea {
    /// "workforce data", "impact assessments": for sentences.
    var words: String {
        switch self {
        case .workforce: "workforce data"
        case .impactAssessments: "impact assessments"
        case .calendar: "the equality duty calendar"
        case .equalityObjectives: "equality objectives"
        }
    }
}

extension ChallengeArea {
    /// "self-assessment", "peer work": for sentences.
    var words: String {
        switch self {
        case .setUp: "set-up"
        case .selfAssessment: "self-assessment"
        case .evidence: "evidence"
        case .programme: "programme"
        case .teamNotes: "team's notes"
        case .peerWork: "team's work"
        case .feedback: "feedback"
        case .workingCopy: "working copy of the report"
        case .reportVersions: "report versions"
        case .comments: "comments"
        case .report: "report"
        }
    }
}

import EquitasCore
import EquitasPersistence
import Foundation
import Vapor

/// An impact assessment of one of the challenge's councils, offered as evidence.
struct AttachableAssessment: Sendable {
    var id: UUID
    var organisationId: UUID
    var words: String

    /// The registers of the challenge's councils that this person may read: a peer or
    /// another council's officer is not shown a register that is not theirs to see.
    static func load(_ req: Request, councils: [UUID]) async throws -> [AttachableAssessment] {
        let readable = councils.filter { req.may(.read, .organisationData(organisationId: $0, area: .impactAssessments)) }
        guard !readable.isEmpty else { return [] }
        var names: [UUID: String] = [:]
        for council in readable { names[council] = try await OrganisationStore(db: req.db).get(council).value.name }
        return try await ImpactAssessmentStore(db: req.db).list(organisationIds: readable).map { item in
            let council = readable.count > 1 ? "\(names[item.value.organisationId] ?? ""): " : ""
            return AttachableAssessment(id: item.id, organisationId: item.value.organisationId, words: council + item.value.title)
        }
    }
}

/// `POST /challenges/{id}/evidence/impact-assessment`: adds one of the councils'
/// assessments as evidence, titled as the assessment is. The store checks again that
/// it belongs to one of the challenge's councils; the evidence page comes back (422)
/// when it does not.
struct EvidenceAssessmentAttachment: Sendable {
    let evidence: EvidencePageController
    static let field = "impact_assessment_id"

    struct Form: Content {
        var impactAssessmentId: String?

        enum CodingKeys: String, CodingKey { case impactAssessmentId = "impact_assessment_id" }
    }

    func attach(req: Request) async throws -> Response {
        let challengeId = try req.id("challengeID", entity: "challenge")
        var page = try await evidence.page(req)
        let form = (try? req.content.decode(Form.self)) ?? Form()
        guard let raw = Text.optional(form.impactAssessmentId), let id = UUID(uuidString: raw),
              let chosen = page.assessments.first(where: { $0.id == id }) else {
            page.errors = FormErrors(Self.field, "Choose an impact assessment from the list")
            return PageResponse.make(page.layout(), for: req, status: .unprocessableEntity)
        }
        do {
            let assessment = try await ImpactAssessmentStore(db: req.db).get(organisationId: chosen.organisationId, id: id)
            let document = EvidenceDocument(
                title: assessment.value.title, kind: .impactAssessment, date: assessment.value.decisionDate, impactAssessmentId: id)
            _ = try await EvidenceStore(db: req.db, catalog: req.catalog).create(challengeId: challengeId, document)
        } catch let failure as ValidationFailure {
            page.errors = FormErrors(Self.field, FormErrors.sentence(failure.message))
            return PageResponse.make(page.layout(), for: req, status: .unprocessableEntity)
        }
        return PageResponse.redirect(to: Site.challengeEvidence.path(page.challengeId) + "?done=attached")
    }
}

extension EvidencePage {
    /// Chooses from the registers of the challenge's councils; nothing when they have none.
    var attachAssessmentForm: Node {
        guard !assessments.isEmpty else { return .empty }
        let options = [(value: "", words: "Choose an assessment")] + assessments.map { (value: $0.id.uuidString.lowercased(), words: $0.words) }
        return .form(
            action: Site.challengeEvidenceImpactAssessmentPost.path(challengeId), method: .post, [],
            FormControls.csrf(csrfToken),
            .h2([], "Attach an impact assessment"),
            .p([], "Offer one of the council’s equality impact assessments as evidence; link it to criteria in the self-assessment."),
            FormControls.select(
                EvidenceAssessmentAttachment.field, label: "Impact assessment", options: options, error: errors[EvidenceAssessmentAttachment.field]),
            FormControls.submit("Attach the assessment"))
    }

    /// The assessment's page, when the person may see its register.
    func assessmentLink(_ id: UUID, title: String) -> Node {
        guard let known = assessments.first(where: { $0.id == id }) else { return .text(title) }
        return .a(href: ImpactAssessmentPaths.assessment(known.organisationId, id), .text("View the assessment"), .span([.class("visually-hidden")], .text(" " + title)))
    }
}

import EquitasCore
import Foundation
import Vapor

/// The editor's fields as posted. Everything is optional text so that a tampered or
/// half-filled form is answered with field errors, never a decoding failure.
struct SelfAssessmentForm: Content {
    var narrative: String?
    var judgement: String?
    var score: String?
    var evidence: [String]?
    var council: String?

    /// The entry the form describes, or what was wrong with the fields the core does
    /// not check itself (a score that is not a number, an evidence id that is not one).
    func entry(criterionId: String, organisationId: UUID?) -> (SelfAssessmentEntry, FormErrors) {
        var errors = FormErrors()
        var score: Int?
        if let raw = self.score?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let number = Int(raw) { score = number } else { errors.add("score", "Choose a score from the list") }
        }
        var evidenceIds: [UUID] = []
        for raw in evidence ?? [] {
            if let id = UUID(uuidString: raw) { evidenceIds.append(id) } else { errors.add("evidence", "Choose evidence from the list") }
        }
        let judgement = self.judgement.flatMap { $0.isEmpty ? nil : $0 }
        let entry = SelfAssessmentEntry(
            criterionId: criterionId, organisationId: organisationId, judgement: judgement, score: score,
            narrative: narrative ?? "", evidenceIds: evidenceIds)
        return (entry, errors)
    }

    /// A core failure at the field that shows it.
    static func errors(_ failure: ValidationFailure) -> FormErrors {
        if failure.path.hasPrefix("evidence_ids") { return FormErrors("evidence", FormErrors.sentence(failure.message)) }
        if ["narrative", "judgement", "score"].contains(failure.path) { return FormErrors(failure, fallbackField: "narrative") }
        return FormErrors("narrative", FormErrors.sentence(failure.message))
    }
}

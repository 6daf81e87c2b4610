import EquitasCore
import Foundation
import Vapor

/// The review manager's answer to one comment, as typed into the form.
struct ResolutionDraft: Content {
    var outcome: String?
    var reason: String?
    var revised_text: String?

    init() {}

    func request(resolvedBy: String) -> (request: CommentResolutionRequest?, errors: FormErrors) {
        guard let outcome = CommentOutcome(rawValue: outcome ?? "") else {
            return (nil, FormErrors("outcome", "Choose whether the comment is accepted, declined or noted"))
        }
        let request = CommentResolutionRequest(
            outcome: outcome, reason: FindingDraft.trimmed(reason), revisedText: FindingDraft.trimmed(revised_text), resolvedBy: resolvedBy)
        return (request, FormErrors())
    }

    static func errors(_ failure: ValidationFailure) -> FormErrors {
        FormErrors(failure, fallbackField: "reason")
    }
}

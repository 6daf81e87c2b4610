import EquitasCore
import Foundation
import Vapor

/// A council comment as typed into the form: where in the draft, and what it says.
struct CommentDraft: Content {
    var anchor: String?
    var text: String?

    init() {}

    func parsed() -> (anchor: ReportAnchor?, text: String?, errors: FormErrors) {
        var errors = FormErrors()
        let anchor = ReportAnchorWords.anchor(from: anchor ?? "")
        if anchor == nil { errors.add("anchor", "Choose the part of the report the comment is about") }
        let words = FindingDraft.trimmed(text)
        if words == nil { errors.add("text", "Enter the comment") }
        return (anchor, words, errors)
    }

    static func errors(_ failure: ValidationFailure) -> FormErrors {
        if failure.path.hasPrefix("anchor") { return FormErrors("anchor", FormErrors.sentence(failure.message)) }
        return FormErrors(failure, fallbackField: "text")
    }
}

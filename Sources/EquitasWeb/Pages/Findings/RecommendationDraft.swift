import EquitasCore
import Foundation
import Vapor

/// The recommendation form as posted, and as shown again with what was typed.
struct RecommendationDraft: Content {
    var number: String?
    /// Empty for a recommendation about the whole challenge.
    var module: String?
    var council: String?
    var text: String?

    init() {}

    init(_ recommendation: Recommendation) {
        number = String(recommendation.number)
        module = recommendation.module ?? ""
        council = recommendation.organisationId?.uuidString.lowercased() ?? "joint"
        text = recommendation.text
    }

    func parsed() -> (recommendation: Recommendation?, errors: FormErrors) {
        var errors = FormErrors()
        let parsedNumber = Int(FindingDraft.trimmed(number) ?? "")
        if parsedNumber == nil { errors.add("number", "Enter the recommendation's number, such as 3") }
        var organisationId: UUID?
        if let raw = FindingDraft.trimmed(council), raw != "joint" {
            organisationId = UUID(uuidString: raw)
            if organisationId == nil { errors.add("council", "Choose joint or one of the councils") }
        }
        let words = FindingDraft.trimmed(text)
        if words == nil { errors.add("text", "Enter the recommendation") }
        guard errors.isEmpty, let parsedNumber, let words else { return (nil, errors) }
        return (Recommendation(number: parsedNumber, module: FindingDraft.trimmed(module), text: words, organisationId: organisationId), errors)
    }
}

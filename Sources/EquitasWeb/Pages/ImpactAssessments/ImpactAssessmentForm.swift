import EquitasCore
import Foundation

/// The add and edit form as posted: the assessment's own fields, then for each of the
/// nine protected characteristics a rating (`rating_age`) and its evidence
/// (`evidence_age`), then a few lines for the council's own characteristics
/// (`extra_name_1`, `extra_rating_1`, `extra_evidence_1`). Read from the posted fields
/// by name, since the names are made from the characteristics.
struct ImpactAssessmentForm: Sendable {
    /// "Not assessed" leaves the characteristic out of the assessment altogether.
    static let notAssessed = "not-assessed"
    static let ratingOptions: [(value: String, words: String)] =
        ImpactRating.allCases.map { ($0.rawValue, $0.label) } + [(notAssessed, "Not assessed")]
    static let extraSlots = 3

    var fields: [String: String] = [:]

    init() {}

    init(posted: [String: String]) { fields = posted }

    /// The form filled in from a stored assessment.
    init(_ value: ImpactAssessment) {
        fields["title"] = value.title
        fields["service"] = value.service
        fields["proposal"] = value.proposal
        fields["decision_maker"] = value.decisionMaker
        fields["decision_date"] = value.decisionDate?.description
        fields["consultation"] = value.consultation
        fields["mitigations"] = value.mitigations
        fields["outcome"] = value.outcome?.rawValue ?? ""
        fields["review_date"] = value.reviewDate?.description
        fields["published"] = value.published ? "yes" : "no"
        var extra = 0
        for impact in value.impacts {
            if let known = impact.protected {
                fields["rating_" + known.rawValue] = impact.rating.rawValue
                fields["evidence_" + known.rawValue] = impact.evidence
            } else {
                extra += 1
                fields["extra_name_\(extra)"] = impact.characteristic
                fields["extra_rating_\(extra)"] = impact.rating.rawValue
                fields["extra_evidence_\(extra)"] = impact.evidence
            }
        }
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// Three, or as many as an assessment made through the API already has, so an edit keeps them all.
    var extraCount: Int {
        let used = fields.keys.compactMap { key -> Int? in
            guard key.hasPrefix("extra_name_") else { return nil }
            return Int(key.dropFirst("extra_name_".count))
        }
        return max(Self.extraSlots, used.max() ?? 0)
    }

    /// The assessment, with the form field each impact line came from (for placing the
    /// core's errors). What a person can get wrong in the form itself goes in `errors`.
    func assessment(organisationId: UUID, errors: inout FormErrors) -> (ImpactAssessment, lineFields: [String]) {
        var value = ImpactAssessment(
            organisationId: organisationId, title: fields["title"] ?? "", service: fields["service"] ?? "",
            proposal: fields["proposal"] ?? "", decisionMaker: Text.optional(fields["decision_maker"]),
            consultation: Text.optional(fields["consultation"]), mitigations: Text.optional(fields["mitigations"]),
            published: fields["published"] == "yes")
        if Text.optional(fields["title"]) == nil { errors.add("title", "Enter a title") }
        if Text.optional(fields["service"]) == nil { errors.add("service", "Enter the service or directorate") }
        if Text.optional(fields["proposal"]) == nil { errors.add("proposal", "Describe what is proposed") }
        value.decisionDate = date("decision_date", words: "the decision date", errors: &errors)
        if let raw = Text.optional(fields["outcome"]) {
            if let outcome = ImpactOutcome(rawValue: raw) { value.outcome = outcome } else { errors.add("outcome", "Choose an outcome from the list") }
        }
        value.reviewDate = date("review_date", words: "the review date", errors: &errors)
        var lineFields: [String] = []
        for characteristic in ProtectedCharacteristic.allCases {
            let name = characteristic.rawValue
            guard let rating = rating("rating_" + name, words: characteristic.label, errors: &errors) else { continue }
            value.impacts.append(CharacteristicImpact(characteristic: name, rating: rating, evidence: Text.optional(fields["evidence_" + name])))
            lineFields.append("rating_" + name)
        }
        for slot in 1...extraCount {
            let name = Text.optional(fields["extra_name_\(slot)"])
            let rating = rating("extra_rating_\(slot)", words: name ?? "the extra characteristic", errors: &errors)
            guard let name else {
                if rating != nil { errors.add("extra_name_\(slot)", "Name the characteristic you rated, or choose “Not assessed”") }
                continue
            }
            guard let rating else {
                errors.add("extra_rating_\(slot)", "Choose the likely impact on \(name)")
                continue
            }
            value.impacts.append(CharacteristicImpact(characteristic: name, rating: rating, evidence: Text.optional(fields["extra_evidence_\(slot)"])))
            lineFields.append("extra_name_\(slot)")
        }
        return (value, lineFields)
    }

    /// The core's failure at the field it names: `impacts[3].evidence` is the evidence
    /// box of the fourth line the form sent.
    static func errors(_ failure: ValidationFailure, lineFields: [String]) -> FormErrors {
        let message = FormErrors.sentence(failure.message)
        if failure.path.hasPrefix("impacts["), let close = failure.path.firstIndex(of: "]"),
           let index = Int(failure.path[failure.path.index(failure.path.startIndex, offsetBy: 8)..<close]), index < lineFields.count {
            var field = lineFields[index]
            if failure.path.hasSuffix(".evidence") {
                field = field.replacingOccurrences(of: "rating_", with: "evidence_").replacingOccurrences(of: "extra_name_", with: "extra_evidence_")
            }
            return FormErrors(field, message)
        }
        let known = ["title", "service", "proposal", "decision_maker", "decision_date", "consultation", "mitigations", "outcome", "review_date"]
        return FormErrors(known.contains(failure.path) ? failure.path : "title", message)
    }

    private func rating(_ field: String, words: String, errors: inout FormErrors) -> ImpactRating? {
        guard let raw = Text.optional(fields[field]), raw != Self.notAssessed else { return nil }
        guard let rating = ImpactRating(rawValue: raw) else {
            errors.add(field, "Choose the likely impact on \(words) from the list")
            return nil
        }
        return rating
    }

    private func date(_ field: String, words: String, errors: inout FormErrors) -> CalendarDate? {
        guard let text = Text.optional(fields[field]) else { return nil }
        guard let date = CalendarDate(text) else {
            errors.add(field, "Enter \(words) as a real date, such as 2026-03-31")
            return nil
        }
        return date
    }
}

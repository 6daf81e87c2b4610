import EquitasCore
import Foundation
import Vapor

/// The conclusion form as posted: the overall conclusion and the level awarded, if any.
struct ConclusionDraft: Content {
    var conclusion: String?
    /// A level id, or "none" while no level is awarded.
    var level: String?
    /// YYYY-MM-DD, from a date field.
    var awarded: String?
    var expires: String?

    init() {}

    init(_ challenge: Challenge) {
        conclusion = challenge.conclusion
        level = challenge.award?.level ?? "none"
        awarded = challenge.award.map { "\($0.awarded)" }
        expires = challenge.award.map { "\($0.expires)" }
    }

    /// The challenge with these fields changed and every other field as it was.
    func applied(to challenge: Challenge) -> (challenge: Challenge?, errors: FormErrors) {
        var errors = FormErrors()
        var changed = challenge
        changed.conclusion = FindingDraft.trimmed(conclusion)
        let levelId = FindingDraft.trimmed(level) ?? "none"
        guard levelId != "none" else {
            changed.award = nil
            return (changed, errors)
        }
        let awardedDay = FindingDraft.trimmed(awarded).flatMap { CalendarDate($0) }
        if awardedDay == nil { errors.add("awarded", "Enter the date the level was awarded, such as 2025-03-12") }
        var expiresDay: CalendarDate?
        if let raw = FindingDraft.trimmed(expires) {
            expiresDay = CalendarDate(raw)
            if expiresDay == nil { errors.add("expires", "Enter the date the award expires, or leave it empty for three years") }
        }
        guard errors.isEmpty, let awardedDay else { return (nil, errors) }
        changed.award = Accreditation(level: levelId, awarded: awardedDay, expires: expiresDay)
        return (changed, errors)
    }

    static func errors(_ failure: ValidationFailure) -> FormErrors {
        switch failure.path {
        case "award.level": FormErrors("level", FormErrors.sentence(failure.message))
        case "award.expires": FormErrors("expires", FormErrors.sentence(failure.message))
        case "award.awarded": FormErrors("awarded", FormErrors.sentence(failure.message))
        default: FormErrors(failure, fallbackField: "conclusion")
        }
    }
}

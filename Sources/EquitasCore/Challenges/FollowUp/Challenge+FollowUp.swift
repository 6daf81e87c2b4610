import Foundation

extension Challenge {
    /// A follow-up's set-up starts from the earlier scope: whatever the new challenge
    /// leaves empty (its councils, its framework, its modules) is the earlier one's. The
    /// modules keep the level sought and never last time's judgement or conclusion; they
    /// are carried only within the same framework, whose modules they name.
    public func startingFrom(_ earlier: Challenge) -> Challenge {
        var copy = self
        if copy.organisationIds.isEmpty { copy.organisationIds = earlier.organisationIds }
        if copy.frameworkId.isEmpty { copy.frameworkId = earlier.frameworkId }
        if copy.modules.isEmpty, copy.frameworkId == earlier.frameworkId {
            copy.modules = earlier.modules.map { ModuleScope(id: $0.id, level: $0.level) }
        }
        return copy
    }

    /// A follow-up is of the same council or councils (at least one in common: an
    /// alliance may grow or split between cycles), and comes after the earlier one.
    public func checkFollows(_ earlier: Challenge) throws(ValidationFailure) {
        guard !Set(organisationIds).isDisjoint(with: earlier.organisationIds) else {
            throw ValidationFailure(
                path: "follows", message: "the earlier challenge is of other councils; a follow-up is of the same council or councils")
        }
        if let start, let earlierStart = earlier.start, start <= earlierStart {
            throw ValidationFailure(
                path: "follows", message: "the earlier challenge starts on \(earlierStart), which is not before this one (\(start))")
        }
    }
}

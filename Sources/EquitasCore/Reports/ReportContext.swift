import Foundation

/// Lookups the report and deck builders share: names for ids, the framework's words,
/// findings sorted into the groups a report prints.
struct ReportContext {
    let record: ChallengeRecord
    let framework: Framework
    /// The framework of the challenge's second level (the Equality Standard, 2008–09).
    var secondFramework: Framework? = nil

    var challenge: Challenge { record.challenge.value }
    var isJoint: Bool { challenge.organisationIds.count > 1 }

    func organisationName(_ id: UUID?) -> String? {
        guard let id else { return nil }
        return record.organisations.first { $0.id == id }?.value.name
    }

    func personName(_ id: UUID) -> String {
        record.people.first { $0.id == id }?.value.name ?? "Unknown person"
    }

    var organisationNames: [String] { challenge.organisationIds.compactMap { organisationName($0) } }

    /// "Module 1: Understanding and working with your communities"
    func moduleTitle(_ id: String) -> String {
        guard let module = framework.module(id) else { return id }
        return "\(framework.moduleNoun.capitalized) \(module.code): \(module.name)"
    }

    func levelName(_ id: String) -> String { framework.level(id)?.name ?? id }

    var inScope: [ModuleScope] { challenge.modules }

    func findings(module: String? = nil, kind: FindingKind) -> [Identified<Finding>] {
        record.findings.filter { $0.value.kind == kind && (module == nil || $0.value.module == module) }
    }

    /// "Equality Framework for Local Government (2021), Achieving level"
    var frameworkLine: String {
        let base = "\(framework.name) (\(framework.version))"
        guard let level = challenge.commonLevel else { return base + ", levels sought per \(framework.moduleNoun)" }
        return base + ", \(levelName(level)) level" + (secondLevelPhrase.map { "; \($0)" } ?? "")
    }

    /// "level 3 of the Equality Standard for Local Government": the second level in words,
    /// from its ids where the framework is not at hand.
    var secondLevelPhrase: String? {
        guard let second = challenge.secondLevel else { return nil }
        let found = secondFramework?.id == second.frameworkId ? secondFramework : nil
        let level = found?.level(second.level)?.name ?? second.level.replacingOccurrences(of: "-", with: " ")
        let spoken = level.lowercased().hasPrefix("level ") ? level.lowercased() : "the \(level) level"
        return "\(spoken) of the \(found?.name ?? second.frameworkId)"
    }

    /// The second level's verdict as a sentence of the conclusion.
    var secondLevelSentence: String? {
        guard let phrase = secondLevelPhrase, let second = challenge.secondLevel else { return nil }
        let who = isJoint ? "The councils" : "The council"
        switch second.judgement {
        case .confirmed: return "\(who) completed a satisfactory self-assessment at \(phrase)."
        case .notConfirmed: return "\(isJoint ? "The councils'" : "The council's") self-assessment at \(phrase) was not found satisfactory."
        case .none: return "The challenge also assessed \(isJoint ? "the councils" : "the council") at \(phrase)."
        }
    }

    var dates: String? { challenge.start.map { CalendarDate.range($0, challenge.end) } }

    var kicker: String {
        challenge.kind == .peerChallenge ? "Equality Peer Challenge" : "Equality Self-Assessment"
    }

    var subjectLine: String { organisationNames.joined(separator: " and ") }
}

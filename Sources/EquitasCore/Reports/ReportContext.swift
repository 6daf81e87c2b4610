import Foundation

/// Lookups the report and deck builders share: names for ids, the framework's words,
/// findings sorted into the groups a report prints.
struct ReportContext {
    let record: ChallengeRecord
    let framework: Framework

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
        return base + ", \(levelName(level)) level"
    }

    var dates: String? { challenge.start.map { CalendarDate.range($0, challenge.end) } }

    var kicker: String {
        challenge.kind == .peerChallenge ? "Equality Peer Challenge" : "Equality Self-Assessment"
    }

    var subjectLine: String { organisationNames.joined(separator: " and ") }
}

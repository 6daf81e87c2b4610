import EquitasCore

/// A challenge as plain text for a terminal: scope and judgements, team, programme
/// size, and counts of what was found per module.
struct ChallengeSummary {
    let document: ChallengeDocument
    let framework: Framework?

    var text: String {
        var lines: [String] = []
        lines.append(document.organisations.map(\.name).joined(separator: " & "))
        lines.append("\(framework?.name ?? document.framework) (\(document.framework)@\(document.frameworkVersion ?? "?")), \(document.kind ?? "peer-challenge"), status \(document.status ?? "planning")")
        if let start = document.start { lines.append("Dates: \(start)\(document.end.map { " to \($0)" } ?? "")") }
        if let focus = document.focus { lines.append("Focus: \(focus)") }
        lines.append("")
        lines.append("Scope:")
        for module in document.modules {
            let name = framework?.module(module.id)?.name ?? module.id
            let counts = Dictionary(grouping: document.findings.filter { $0.module == module.id }, by: \.kind)
                .map { "\($0.value.count) \($0.key)" }.sorted().joined(separator: ", ")
            lines.append("  \(name) — \(module.level ?? document.level ?? "?"), judgement \(module.judgement ?? "none")")
            if !counts.isEmpty { lines.append("    findings: \(counts)") }
        }
        if !document.team.isEmpty {
            lines.append("")
            lines.append("Team:")
            for member in document.team {
                lines.append("  \(member.name)\(member.organisation.map { ", \($0)" } ?? "") — \(member.role)")
            }
        }
        lines.append("")
        lines.append("Programme: \(document.programme.count) sessions; evidence: \(document.evidence.count) documents; self-assessment: \(document.selfAssessment.count) entries")
        lines.append("Findings: \(document.findings.count); recommendations: \(document.recommendations.count)")
        if let award = document.award {
            lines.append("Award: \(award.level) from \(award.awarded)\(award.expires.map { " until \($0)" } ?? "")")
        }
        if let second = document.secondLevel {
            lines.append("Second level: \(second.level) of \(second.framework)\(second.frameworkVersion.map { " \($0)" } ?? "") (\(second.judgement ?? "none"))")
        }
        if let conclusion = document.conclusion {
            lines.append("")
            lines.append(conclusion)
        }
        return lines.joined(separator: "\n")
    }
}

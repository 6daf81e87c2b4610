import Foundation

/// Puts what the walker collected into the document, one confidence item per part.
enum ReportAssembly {
    static func addTeam(_ members: [TeamLineParser.Member], to document: inout ChallengeDocument, items: inout [RecognisedItem]) {
        var seen: Set<String> = []
        for member in members where seen.insert(member.name).inserted {
            items.append(RecognisedItem(
                path: "team[\(document.team.count)]", value: "\(member.name), \(member.role.label)", confidence: member.organisation == nil ? 0.6 : 0.85,
                reason: "listed with the team; role from \(member.name.hasPrefix("Councillor") ? "the title Councillor" : "the organisation and role words")"))
            document.team.append(.init(name: member.name, organisation: member.organisation, role: member.role.rawValue, jobTitle: member.jobTitle))
        }
    }

    static func addFindings(_ walker: FindingWalker, to document: inout ChallengeDocument, items: inout [RecognisedItem]) {
        for found in walker.findings where !found.entry.module.isEmpty {
            items.append(RecognisedItem(
                path: "findings[\(document.findings.count)]", value: "\(found.entry.kind): \(found.entry.text.prefix(70))",
                confidence: found.confidence, reason: found.reason, area: found.area))
            document.findings.append(found.entry)
        }
        for recommendation in walker.recommendations {
            items.append(RecognisedItem(
                path: "recommendations[\(document.recommendations.count)]", value: "\(recommendation.entry.number). \(recommendation.entry.text.prefix(70))",
                confidence: recommendation.confidence, reason: "a numbered item under the recommendations"))
            document.recommendations.append(recommendation.entry)
        }
        // Every module with a finding is in scope, in the framework's order, except those
        // the team only remarked on ("observations on other areas").
        let used = Set(document.findings.filter { $0.kind != FindingKind.observation.rawValue }.map(\.module))
        document.modules = walker.framework.modules.filter { used.contains($0.id) }.map { .init(id: $0.id) }
    }

    static func notes(_ walker: FindingWalker) -> [String] {
        var notes: [String] = []
        if walker.councilComments > 0 {
            notes.append("\(walker.councilComments) comments by the council on the draft were left out")
        }
        if walker.unplaced > 0 {
            notes.append("\(walker.unplaced) findings had no heading saying what kind they are; their kind was guessed from the wording")
        }
        if walker.findings.isEmpty { notes.append("no findings were recognised") }
        return notes
    }
}

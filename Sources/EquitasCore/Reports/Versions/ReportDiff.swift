import Foundation

/// What changed between two versions of a report (or a version and the working copy):
/// findings and recommendations added, removed and changed, matched by id.
public struct ReportDiff: Codable, Equatable, Sendable {
    public var findings: PartChanges<Finding>
    public var recommendations: PartChanges<Recommendation>

    public init(findings: PartChanges<Finding>, recommendations: PartChanges<Recommendation>) {
        self.findings = findings
        self.recommendations = recommendations
    }

    public init(from old: ChallengeRecord, to new: ChallengeRecord) {
        self.init(
            findings: PartChanges(from: old.findings, to: new.findings),
            recommendations: PartChanges(from: old.recommendations, to: new.recommendations))
    }

    public var isEmpty: Bool { findings.isEmpty && recommendations.isEmpty }
}

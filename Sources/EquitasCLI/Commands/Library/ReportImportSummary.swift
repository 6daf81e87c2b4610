import EquitasCore
import Foundation

/// The readable preview of an imported report: what was found, per area the findings by
/// kind, and the items a person should check.
struct ReportImportSummary {
    let result: ReportImportResult
    let source: String

    var text: String {
        let document = result.document
        func confidence(_ path: String) -> String {
            result.item(path).map { String(format: " (%.2f)", $0.confidence) } ?? ""
        }
        var lines = ["Recognised in \(source) (nothing was saved)"]
        lines.append("Framework: \(document.framework) \(document.frameworkVersion ?? "")\(confidence("framework"))")
        for (index, organisation) in document.organisations.enumerated() {
            lines.append("Organisation: \(organisation.name) (\(organisation.type ?? "other"))\(confidence("organisations[\(index)]"))")
        }
        lines.append("Level: \(document.level ?? "not found")\(confidence("level"))")
        let dates = [document.start, document.end].compactMap { $0?.description }.joined(separator: " to ")
        lines.append("On site: \(dates.isEmpty ? "not found" : dates)\(confidence("start"))")
        lines.append("Team (\(document.team.count)):")
        for (index, member) in document.team.enumerated() {
            lines.append("  \(member.name), \(member.organisation ?? "no organisation"): \(member.role)\(confidence("team[\(index)]"))")
        }
        lines.append("Findings (\(document.findings.count)):")
        var modules = document.modules.map(\.id)
        for finding in document.findings where !modules.contains(finding.module) { modules.append(finding.module) }
        for module in modules {
            let findings = document.findings.filter { $0.module == module }
            var kinds: [String] = []
            for finding in findings where !kinds.contains(finding.kind) { kinds.append(finding.kind) }
            let counts = kinds.map { kind in "\(findings.filter { $0.kind == kind }.count) \(kind)" }
            lines.append("  \(module): \(counts.joined(separator: ", "))")
        }
        lines.append("Recommendations: \(document.recommendations.count)")
        if let conclusion = document.conclusion { lines.append("Conclusion: \(conclusion.prefix(160))\(conclusion.count > 160 ? "…" : "")") }
        let review = result.needingReview
        if !review.isEmpty {
            lines.append("To check (\(review.count) below \(String(format: "%.2f", ReportImportResult.reviewThreshold))):")
            for item in review {
                lines.append("  \(item.path) \(item.value.prefix(60)) (\(String(format: "%.2f", item.confidence)): \(item.reason))")
            }
        }
        for warning in result.warnings { lines.append("Warning: \(warning)") }
        return lines.joined(separator: "\n")
    }
}

import Foundation
import EquitasCore

/// A framework as readable text for `framework show`: levels, scoring, then each module
/// with its criteria by code, grouped by level where the framework describes them so.
struct FrameworkOutline {
    var framework: Framework

    var text: String {
        var lines = [
            "\(framework.name) (\(framework.id), version \(framework.version))",
            "Published by \(framework.publisher).",
            "",
            framework.summary,
            "",
            "Levels, lowest first:",
        ]
        lines += framework.levels.map { "  \($0.name) (\($0.id)): \($0.description)" }
        if let scoring = framework.scoring { lines += [""] + scoringLines(scoring) }
        for module in framework.modules {
            lines += ["", "\(FrameworkText.capitalised(framework.moduleNoun)) \(module.code): \(module.name) (\(module.id))"]
            lines += criterionLines(module)
        }
        return lines.joined(separator: "\n")
    }

    private func scoringLines(_ scoring: ScoringScheme) -> [String] {
        var lines = ["Scoring: each criterion gets one score; the scores are added up.", "  Scores:"]
        lines += scoring.scale.map { "    \($0.score) \($0.name): \($0.description)" }
        lines.append("  Grades by total:")
        lines += scoring.bands.map { band in
            let name = framework.level(band.level)?.name ?? band.level
            let range = band.minimum == band.maximum ? "\(band.minimum)" : "\(band.minimum) to \(band.maximum)"
            return "    \(range): \(name)"
        }
        return lines
    }

    private func criterionLines(_ module: FrameworkModule) -> [String] {
        let width = module.criteria.map(\.code.count).max() ?? 0
        func line(_ criterion: Criterion, indent: String) -> String {
            indent + criterion.code.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + criterion.title
        }
        guard module.criteria.contains(where: { $0.level != nil }) else {
            return module.criteria.map { line($0, indent: "  ") }
        }
        var lines: [String] = []
        // Levels in the framework's order, then any criterion whose level is not one of them.
        for level in framework.levels {
            let criteria = module.criteria.filter { $0.level == level.id }
            guard !criteria.isEmpty else { continue }
            lines.append("  \(level.name)")
            lines += criteria.map { line($0, indent: "    ") }
        }
        let others = module.criteria.filter { criterion in !framework.levels.contains { $0.id == criterion.level } }
        if !others.isEmpty {
            lines.append("  Any level")
            lines += others.map { line($0, indent: "    ") }
        }
        return lines
    }
}

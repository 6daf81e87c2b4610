import EquitasCore

/// Checks that need the whole framework: ids that must be unique, levels that must
/// exist, scoring arithmetic. Runs on the decoded value; lines come from the diagnostics
/// the reader filled. Blank values are skipped: the reader has already reported them.
struct FrameworkValidator {
    let framework: Framework
    var diagnostics: FrameworkDiagnostics

    static func validate(_ framework: Framework, into diagnostics: inout FrameworkDiagnostics) {
        var validator = FrameworkValidator(framework: framework, diagnostics: diagnostics)
        validator.checkIdentifiers()
        validator.checkLevelReferences()
        if let scoring = framework.scoring { validator.checkScoring(scoring) }
        diagnostics = validator.diagnostics
    }

    private var levelIDs: [String] { framework.levels.map(\.id) }

    private mutating func checkIdentifiers() {
        checkIDFormat(framework.id, at: "id")
        unique(framework.levels.enumerated().map { ($1.id, "levels[\($0)].id") }, what: "level id", areIDs: true)
        unique(framework.modules.enumerated().map { ($1.id, "modules[\($0)].id") }, what: "module id", areIDs: true)
        unique(framework.modules.enumerated().map { ($1.code, "modules[\($0)].code") }, what: "module code")
        var criteria: [(String, String)] = []
        for (m, module) in framework.modules.enumerated() {
            let path = "modules[\(m)].criteria"
            criteria += module.criteria.enumerated().map { ($1.id, "\(path)[\($0)].id") }
            unique(module.criteria.enumerated().map { ($1.code, "\(path)[\($0)].code") }, what: "criterion code")
        }
        unique(criteria, what: "criterion id", areIDs: true)
    }

    /// Ids end up in URLs, file names and self-assessment keys.
    private mutating func checkIDFormat(_ id: String, at field: String) {
        let allowed = id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }
        guard !allowed else { return }
        diagnostics.report(field, "id \"\(id)\" may contain only letters, digits, \".\", \"-\" and \"_\"")
    }

    private mutating func unique(_ values: [(value: String, field: String)], what: String, areIDs: Bool = false) {
        var first: [String: String] = [:]
        for (value, field) in values where !value.isEmpty {
            if areIDs { checkIDFormat(value, at: field) }
            if let earlier = first[value] {
                diagnostics.report(field, "duplicate \(what) \"\(value)\" (first used at \(earlier), line \(diagnostics.line(of: earlier)))")
            } else {
                first[value] = field
            }
        }
    }

    private mutating func checkLevelReferences() {
        // A level whose id could not be read may be the one a criterion means.
        guard !levelIDs.contains("") else { return }
        for (m, module) in framework.modules.enumerated() {
            for (c, criterion) in module.criteria.enumerated() {
                guard let level = criterion.level else { continue }
                checkLevel(level, at: "modules[\(m)].criteria[\(c)].level")
            }
        }
        for (b, band) in (framework.scoring?.bands ?? []).enumerated() where !band.level.isEmpty {
            checkLevel(band.level, at: "scoring.bands[\(b)].level")
        }
    }

    private mutating func checkLevel(_ level: String, at field: String) {
        guard !levelIDs.contains(level) else { return }
        diagnostics.report(field, "unknown level \"\(level)\" (known: \(levelIDs.joined(separator: ", ")))")
    }
}

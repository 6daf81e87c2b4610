import Foundation

extension ChallengeDocument {
    /// Checks everything the store would refuse and names the first bad path
    /// (`findings[12].kind: unknown kind "strenght" (expected one of …)`). The document is
    /// built into a record with stand-in ids, so each part's own `validated(in:)` does the
    /// checking, and the record is turned back into a document: the result is tidied
    /// (text trimmed, version pinned, defaults and per-module levels written out) and is
    /// exactly what exporting the imported challenge would give.
    public func validated(against catalog: FrameworkCatalog) throws(ValidationFailure) -> ChallengeDocument {
        guard format == ChallengeDocument.formatName else {
            throw ValidationFailure(path: "format", message: "expected \"\(ChallengeDocument.formatName)\", found \"\(format)\"")
        }
        let framework = try resolveFramework(in: catalog)
        let tidy = trimmingNames()
        let directory = ChallengeDirectory.fresh(for: tidy, newID: UUID.init)
        let second = try resolveSecondFramework(in: catalog)
        let record = try RecordBuilder(document: tidy, directory: directory, framework: framework, secondFramework: second)
            .build(newID: UUID.init)
        var result = ChallengeDocument(record: record)
        let versions = try tidy.importedReportVersions(record: record, framework: framework)
        result.reportVersions = ReportVersionEntry.entries(
            versions: versions.map { ReportVersionSummary($0.version, comments: CommentCounts(total: 0, unresolved: 0)) },
            comments: versions.flatMap(\.comments), record: record)
        return result
    }

    func resolveFramework(in catalog: FrameworkCatalog) throws(ValidationFailure) -> Framework {
        guard catalog.framework(framework) != nil else {
            let known = catalog.latest.map(\.id).joined(separator: ", ")
            throw ValidationFailure(path: "framework", message: "unknown framework \"\(framework)\"; known: \(known)")
        }
        guard let found = catalog.framework(framework, version: frameworkVersion) else {
            let known = catalog.frameworks.filter { $0.id == framework }.map(\.version).joined(separator: ", ")
            throw ValidationFailure(
                path: "framework_version", message: "\(framework) has no version \"\(frameworkVersion ?? "")\"; known: \(known)")
        }
        return found
    }

    /// The framework the second level is in; its path in the document's own words.
    func resolveSecondFramework(in catalog: FrameworkCatalog) throws(ValidationFailure) -> Framework? {
        guard let entry = secondLevel else { return nil }
        let probe = Challenge(
            organisationIds: [], frameworkId: framework, modules: [],
            secondLevel: SecondLevel(frameworkId: entry.framework, frameworkVersion: entry.frameworkVersion, level: entry.level))
        do {
            return try catalog.secondFramework(of: probe)
        } catch {
            throw error.renamingSecondFramework()
        }
    }

    /// Names are how the parts find each other, so they are trimmed before any lookup:
    /// `" Ashdown "` in a finding is the organisation `Ashdown`. A blank optional
    /// reference means none (a joint finding, a peer with no organisation).
    func trimmingNames() -> ChallengeDocument {
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        var copy = self
        for i in copy.organisations.indices {
            copy.organisations[i].name = trim(organisations[i].name)
            copy.organisations[i].onsCode = Text.optional(organisations[i].onsCode)
        }
        for i in copy.team.indices {
            copy.team[i].name = trim(team[i].name)
            copy.team[i].organisation = Text.optional(team[i].organisation)
            copy.team[i].jobTitle = Text.optional(team[i].jobTitle)
        }
        for i in copy.evidence.indices { copy.evidence[i].title = trim(evidence[i].title) }
        for i in copy.selfAssessment.indices {
            copy.selfAssessment[i].organisation = Text.optional(selfAssessment[i].organisation)
            copy.selfAssessment[i].evidence = selfAssessment[i].evidence.map(trim)
        }
        for i in copy.programme.indices { copy.programme[i].peers = programme[i].peers.map(trim) }
        for i in copy.findings.indices { copy.findings[i].organisation = Text.optional(findings[i].organisation) }
        for i in copy.recommendations.indices { copy.recommendations[i].organisation = Text.optional(recommendations[i].organisation) }
        return copy
    }
}

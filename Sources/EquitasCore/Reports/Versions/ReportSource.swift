/// What a report is rendered from: a challenge record (live, or a version's snapshot)
/// and the edition the title page names.
public struct ReportSource: Equatable, Sendable {
    public var record: ChallengeRecord
    public var edition: ReportEdition

    public init(record: ChallengeRecord, edition: ReportEdition) {
        self.record = record
        self.edition = edition
    }

    public init(version: ReportVersion) {
        self.init(record: version.snapshot, edition: version.edition)
    }

    /// The framework version the challenge is pinned to. Missing only if the
    /// installation's framework library lost a version it once had.
    public func framework(in catalog: FrameworkCatalog) throws(RuleViolation) -> Framework {
        let challenge = record.challenge.value
        guard let framework = catalog.framework(challenge.frameworkId, version: challenge.frameworkVersion ?? "") else {
            throw RuleViolation(
                "this challenge uses \(challenge.frameworkId) version \(challenge.frameworkVersion ?? "?"), which this installation does not have")
        }
        return framework
    }

    /// The framework of the challenge's second level, if it has one and the installation
    /// has that version; the report then names the level in the framework's own words.
    public func secondFramework(in catalog: FrameworkCatalog) -> Framework? {
        guard let second = record.challenge.value.secondLevel else { return nil }
        return catalog.framework(second.frameworkId, version: second.frameworkVersion)
    }
}

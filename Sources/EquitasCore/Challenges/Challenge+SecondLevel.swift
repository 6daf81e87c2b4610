extension FrameworkCatalog {
    /// The framework a challenge's second level is in: the version it names, or the
    /// newest. nil when the challenge has no second level.
    public func secondFramework(of challenge: Challenge) throws(ValidationFailure) -> Framework? {
        guard let second = challenge.secondLevel else { return nil }
        guard framework(second.frameworkId) != nil else {
            let known = latest.map(\.id).joined(separator: ", ")
            throw ValidationFailure(path: "second_level.framework_id", message: "unknown framework \"\(second.frameworkId)\"; known: \(known)")
        }
        guard let found = framework(second.frameworkId, version: second.frameworkVersion) else {
            let versions = frameworks.filter { $0.id == second.frameworkId }.map(\.version).joined(separator: ", ")
            throw ValidationFailure(
                path: "second_level.framework_version",
                message: "\(second.frameworkId) has no version \"\(second.frameworkVersion ?? "")\"; known: \(versions)")
        }
        return found
    }
}

extension Challenge {
    /// The second level checked against its framework (`second`, found by
    /// `FrameworkCatalog.secondFramework(of:)`) and its version pinned.
    func validatedSecondLevel(in second: Framework?) throws(ValidationFailure) -> SecondLevel? {
        guard var value = secondLevel else { return nil }
        guard let second, second.id == value.frameworkId else {
            throw ValidationFailure(path: "second_level.framework_id", message: "unknown framework \"\(value.frameworkId)\"")
        }
        guard second.id != frameworkId else {
            throw ValidationFailure(
                path: "second_level.framework_id",
                message: "the second level must be in another framework than the challenge's own (\(frameworkId))")
        }
        try second.checkLevel(value.level, path: "second_level.level")
        value.frameworkVersion = second.version
        return value
    }
}

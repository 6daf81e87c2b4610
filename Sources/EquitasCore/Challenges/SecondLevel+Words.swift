extension SecondLevel {
    /// "Equality Standard for Local Government (2006): Level 3, self-assessment
    /// satisfactory", in the framework's own words where the catalog has it.
    public func words(in catalog: FrameworkCatalog) -> String {
        let framework = catalog.framework(frameworkId, version: frameworkVersion)
        let name = framework.map { "\($0.name) (\($0.version))" } ?? frameworkId
        let levelName = framework?.level(level)?.name ?? level
        let verdict: String =
            switch judgement {
            case .confirmed: ", self-assessment satisfactory"
            case .notConfirmed: ", self-assessment not satisfactory"
            case .none: ""
            }
        return "\(name): \(levelName)\(verdict)"
    }
}

import EquitasCore

/// Frameworks written in code for tests that must not depend on the shipped YAML: a
/// levelled framework of two modules in two versions, and a small scored one.
extension FrameworkCatalog {
    public static let testCatalog = FrameworkCatalog([.testLevelled, .testLevelledOlder, .testScored])
}

extension Framework {
    /// `test-levels` 2021: modules `communities` and `workforce`, levels developing,
    /// achieving, excellent; two criteria per module.
    public static let testLevelled = Framework(
        id: "test-levels", version: "2021", name: "Test levelled framework", publisher: "Equitas tests",
        summary: "Two modules, three levels.", moduleNoun: "module",
        levels: testLevels,
        modules: [
            testModule("communities", code: "1", name: "Understanding communities"),
            testModule("workforce", code: "2", name: "A diverse workforce"),
        ])

    /// `test-levels` 2011, with one module only: for checking that a challenge stays on its version.
    public static let testLevelledOlder = Framework(
        id: "test-levels", version: "2011", name: "Test levelled framework", publisher: "Equitas tests",
        summary: "The older version.", moduleNoun: "module",
        levels: testLevels,
        modules: [testModule("communities", code: "1", name: "Understanding communities")])

    /// `test-scores` 2022: one domain, criteria scored 0 to 3, totals graded into levels.
    public static let testScored = Framework(
        id: "test-scores", version: "2022", name: "Test scored framework", publisher: "Equitas tests",
        summary: "One domain, scored.", moduleNoun: "domain",
        levels: [
            FrameworkLevel(id: "developing", name: "Developing", description: "Totals up to 2."),
            FrameworkLevel(id: "achieving", name: "Achieving", description: "Totals from 3 to 6."),
        ],
        modules: [testModule("services", code: "Domain 1", name: "Services")],
        scoring: ScoringScheme(
            scale: (0...3).map { ScorePoint(score: $0, name: "Score \($0)", description: "") },
            bands: [GradeBand(level: "developing", minimum: 0, maximum: 2), GradeBand(level: "achieving", minimum: 3, maximum: 6)]))

    private static let testLevels = [
        FrameworkLevel(id: "developing", name: "Developing", description: "Starting out."),
        FrameworkLevel(id: "achieving", name: "Achieving", description: "Doing it well."),
        FrameworkLevel(id: "excellent", name: "Excellent", description: "Leading others."),
    ]

    private static func testModule(_ id: String, code: String, name: String) -> FrameworkModule {
        FrameworkModule(
            id: id, code: code, name: name, summary: "\(name), for tests.",
            criteria: (1...2).map { n in
                Criterion(id: "\(id)-\(n)", code: "\(code).\(n)", title: "\(name) \(n)", description: "Criterion \(n) of \(name).")
            })
    }
}

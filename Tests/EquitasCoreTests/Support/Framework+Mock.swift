import EquitasCore

extension Framework {
    /// An EFLG-shaped framework small enough to hold in the head: three levels, three
    /// modules, two criteria in the first. Version "2"; `mockOlder` is version "1".
    static let mock = Framework(
        id: "mock-eflg", version: "2", name: "Mock equality framework", publisher: "Equitas tests",
        summary: "A framework for tests.", moduleNoun: "module",
        levels: [
            FrameworkLevel(id: "developing", name: "Developing", description: "A start."),
            FrameworkLevel(id: "achieving", name: "Achieving", description: "The normal way of working."),
            FrameworkLevel(id: "excellent", name: "Excellent", description: "Leading the way."),
        ],
        modules: [
            FrameworkModule(
                id: "communities", code: "1", name: "Communities", summary: "Knowing who lives here.",
                criteria: [
                    Criterion(
                        id: "communities.1.1", code: "1.1", title: "A profile", description: "There is a profile.", level: "developing"),
                    Criterion(
                        id: "communities.2.1", code: "2.1", title: "Using it", description: "The profile is used.", level: "achieving"),
                ]),
            FrameworkModule(id: "leadership", code: "2", name: "Leadership", summary: "Who leads.", criteria: []),
            FrameworkModule(id: "workforce", code: "3", name: "Workforce", summary: "Who works here.", criteria: []),
        ])

    static var mockOlder: Framework {
        var older = mock
        older.version = "1"
        older.modules.removeLast()
        return older
    }
}

extension FrameworkCatalog {
    static let mock = FrameworkCatalog([.mock, .mockOlder])
}

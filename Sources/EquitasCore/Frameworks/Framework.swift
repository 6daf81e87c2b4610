/// An equality framework as data: ordered levels, modules (areas, domains) and their
/// criteria. Loaded from YAML by EquitasLibrary; a challenge pins `id` and `version`.
public struct Framework: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var version: String
    public var name: String
    public var publisher: String
    public var summary: String
    /// What the publisher calls a module: "module", "area", "domain".
    public var moduleNoun: String
    /// Lowest first. A challenge seeks one of these; an award names one.
    public var levels: [FrameworkLevel]
    public var modules: [FrameworkModule]
    /// Present where criteria are scored and the scores summed into a grade (NHS EDS).
    public var scoring: ScoringScheme?
    /// The kinds of body the framework is written for (councils for the EFLG, NHS trusts
    /// for the EDS). Empty means any public body. A national body such as the LGA runs
    /// challenges and never undergoes one.
    public var appliesTo: [OrganisationType]

    public init(
        id: String, version: String, name: String, publisher: String, summary: String,
        moduleNoun: String, levels: [FrameworkLevel], modules: [FrameworkModule], scoring: ScoringScheme? = nil,
        appliesTo: [OrganisationType] = []
    ) {
        self.appliesTo = appliesTo
        self.id = id
        self.version = version
        self.name = name
        self.publisher = publisher
        self.summary = summary
        self.moduleNoun = moduleNoun
        self.levels = levels
        self.modules = modules
        self.scoring = scoring
    }

    public func level(_ id: String) -> FrameworkLevel? { levels.first { $0.id == id } }
    public func module(_ id: String) -> FrameworkModule? { modules.first { $0.id == id } }
    public func criterion(_ id: String) -> Criterion? {
        for module in modules { if let c = module.criteria.first(where: { $0.id == id }) { return c } }
        return nil
    }

    /// Whether a body of this type can be challenged against the framework. A body whose
    /// type is not known (`other`, as an import records it) is given the benefit of the doubt.
    public func applies(to type: OrganisationType) -> Bool {
        guard type != .nationalBody else { return false }
        return appliesTo.isEmpty || type == .other || appliesTo.contains(type)
    }

    /// Position of a level in the framework's order (0 = lowest), or nil if unknown.
    public func rank(ofLevel id: String) -> Int? { levels.firstIndex { $0.id == id } }

    /// The level above `id`, or nil at the top or for an unknown level.
    public func level(above id: String) -> FrameworkLevel? {
        guard let rank = rank(ofLevel: id), rank + 1 < levels.count else { return nil }
        return levels[rank + 1]
    }
}

public struct FrameworkLevel: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var description: String

    public init(id: String, name: String, description: String) {
        self.id = id
        self.name = name
        self.description = description
    }
}

public struct FrameworkModule: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    /// As the publisher prints it: "1", "A", "Domain 2".
    public var code: String
    public var name: String
    public var summary: String
    public var criteria: [Criterion]

    public init(id: String, code: String, name: String, summary: String, criteria: [Criterion]) {
        self.id = id
        self.code = code
        self.name = name
        self.summary = summary
        self.criteria = criteria
    }
}

public struct Criterion: Codable, Equatable, Sendable, Identifiable {
    /// Unique within the framework; stable, so self-assessments can refer to it.
    public var id: String
    /// As the publisher prints it: "2.3" (EFLG: level.criterion) or "1A" (EDS outcome).
    public var code: String
    public var title: String
    public var description: String
    /// The level this criterion belongs to, where the framework describes criteria per level.
    public var level: String?
    /// Questions to ask in self-assessment, where the publisher gives them.
    public var questions: [String]

    public init(id: String, code: String, title: String, description: String, level: String? = nil, questions: [String] = []) {
        self.id = id
        self.code = code
        self.title = title
        self.description = description
        self.level = level
        self.questions = questions
    }
}

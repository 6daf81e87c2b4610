import EquitasCore
import Yams

/// The framework file's shape. Keys are the snake_case names of the Core properties.
///
/// A list element that is not even a mapping still yields a blank placeholder, so that
/// later elements keep their index and the checks on the decoded value name the right
/// `modules[3]`. Blank ids are ignored by those checks: their absence is already reported.
extension FrameworkDocumentReader {
    mutating func framework(_ root: Node) -> Framework? {
        let keys = ["id", "version", "name", "publisher", "summary", "module_noun", "applies_to", "levels", "modules", "scoring"]
        guard let map = mapping(root, at: "", keys: keys) else { return nil }
        return Framework(
            id: text("id", in: map),
            version: text("version", in: map),
            name: text("name", in: map),
            publisher: text("publisher", in: map),
            summary: text("summary", in: map),
            moduleNoun: text("module_noun", in: map),
            levels: list("levels", in: map, atLeastOne: "level").map { level($0.node, at: $0.path) },
            modules: list("modules", in: map, atLeastOne: "module").map { module($0.node, at: $0.path) },
            scoring: map["scoring"].flatMap { $0.isNull ? nil : scoring($0, at: map.path("scoring"), line: map.line(of: "scoring")) },
            appliesTo: list("applies_to", in: map).compactMap { organisationType($0.node, at: $0.path) }
        )
    }

    mutating func level(_ node: Node, at path: String) -> FrameworkLevel {
        guard let map = mapping(node, at: path, keys: ["id", "name", "description"]) else {
            return FrameworkLevel(id: "", name: "", description: "")
        }
        return FrameworkLevel(id: text("id", in: map), name: text("name", in: map), description: text("description", in: map))
    }

    mutating func module(_ node: Node, at path: String) -> FrameworkModule {
        let keys = ["id", "code", "name", "summary", "criteria"]
        guard let map = mapping(node, at: path, keys: keys) else {
            return FrameworkModule(id: "", code: "", name: "", summary: "", criteria: [])
        }
        return FrameworkModule(
            id: text("id", in: map),
            code: text("code", in: map),
            name: text("name", in: map),
            summary: text("summary", in: map),
            criteria: list("criteria", in: map, atLeastOne: "criterion").map { criterion($0.node, at: $0.path) }
        )
    }

    mutating func criterion(_ node: Node, at path: String) -> Criterion {
        let keys = ["id", "code", "title", "description", "level", "questions"]
        guard let map = mapping(node, at: path, keys: keys) else { return Criterion(id: "", code: "", title: "", description: "") }
        return Criterion(
            id: text("id", in: map),
            code: text("code", in: map),
            title: text("title", in: map),
            description: text("description", in: map),
            level: optionalText("level", in: map),
            questions: list("questions", in: map).compactMap { text($0.node, at: $0.path) }
        )
    }

    /// Nil when any point or band is unreadable: the arithmetic checks on a partial
    /// scheme would only add confusing errors to the ones already reported.
    mutating func scoring(_ node: Node, at path: String, line: Int) -> ScoringScheme? {
        guard let map = mapping(node, at: path, line: line, keys: ["scale", "bands"]) else { return nil }
        let scale = list("scale", in: map, atLeastOne: "score").map { scorePoint($0.node, at: $0.path) }
        let bands = list("bands", in: map, atLeastOne: "band").map { band($0.node, at: $0.path) }
        guard !scale.contains(nil), !bands.contains(nil) else { return nil }
        return ScoringScheme(scale: scale.compactMap { $0 }, bands: bands.compactMap { $0 })
    }

    mutating func scorePoint(_ node: Node, at path: String) -> ScorePoint? {
        guard let map = mapping(node, at: path, keys: ["score", "name", "description"]) else { return nil }
        let score = integer("score", in: map)
        let point = ScorePoint(score: score ?? 0, name: text("name", in: map), description: text("description", in: map))
        return score == nil ? nil : point
    }

    mutating func band(_ node: Node, at path: String) -> GradeBand? {
        guard let map = mapping(node, at: path, keys: ["level", "minimum", "maximum"]) else { return nil }
        let level = text("level", in: map)
        let minimum = integer("minimum", in: map)
        let maximum = integer("maximum", in: map)
        guard let minimum, let maximum else { return nil }
        return GradeBand(level: level, minimum: minimum, maximum: maximum)
    }
}

extension FrameworkDocumentReader {
    /// One kind of body in `applies_to`, by the name the API uses (`district-council`).
    mutating func organisationType(_ node: Node, at path: String) -> OrganisationType? {
        guard let name = text(node, at: path) else { return nil }
        guard let type = OrganisationType(rawValue: name) else {
            let known = OrganisationType.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.report(path, line: node.line, "unknown kind of body \"\(name)\" (known: \(known))")
            return nil
        }
        return type
    }
}

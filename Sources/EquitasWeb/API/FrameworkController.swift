import EquitasCore
import Vapor

/// The frameworks this installation knows: read-only, loaded from YAML at start-up.
struct FrameworkController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.frameworks, use: list)
        try routes.on(API.framework, use: show)
    }

    /// Summaries of the newest version of each framework, or every version with `?all=true`.
    func list(req: Request) async throws -> Response {
        let all = (req.query[String.self, at: "all"] ?? "false") == "true"
        let frameworks = all ? req.catalog.frameworks : req.catalog.latest
        let summaries = frameworks.map(FrameworkSummary.init)
        return try JSONResponse.make(Page(items: summaries, metadata: .init(page: 1, per: max(summaries.count, 1), total: summaries.count)))
    }

    func show(req: Request) async throws -> Response {
        let id = req.parameters.get("frameworkID") ?? ""
        let version: String? = req.query["version"]
        guard let framework = req.catalog.framework(id, version: version) else {
            throw NotFoundFramework(id: id, version: version)
        }
        return try JSONResponse.make(framework)
    }
}

struct FrameworkSummary: Codable {
    var id: String
    var version: String
    var name: String
    var publisher: String
    var moduleNoun: String
    var levels: [String]
    var modules: [String]

    init(_ framework: Framework) {
        id = framework.id
        version = framework.version
        name = framework.name
        publisher = framework.publisher
        moduleNoun = framework.moduleNoun
        levels = framework.levels.map(\.id)
        modules = framework.modules.map(\.id)
    }
}

struct NotFoundFramework: AbortError {
    var id: String
    var version: String?
    var status: HTTPResponseStatus { .notFound }
    var reason: String {
        version.map { "no framework \"\(id)\" at version \"\($0)\"" } ?? "no framework \"\(id)\""
    }
}

import Vapor

/// Serves the OpenAPI description shipped with the application.
struct OpenAPIController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.openapiYaml, use: document)
    }

    static func documentURL() throws -> URL {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources") else {
            throw Abort(.internalServerError, reason: "the OpenAPI description is missing from this build")
        }
        return url
    }

    func document(req: Request) async throws -> Response {
        let data = try Data(contentsOf: OpenAPIController.documentURL())
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

import EquitasCore
import Vapor

extension DeclaredRoutes {
    /// An upload form's route. Its body streams in and the route reads it to the end
    /// (`StreamedForm.read`) instead of having it gathered within a limit, so a file over
    /// `fileLimit`, however large, brings the form back with every typed field kept and a
    /// message naming the field and the limit — where a gathered body past its limit
    /// could only be answered with a bare "too large" page. The file's bytes past the
    /// limit are dropped as they arrive, never held. (Gathering up to the limit plus a
    /// margin and judging the size afterwards was the other way: it holds the margin in
    /// memory for every upload and still loses the typed fields of a file past it.)
    ///
    /// Only once the body has ended does the handler run, after the checks the pages'
    /// middleware make on other posts: the session's CSRF token and text both databases
    /// can store. The middleware leave this route's body alone (`RouteBody.readsOwnBodyKey`).
    @discardableResult
    func upload<Parameters>(
        _ endpoint: Endpoint<Parameters>, fileLimit: Int,
        use handler: @escaping @Sendable (Request, StreamedForm) async throws -> Response
    ) throws -> Route {
        let route = try on(endpoint, body: .stream) { req in
            try await handler(req, try await Self.checkedForm(req, fileLimit: fileLimit))
        }
        route.userInfo[RouteBody.readsOwnBodyKey] = true
        return route
    }

    private static func checkedForm(_ req: Request, fileLimit: Int) async throws -> StreamedForm {
        switch try await StreamedForm.read(req, fileLimit: fileLimit) {
        case .unreadable:
            throw Abort(.badRequest, reason: "The form did not arrive whole. Go back, choose the file again and send the form again.")
        case .fieldsTooLarge:
            throw Abort(.payloadTooLarge)
        case .form(let form):
            if req.route?.protectedResource != .everyone { try CSRFMiddleware.verify(req, sent: form.text(CSRFMiddleware.field)) }
            try MultipartFields.check(fields: form.fields)
            return form
        }
    }
}

import EquitasCore
import EquitasPersistence
import EquitasRender
import Vapor

/// The body of every error response: `{"status": 422, "message": "…", "path": "…"}`,
/// with `errors` listing each problem when several are reported at once.
struct APIError: Content {
    var status: Int
    var message: String
    var path: String?
    var errors: [Problem]?

    /// One of several problems, so a client can show each beside the cell it names.
    struct Problem: Content {
        var path: String?
        var message: String
    }
}

extension APIError {
    /// Maps what the layers below throw onto HTTP: bad input is 422 (400 when it is not
    /// even JSON), a bad token 401, unknown ids 404, a refused action 409. Anything else
    /// is our fault: 500, logged, with no detail leaked to the caller.
    init(_ error: any Error, logger: Logger) {
        switch error {
        case let failure as ValidationFailure:
            let unreadable = failure.path.isEmpty && failure.message.hasPrefix("not valid JSON")
            self.init(status: unreadable ? 400 : 422, message: failure.description, path: failure.path.isEmpty ? nil : failure.path)
        case let missing as NotFound:
            self.init(status: 404, message: missing.description, path: nil)
        case let sheet as ActionPlanSheetErrors:
            // A spreadsheet is checked whole so that a person fixes it once: every bad
            // cell goes back, not only the first.
            let problems = sheet.failures.map { Problem(path: $0.path.isEmpty ? nil : $0.path, message: $0.message) }
            self.init(status: 422, message: sheet.description, path: problems.first?.path, errors: problems)
        case let staff as StaffListErrors:
            let problems = staff.failures.map { Problem(path: $0.path.isEmpty ? nil : $0.path, message: $0.message) }
            self.init(status: 422, message: staff.description, path: problems.first?.path, errors: problems)
        case let profile as CommunityProfileErrors:
            let problems = profile.failures.map { Problem(path: $0.path.isEmpty ? nil : $0.path, message: $0.message) }
            self.init(status: 422, message: profile.description, path: problems.first?.path, errors: problems)
        case let unauthenticated as Unauthenticated:
            self.init(status: 401, message: unauthenticated.message, path: nil)
        case is SignInNeeded:
            self.init(status: 401, message: SignInNeeded.message, path: nil)
        case let forbidden as Forbidden:
            self.init(status: 403, message: forbidden.message, path: nil)
        case is PDFExport.Unavailable:
            // The server can make every other format; a PDF waits for its engine.
            self.init(status: 503, message: PDFExport.installAdvice, path: "format")
        case let violation as RuleViolation:
            self.init(status: 409, message: violation.message, path: nil)
        case let refusal as ProgressUpdateRefusal:
            self.init(status: refusal.reason == .notAuthor ? 403 : 409, message: refusal.message, path: nil)
        case let abort as any AbortError:
            self.init(status: Int(abort.status.code), message: abort.reason, path: nil)
        default:
            logger.report(error: error)
            self.init(status: 500, message: "Something went wrong on our side; it has been logged.", path: nil)
        }
    }
}

/// Turns every failure into an answer in the language of the caller: JSON under
/// `/api/`, a page everywhere else.
struct APIErrorMiddleware: Middleware {
    // A plain (future) middleware: a task is started only to answer an error, not for
    // every request that passes (see `RequestIDMiddleware`).
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            request.eventLoop.makeFutureWithTask {
                let error = ServiceBusy.replacing(error)
                let response = try await answer(error, to: request)
                if error is ServiceBusy { response.headers.replaceOrAdd(name: .retryAfter, value: String(ServiceBusy.retryAfterSeconds)) }
                return response
            }
        }
    }

    private func answer(_ error: any Error, to request: Request) async throws -> Response {
        guard request.url.path.hasPrefix("/api/") else {
            // An address no route matched never passed the session middleware;
            // look the session up here so the page still shows who is signed in.
            if request.signedInSession == nil, request.route == nil,
                let secret = request.cookies[SessionCookie.session]?.string, !secret.isEmpty,
                let session = try? await SessionStore(db: request.db).session(forSecret: secret) {
                request.signedInSession = session
                request.actor = Actor(account: session.account)
            }
            return ErrorPage.response(for: error, request: request)
        }
        let body = APIError(error, logger: request.logger)
        let response = try JSONResponse.make(body, status: HTTPResponseStatus(statusCode: body.status))
        if error is Unauthenticated {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: Unauthenticated.challenge)
        } else if error is SignInNeeded {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: SignInNeeded.challenge)
        }
        return response
    }
}

import EquitasCore
import EquitasPersistence
import Vapor

/// Failures on pages, as pages: someone not signed in is sent to sign in and brought
/// back; a missing or hidden thing gets the one "Page not found"; the rest say what
/// went wrong in a sentence. Our own faults are logged and never shown.
enum ErrorPage {
    static func response(for error: any Error, request: Request) -> Response {
        switch error {
        case is SignInNeeded:
            if request.method == .GET {
                return PageResponse.redirect(to: Site.signIn.path + "?next=" + (SignInNext.encode(request.url.string)))
            }
            return page("Sign in to continue", "Your session has ended. Sign in, then try again.", request, .unauthorized, link: (Site.signIn.path, "Sign in"))
        case is NotFound:
            return PageResponse.make(notFoundLayout(), for: request, status: .notFound)
        case let forbidden as Forbidden:
            return page("You cannot do this", FormErrors.sentence(forbidden.message) + ".", request, .forbidden)
        case is FormExpired:
            return page("This form has expired", FormExpired.message, request, .forbidden)
        case let failure as ValidationFailure:
            // A field's path reads as its name ("The title must not be blank"), not as a code.
            let message = failure.path.isEmpty ? FormErrors.sentence(failure.message) : FormErrors.message(failure.message, field: failure.path.split(separator: "[").first.map(String.init) ?? failure.path)
            return page("There is a problem", message, request, .unprocessableEntity)
        case let violation as RuleViolation:
            return page("This cannot be done now", FormErrors.sentence(violation.message), request, .conflict)
        case let refusal as ProgressUpdateRefusal:
            let status: HTTPResponseStatus = refusal.reason == .notAuthor ? .forbidden : .conflict
            return page(refusal.reason == .notAuthor ? "You cannot do this" : "This cannot be done now", FormErrors.sentence(refusal.message), request, status)
        case let abort as any AbortError:
            if abort.status == .payloadTooLarge {
                let words = "What you sent is larger than this form accepts. Choose a smaller file, or link to the document instead."
                return page("The file is too large", words, request, .payloadTooLarge)
            }
            if abort.status == .notFound { return PageResponse.make(notFoundLayout(), for: request, status: .notFound) }
            return page(abort.status.reasonPhrase, abort.reason, request, abort.status)
        default:
            request.logger.report(error: error)
            return page("Sorry, there is a problem with the service", "Something went wrong on our side; it has been logged. Try again later.", request, .internalServerError)
        }
    }

    static func notFoundLayout() -> PageLayout {
        PageLayout(
            title: "Page not found",
            content: [
                .h1([], "Page not found"),
                .p([], "If you typed the web address, check it is correct."),
                .p([], "Published reports are listed on ", .a(href: Site.published.path, "the published reports page"), "."),
            ])
    }

    private static func page(
        _ title: String, _ message: String, _ request: Request, _ status: HTTPResponseStatus, link: (String, String)? = nil
    ) -> Response {
        var content: [Node] = [.h1([], .text(title)), .p([], .text(message))]
        if let link { content.append(.p([], .a(href: link.0, .text(link.1)))) }
        return PageResponse.make(PageLayout(title: title, content: content), for: request, status: status)
    }
}

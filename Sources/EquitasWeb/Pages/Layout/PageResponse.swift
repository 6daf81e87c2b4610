import Vapor

/// Pages as HTTP responses, every one with the same protective headers: a policy that
/// lets the page load only our own style sheet and our own script files (never inline
/// script or style; every page works without the script), nothing framing it, forms
/// posting only to us; no content sniffing, and no address leaked to other sites.
enum PageResponse {
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"

    /// The page as this request's person sees it: their navigation, their CSRF token.
    static func make(_ layout: PageLayout, for request: Request, status: HTTPResponseStatus = .ok) -> Response {
        var layout = layout
        if layout.context == nil { layout.context = request.pageContext }
        return make(layout, status: status)
    }

    /// After a form is handled, the browser goes to a page to read (Post/Redirect/Get),
    /// so that reloading never posts twice.
    static func redirect(to path: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .location, value: path)
        secure(&headers)
        return Response(status: .seeOther, headers: headers)
    }

    static func make(_ layout: PageLayout, status: HTTPResponseStatus = .ok) -> Response {
        make(ByteBuffer(string: layout.render()), status: status)
    }

    /// A page already rendered (`Request.keptPage`): the same headers, the bytes as kept.
    static func make(_ body: ByteBuffer, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        secure(&headers)
        return Response(status: status, headers: headers, body: .init(buffer: body))
    }

    static func secure(_ headers: inout HTTPHeaders) {
        headers.replaceOrAdd(name: "Content-Security-Policy", value: contentSecurityPolicy)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
    }

    /// The same page whatever is missing, so an address never tells a visitor whether
    /// something unpublished exists behind it.
    static func notFound() -> Response {
        make(ErrorPage.notFoundLayout(), status: .notFound)
    }
}

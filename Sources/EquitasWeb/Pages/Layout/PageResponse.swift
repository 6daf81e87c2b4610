import Vapor

/// Pages as HTTP responses, every one with the same protective headers: a policy that
/// lets the page load only our own style sheet (no scripts at all, no inline style,
/// nothing framing it, forms posting only to us), no content sniffing, and no address
/// leaked to other sites.
enum PageResponse {
    static let contentSecurityPolicy =
        "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"

    static func make(_ layout: PageLayout, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        secure(&headers)
        return Response(status: status, headers: headers, body: .init(string: layout.render()))
    }

    static func secure(_ headers: inout HTTPHeaders) {
        headers.replaceOrAdd(name: "Content-Security-Policy", value: contentSecurityPolicy)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
    }

    /// The same page whatever is missing, so an address never tells a visitor whether
    /// something unpublished exists behind it.
    static func notFound() -> Response {
        make(
            PageLayout(
                title: "Page not found",
                content: [
                    .h1([], "Page not found"),
                    .p([], "If you typed the web address, check it is correct."),
                    .p([], "Published reports are listed on ", .a(href: "/published", "the published reports page"), "."),
                ]),
            status: .notFound)
    }
}

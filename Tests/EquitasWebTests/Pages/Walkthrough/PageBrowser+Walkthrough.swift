import Foundation
import Testing
import Vapor

/// What a person does in a browser, beyond fetching a page: signing in through the
/// form, sending a form as the page built it, following a redirect and a link.
extension PageBrowser {
    /// Signs in the way a person does: the sign-in page sets its guard cookie and
    /// puts the same value in the form; the post answers with the session cookie.
    static func signingIn(
        _ app: Application, email: String, password: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> PageBrowser {
        var browser = PageBrowser(app: app)
        let page = try await browser.get("/sign-in")
        #expect(page.status == .ok, sourceLocation: sourceLocation)
        let guardCookie = try #require(
            Self.cookie("equitas_sign_in", in: page.headers), "the sign-in page set no guard cookie", sourceLocation: sourceLocation)
        var form = try PageForm.find(in: page.text, button: "Sign in", sourceLocation: sourceLocation)
        #expect(form.value("csrf_token") == guardCookie, "the form carries the guard the cookie holds", sourceLocation: sourceLocation)
        try form.fill("Email", with: email, sourceLocation: sourceLocation)
        try form.fill("Password", with: password, sourceLocation: sourceLocation)
        browser.cookie = "equitas_sign_in=\(guardCookie)"
        let signedIn = try await browser.submit(form)
        #expect(signedIn.status == .seeOther, "signing in as \(email)", sourceLocation: sourceLocation)
        let session = try #require(
            Self.cookie("equitas_session", in: signedIn.headers), "signing in set no session cookie", sourceLocation: sourceLocation)
        browser.cookie = "equitas_session=\(session)"
        let landing = try await browser.follow(signedIn)
        #expect(landing.status == .ok, sourceLocation: sourceLocation)
        // The token every later form carries comes from the page, as a browser's would.
        browser.csrfToken = try PageForm.find(in: landing.text, button: "Sign out", sourceLocation: sourceLocation).value("csrf_token")
        return browser
    }

    /// The value a response's Set-Cookie gives `name`.
    static func cookie(_ name: String, in headers: HTTPHeaders) -> String? {
        for line in headers[.setCookie] {
            let pair = line.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name { return parts[1] }
        }
        return nil
    }

    /// Sends the form as it stands: by GET with its fields in the query, as multipart
    /// with `file` when it takes one, or as an ordinary post with its own token.
    func submit(
        _ form: PageForm, file: (field: String, filename: String, contentType: String, data: Data)? = nil
    ) async throws -> APIClient.Reply {
        if form.method == "get" {
            let query = form.fields.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
            return try await get(form.action + (query.isEmpty ? "" : "?" + query))
        }
        if form.multipart {
            var browser = self
            browser.csrfToken = form.value("csrf_token")
            return try await browser.postMultipart(
                form.action, fields: form.fields.filter { $0.name != "csrf_token" }.map { ($0.name, $0.value) }, file: file)
        }
        return try await post(form.action, form: form.fields.map { ($0.name, $0.value) }, csrf: false)
    }

    /// The page a 303 sends the browser to.
    func follow(_ reply: APIClient.Reply, sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIClient.Reply {
        let location = try #require(reply.headers.first(name: .location), "no redirect to follow", sourceLocation: sourceLocation)
        return try await get(location)
    }

    /// Follows the first link on the page whose words contain `words` (and whose
    /// address contains `path`, when given).
    func click(
        _ words: String, on page: APIClient.Reply, path: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> APIClient.Reply {
        try await get(try Self.link(words, on: page, path: path, sourceLocation: sourceLocation))
    }

    static func link(
        _ words: String, on page: APIClient.Reply, path: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        let tree = try #require(XMLTree(page.text), "the page is not well formed", sourceLocation: sourceLocation)
        let link = tree.root.all("a").first { anchor in
            anchor.allText.contains(words) && (path.map { (anchor.attributes["href"] ?? "").contains($0) } ?? true)
        }
        return try #require(link?.attributes["href"], "no link \"\(words)\" on the page", sourceLocation: sourceLocation)
    }
}

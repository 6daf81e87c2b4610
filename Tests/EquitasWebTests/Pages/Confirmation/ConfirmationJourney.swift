import Foundation
import Testing
import Vapor

/// The no-script way through a confirmation: press the button on the page (a post
/// without `confirm`), read the page that asks, press its button.
struct ConfirmationJourney {
    let browser: PageBrowser

    /// Presses `button` on `page` and checks that what comes back is a confirmation
    /// (200, a question as its heading, `confirm=yes` and the CSRF token in its form).
    func ask(_ button: String, on page: APIClient.Reply, sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIClient.Reply {
        let form = try PageForm.find(in: page.text, button: button, sourceLocation: sourceLocation)
        #expect(form.value("confirm") == nil, "the page's own button must not confirm", sourceLocation: sourceLocation)
        let asked = try await browser.submit(form)
        #expect(asked.status == .ok, "\(asked.text)", sourceLocation: sourceLocation)
        let root = try PageCheck.structure(asked.text, sourceLocation)
        #expect(root.all("h1").first?.allText.hasSuffix("?") == true, sourceLocation: sourceLocation)
        let inputs = root.all("input")
        #expect(inputs.contains { $0.attributes["name"] == "confirm" && $0.attributes["value"] == "yes" }, sourceLocation: sourceLocation)
        #expect(inputs.contains { $0.attributes["name"] == "csrf_token" && $0.attributes["value"] == browser.csrfToken }, sourceLocation: sourceLocation)
        #expect(root.all("a").contains { $0.allText == "Cancel" }, sourceLocation: sourceLocation)
        return asked
    }

    /// Presses the confirmation page's button.
    func confirm(_ button: String, on asked: APIClient.Reply, sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIClient.Reply {
        try await browser.submit(try PageForm.find(in: asked.text, button: button, sourceLocation: sourceLocation))
    }
}

import Vapor

/// The one script the pages use, a progressive enhancement for quick capture: in a
/// form marked `data-quick-submit`, Ctrl+Enter (Cmd+Enter on a Mac) sends the form as
/// its button would, and a hint saying so appears beside the button. Without it the
/// form works as before. Served from our own origin, which the CSP allows
/// (`script-src 'self'`); no inline script is ever allowed.
enum CaptureScript {
    static let path = Site.assetsCaptureJs.path
    static let marker = "data-quick-submit"

    /// The element that loads it, at the end of a page's content.
    static var element: Node {
        .element("script", [Attribute("src", path), .flag("defer")])
    }

    static func serve(req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/javascript; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(string: source))
    }

    static let source = """
        (function () {
          "use strict";
          var mac = /Mac|iPhone|iPad/.test(navigator.platform || "");
          document.querySelectorAll("form[data-quick-submit]").forEach(function (form) {
            var fields = form.querySelectorAll("textarea, input[type=text]");
            fields.forEach(function (field) { field.setAttribute("aria-keyshortcuts", "Control+Enter Meta+Enter"); });
            var button = form.querySelector("button[type=submit]");
            if (button) {
              var hint = document.createElement("p");
              hint.className = "hint";
              hint.textContent = "Or press " + (mac ? "Command" : "Ctrl") + " and Enter together in any box.";
              button.insertAdjacentElement("afterend", hint);
            }
            form.addEventListener("keydown", function (event) {
              if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.isComposing) { return; }
              event.preventDefault();
              if (typeof form.requestSubmit === "function") { form.requestSubmit(button || undefined); } else { form.submit(); }
            });
          });
        })();

        """
}

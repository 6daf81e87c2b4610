import Vapor

/// The one style sheet, ours, in the manner of the GOV.UK Design System: large
/// readable type, underlined links, a thick yellow focus state with a dark bar beneath
/// so the focused thing is found at a glance, and colours that keep at least 4.5:1
/// against their background (#0b0c0c on white 19:1, link blue #1d70b8 5.2:1, grey
/// #505a5f 7:1, error red #d4351c 4.9:1, white on the #0b0c0c header 19:1).
/// Kept in code rather than as a resource: it is small and ships with the binary.
enum Stylesheet {
    static let path = Site.assetsEquitasCss.path

    static func serve(req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(string: css))
    }

    /// The rules for every width, then the task lists, then what changes on a narrow
    /// screen (last, so that it wins where the two disagree).
    static let css = base + tasks + narrow

    static let base = """
        *, *::before, *::after { box-sizing: border-box; }
        html { background: #ffffff; }
        body { margin: 0; color: #0b0c0c; background: #ffffff; font-family: Arial, Helvetica, sans-serif;
          font-size: 1.1875rem; line-height: 1.32; -webkit-text-size-adjust: 100%; }
        main { display: block; max-width: 60rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
        main:focus { outline: none; }
        h1 { font-size: 2.5rem; line-height: 1.1; margin: 0 0 1.5rem; }
        h2 { font-size: 1.75rem; line-height: 1.15; margin: 2rem 0 1rem; }
        h3 { font-size: 1.3rem; line-height: 1.2; margin: 1.5rem 0 0.75rem; }
        p, ul, dl { margin: 0 0 1.25rem; max-width: 40em; }
        .lead { font-size: 1.5rem; }
        .hint { color: #505a5f; display: block; margin-bottom: 0.5rem; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
          padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important; border: 0 !important; }

        a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; text-decoration-thickness: max(1px, 0.0625rem); }
        a:visited { color: #4c2c92; }
        a:hover { color: #003078; text-decoration-thickness: max(3px, 0.1875rem); }
        a:focus { outline: 3px solid transparent; color: #0b0c0c; background-color: #ffdd00;
          box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }

        .skip-link { position: absolute; left: -9999px; padding: 0.5rem 1rem; }
        .skip-link:focus { position: static; display: inline-block; left: auto; }

        .site-header { background: #0b0c0c; color: #ffffff; padding: 0.75rem 1rem; border-bottom: 10px solid #1d70b8;
          display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: baseline; }
        .site-header a, .site-header a:visited { color: #ffffff; }
        .site-header a:focus { color: #0b0c0c; }
        .service-name { font-weight: bold; font-size: 1.5rem; text-decoration: none; }
        .site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
        .site-header nav a[aria-current="page"] { font-weight: bold; }

        .site-footer { background: #f3f2f1; border-top: 1px solid #b1b4b6; padding: 1.5rem 1rem; font-size: 1rem; }
        .site-footer p { max-width: 60rem; margin: 0 auto; }

        table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
        /* No wider than the charts' drawing (HTMLBarChart.width), so their words stay at reading size. */
        figure.chart { margin: 1.5rem 0 0.5rem; max-width: 420px; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        caption { text-align: left; font-weight: bold; font-size: 1.3rem; margin-bottom: 0.75rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.6rem 1.25rem 0.6rem 0; border-bottom: 1px solid #b1b4b6; }
        th { font-weight: bold; }

        .summary-list dt { font-weight: bold; }
        .summary-list dd { margin: 0 0 0.75rem; }
        .report-item { border-bottom: 1px solid #b1b4b6; padding-bottom: 1rem; }
        /* Findings, recommendations and comments: each item is ruled off by .report-item, so no bullets. */
        .finding-list, .recommendation-list, .comment-list { list-style: none; padding: 0; }
        .finding-list > li, .recommendation-list > li, .comment-list > li { margin-bottom: 1.25rem; }
        /* The library's results: matches marked in the yellow of the focus ring, on black text. */
        .library-results { list-style: none; padding: 0; }
        .library-results > li { margin-bottom: 1.25rem; }
        .library-results mark { background: #ffdd00; color: #0b0c0c; }
        .inline-links { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }

        label { display: block; font-weight: bold; margin-bottom: 0.25rem; }
        input, select { font: inherit; padding: 0.25rem; border: 2px solid #0b0c0c; border-radius: 0; min-height: 2.5rem; }
        /* A date field's calendar button takes focus inside the field, where :focus no longer matches it. */
        input:focus, input:focus-within, select:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
        .form-group { margin-bottom: 1.5rem; }
        .form-group-error { border-left: 5px solid #d4351c; padding-left: 0.9rem; }
        .form-group-error input { border-color: #d4351c; }
        .error-message { display: block; color: #d4351c; font-weight: bold; margin-bottom: 0.5rem; }
        button { font: inherit; color: #ffffff; background: #00703c; border: 2px solid transparent; border-radius: 0;
          padding: 0.5rem 0.75rem; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
        button:hover { background: #005a30; }
        button:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00; border-color: #ffdd00;
          box-shadow: inset 0 0 0 1px #ffdd00, 0 2px 0 #0b0c0c; }

        .error-summary { border: 5px solid #d4351c; padding: 1rem 1.25rem; margin-bottom: 2rem; }
        .error-summary:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
        .error-summary h2 { margin-top: 0; font-size: 1.5rem; }
        .error-summary ul { margin-bottom: 0; padding-left: 0; list-style: none; }
        .error-summary a, .error-summary a:visited { color: #d4351c; font-weight: bold; }
        .error-summary a:focus { color: #0b0c0c; }

        textarea { font: inherit; width: 100%; max-width: 40em; padding: 0.25rem; border: 2px solid #0b0c0c; border-radius: 0; }
        textarea:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
        .form-group-error textarea, .form-group-error select { border-color: #d4351c; }
        fieldset { border: 0; margin: 0; padding: 0; }
        legend { font-weight: bold; margin-bottom: 0.5rem; }
        .choices { display: flex; flex-direction: column; gap: 0.5rem; }
        .choices-inline { flex-direction: row; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
        .choice { display: flex; align-items: center; gap: 0.5rem; }
        .choice label { font-weight: normal; margin: 0; }
        .choice input { width: 1.5rem; height: 1.5rem; min-height: 0; margin: 0; }
        .choice input:focus { outline: 3px solid #ffdd00; outline-offset: 2px; }
        .width-short { width: 10em; }
        .width-medium { width: 20em; }
        input[type="text"], input[type="email"], input[type="password"], input[type="search"] { width: 100%; max-width: 30em; }
        .button-secondary { color: #0b0c0c; background: #f3f2f1; box-shadow: 0 2px 0 #929191; }
        .button-secondary:hover { background: #dbdad9; }
        .button-warning { background: #d4351c; box-shadow: 0 2px 0 #55150b; }
        .button-warning:hover { background: #aa2a16; }
        .link-button { background: none; border: 0; box-shadow: none; color: #ffffff; text-decoration: underline; padding: 0; }
        .link-button:hover { background: none; text-decoration-thickness: 3px; }
        .inline-form { display: inline-block; margin: 0 0.5rem 0.5rem 0; }
        li > .inline-form { display: block; margin-top: 0.5rem; }
        .account { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; margin-left: auto; }
        .notification { border: 5px solid #00703c; padding: 1rem 1.25rem; margin-bottom: 2rem; }
        .notification h2 { margin-top: 0; font-size: 1.5rem; }
        /* Inline, so a long trail wraps between words. The "›" is the following step's, but a
           no-break space ties it to the word before it and an ordinary space follows it: a line
           may end with "›", never start with one, and "›" is never alone on a line. */
        .breadcrumbs ol { list-style: none; margin: 0 0 1.5rem; padding: 0; font-size: 1rem; line-height: 1.6; }
        .breadcrumbs li { display: inline; }
        .breadcrumbs li + li::before { content: "\\00a0\\00a0\\203a\\00a0\\0020"; color: #505a5f; }
        .tag { display: inline-block; padding: 0.1rem 0.5rem; font-size: 1rem; font-weight: bold; background: #d2e2f1; color: #0b0c0c; }
        .tag-overdue { background: #f6d7d2; color: #0b0c0c; }
        .tag-done { background: #cce2d8; color: #0b0c0c; }
        .actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-bottom: 1.5rem; }

        .change-list { margin: 0; padding-left: 1.25rem; }
        .hint-inline { color: #505a5f; }
        .paging { list-style: none; padding: 0; display: flex; gap: 1.5rem; }

        @media print { .site-header nav, .skip-link, form { display: none; } }
        """
}

import EquitasCore
import EquitasSheets

/// A report as one self-contained, accessible HTML page: skip link, header holding the
/// title page, contents, main, footer; embedded CSS for screen and print and no other
/// asset, so the file can be mailed, archived or opened offline. Written as XHTML-style
/// markup (void elements closed with `/>`) so an XML parser can check it.
public enum HTMLReportRenderer {
    static let mainID = "main-content"
    static let contentsHeadingID = "contents-heading"

    public static func render(_ document: ReportDocument) -> String {
        var writer = HTMLSectionWriter(ids: HTMLAnchorIDs(reserved: [mainID, contentsHeadingID]))
        for section in document.sections { writer.write(section, depth: 0) }
        let properties = document.properties
        return """
        <!DOCTYPE html>
        <html lang="\(XMLText.escapeAttribute(properties.language))">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>\(XMLText.escape(properties.title))</title>
        <meta name="description" content="\(XMLText.escapeAttribute(properties.subject))" />
        <meta name="author" content="\(XMLText.escapeAttribute(properties.author))" />
        <style>
        \(HTMLStyleSheet.css)</style>
        </head>
        <body>
        <a class="skip-link" href="#\(mainID)">Skip to main content</a>
        \(titlePage(document.titlePage))\(contents(writer.contents))<main id="\(mainID)" tabindex="-1">
        \(writer.html)</main>
        \(footer(properties, versionLabel: document.titlePage.versionLabel))</body>
        </html>

        """
    }

    /// The kicker sits inside the `<h1>` as a caption, so the heading reads "Equality
    /// Peer Challenge, Oxford City Council" as the printed title page does.
    static func titlePage(_ page: TitlePage) -> String {
        var html = "<header class=\"title-page\">\n<h1><span class=\"caption\">\(XMLText.escape(page.kicker))</span>"
        for organisation in page.organisations {
            html += " <span class=\"organisation\">\(XMLText.escape(organisation))</span>"
        }
        html += "</h1>\n<p class=\"framework\">\(XMLText.escape(page.framework))</p>\n"
        if let dates = page.dates { html += "<p class=\"dates\">\(XMLText.escape(dates))</p>\n" }
        return html + "<p class=\"version\"><strong class=\"tag\">\(XMLText.escape(page.versionLabel))</strong></p>\n</header>\n"
    }

    /// Nested lists following the section tree; entries arrive depth-first, each child
    /// one deeper than its parent, so an inner list always opens inside an open item.
    static func contents(_ entries: [HTMLSectionWriter.ContentsEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        var html = "<nav class=\"contents\" aria-labelledby=\"\(contentsHeadingID)\">\n<h2 id=\"\(contentsHeadingID)\">Contents</h2>\n"
        var open = 0
        for entry in entries {
            if entry.depth + 1 > open {
                html += open == 0 ? "<ul class=\"contents-list\">\n" : "\n<ul>\n"
                open += 1
            } else {
                html += "</li>\n"
                while open > entry.depth + 1 {
                    html += "</ul>\n</li>\n"
                    open -= 1
                }
            }
            html += "<li><a href=\"#\(XMLText.escapeAttribute(entry.id))\">\(XMLText.escape(entry.title))</a>"
        }
        html += "</li>\n"
        while open > 0 {
            open -= 1
            html += open > 0 ? "</ul>\n</li>\n" : "</ul>\n"
        }
        return html + "</nav>\n"
    }

    static func footer(_ properties: DocumentProperties, versionLabel: String) -> String {
        let date = properties.date
        return "<footer>\n<p>\(XMLText.escape(versionLabel)) · \(XMLText.escape(properties.author)) · "
            + "<time datetime=\"\(date.description)\">\(date.longForm)</time></p>\n</footer>\n"
    }
}

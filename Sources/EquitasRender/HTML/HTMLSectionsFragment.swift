import EquitasCore

/// Report sections as HTML to place inside a page of the web app: the same markup as a
/// rendered report's body (top-level sections take `<h2>`, charts are SVG images with a
/// title, a description and a table of their figures), every piece of text escaped.
/// `reserved` lists ids the page already uses, so none is claimed twice; `depth` 1
/// starts the sections at `<h3>`, under a heading of the page's own. `annotations`
/// adds the page's own markup beside each section and each finding or recommendation.
public enum HTMLSectionsFragment {
    public static func render(
        _ sections: [ReportSection], depth: Int = 0, reserved: [String] = [], annotations: HTMLAnnotations? = nil
    ) -> String {
        var writer = HTMLSectionWriter(ids: HTMLAnchorIDs(reserved: reserved), annotations: annotations)
        for section in sections { writer.write(section, depth: depth) }
        return writer.html
    }
}

import EquitasCore

/// Report sections as HTML to place inside a page of the web app: the same markup as a
/// rendered report's body (top-level sections take `<h2>`, charts are SVG images with a
/// title, a description and a table of their figures), every piece of text escaped.
/// `reserved` lists ids the page already uses, so none is claimed twice; `depth` 1
/// starts the sections at `<h3>`, under a heading of the page's own.
public enum HTMLSectionsFragment {
    public static func render(_ sections: [ReportSection], depth: Int = 0, reserved: [String] = []) -> String {
        var writer = HTMLSectionWriter(ids: HTMLAnchorIDs(reserved: reserved))
        for section in sections { writer.write(section, depth: depth) }
        return writer.html
    }
}

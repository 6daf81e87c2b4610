import EquitasCore
import EquitasRender
import Foundation

/// A report rendered to DOCX and read back: the package, and the body of
/// `word/document.xml` as parsed elements, with the few lookups the tests share.
struct RenderedDOCX {
    typealias Element = ParsedPage.Element

    static let parts = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
        "docProps/core.xml", "docProps/app.xml",
    ]

    let data: Data
    let package: UnzippedPackage
    let body: Element

    init(_ document: ReportDocument, tableOfContents: Bool = true) throws {
        data = try DOCXRenderer.render(document, tableOfContents: tableOfContents)
        package = try UnzippedPackage(data)
        body = try package.xml("word/document.xml").children[0]
    }

    /// Every paragraph, table cells included, in document order.
    var paragraphs: [Element] { body.all("w:p") }

    func paragraphs(style: String) -> [Element] { paragraphs.filter { Self.style($0) == style } }

    static func properties(_ paragraph: Element) -> Element? { paragraph.children.first { $0.name == "w:pPr" } }

    static func style(_ paragraph: Element) -> String? {
        properties(paragraph)?.children.first { $0.name == "w:pStyle" }?.attributes["w:val"]
    }

    static func numberingId(_ paragraph: Element) -> String? {
        properties(paragraph)?.all("w:numId").first?.attributes["w:val"]
    }

    static func breaksPageBefore(_ paragraph: Element) -> Bool {
        properties(paragraph)?.children.contains { $0.name == "w:pageBreakBefore" } ?? false
    }

    /// The text a reader sees: `w:t` content, with `w:br` as a newline and `w:tab` as a tab.
    static func text(_ element: Element) -> String {
        element.descendants.map { node in
            switch node.name {
            case "w:t": node.text
            case "w:br": "\n"
            case "w:tab": "\t"
            default: ""
            }
        }.joined()
    }
}

extension ReportSection {
    /// This section and those under it that a report prints, each with its depth.
    static func printed(_ sections: [ReportSection], depth: Int = 1) -> [(section: ReportSection, depth: Int)] {
        sections.filter { !$0.isEmpty }.flatMap { [($0, depth)] + printed($0.subsections, depth: depth + 1) }
    }

    /// Every block of the printed sections, in document order.
    static func blocks(_ sections: [ReportSection]) -> [ReportBlock] {
        printed(sections).flatMap(\.section.blocks)
    }
}

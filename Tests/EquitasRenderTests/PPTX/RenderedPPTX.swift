import EquitasCore
import EquitasRender
import Foundation

/// A deck rendered to PPTX and read back, with the lookups the PPTX tests share.
struct RenderedPPTX {
    typealias Element = ParsedPage.Element

    let data: Data
    let package: UnzippedPackage

    init(_ deck: SlideDeck) throws {
        data = try PPTXRenderer.render(deck)
        package = try UnzippedPackage(data)
    }

    func slide(_ number: Int) throws -> Element { try package.xml("ppt/slides/slide\(number).xml") }

    var slidePaths: [String] { package.paths.filter { $0.hasPrefix("ppt/slides/slide") } }

    /// The shapes of a slide whose placeholder is of one of `types`.
    static func placeholders(_ part: Element, _ types: Set<String>) -> [Element] {
        part.all("p:sp").filter { shape in
            shape.all("p:ph").contains { types.contains($0.attributes["type"] ?? "obj") }
        }
    }

    /// The text of each paragraph, `a:br` read as a newline.
    static func paragraphs(_ shape: Element) -> [String] {
        shape.all("a:p").map { paragraph in
            paragraph.descendants.map { node in
                switch node.name {
                case "a:t": node.text
                case "a:br": "\n"
                default: ""
                }
            }.joined()
        }
    }

    /// Resolves a relationship target against the folder of the part that owns the
    /// `.rels` file ("ppt/slides/_rels/slide1.xml.rels" + "../slideLayouts/x.xml").
    static func resolve(_ target: String, relationshipsPath: String) -> String {
        var folder = relationshipsPath.split(separator: "/").dropLast(2).map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { folder.removeLast() } else { folder.append(String(component)) }
        }
        return folder.joined(separator: "/")
    }
}

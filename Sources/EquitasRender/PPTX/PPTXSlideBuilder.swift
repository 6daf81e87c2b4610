import EquitasCore
import EquitasSheets

/// `ppt/slides/slideN.xml`: one slide's text in its layout's placeholders. The title
/// always goes in the title placeholder, even when empty, so the outline view and
/// screen readers find every slide by its title; lines go in the subtitle (title
/// slide) or the body as one bullet each (content slide), and are left out when there
/// are none rather than leaving an empty box.
enum PPTXSlideBuilder {
    static func path(_ number: Int) -> String { "ppt/slides/slide\(number).xml" }
    static func relationshipsPath(_ number: Int) -> String { "ppt/slides/_rels/slide\(number).xml.rels" }

    /// - Parameter number: the slide's place in the deck, shown at the bottom right of
    ///   every slide but the title slide.
    static func xml(_ slide: Slide, number: Int, language: String) -> String {
        let tree: String
        switch slide.layout {
        case .title:
            tree = textShape(id: 2, name: "Title", .centreTitle, fit: .centreTitle, lines: [slide.title], language: language)
                + (slide.lines.isEmpty ? "" : textShape(id: 3, name: "Subtitle", .subtitle, fit: .subtitle, lines: slide.lines, language: language))
        case .content:
            tree = textShape(id: 2, name: "Title", .title, fit: .title, lines: [slide.title], language: language)
                + (slide.lines.isEmpty ? "" : textShape(id: 3, name: "Content", .body, fit: .body, lines: slide.lines,
                                                        bulleted: slide.unbulleted != true, language: language))
                + PPTXShape.placeholder(id: 4, name: "Slide Number", .slideNumber, box: PPTXGeometry.slideNumber,
                                        text: PPTXText.slideNumber(number, language: language))
        }
        return PPTXShape.sheet("p:sld", tree: tree)
    }

    /// The slide's layout (rId1) and, when it has speaker notes, its notes page (rId2).
    static func relationships(layout: PPTXSlideLayout, notesNumber: Int?) -> String {
        var relationships = OOXMLRelationships()
        relationships.add(type: PPTXContentManifest.slideLayoutRelationship, target: "../slideLayouts/\(layout.fileName)")
        if let notesNumber {
            relationships.add(type: PPTXContentManifest.notesSlideRelationship, target: "../notesSlides/notesSlide\(notesNumber).xml")
        }
        return relationships.xml
    }

    private static func textShape(id: Int, name: String, _ placeholder: PPTXShape.Placeholder, fit: PPTXTextFit,
                                  lines: [String], bulleted: Bool = true, language: String) -> String {
        PPTXShape.placeholder(id: id, name: name, placeholder, bodyProperties: fit.bodyProperties(for: lines),
                              text: PPTXText.paragraphs(lines, language: language, bulleted: bulleted))
    }
}

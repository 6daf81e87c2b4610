/// A4 portrait with 2.54 cm margins, in twentieths of a point (twips), the unit
/// WordprocessingML measures pages in.
enum WordPageLayout {
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let margin = 1440
    static let textWidth = pageWidth - 2 * margin

    /// The body's closing section properties. `titlePg` gives the title page its own
    /// (absent) footer, so page numbers start on the page after it.
    static func sectionProperties(footerRelationshipId: String) -> String {
        "<w:sectPr>"
            + #"<w:footerReference w:type="default" r:id="\#(footerRelationshipId)"/>"#
            + #"<w:pgSz w:w="\#(pageWidth)" w:h="\#(pageHeight)"/>"#
            + #"<w:pgMar w:top="\#(margin)" w:right="\#(margin)" w:bottom="\#(margin)" w:left="\#(margin)" w:header="709" w:footer="709" w:gutter="0"/>"#
            + #"<w:cols w:space="708"/>"#
            + "<w:titlePg/>"
            + "</w:sectPr>"
    }
}

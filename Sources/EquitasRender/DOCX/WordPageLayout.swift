/// A4 with 2.54 cm margins, in twentieths of a point (twips), the unit
/// WordprocessingML measures pages in. Portrait, with landscape sections for tables
/// too wide to fit it without breaking words.
enum WordPageLayout {
    static let pageWidth = 11906
    static let pageHeight = 16838
    static let margin = 1440
    static let textWidth = pageWidth - 2 * margin
    static let landscapeTextWidth = pageHeight - 2 * margin

    /// A section's properties: the body's closing one, or one in the last paragraph of a
    /// section that a landscape table starts or ends. `titlePg` (first section only)
    /// gives the title page its own (absent) footer, so page numbers start after it.
    static func sectionProperties(footerRelationshipId: String, landscape: Bool = false, titlePage: Bool = false) -> String {
        let size = landscape
            ? #"<w:pgSz w:w="\#(pageHeight)" w:h="\#(pageWidth)" w:orient="landscape"/>"#
            : #"<w:pgSz w:w="\#(pageWidth)" w:h="\#(pageHeight)"/>"#
        return "<w:sectPr>"
            + #"<w:footerReference w:type="default" r:id="\#(footerRelationshipId)"/>"#
            + size
            + #"<w:pgMar w:top="\#(margin)" w:right="\#(margin)" w:bottom="\#(margin)" w:left="\#(margin)" w:header="709" w:footer="709" w:gutter="0"/>"#
            + #"<w:cols w:space="708"/>"#
            + (titlePage ? "<w:titlePg/>" : "")
            + "</w:sectPr>"
    }
}

import EquitasSheets

/// `ppt/presentation.xml` and the three small document-wide parts beside it. The
/// slide size is 16:9 widescreen (13.33 × 7.5 inches), the notes page portrait.
enum PPTXPresentation {
    static let path = "ppt/presentation.xml"
    static let propertiesPath = "ppt/presProps.xml"
    static let viewPath = "ppt/viewProps.xml"
    static let tableStylesPath = "ppt/tableStyles.xml"
    /// Slide ids are PowerPoint's own numbering and must start at 256.
    static let firstSlideId = 256

    static func xml(_ manifest: PPTXContentManifest, language: String) -> String {
        let master = #"<p:sldMasterIdLst><p:sldMasterId id="\#(PPTXSlideMaster.id)" r:id="\#(manifest.masterRelationshipId)"/></p:sldMasterIdLst>"#
        let notesMaster = manifest.notesMasterRelationshipId.map {
            #"<p:notesMasterIdLst><p:notesMasterId r:id="\#($0)"/></p:notesMasterIdLst>"#
        } ?? ""
        // An empty slide list is left out rather than written empty.
        let slides = manifest.slideRelationshipIds.enumerated().map { index, id in
            #"<p:sldId id="\#(firstSlideId + index)" r:id="\#(id)"/>"#
        }.joined()
        return OOXMLPart.declaration
            + #"<p:presentation \#(PPTXNamespaces.declarations) saveSubsetFonts="1">"#
            + master + notesMaster
            + (slides.isEmpty ? "" : "<p:sldIdLst>\(slides)</p:sldIdLst>")
            + #"<p:sldSz cx="\#(PPTXGeometry.slideWidth)" cy="\#(PPTXGeometry.slideHeight)"/>"#
            + #"<p:notesSz cx="\#(PPTXGeometry.notesWidth)" cy="\#(PPTXGeometry.notesHeight)"/>"#
            + PPTXSlideMaster.otherStyle(language: language, tag: "p:defaultTextStyle")
            + "</p:presentation>"
    }

    static let propertiesXML = OOXMLPart.declaration + "<p:presentationPr \(PPTXNamespaces.declarations)/>"

    /// Opens in the normal view with the slide thumbnails on the left.
    static let viewXML = OOXMLPart.declaration
        + "<p:viewPr \(PPTXNamespaces.declarations)>"
        + #"<p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>"#
        + "</p:viewPr>"

    /// No table styles of our own; `def` names PowerPoint's built-in default, which
    /// it expects to find named here.
    static let tableStylesXML = OOXMLPart.declaration
        + #"<a:tblStyleLst xmlns:a="\#(PPTXNamespaces.drawing)" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>"#
}

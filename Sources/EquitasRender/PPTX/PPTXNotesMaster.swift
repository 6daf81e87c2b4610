import EquitasSheets

/// `ppt/notesMasters/notesMaster1.xml`: the printed notes page, slide picture above
/// and notes text below. Written only when some slide has speaker notes. PowerPoint
/// wants each master to have a theme part of its own, so it gets a copy of the deck's
/// theme as theme2.xml.
enum PPTXNotesMaster {
    static let path = "ppt/notesMasters/notesMaster1.xml"
    static let relationshipsPath = "ppt/notesMasters/_rels/notesMaster1.xml.rels"
    static let themePath = "ppt/theme/theme2.xml"

    static func xml(language: String) -> String {
        let pictureOutline = #"<a:noFill/><a:ln w="12700"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:ln>"#
        let tree = PPTXShape.treeHeader
            + PPTXShape.placeholder(id: 2, name: "Slide Image Placeholder", .slideImage, box: PPTXGeometry.notesImage,
                                    text: nil, shapeProperties: pictureOutline)
            + PPTXShape.placeholder(id: 3, name: "Notes Placeholder", .body, box: PPTXGeometry.notesBody,
                                    bodyProperties: PPTXShape.masterBodyProperties(anchor: "t"),
                                    text: PPTXText.paragraph("Speaker notes", language: language))
        return OOXMLPart.declaration
            + "<p:notesMaster \(PPTXNamespaces.declarations)>"
            + "<p:cSld>\(PPTXSlideMaster.background)<p:spTree>\(tree)</p:spTree></p:cSld>"
            + PPTXSlideMaster.colourMap
            + #"<p:notesStyle><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0">"#
            + PPTXText.defaultRunProperties(size: 1200) + "</a:lvl1pPr></p:notesStyle>"
            + "</p:notesMaster>"
    }

    static var relationships: String {
        var relationships = OOXMLRelationships()
        relationships.add(type: OOXMLRelationships.theme, target: "../theme/theme2.xml")
        return relationships.xml
    }
}

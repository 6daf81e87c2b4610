import EquitasSheets

/// `ppt/slideMasters/slideMaster1.xml`: the title and body placeholders every layout
/// inherits, the accent rule under the title, and the text styles (title 36pt bold
/// in the dark blue, bullets 24pt with accent-coloured bullet marks).
enum PPTXSlideMaster {
    static let path = "ppt/slideMasters/slideMaster1.xml"
    static let relationshipsPath = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
    /// Master and layout ids share one number space that starts at 2^31.
    static let id = 2_147_483_648

    /// Theme slots for background and text; the notes master uses the same mapping.
    static let colourMap = #"<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>"#

    /// A white background drawn from the theme.
    static let background = #"<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>"#

    static func xml(language: String) -> String {
        let tree = PPTXShape.treeHeader
            + PPTXShape.placeholder(id: 2, name: "Title Placeholder", .title, box: PPTXGeometry.title,
                                    bodyProperties: PPTXShape.masterBodyProperties(anchor: "b"),
                                    text: PPTXText.paragraph("Slide title", language: language))
            + PPTXShape.placeholder(id: 3, name: "Text Placeholder", .body, box: PPTXGeometry.body,
                                    bodyProperties: PPTXShape.masterBodyProperties(anchor: "t"),
                                    text: PPTXText.paragraph("Bullet text", language: language))
            + PPTXShape.decoration(id: 4, name: "Accent rule", box: PPTXGeometry.titleRule)
        let layoutIds = PPTXSlideLayout.allCases.enumerated().map { index, layout in
            #"<p:sldLayoutId id="\#(layout.id)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return OOXMLPart.declaration
            + "<p:sldMaster \(PPTXNamespaces.declarations)>"
            + "<p:cSld>\(background)<p:spTree>\(tree)</p:spTree></p:cSld>"
            + colourMap
            + "<p:sldLayoutIdLst>\(layoutIds)</p:sldLayoutIdLst>"
            + "<p:txStyles>\(titleStyle)\(bodyStyle)\(otherStyle(language: language))</p:txStyles>"
            + "</p:sldMaster>"
    }

    /// Layouts first (rId1, rId2, in `PPTXSlideLayout` order), then the theme.
    static var relationships: String {
        var relationships = OOXMLRelationships()
        for layout in PPTXSlideLayout.allCases {
            relationships.add(type: PPTXContentManifest.slideLayoutRelationship, target: "../slideLayouts/\(layout.fileName)")
        }
        relationships.add(type: OOXMLRelationships.theme, target: "../theme/theme1.xml")
        return relationships.xml
    }

    private static let paragraphDefaults = #"defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1""#

    private static var titleStyle: String {
        #"<p:titleStyle><a:lvl1pPr algn="l" \#(paragraphDefaults)><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>"#
            + PPTXText.defaultRunProperties(size: 3600, bold: true, colour: "tx2", headingFont: true)
            + "</a:lvl1pPr></p:titleStyle>"
    }

    /// Three bullet levels; the deck writes only the first, the others are there for
    /// whoever edits the slides afterwards.
    private static var bodyStyle: String {
        let levels: [(margin: Int, indent: Int, before: Int, mark: String, size: Int)] = [
            (342_900, -342_900, 1000, "•", 2400),
            (800_100, -285_750, 500, "–", 2000),
            (1_257_300, -228_600, 500, "•", 1800),
        ]
        let xml = levels.enumerated().map { index, level in
            #"<a:lvl\#(index + 1)pPr marL="\#(level.margin)" indent="\#(level.indent)" algn="l" \#(paragraphDefaults)>"#
                + #"<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="\#(level.before)"/></a:spcBef>"#
                + #"<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buFont typeface="\#(PPTXTheme.font)"/><a:buChar char="\#(level.mark)"/>"#
                + PPTXText.defaultRunProperties(size: level.size)
                + "</a:lvl\(index + 1)pPr>"
        }
        return "<p:bodyStyle>\(xml.joined())</p:bodyStyle>"
    }

    /// Text boxes and table text added by hand.
    static func otherStyle(language: String, tag: String = "p:otherStyle") -> String {
        "<\(tag)>" + #"<a:defPPr><a:defRPr lang="\#(XMLText.escapeAttribute(language))"/></a:defPPr>"#
            + #"<a:lvl1pPr marL="0" algn="l" \#(paragraphDefaults)>"# + PPTXText.defaultRunProperties(size: 1800) + "</a:lvl1pPr>"
            + "</\(tag)>"
    }
}

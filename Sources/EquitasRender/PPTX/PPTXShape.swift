import EquitasSheets

/// The shapes a slide tree is made of: the group header every tree opens with,
/// placeholders (where slide text lives) and plain decorative rectangles.
enum PPTXShape {
    /// A placeholder's role, written as `p:ph`.
    struct Placeholder {
        var type: String?
        var index: Int?

        static let title = Placeholder(type: "title")
        static let centreTitle = Placeholder(type: "ctrTitle")
        static let subtitle = Placeholder(type: "subTitle", index: 1)
        static let body = Placeholder(type: "body", index: 1)
        static let slideImage = Placeholder(type: "sldImg")
        static let slideNumber = Placeholder(type: "sldNum", index: 12)

        var xml: String {
            var attributes = ""
            if let type { attributes += #" type="\#(type)""# }
            if let index { attributes += #" idx="\#(index)""# }
            return "<p:ph\(attributes)/>"
        }
    }

    /// Opens every `p:spTree`: the tree's own (empty) group properties.
    static let treeHeader = #"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"#
        + #"<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#

    /// A whole slide, layout or notes page: the root element, its shape tree, and the
    /// master's colours taken as they are.
    static func sheet(_ root: String, attributes: String = "", name: String? = nil, tree: String) -> String {
        let named = name.map { #" name="\#(XMLText.escapeAttribute($0))""# } ?? ""
        return OOXMLPart.declaration
            + "<\(root) \(PPTXNamespaces.declarations)\(attributes)>"
            + "<p:cSld\(named)><p:spTree>\(treeHeader)\(tree)</p:spTree></p:cSld>"
            + "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></\(root)>"
    }

    /// A placeholder shape. On a slide `box` is nil and the position comes from the
    /// layout; `text` is nil for a shape without a text body (the notes page's slide picture).
    static func placeholder(id: Int, name: String, _ placeholder: Placeholder, box: PPTXGeometry.Box? = nil,
                            bodyProperties: String = "<a:bodyPr/>", listStyle: String = "<a:lstStyle/>",
                            text: String?, shapeProperties: String = "") -> String {
        let geometry = box.map { $0.xfrm + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>"# + shapeProperties } ?? ""
        let body = text.map { "<p:txBody>\(bodyProperties)\(listStyle)\($0)</p:txBody>" } ?? ""
        return "<p:sp><p:nvSpPr>" + #"<p:cNvPr id="\#(id)" name="\#(XMLText.escapeAttribute(name))"/>"#
            + #"<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>\#(placeholder.xml)</p:nvPr></p:nvSpPr>"#
            + "<p:spPr>\(geometry)</p:spPr>\(body)</p:sp>"
    }

    /// A filled rectangle with no outline, marked decorative so that screen readers
    /// and PowerPoint's accessibility checker pass over it.
    static func decoration(id: Int, name: String, box: PPTXGeometry.Box, colour: String = "accent1") -> String {
        "<p:sp><p:nvSpPr>" + #"<p:cNvPr id="\#(id)" name="\#(XMLText.escapeAttribute(name))">"#
            + #"<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>"#
            + "</p:cNvPr><p:cNvSpPr/><p:nvPr userDrawn=\"1\"/></p:nvSpPr>"
            + "<p:spPr>\(box.xfrm)" + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="\#(colour)"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>"#
            + "</p:sp>"
    }

    /// `a:bodyPr` for a master or layout placeholder: default insets, an anchor, and
    /// shrink-on-overflow so that text added later by hand also stays inside the box.
    static func masterBodyProperties(anchor: String) -> String {
        #"<a:bodyPr vert="horz" lIns="\#(PPTXGeometry.insetX)" tIns="\#(PPTXGeometry.insetY)" rIns="\#(PPTXGeometry.insetX)" bIns="\#(PPTXGeometry.insetY)" rtlCol="0" anchor="\#(anchor)"><a:normAutofit/></a:bodyPr>"#
    }
}

import EquitasCore
import EquitasSheets

/// The two slide layouts, one for each `Slide.Layout`. Both take their placeholders'
/// styles from the master; the title layout hides the master's accent rule and draws
/// its own short bar between the title and the subtitle lines.
enum PPTXSlideLayout: Int, CaseIterable {
    case title = 1
    case content = 2

    init(_ layout: Slide.Layout) {
        switch layout {
        case .title: self = .title
        case .content: self = .content
        }
    }

    var fileName: String { "slideLayout\(rawValue).xml" }
    var path: String { "ppt/slideLayouts/\(fileName)" }
    var relationshipsPath: String { "ppt/slideLayouts/_rels/\(fileName).rels" }
    /// After the master's own id, in the shared 2^31 range.
    var id: Int { PPTXSlideMaster.id + rawValue }

    /// Each layout points at the one master.
    static var relationships: String {
        var relationships = OOXMLRelationships()
        relationships.add(type: PPTXContentManifest.slideMasterRelationship, target: "../slideMasters/slideMaster1.xml")
        return relationships.xml
    }

    func xml(language: String) -> String {
        let (type, name, attributes, tree) = switch self {
        case .title: ("title", "Title Slide", #" showMasterSp="0""#, titleTree(language: language))
        case .content: ("tx", "Title and Content", "", contentTree(language: language))
        }
        return PPTXShape.sheet("p:sldLayout", attributes: #" type="\#(type)" preserve="1""# + attributes, name: name, tree: tree)
    }

    private func titleTree(language: String) -> String {
        let titleList = "<a:lstStyle><a:lvl1pPr>" + PPTXText.defaultRunProperties(size: 4400, bold: true, colour: "tx2", headingFont: true) + "</a:lvl1pPr></a:lstStyle>"
        let subtitleList = #"<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:spcBef><a:spcPts val="400"/></a:spcBef><a:buNone/>"#
            + PPTXText.defaultRunProperties(size: 2000) + "</a:lvl1pPr></a:lstStyle>"
        return PPTXShape.placeholder(id: 2, name: "Title", .centreTitle, box: PPTXGeometry.centreTitle,
                                     bodyProperties: PPTXShape.masterBodyProperties(anchor: "b"), listStyle: titleList,
                                     text: PPTXText.paragraph("Presentation title", language: language))
            + PPTXShape.decoration(id: 3, name: "Accent bar", box: PPTXGeometry.titleBar)
            + PPTXShape.placeholder(id: 4, name: "Subtitle", .subtitle, box: PPTXGeometry.subtitle,
                                    bodyProperties: PPTXShape.masterBodyProperties(anchor: "t"), listStyle: subtitleList,
                                    text: PPTXText.paragraph("Subtitle", language: language))
    }

    private func contentTree(language: String) -> String {
        PPTXShape.placeholder(id: 2, name: "Title", .title, text: PPTXText.paragraph("Slide title", language: language))
            + PPTXShape.placeholder(id: 3, name: "Content", .body, text: PPTXText.paragraph("Bullet text", language: language))
    }
}

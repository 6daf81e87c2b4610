import EquitasSheets

/// `docProps/app.xml`: the application's own summary of the file, which PowerPoint
/// shows under File › Info (slide and notes counts).
enum PPTXAppProperties {
    static let path = "docProps/app.xml"

    static func xml(slideCount: Int, notesCount: Int) -> String {
        OOXMLPart.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
            + "<Application>Equitas</Application>"
            + "<PresentationFormat>Widescreen</PresentationFormat>"
            + "<Slides>\(slideCount)</Slides><Notes>\(notesCount)</Notes><HiddenSlides>0</HiddenSlides>"
            + "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
            + "</Properties>"
    }
}

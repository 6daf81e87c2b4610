import EquitasSheets

/// `docProps/app.xml`: the application and company File › Properties shows. No word
/// or page counts: they would be guesses until Word lays the document out.
enum WordAppProperties {
    static let path = "docProps/app.xml"

    static func xml(company: String) -> String {
        OOXMLPart.declaration
            + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
            + "<Application>Equitas</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
            + "<Company>\(XMLText.escape(company))</Company>"
            + "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
            + "</Properties>"
    }
}

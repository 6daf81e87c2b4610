import Foundation

/// The parts every hand-made workbook needs around its worksheets, written out in full
/// so that the reader tests do not depend on the writer.
enum TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipStem = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="\(relationshipStem)/officeDocument" Target="xl/workbook.xml"/>
        </Relationships>
        """

    /// A package with one worksheet "Data" holding `sheetData`, and the optional shared
    /// strings and styles parts.
    static func single(sheetData: String, sharedStrings: String? = nil, styles: String? = nil) throws -> Data {
        var links = #"<Relationship Id="rId1" Type="\#(relationshipStem)/worksheet" Target="worksheets/sheet1.xml"/>"#
        var parts: [(path: String, text: String)] = [
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipStem)"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(main)"><sheetData>\#(sheetData)</sheetData></worksheet>"#),
        ]
        if let sharedStrings {
            links += #"<Relationship Id="rId2" Type="\#(relationshipStem)/sharedStrings" Target="sharedStrings.xml"/>"#
            parts.append(("xl/sharedStrings.xml", #"<sst xmlns="\#(main)">\#(sharedStrings)</sst>"#))
        }
        if let styles {
            links += #"<Relationship Id="rId3" Type="\#(relationshipStem)/styles" Target="styles.xml"/>"#
            parts.append(("xl/styles.xml", #"<styleSheet xmlns="\#(main)">\#(styles)</styleSheet>"#))
        }
        parts.append(("xl/_rels/workbook.xml.rels",
                      #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(links)</Relationships>"#))
        return try TestZip.make(parts)
    }
}

import EquitasCore
import Foundation

/// Tables → an XLSX workbook, one worksheet per table, written part by part so that
/// the same tables always give the same bytes (entries and properties carry the
/// properties' date, or the ZIP epoch without them).
public enum XLSXWriter {
    static let mainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    static let worksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let stylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"

    /// A workbook needs at least one worksheet, so no tables give one empty "Sheet1".
    public static func write(_ tables: [SheetTable], properties: WorkbookProperties? = nil) throws -> Data {
        let tables = tables.isEmpty ? [SheetTable(name: "Sheet1", header: [], rows: [])] : tables
        let names = XLSXSheetName.unique(tables.map(\.name))
        let worksheets = tables.map(XLSXWorksheetXML.init)

        var package = properties.map { OOXMLPackage(stampedOn: $0.date) } ?? OOXMLPackage()
        var types = OOXMLContentTypes()
        types.addOverride(partName: "/xl/workbook.xml", contentType: mainContentType)
        types.addOverride(partName: "/xl/styles.xml", contentType: stylesContentType)
        for index in worksheets.indices {
            types.addOverride(partName: "/xl/worksheets/sheet\(index + 1).xml", contentType: worksheetContentType)
        }

        var root = OOXMLRelationships()
        root.add(type: OOXMLRelationships.officeDocument, target: "xl/workbook.xml")
        if properties != nil {
            root.add(type: OOXMLRelationships.coreProperties, target: OOXMLCoreProperties.path)
            types.addOverride(partName: "/" + OOXMLCoreProperties.path, contentType: OOXMLContentTypes.coreProperties)
        }

        var workbookLinks = OOXMLRelationships()
        let sheetIds = worksheets.indices.map {
            workbookLinks.add(type: OOXMLRelationships.officeDocumentType("worksheet"), target: "worksheets/sheet\($0 + 1).xml")
        }
        workbookLinks.add(type: OOXMLRelationships.officeDocumentType("styles"), target: "styles.xml")

        package.add(OOXMLPackage.contentTypesPath, types.xml)
        package.add("_rels/.rels", root.xml)
        if let properties { package.add(OOXMLCoreProperties.path, OOXMLCoreProperties.xml(properties.document)) }
        package.add("xl/workbook.xml", workbookXML(names: names, relationshipIds: sheetIds, worksheets: worksheets))
        package.add("xl/_rels/workbook.xml.rels", workbookLinks.xml)
        package.add("xl/styles.xml", XLSXStylesXML.xml)
        for (index, worksheet) in worksheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", worksheet.xml)
        }
        return try package.data()
    }

    /// The sheets in order, and for each filtered one the hidden name Excel expects
    /// to hold the autofilter's range.
    private static func workbookXML(names: [String], relationshipIds: [String], worksheets: [XLSXWorksheetXML]) -> String {
        var xml = OOXMLPart.declaration
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in names.enumerated() {
            // A hidden sheet is kept but not shown among the tabs (Excel asks that the
            // active, first tab be a visible one: the hidden ones come after it).
            let state = worksheets[index].presentation.hidden ? #" state="hidden""# : ""
            xml += #"<sheet name="\#(XMLText.escapeAttribute(name))" sheetId="\#(index + 1)"\#(state) r:id="\#(relationshipIds[index])"/>"#
        }
        xml += "</sheets>"
        var definedNames = ""
        for (index, worksheet) in worksheets.enumerated() {
            guard let range = worksheet.usedRange else { continue }
            let sheet = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            definedNames += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">\#(XMLText.escape(sheet + "!" + absolute(range)))</definedName>"#
            // The header row printed at the top of every page.
            if worksheet.presentation.printsLandscapeToWidth {
                definedNames += #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">\#(XMLText.escape(sheet + "!$1:$1"))</definedName>"#
            }
        }
        if !definedNames.isEmpty { xml += "<definedNames>" + definedNames + "</definedNames>" }
        return xml + "</workbook>"
    }

    /// "A1:C12" → "$A$1:$C$12".
    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { part in
            let letters = part.prefix { $0.isLetter }
            return "$\(letters)$\(part.dropFirst(letters.count))"
        }.joined(separator: ":")
    }
}

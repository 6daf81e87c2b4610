import EquitasCore
import Foundation

/// XLSX bytes → one `SheetTable` per worksheet, in tab order. Reads what Excel,
/// LibreOffice and Google Sheets write: shared or inline strings, numbers, dates
/// (numbers in a date format), booleans, errors, and formulas by their cached results.
/// Every part comes through `XLSXArchive`, which bounds what unzipping may cost.
public enum XLSXReader {
    public static func read(_ data: Data) throws(ValidationFailure) -> [SheetTable] {
        try read(data, firstOnly: false)
    }

    /// The first worksheet, which must have a header row.
    public static func readFirst(_ data: Data) throws(ValidationFailure) -> SheetTable {
        guard let table = try read(data, firstOnly: true).first else {
            throw ValidationFailure(path: "", message: "the workbook has no worksheets")
        }
        guard !table.header.isEmpty else {
            throw ValidationFailure(path: "worksheet \"\(table.name)\"", message: "the worksheet is empty: it has no header row")
        }
        return table
    }

    private static func read(_ data: Data, firstOnly: Bool) throws(ValidationFailure) -> [SheetTable] {
        guard data.count <= SheetLimits.maxFileBytes else {
            throw ValidationFailure(path: "", message: "the file is larger than \(SheetLimits.megabytes(SheetLimits.maxFileBytes))")
        }
        var archive = try XLSXArchive(data)

        let root = XLSXRelationshipsHandler(owner: "")
        if archive.contains("_rels/.rels") { try root.parse(archive.read("_rels/.rels"), part: "_rels/.rels") }
        let workbookPath = root.first(ofType: "officeDocument")?.path ?? "xl/workbook.xml"
        guard archive.contains(workbookPath) else {
            throw ValidationFailure(path: "", message: "the file is not an XLSX workbook: it has no \(workbookPath)")
        }
        let workbook = XLSXWorkbookHandler()
        try workbook.parse(archive.read(workbookPath), part: workbookPath)
        guard workbook.isWorkbook else { throw ValidationFailure(path: "", message: "the file is not an XLSX workbook") }

        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let linksPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + workbookPath.split(separator: "/").last! + ".rels"
        let links = XLSXRelationshipsHandler(owner: workbookPath)
        try links.parse(archive.read(linksPath), part: linksPath)

        let sharedStrings = XLSXSharedStringsHandler()
        if let part = links.first(ofType: "sharedStrings")?.path, archive.contains(part) {
            try sharedStrings.parse(archive.read(part), part: part)
        }
        let styles = XLSXStylesHandler()
        if let part = links.first(ofType: "styles")?.path, archive.contains(part) {
            try styles.parse(archive.read(part), part: part)
        }

        var tables: [SheetTable] = []
        // Chart sheets and dialog sheets hold no cells and are passed over.
        for sheet in workbook.sheets {
            guard let link = links.links[sheet.relationshipId], link.type.hasSuffix("/worksheet") else { continue }
            let handler = XLSXWorksheetHandler(
                sheetName: sheet.name, sharedStrings: sharedStrings.strings, dateStyles: styles.dateStyles)
            try handler.parse(archive.read(link.path), part: link.path)
            tables.append(handler.builder.table(name: sheet.name))
            if firstOnly { break }
        }
        return tables
    }
}

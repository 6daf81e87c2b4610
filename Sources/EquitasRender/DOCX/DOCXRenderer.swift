import EquitasCore
import EquitasSheets
import Foundation

/// A report as a Word document (.docx) that Word and LibreOffice open without
/// offering repair. Pure: the same document gives the same bytes, entries dated with
/// the document's own date.
public enum DOCXRenderer {
    static let documentPath = "word/document.xml"
    static let contentTypePrefix = "application/vnd.openxmlformats-officedocument.wordprocessingml."

    /// - Parameter tableOfContents: a contents page after the cover, listing every
    ///   heading to three levels with page numbers that Word and LibreOffice compute
    ///   when they lay the document out (see `WordContents`).
    public static func render(_ document: ReportDocument, tableOfContents: Bool = true) throws -> Data {
        let language = document.properties.language
        var documentRelationships = OOXMLRelationships()
        documentRelationships.add(type: OOXMLRelationships.officeDocumentType("styles"), target: "styles.xml")
        documentRelationships.add(type: OOXMLRelationships.officeDocumentType("numbering"), target: "numbering.xml")
        documentRelationships.add(type: OOXMLRelationships.officeDocumentType("settings"), target: "settings.xml")
        let footerId = documentRelationships.add(type: OOXMLRelationships.officeDocumentType("footer"), target: "footer1.xml")

        var body = WordBodyBuilder(relationships: documentRelationships, footerRelationshipId: footerId)
        body.addTitlePage(document.titlePage, tableOfContents: tableOfContents)
        body.addSections(document.sections)
        let bodyXML = body.finish() + body.finalSectionProperties
        documentRelationships = body.relationships

        var package = OOXMLPackage(stampedOn: document.properties.date)
        var types = contentTypes
        if !body.charts.isEmpty { types.addDefault(extension: "xlsx", contentType: WordChart.workbookContentType) }
        for (index, chart) in body.charts.enumerated() {
            let number = index + 1
            types.addOverride(partName: "/" + WordChart.path(number), contentType: WordChart.contentType)
            package.add(WordChart.path(number), chart.partXML)
            package.add(WordChart.relationshipsPath(number), chart.relationshipsXML(workbookNumber: number))
            package.add(WordChart.workbookPath(number), try chart.workbook())
        }
        package.add(OOXMLPackage.contentTypesPath, types.xml)
        package.add("_rels/.rels", OOXMLRelationships.packageRoot(mainPart: documentPath, appProperties: WordAppProperties.path).xml)
        package.add(documentPath, documentXML(body: bodyXML))
        package.add("word/_rels/document.xml.rels", documentRelationships.xml)
        package.add(WordStyles.path, WordStyles.xml(language: language))
        package.add(WordNumbering.path, WordNumbering.xml(numberedListStarts: body.numberedListStarts))
        package.add(WordSettings.path, WordSettings.xml(language: language))
        package.add(WordFooter.path, WordFooter.xml(versionLabel: document.titlePage.versionLabel))
        package.add(OOXMLCoreProperties.path, OOXMLCoreProperties.xml(document.properties))
        package.add(WordAppProperties.path, WordAppProperties.xml(company: document.properties.author))
        return try package.data()
    }

    /// `body` ends with the last section's properties.
    private static func documentXML(body: String) -> String {
        OOXMLPart.declaration
            + #"<w:document xmlns:w="\#(WordNamespaces.main)" xmlns:r="\#(WordNamespaces.relationships)"><w:body>"#
            + body
            + "</w:body></w:document>"
    }

    private static var contentTypes: OOXMLContentTypes {
        var types = OOXMLContentTypes()
        types.addOverride(partName: "/" + documentPath, contentType: contentTypePrefix + "document.main+xml")
        types.addOverride(partName: "/" + WordStyles.path, contentType: contentTypePrefix + "styles+xml")
        types.addOverride(partName: "/" + WordNumbering.path, contentType: contentTypePrefix + "numbering+xml")
        types.addOverride(partName: "/" + WordSettings.path, contentType: contentTypePrefix + "settings+xml")
        types.addOverride(partName: "/" + WordFooter.path, contentType: contentTypePrefix + "footer+xml")
        types.addOverride(partName: "/" + OOXMLCoreProperties.path, contentType: OOXMLContentTypes.coreProperties)
        types.addOverride(partName: "/" + WordAppProperties.path, contentType: OOXMLContentTypes.extendedProperties)
        return types
    }
}

import EquitasCore

/// `docProps/core.xml`: the title, subject, author, language and date that File ›
/// Properties shows and that search indexes and screen readers announce. The document
/// date stands for both created and modified, so rendering twice gives the same bytes.
public enum OOXMLCoreProperties {
    public static let path = "docProps/core.xml"

    public static func xml(_ properties: DocumentProperties) -> String {
        let stamp = properties.date.description + "T00:00:00Z"
        return OOXMLPart.declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(XMLText.escape(properties.title))</dc:title>"
            + "<dc:subject>\(XMLText.escape(properties.subject))</dc:subject>"
            + "<dc:creator>\(XMLText.escape(properties.author))</dc:creator>"
            + "<cp:lastModifiedBy>\(XMLText.escape(properties.author))</cp:lastModifiedBy>"
            + "<dc:language>\(XMLText.escape(properties.language))</dc:language>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
            + #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
            + "</cp:coreProperties>"
    }
}

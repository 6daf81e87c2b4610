import EquitasSheets

/// `word/settings.xml`. Children follow the schema's fixed order (zoom, defaultTabStop,
/// characterSpacingControl, updateFields, compat, themeFontLang); Word reports a file with them out
/// of order as corrupt. Compatibility mode 15 keeps Word 2013+ from opening the file
/// in compatibility mode.
enum WordSettings {
    static let path = "word/settings.xml"

    static func xml(language: String) -> String {
        OOXMLPart.declaration
            + #"<w:settings xmlns:w="\#(WordNamespaces.main)">"#
            + #"<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>"#
            + #"<w:characterSpacingControl w:val="doNotCompress"/>"#
            // Word brings the contents' page numbers (PAGEREF fields) up to date on opening.
            + #"<w:updateFields w:val="true"/>"#
            + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
            + #"<w:themeFontLang w:val="\#(XMLText.escapeAttribute(language))"/>"#
            + "</w:settings>"
    }
}

/// `[Content_Types].xml`: the media type of every part, by extension for the common
/// ones (`.rels`, `.xml`) and by part name for the rest. A part missing from here is
/// one Word and PowerPoint will offer to "repair".
public struct OOXMLContentTypes {
    public static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
    public static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    public static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"

    public private(set) var defaults: [(extension: String, contentType: String)] = [
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
    ]
    public private(set) var overrides: [(partName: String, contentType: String)] = []

    public init() {}

    /// A type for every part whose name ends in `.extension`, such as "png".
    public mutating func addDefault(extension: String, contentType: String) {
        guard !defaults.contains(where: { $0.extension == `extension` }) else { return }
        defaults.append((`extension`, contentType))
    }

    /// The type of one part, named from the package root ("/word/document.xml").
    public mutating func addOverride(partName: String, contentType: String) {
        overrides.append((partName, contentType))
    }

    public var xml: String {
        var xml = OOXMLPart.declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        for entry in defaults {
            xml += #"<Default Extension="\#(XMLText.escapeAttribute(entry.extension))" ContentType="\#(XMLText.escapeAttribute(entry.contentType))"/>"#
        }
        for entry in overrides {
            xml += #"<Override PartName="\#(XMLText.escapeAttribute(entry.partName))" ContentType="\#(XMLText.escapeAttribute(entry.contentType))"/>"#
        }
        return xml + "</Types>"
    }
}

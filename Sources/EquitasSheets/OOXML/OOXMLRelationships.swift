/// One `.rels` part: the links from a part (or from the package) to other parts. Ids
/// are handed out in the order relationships are added, so the same document always
/// numbers them the same way.
public struct OOXMLRelationships {
    public static let officeDocument = officeDocumentType("officeDocument")
    public static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    public static let extendedProperties = officeDocumentType("extended-properties")
    public static let theme = officeDocumentType("theme")

    /// Relationship types under the Office document namespace all share one stem.
    public static func officeDocumentType(_ name: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + name
    }

    /// `_rels/.rels`: the package's main part and its two property parts.
    public static func packageRoot(mainPart: String, appProperties: String) -> OOXMLRelationships {
        var relationships = OOXMLRelationships()
        relationships.add(type: officeDocument, target: mainPart)
        relationships.add(type: coreProperties, target: OOXMLCoreProperties.path)
        relationships.add(type: extendedProperties, target: appProperties)
        return relationships
    }

    public private(set) var entries: [(id: String, type: String, target: String)] = []

    public init() {}

    /// Adds a relationship and returns its id ("rId1", "rId2", ...).
    @discardableResult
    public mutating func add(type: String, target: String) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append((id, type, target))
        return id
    }

    public var xml: String {
        var xml = OOXMLPart.declaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for entry in entries {
            xml += #"<Relationship Id="\#(XMLText.escapeAttribute(entry.id))" Type="\#(XMLText.escapeAttribute(entry.type))" Target="\#(XMLText.escapeAttribute(entry.target))"/>"#
        }
        return xml + "</Relationships>"
    }
}

import EquitasSheets

/// Which parts a deck's package holds, and the two lists that must name every one of
/// them: `[Content_Types].xml` and the presentation's relationships. Kept together so
/// that adding a part in one place and forgetting the other cannot happen quietly.
struct PPTXContentManifest {
    static let slideRelationship = OOXMLRelationships.officeDocumentType("slide")
    static let slideLayoutRelationship = OOXMLRelationships.officeDocumentType("slideLayout")
    static let slideMasterRelationship = OOXMLRelationships.officeDocumentType("slideMaster")
    static let notesMasterRelationship = OOXMLRelationships.officeDocumentType("notesMaster")
    static let notesSlideRelationship = OOXMLRelationships.officeDocumentType("notesSlide")

    private static func presentationType(_ name: String) -> String {
        "application/vnd.openxmlformats-officedocument.presentationml.\(name)+xml"
    }

    /// Number of slides, and the (1-based) numbers of those that carry speaker notes.
    let slideCount: Int
    let notedSlides: [Int]

    var hasNotes: Bool { !notedSlides.isEmpty }
    var slideNumbers: Range<Int> { 1..<(slideCount + 1) }

    /// Relationship ids in presentation.xml.rels: the master, then one per slide in
    /// order, then the notes master when there is one, then the document-wide parts.
    var masterRelationshipId: String { "rId1" }
    var slideRelationshipIds: [String] { (0..<slideCount).map { "rId\($0 + 2)" } }
    var notesMasterRelationshipId: String? { hasNotes ? "rId\(slideCount + 2)" : nil }

    var presentationRelationships: String {
        var relationships = OOXMLRelationships()
        relationships.add(type: Self.slideMasterRelationship, target: "slideMasters/slideMaster1.xml")
        for number in slideNumbers {
            relationships.add(type: Self.slideRelationship, target: "slides/slide\(number).xml")
        }
        if hasNotes {
            relationships.add(type: Self.notesMasterRelationship, target: "notesMasters/notesMaster1.xml")
        }
        relationships.add(type: OOXMLRelationships.officeDocumentType("presProps"), target: "presProps.xml")
        relationships.add(type: OOXMLRelationships.officeDocumentType("viewProps"), target: "viewProps.xml")
        relationships.add(type: OOXMLRelationships.theme, target: "theme/theme1.xml")
        relationships.add(type: OOXMLRelationships.officeDocumentType("tableStyles"), target: "tableStyles.xml")
        return relationships.xml
    }

    var contentTypes: String {
        var types = OOXMLContentTypes()
        types.addOverride(partName: "/" + PPTXPresentation.path, contentType: Self.presentationType("presentation.main"))
        types.addOverride(partName: "/" + PPTXSlideMaster.path, contentType: Self.presentationType("slideMaster"))
        for layout in PPTXSlideLayout.allCases {
            types.addOverride(partName: "/" + layout.path, contentType: Self.presentationType("slideLayout"))
        }
        for number in slideNumbers {
            types.addOverride(partName: "/" + PPTXSlideBuilder.path(number), contentType: Self.presentationType("slide"))
        }
        if hasNotes {
            types.addOverride(partName: "/" + PPTXNotesMaster.path, contentType: Self.presentationType("notesMaster"))
            types.addOverride(partName: "/" + PPTXNotesMaster.themePath, contentType: OOXMLContentTypes.theme)
            for number in notedSlides {
                types.addOverride(partName: "/" + PPTXNotesSlide.path(number), contentType: Self.presentationType("notesSlide"))
            }
        }
        types.addOverride(partName: "/ppt/theme/theme1.xml", contentType: OOXMLContentTypes.theme)
        types.addOverride(partName: "/" + PPTXPresentation.propertiesPath, contentType: Self.presentationType("presProps"))
        types.addOverride(partName: "/" + PPTXPresentation.viewPath, contentType: Self.presentationType("viewProps"))
        types.addOverride(partName: "/" + PPTXPresentation.tableStylesPath, contentType: Self.presentationType("tableStyles"))
        types.addOverride(partName: "/" + OOXMLCoreProperties.path, contentType: OOXMLContentTypes.coreProperties)
        types.addOverride(partName: "/" + PPTXAppProperties.path, contentType: OOXMLContentTypes.extendedProperties)
        return types.xml
    }
}

import EquitasSheets

/// `ppt/notesSlides/notesSlideN.xml`: one slide's speaker notes, numbered like the
/// slide they belong to. Each line of the notes is a paragraph.
enum PPTXNotesSlide {
    static func path(_ number: Int) -> String { "ppt/notesSlides/notesSlide\(number).xml" }
    static func relationshipsPath(_ number: Int) -> String { "ppt/notesSlides/_rels/notesSlide\(number).xml.rels" }

    /// Notes worth a page: some text other than white space.
    static func hasNotes(_ notes: String?) -> Bool {
        notes.map { !$0.allSatisfy(\.isWhitespace) } ?? false
    }

    static func xml(notes: String, language: String) -> String {
        let lines = PPTXText.lines(notes).map(String.init)
        let tree = PPTXShape.placeholder(id: 2, name: "Slide Image", .slideImage, text: nil)
            + PPTXShape.placeholder(id: 3, name: "Notes", .body, text: PPTXText.paragraphs(lines, language: language))
        return PPTXShape.sheet("p:notes", tree: tree)
    }

    /// The notes master (rId1) and the slide the notes belong to (rId2).
    static func relationships(slideNumber: Int) -> String {
        var relationships = OOXMLRelationships()
        relationships.add(type: PPTXContentManifest.notesMasterRelationship, target: "../notesMasters/notesMaster1.xml")
        relationships.add(type: PPTXContentManifest.slideRelationship, target: "../slides/slide\(slideNumber).xml")
        return relationships.xml
    }
}

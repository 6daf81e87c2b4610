import EquitasSheets

/// The contents page, written out in full: one line per heading (three levels deep),
/// each a link to the heading's bookmark with its page number as a `PAGEREF` field.
///
/// Not a `TOC` field: LibreOffice imports a TOC field's last result as fixed text and
/// never updates it when converting to PDF, so a committee papers system would publish
/// whatever page numbers the file was saved with — or, from us, none. A `PAGEREF`
/// outside a TOC field is computed at layout by LibreOffice, and by Word, which the
/// settings' `w:updateFields` asks to update every field on opening. So the contents
/// are right in both without anyone pressing "Update".
enum WordContents {
    struct Entry: Equatable {
        /// The heading's bookmark.
        var bookmark: String
        /// "3.2 Strengths"
        var title: String
        /// 1 for a top-level section.
        var depth: Int
    }

    static let deepest = 3

    static func xml(_ entries: [Entry]) -> String {
        var xml = WordText.paragraph(style: WordStyles.tocHeading, properties: WordTitlePage.pageBreakBefore, WordText.run("Contents"))
        for entry in entries where entry.depth <= deepest {
            let link = #"<w:hyperlink w:anchor="\#(entry.bookmark)" w:history="1">"#
                + WordText.run(entry.title) + "<w:r><w:tab/></w:r>"
                + WordText.field(#"PAGEREF \#(entry.bookmark) \h"#, placeholder: "")
                + "</w:hyperlink>"
            xml += WordText.paragraph(style: "TOC\(entry.depth)", link)
        }
        return xml
    }
}

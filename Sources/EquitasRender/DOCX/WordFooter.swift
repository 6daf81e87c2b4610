import EquitasSheets

/// `word/footer1.xml`: the version label on the left ("Draft 2 for council comment"),
/// so a printed page shows which text it comes from, and "Page N of M" on the right.
enum WordFooter {
    static let path = "word/footer1.xml"

    static func xml(versionLabel: String) -> String {
        let content = WordText.run(versionLabel)
            + "<w:r><w:tab/><w:tab/></w:r>"
            + WordText.run("Page ")
            + WordText.field("PAGE", placeholder: "1")
            + WordText.run(" of ")
            + WordText.field("NUMPAGES", placeholder: "1")
        return OOXMLPart.declaration
            + #"<w:ftr xmlns:w="\#(WordNamespaces.main)" xmlns:r="\#(WordNamespaces.relationships)">"#
            + WordText.paragraph(style: WordStyles.footer, content)
            + "</w:ftr>"
    }
}

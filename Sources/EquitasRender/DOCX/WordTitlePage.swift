import EquitasCore

/// The cover: kicker, the organisations, the framework line, the dates and the
/// version label, then (optionally) a contents page. Whatever follows the cover
/// starts on a new page through `w:pageBreakBefore`, which, unlike a page-break
/// character, leaves no empty paragraph at the top of the next page.
enum WordTitlePage {
    static let pageBreakBefore = "<w:pageBreakBefore/>"
    static let tocInstruction = #"TOC \o "1-3" \h \z \u"#
    static let tocPlaceholder = "Right-click to update the table of contents"

    static func xml(_ page: TitlePage) -> String {
        var xml = WordText.paragraph(style: WordStyles.subtitle, properties: #"<w:spacing w:before="2400"/>"#,
                                     WordText.run(page.kicker))
        for organisation in page.organisations {
            xml += WordText.paragraph(style: WordStyles.title, WordText.run(organisation))
        }
        xml += WordText.paragraph(style: WordStyles.subtitle, WordText.run(page.framework))
        if let dates = page.dates, !dates.isEmpty {
            xml += WordText.paragraph(WordText.run(dates))
        }
        xml += WordText.paragraph(properties: #"<w:spacing w:before="480"/>"#, WordText.run(page.versionLabel, bold: true))
        return xml
    }

    /// A contents page whose entries Word fills in when the field is updated (and
    /// LibreOffice when its index is). Its heading is kept out of the outline so the
    /// contents do not list themselves.
    static func tableOfContents() -> String {
        WordText.paragraph(style: WordStyles.tocHeading, properties: pageBreakBefore, WordText.run("Contents"))
            + WordText.paragraph(WordText.field(tocInstruction, placeholder: tocPlaceholder))
    }
}

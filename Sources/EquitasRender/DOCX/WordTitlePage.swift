import EquitasCore

/// The cover: kicker, the organisations, the framework line, the dates and the
/// version label, then (optionally) a contents page. Whatever follows the cover
/// starts on a new page through `w:pageBreakBefore`, which, unlike a page-break
/// character, leaves no empty paragraph at the top of the next page.
enum WordTitlePage {
    static let pageBreakBefore = "<w:pageBreakBefore/>"

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
}

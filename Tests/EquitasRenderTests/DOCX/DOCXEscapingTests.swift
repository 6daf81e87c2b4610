import EquitasCore
import Testing

@Suite("DOCX escaping")
struct DOCXEscapingTests {
    /// Markup, quotes, Welsh, Chinese and Arabic, and a control character XML forbids.
    static let hostile = TextReportFixture.hostile + " \u{1}end"
    static let shown = TextReportFixture.hostile + " end"

    @Test("hostile text in every field leaves every part well formed and comes out literally")
    func hostileText() throws {
        let docx = try RenderedDOCX(TextReportFixture.hostileReport(Self.hostile))

        let texts = docx.paragraphs.map(RenderedDOCX.text)
        let core = try docx.package.xml("docProps/core.xml")
        let footer = try docx.package.xml("word/footer1.xml")
        let raw = try docx.package.text("word/document.xml")

        for path in docx.package.paths { _ = try docx.package.xml(path) }
        #expect(texts.filter { $0 == Self.shown }.count == 19)
        #expect(texts.contains("\u{2014} " + Self.shown))
        #expect(docx.body.all("w:tc").map(RenderedDOCX.text) == Array(repeating: Self.shown, count: 4))
        #expect(core.all("dc:title").first?.text == Self.shown)
        #expect(RenderedDOCX.text(footer).hasPrefix(Self.shown))
        #expect(!raw.contains("<script") && !raw.contains("\u{1}"))
    }
}

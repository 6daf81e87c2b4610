import EquitasCore
import EquitasRender
import Foundation
import Testing

/// The deck opened by LibreOffice Impress. Skipped where LibreOffice and poppler are
/// not installed, as in CI: `apt-get install libreoffice-impress-nogui poppler-utils`.
@Suite("PPTX read by LibreOffice Impress")
struct PPTXOfficeTests {
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("Impress lays out one page per slide, each with its title and bullets",
          .enabled(if: OfficeToPDF.isAvailable, "needs soffice and pdftotext on PATH"))
    func impress() throws {
        let deck = SlideDeck.sample
        let data = try PPTXRenderer.render(deck)

        let pages = try OfficeToPDF.text(of: data, fileExtension: "pptx")
            .split(separator: "\u{0C}", omittingEmptySubsequences: false).map { Self.flattened(String($0)) }

        #expect(pages.filter { !$0.isEmpty }.count == deck.slides.count)
        for (index, slide) in deck.slides.enumerated() where index < pages.count {
            #expect(pages[index].contains(Self.flattened(slide.title)), "slide \(index + 1) lacks its title")
            for line in slide.lines.prefix(3) {
                #expect(pages[index].contains(Self.flattened(line)), "slide \(index + 1) lacks \(line)")
            }
        }
    }
}

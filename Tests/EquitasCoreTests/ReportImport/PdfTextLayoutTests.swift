import EquitasCore
import Foundation
import Testing

@Suite("PDF lines → report blocks")
struct PdfTextLayoutTests {
    typealias Line = PdfTextLayout.Line

    /// A line of body text (12 points high) at `y`, in `block`.
    func line(_ text: String, y: Double, x: Double = 72, width: Double? = nil, height: Double = 12, block: Int) -> Line {
        Line(text: text, xMin: x, xMax: x + (width ?? Double(text.count) * 5.5), yMin: y, yMax: y + height, block: block)
    }

    @Test("running headers, footers and page numbers are dropped; a heading set larger is a heading")
    func runningLines() {
        let pages = (1...4).map { number in
            PdfTextLayout.Page(height: 842, lines: [
                line("Wexcombe Borough Council – Peer challenge report", y: 30, block: 1),
                line(number == 1 ? "Introduction" : "Findings \(number)", y: 100, height: 18, block: 2),
                line("The team met staff and partners over three days in the borough.", y: 130, block: 3),
                line("Page \(number) of 4", y: 800, block: 4),
            ])
        }
        let blocks = PdfTextLayout.blocks(pages)
        #expect(!blocks.contains { $0.text.contains("Peer challenge report") })
        #expect(!blocks.contains { $0.text.hasPrefix("Page") })
        #expect(blocks.first == .heading(level: 1, text: "Introduction"))
        #expect(blocks.filter { $0 == .paragraph("The team met staff and partners over three days in the borough.") }.count == 4)
    }

    @Test("a paragraph broken to fit is joined again, with a hyphenated word made whole; a short line ends it")
    func wrappedParagraph() {
        let page = PdfTextLayout.Page(height: 842, lines: [
            line("The council has mapped its communities using a wide range of organ-", y: 100, width: 400, block: 1),
            line("isational and local data, including the school census.", y: 114, width: 300, block: 1),
            line("Strengths", y: 140, width: 60, block: 1),
            line("The equality profile is refreshed every year.", y: 160, width: 250, block: 1),
        ])
        let blocks = PdfTextLayout.blocks([page])
        #expect(blocks == [
            .paragraph("The council has mapped its communities using a wide range of organisational and local data, including the school census."),
            .paragraph("Strengths"),
            .paragraph("The equality profile is refreshed every year."),
        ])
    }

    @Test("a bullet set apart from its text is put back; a line hanging under it carries it on; a deeper bullet is nested")
    func bullets() {
        let page = PdfTextLayout.Page(height: 405, lines: [
            line("\u{F0B7}", y: 100, x: 43, width: 6, block: 1),
            line("Imran Shah, Head of HR, Rowanbridge Borough", y: 100, x: 70, width: 400, block: 2),
            line("Council", y: 114, x: 70, width: 40, block: 2),
            line("• Residents’ panel of 1,200 people", y: 140, x: 43, width: 250, block: 3),
            line("– balanced by age, sex and ethnicity", y: 160, x: 80, width: 220, block: 3),
            line("Areas for consideration:", y: 180, x: 43, width: 150, block: 3),
        ])
        let blocks = PdfTextLayout.blocks([page])
        #expect(blocks == [
            .listItem(marker: "•", text: "Imran Shah, Head of HR, Rowanbridge Borough Council", depth: 0),
            .listItem(marker: "•", text: "Residents’ panel of 1,200 people", depth: 0),
            .listItem(marker: "–", text: "balanced by age, sex and ethnicity", depth: 1),
            .paragraph("Areas for consideration:"),
        ])
    }
}

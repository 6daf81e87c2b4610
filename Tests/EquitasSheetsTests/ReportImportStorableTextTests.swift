import EquitasCore
import Foundation
import Testing

@testable import EquitasSheets

/// A past report whose text holds a character the databases cannot store alike is
/// refused where it is read, naming where the character is (issue 17, part 4).
@Suite("Report import: control characters refused, naming where")
struct ReportImportStorableTextTests {
    func failure(_ body: () throws -> Void) -> ValidationFailure? {
        do { try body() } catch let failure as ValidationFailure { return failure } catch { return nil }
        return nil
    }

    @Test("a text file names the line")
    func textLine() {
        let data = Data("# Peer challenge report\n\nThe council has a clear vision.\nA bell \u{7} rang here.\n".utf8)
        let error = failure { _ = try ReportFileRecogniser.blocks(data) }
        #expect(error?.path == "line 4")
        #expect(error?.message.hasPrefix("the text contains a control character (U+0007)") == true)
    }

    @Test("a document's block is named by its kind, place and first words")
    func documentBlock() {
        let blocks: [SourceBlock] = [
            .heading(level: 1, text: "Key findings"),
            .listItem(marker: "•", text: "Strong leadership from members", depth: 0),
            .paragraph("Staff told us\u{1} that the networks matter."),
        ]
        let error = failure { try ReportFileRecogniser.checkStorable(blocks) }
        #expect(error?.path == "block 3 of the document (a paragraph beginning “Staff told us that the networks matter.”)")
        #expect(error?.message.contains("U+0001") == true)
        #expect(failure { try ReportFileRecogniser.checkStorable(Array(blocks.prefix(2))) } == nil)
    }

    @Test("tabs, line feeds and carriage returns are ordinary text")
    func ordinary() {
        #expect(failure { try ReportFileRecogniser.checkStorable([.tableRow(["Area", "Finding"]), .paragraph("One\r\nTwo")]) } == nil)
    }
}

import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// Word documents made to break the reader `equitas library import` uses.
@Suite("Hostile Word documents")
struct HostileDocxTests {
    static func failure(_ data: Data) -> ValidationFailure? {
        do { _ = try DocxReportReader.read(data); return nil } catch { return error }
    }

    static let opening = #"<w:document xmlns:w="\#(DocxReportReaderTests.w)"><w:body>"#

    @Test("a document cut off half-way is refused as not a Word document")
    func truncated() throws {
        let body = String(repeating: DocxReportReaderTests.paragraph("Findings and recommendations."), count: 300)
        let whole = try DocxReportReaderTests.document(body: body)
        #expect(try DocxReportReader.read(whole).isEmpty == false)
        #expect(Self.failure(HostileZip.truncated(whole))?.message.hasPrefix("the file is not a Word document (.docx)") == true)
    }

    @Test("a document.xml that really inflates to 200 MB is refused, whether its size is declared or hidden")
    func zipBomb() throws {
        let started = Date()
        let bomb = try HostileZip.bomb(at: "word/document.xml", opening: Self.opening, beside: [("[Content_Types].xml", "<Types/>")])
        #expect(bomb.count < 1024 * 1024)
        #expect(Self.failure(bomb) == ValidationFailure(path: "word/document.xml", message: "the part is larger than 50 MB unzipped"))
        let hidden = TestZip.declaring(4096, for: "word/document.xml", in: bomb)
        #expect(Self.failure(hidden) == ValidationFailure(path: "word/document.xml", message: "the part unzips to more than the archive declares"))
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("a DOCTYPE with entities in the styles part is refused naming the part")
    func doctypeInStyles() throws {
        let laughs = #"<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>"#
        let document = try TestZip.make([
            ("word/document.xml", Self.opening + DocxReportReaderTests.paragraph("Hello") + "</w:body></w:document>"),
            ("word/styles.xml", laughs + #"<w:styles xmlns:w="\#(DocxReportReaderTests.w)">&lol2;</w:styles>"#),
        ])
        #expect(Self.failure(document) == ValidationFailure(
            path: "word/styles.xml", message: "the part is not Word XML: it has a document type declaration"))
    }

    @Test("a body nested 100,000 elements deep is read without recursion: the paragraph inside still comes out")
    func deepNesting() throws {
        let paragraph = DocxReportReaderTests.paragraph("Deep inside.")
        let deep = String(repeating: "<w:sdt>", count: 100_000) + paragraph + String(repeating: "</w:sdt>", count: 100_000)
        let document = try TestZip.make([("word/document.xml", Self.opening + deep + "</w:body></w:document>")])
        let started = Date()
        let blocks = try DocxReportReader.read(document)
        #expect(blocks.count == 1)
        #expect(Date().timeIntervalSince(started) < 10)
    }
}

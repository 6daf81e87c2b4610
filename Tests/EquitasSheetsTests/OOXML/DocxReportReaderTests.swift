import EquitasCore
import EquitasSheets
import Foundation
import Testing

@Suite("Reading a past report from a Word document")
struct DocxReportReaderTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static func paragraph(_ text: String, style: String? = nil, list: (numId: Int, level: Int)? = nil, bold: Bool = false) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if let list { properties += #"<w:numPr><w:ilvl w:val="\#(list.level)"/><w:numId w:val="\#(list.numId)"/></w:numPr>"# }
        let run = (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">\(text)</w:t>"
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r>\(run)</w:r></w:p>"
    }

    /// A document in the shape Word writes: translated style ids named in styles.xml,
    /// a roman-numbered list and a bulleted one, a bold line, a tab-separated team line,
    /// a table, and a field code whose instruction text is not part of the words.
    static func document(body: String) throws -> Data {
        let styles = #"<w:styles xmlns:w="\#(w)"><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style></w:styles>"#
        let numbering = #"<w:numbering xmlns:w="\#(w)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/></w:lvl></w:abstractNum>"#
            + #"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>"#
            + #"<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        return try TestZip.make([
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", #"<w:document xmlns:w="\#(w)"><w:body>"# + body + "</w:body></w:document>"),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
        ])
    }

    @Test("styles, numbering, bold lines, tables and tabs become blocks")
    func blocks() throws {
        let body = Self.paragraph("Kenmoor Borough Council", style: "Titel")
            + Self.paragraph("3.1 Knowing your communities", style: "berschrift1")
            + Self.paragraph("Joint strengths", bold: true)
            + Self.paragraph("A shared observatory", list: (3, 0)) + Self.paragraph("Joint profiles", list: (3, 0))
            + Self.paragraph("A bullet", list: (4, 0))
            + "<w:p><w:r><w:t>Councillor Ann Brook</w:t></w:r><w:r><w:tab/><w:t>Upfield Borough Council</w:t></w:r></w:p>"
            + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o</w:instrText></w:r><w:r><w:t>Plain text.</w:t></w:r></w:p>"
            + Self.paragraph("(iii) A typed marker") + Self.paragraph("2.4 Numbered by hand")
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Role</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"

        let blocks = try DocxReportReader.read(try Self.document(body: body))

        #expect(blocks == [
            .heading(level: 1, text: "Kenmoor Borough Council"),
            .heading(level: 1, text: "3.1 Knowing your communities"),
            .heading(level: 0, text: "Joint strengths"),
            .listItem(marker: "(i)", text: "A shared observatory", depth: 0),
            .listItem(marker: "(ii)", text: "Joint profiles", depth: 0),
            .listItem(marker: "•", text: "A bullet", depth: 0),
            .tableRow(["Councillor Ann Brook", "Upfield Borough Council"]),
            .paragraph("Plain text."),
            .listItem(marker: "(iii)", text: "A typed marker", depth: 0),
            .heading(level: 2, text: "2.4 Numbered by hand"),
            .tableRow(["Name", "Role"]),
        ])
    }

    @Test("refuses what is not a Word document, with the reason")
    func refusals() throws {
        func failure(_ data: Data) -> ValidationFailure? {
            do { _ = try DocxReportReader.read(data); return nil } catch { return error }
        }
        #expect(failure(Data("just text".utf8))?.message == "the file is not a Word document (.docx): it is not a ZIP package")
        #expect(failure(try TestZip.make([("xl/workbook.xml", "<workbook/>")]))?.message
            == "the file is not a Word document (.docx): it has no word/document.xml")
        #expect(failure(Data(count: DocxReportReader.maxFileBytes + 1))?.message == "the file is larger than 50 MB")
        let doctype = try TestZip.make([("word/document.xml", #"<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>"#)])
        #expect(failure(doctype) == ValidationFailure(path: "word/document.xml", message: "the part is not Word XML: it has a document type declaration"))
        let malformed = try Self.document(body: "<w:p><w:r><w:t>open")
        #expect(failure(malformed)?.path == "word/document.xml")
    }

    @Test("a document.xml that claims or unzips to more than allowed is stopped early")
    func zipBombs() throws {
        let body = String(repeating: Self.paragraph("Words words words."), count: 200)
        let honest = try Self.document(body: body)
        // Claims 60 MB: refused before anything is unzipped.
        let claimsTooMuch = TestZip.declaring(60 * 1024 * 1024, for: "word/document.xml", in: honest)
        #expect(throws: ValidationFailure(path: "word/document.xml", message: "the part is larger than 50 MB unzipped")) {
            try DocxReportReader.read(claimsTooMuch)
        }
        // Claims 100 bytes but holds more: unzipping stops at the claim.
        let liar = TestZip.declaring(100, for: "word/document.xml", in: honest)
        #expect(throws: ValidationFailure(path: "word/document.xml", message: "the part unzips to more than the archive declares")) {
            try DocxReportReader.read(liar)
        }
    }
}

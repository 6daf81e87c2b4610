import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// Uploads that are not workbooks, are damaged, or are built to exhaust memory.
@Suite("XLSX reader refusals")
struct XLSXRefusalTests {
    static func failure(_ data: Data) -> ValidationFailure? {
        do { _ = try XLSXReader.read(data); return nil } catch { return error }
    }

    static let oneSheet = #"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c></row>"#

    @Test("bytes that are not a ZIP, a ZIP that is not a workbook, and a Word document")
    func notWorkbooks() throws {
        #expect(Self.failure(Data("Name,Due\r\nAnn,2021-09-30\r\n".utf8)) ==
            ValidationFailure(path: "", message: "the file is not an XLSX workbook"))
        #expect(Self.failure(try TestZip.make([("notes.txt", "hello")])) ==
            ValidationFailure(path: "", message: "the file is not an XLSX workbook: it has no xl/workbook.xml"))
        let word = try TestZip.make([
            ("_rels/.rels", TestWorkbook.rootRelationships.replacingOccurrences(of: "xl/workbook.xml", with: "word/document.xml")),
            ("word/document.xml", #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"#),
        ])
        #expect(Self.failure(word) == ValidationFailure(path: "", message: "the file is not an XLSX workbook"))
        #expect(Self.failure(Data(count: 20 * 1024 * 1024 + 1)) == ValidationFailure(path: "", message: "the file is larger than 20 MB"))
    }

    @Test("a worksheet the workbook lists but the package lacks")
    func missingPart() throws {
        var parts = try TestZip.parts(of: TestWorkbook.single(sheetData: Self.oneSheet))
        parts["xl/worksheets/sheet1.xml"] = nil
        let data = try TestZip.make(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        #expect(Self.failure(data) == ValidationFailure(path: "xl/worksheets/sheet1.xml", message: "the workbook is missing this part"))
    }

    @Test("malformed XML and XML with a DTD are refused naming the part")
    func badXML() throws {
        let broken = try TestWorkbook.single(sheetData: "<row><c><v>1</row>")
        let failure = try #require(Self.failure(broken))
        #expect(failure.path == "xl/worksheets/sheet1.xml")
        #expect(failure.message.hasPrefix("the XML is malformed near line"))

        let laughs = #"<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>"#
        var parts = try TestZip.parts(of: TestWorkbook.single(sheetData: Self.oneSheet, sharedStrings: "<si><t>&b;</t></si>"))
        parts["xl/sharedStrings.xml"] = laughs + (parts["xl/sharedStrings.xml"] ?? "")
        let bomb = try TestZip.make(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        #expect(Self.failure(bomb) == ValidationFailure(
            path: "xl/sharedStrings.xml", message: "the part is not workbook XML: it has a document type declaration"))
    }

    @Test("declared sizes over 100 MB for a part or 200 MB in all are refused before unzipping")
    func declaredSizes() throws {
        let tables = (1...3).map { SheetTable(name: "S\($0)", header: ["A"], rows: []) }
        let written = try XLSXWriter.write(tables)
        #expect(try XLSXReader.read(written).count == 3)

        let big = TestZip.declaring(150 * 1024 * 1024, for: "xl/worksheets/sheet2.xml", in: written)
        #expect(Self.failure(big) ==
            ValidationFailure(path: "xl/worksheets/sheet2.xml", message: "the part is larger than 100 MB unzipped"))

        var many = written
        for sheet in 1...3 { many = TestZip.declaring(80 * 1024 * 1024, for: "xl/worksheets/sheet\(sheet).xml", in: many) }
        #expect(Self.failure(many) == ValidationFailure(path: "", message: "the workbook is larger than 200 MB unzipped"))
    }

    @Test("a part that inflates past its declared size is stopped")
    func lyingSize() throws {
        let padding = String(repeating: " ", count: 2 * 1024 * 1024)
        let honest = try TestWorkbook.single(sheetData: Self.oneSheet + padding)
        #expect(try XLSXReader.read(honest).first?.header == ["A"])
        let lying = TestZip.declaring(1000, for: "xl/worksheets/sheet1.xml", in: honest)
        #expect(honest.count < 20_000)
        #expect(Self.failure(lying) == ValidationFailure(
            path: "xl/worksheets/sheet1.xml", message: "the part unzips to more than the archive declares"))
    }
}

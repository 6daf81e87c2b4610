import EquitasCore
import EquitasSheets
import Foundation
import Testing

/// CSV and XLSX files made to break the readers every spreadsheet import goes through
/// (staff lists, community profiles, action plans): each is refused with a message
/// naming where, never a crash or an unbounded allocation.
@Suite("Hostile spreadsheets")
struct HostileSheetTests {
    static func csvFailure(_ data: Data) -> ValidationFailure? {
        do { _ = try CSVReader.read(data, name: "Hostile"); return nil } catch { return error }
    }

    static func xlsxFailure(_ data: Data) -> ValidationFailure? {
        do { _ = try XLSXReader.read(data); return nil } catch { return error }
    }

    /// The staff list path has its own fast CSV reader; it must refuse what the general one does.
    static func staffFailure(_ data: Data) -> String? {
        do { _ = try StaffListFile.records(data); return nil } catch { return "\(error)" }
    }

    static let header = "employee_id,sex,hourly_pay\n"

    @Test("UTF-16 with a byte-order mark, Latin-1 bytes and NUL bytes are refused naming the line")
    func encodings() {
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(Self.header.data(using: .utf16LittleEndian)!)
        #expect(Self.csvFailure(utf16) == ValidationFailure(path: "line 1", message: "the file is UTF-16 text, not UTF-8; save it as CSV UTF-8"))
        #expect(Self.staffFailure(utf16)?.contains("UTF-16") == true)

        var latin1 = Data((Self.header + "E1,female,12.50\n").utf8)
        latin1.append(contentsOf: [0x45, 0x32, 0x2C, 0xA3, 0x31, 0x0A])  // "E2,£1" in Latin-1, on line 3
        #expect(Self.csvFailure(latin1) == ValidationFailure(path: "line 3", message: "the file is not UTF-8 text; save it as CSV UTF-8"))
        #expect(Self.staffFailure(latin1)?.contains("line 3") == true)

        let nul = Data((Self.header + "E1,fe\u{0}male,12.50\n").utf8)
        #expect(Self.csvFailure(nul) == ValidationFailure(path: "line 2", message: "the file is not UTF-8 text; save it as CSV UTF-8"))
        #expect(Self.staffFailure(nul)?.contains("line 2") == true)
    }

    @Test("a CSV cut off inside a quoted field is refused naming the line it opened on")
    func truncatedCSV() {
        let cut = Data((Self.header + "E1,female,12.50\nE2,\"fem").utf8)
        #expect(Self.csvFailure(cut) == ValidationFailure(
            path: "line 3", message: "a quoted field starts on this line but its closing quote is missing"))
        #expect(Self.staffFailure(cut)?.contains("line 3") == true)
    }

    @Test("a 10 MB cell is refused, in CSV quoted or not, and in a workbook")
    func enormousCells() throws {
        let huge = String(repeating: "x", count: 10 * 1024 * 1024)
        for row in ["E1,\(huge),12.50\n", "E1,\"\(huge)\",12.50\n"] {
            let failure = Self.csvFailure(Data((Self.header + row).utf8))
            #expect(failure?.path.hasPrefix("line 2") == true)
            #expect(failure?.message.contains("longer than 32767 characters") == true)
            #expect(Self.staffFailure(Data((Self.header + row).utf8))?.contains("line 2") == true)
        }

        let sheet = #"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c></row>"#
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>\#(huge)</t></is></c></row>"#
        let workbook = try TestWorkbook.single(sheetData: sheet)
        #expect(workbook.count < 100_000)
        let failure = Self.xlsxFailure(workbook)
        #expect(failure == ValidationFailure(path: #"worksheet "Data", row 2, column A"#, message: "the cell is longer than 32767 characters"))

        let shared = try TestWorkbook.single(
            sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#, sharedStrings: "<si><t>\(huge)</t></si>")
        #expect(Self.xlsxFailure(shared) == ValidationFailure(
            path: "xl/sharedStrings.xml", message: "shared string 1 is longer than 32767 characters"))
    }

    @Test("a CSV over 20 MB is refused before it is parsed")
    func oversizedCSV() {
        let big = Data(repeating: UInt8(ascii: "a"), count: SheetLimits.maxFileBytes + 1)
        #expect(Self.csvFailure(big) == ValidationFailure(path: "", message: "the file is larger than 20 MB"))
    }

    @Test("a workbook cut off half-way is refused as not a workbook")
    func truncatedWorkbook() throws {
        let whole = try XLSXWriter.write([SheetTable(name: "Staff", header: ["A", "B"], rows: [[.text("x"), .number(1)]])])
        #expect(try XLSXReader.read(whole).first?.header == ["A", "B"])
        #expect(Self.xlsxFailure(HostileZip.truncated(whole)) == ValidationFailure(path: "", message: "the file is not an XLSX workbook"))
        #expect(Self.staffFailure(HostileZip.truncated(whole))?.contains("not an XLSX workbook") == true)
    }

    @Test("a worksheet that really inflates to 200 MB is refused, whether its size is declared or hidden")
    func zipBomb() throws {
        let started = Date()
        let parts: [(path: String, text: String)] = [
            ("_rels/.rels", TestWorkbook.rootRelationships),
            ("xl/workbook.xml", #"<workbook xmlns="\#(TestWorkbook.main)" xmlns:r="\#(TestWorkbook.relationshipStem)"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(TestWorkbook.relationshipStem)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ]
        let bomb = try HostileZip.bomb(
            at: "xl/worksheets/sheet1.xml", opening: #"<worksheet xmlns="\#(TestWorkbook.main)"><sheetData>"#, beside: parts)
        #expect(bomb.count < 1024 * 1024)
        #expect(Self.xlsxFailure(bomb) == ValidationFailure(path: "xl/worksheets/sheet1.xml", message: "the part is larger than 100 MB unzipped"))

        let hidden = TestZip.declaring(4096, for: "xl/worksheets/sheet1.xml", in: bomb)
        #expect(Self.xlsxFailure(hidden) == ValidationFailure(
            path: "xl/worksheets/sheet1.xml", message: "the part unzips to more than the archive declares"))
        #expect(Self.staffFailure(hidden)?.contains("xl/worksheets/sheet1.xml") == true)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("elements nested 100,000 deep are walked without recursion and ignored; entities are refused naming the part")
    func hostileXML() throws {
        // The reader is a SAX handler that keeps no stack of elements, so depth costs
        // nothing: the unknown elements are skipped and the cells around them are read.
        let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
        let nested = try TestWorkbook.single(sheetData: #"<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c></row>"# + deep)
        let started = Date()
        #expect(try XLSXReader.readFirst(nested).header == ["A"])
        #expect(Date().timeIntervalSince(started) < 10)

        let laughs = #"<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>"#
        let entities = try TestZip.make([
            ("_rels/.rels", TestWorkbook.rootRelationships),
            ("xl/workbook.xml", laughs + #"<workbook xmlns="\#(TestWorkbook.main)"><sheets/></workbook>"#),
        ])
        #expect(Self.xlsxFailure(entities) == ValidationFailure(
            path: "xl/workbook.xml", message: "the part is not workbook XML: it has a document type declaration"))
    }
}

import EquitasCore
import EquitasSheets
import Foundation
import Testing

@Suite("Reading a PDF with pdftotext")
struct PdfReportReaderTests {
    @Test("where pdftotext is missing the refusal says how to install it")
    func missingTool() {
        let pdf = Data("%PDF-1.7\n%%EOF\n".utf8)
        #expect(PdfReportReader.executable(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(throws: ValidationFailure.self) { try PdfReportReader.read(pdf, environment: ["PATH": "/nonexistent"]) }
        do {
            _ = try PdfReportReader.read(pdf, environment: ["PATH": "/nonexistent"])
        } catch {
            #expect(error.message.contains("apt-get install poppler-utils"))
        }
    }

    @Test("a damaged PDF is refused with pdftotext's reason")
    func damaged() throws {
        guard PdfReportReader.executable() != nil else {
            print("skipped: pdftotext is not installed (apt-get install poppler-utils)")
            return
        }
        do {
            _ = try PdfReportReader.read(Data("%PDF-1.7\nnot really a PDF".utf8))
            Issue.record("a damaged PDF was read")
        } catch {
            #expect(error.message.hasPrefix("the PDF cannot be read"))
        }
    }
}

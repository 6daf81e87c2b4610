@testable import EquitasCLI
import EquitasCore
import EquitasLibrary
import EquitasSheets
import Foundation
import Testing

/// The same report as text, Word, PDF and PowerPoint must import alike. The documents are
/// our own (bench/import-corpus); the Word, PowerPoint and PDF forms were made from the
/// text by pandoc and LibreOffice (make-forms.sh). PDF needs pdftotext: without it those
/// checks say so and stop.
@Suite("A report in every form imports alike")
struct ReportFormsTests {
    let catalog: FrameworkCatalog

    init() throws {
        catalog = try FrameworkLibrary.load(extraDirectories: [])
    }

    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("bench/import-corpus")

    /// What a reader records, with spelling that differs between forms (curly quotes,
    /// "Cllr" and "Councillor") set aside.
    struct Summary: Equatable {
        var organisations: [String]
        var level: String?
        var start: CalendarDate?
        var end: CalendarDate?
        var team: [String]
        var modules: [String]
        var findings: [String]
        var recommendations: [String]
    }

    static func words(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    func summary(_ file: String) throws -> Summary {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(file))
        let document = try LibraryImportCommand.recognise(data, name: file, catalog: catalog).document
        return Summary(
            organisations: document.organisations.map(\.name), level: document.level, start: document.start, end: document.end,
            team: document.team.map { Self.words($0.name.replacingOccurrences(of: "Councillor ", with: "")) },
            modules: document.modules.map(\.id),
            findings: document.findings.map { "\($0.module) \($0.kind) \(Self.words($0.text))" },
            recommendations: document.recommendations.map { Self.words($0.text) })
    }

    var hasPdftotext: Bool {
        if PdfReportReader.executable() != nil { return true }
        print("skipped: pdftotext is not installed (apt-get install poppler-utils), so the PDF forms were not read")
        return false
    }

    @Test("a report as text, Word and PDF", arguments: ["04-report-2009-numbered", "05-report-2017-two-areas", "14-report-2011-prose"])
    func report(_ name: String) throws {
        let source = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).first { $0.hasPrefix(name + ".") && !$0.hasSuffix(".json") }
        let text = try summary(try #require(source))
        #expect(text.findings.count >= 8)
        #expect(text.team.count >= 3)
        #expect(try summary("forms/\(name).docx") == text)
        if hasPdftotext { #expect(try summary("forms/\(name).pdf") == text) }
    }

    @Test("a deck as text, PowerPoint and PDF", arguments: ["01-deck-2010-feedback", "16-deck-2015-dashes"])
    func deck(_ name: String) throws {
        let text = try summary("\(name).md")
        #expect(text.findings.count >= 10)
        #expect(try summary("forms/\(name).pptx") == text)
        if hasPdftotext { #expect(try summary("forms/\(name).pdf") == text) }
    }

    @Test("a deck's nested bullets belong to the finding above them, and its speaker notes are read but are no finding")
    func deckDetails() throws {
        let nested = try summary("forms/01-deck-2010-feedback.pptx")
        #expect(nested.findings.contains("knowing-communities strength ward profiles are published and used by service managers refreshed every year with census estimates"))
        let blocks = try ReportFileRecogniser.blocks(Data(contentsOf: Self.corpus.appendingPathComponent("forms/02-deck-2014-continued.pptx")))
        #expect(blocks.contains(.note("The team was on site from 12 to 14 May 2014.")))
        #expect(blocks.contains(.listItem(marker: "•", text: "Rich data from the city observatory, open to partners", depth: 0)))
        let withNotes = try summary("forms/02-deck-2014-continued.pptx")
        #expect(withNotes.start == CalendarDate(year: 2014, month: 5, day: 12))
        #expect(withNotes.end == CalendarDate(year: 2014, month: 5, day: 14))
        #expect(!withNotes.findings.contains { $0.contains("on site") })
    }
}

import ArgumentParser
import EquitasCore
import EquitasPersistence
import EquitasSheets
import Foundation

/// `equitas library import FILE`: what a past report holds, as Equitas recognises it.
struct LibraryImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Show what a past report (PDF, .docx, .pptx, text or Markdown) holds; --apply stores it.",
        discussion: """
            Prints the organisations, dates, framework, level, team, findings per area and \
            recommendations recognised in the report, each with a confidence; items below \
            0.60 are listed for checking. --json prints the equitas.challenge/1 document \
            with the confidences and warnings. Nothing is written unless --apply is given: \
            then the challenge is checked whole and stored as published, or not at all. \
            A PDF is read with poppler's pdftotext (apt-get install poppler-utils).
            """)

    @OptionGroup var runtime: RuntimeOptions

    @Argument(help: "The report: .pdf, .docx, .pptx, .txt or .md, or - for standard input.")
    var file: String

    @Flag(help: "Print the interchange document, confidences and warnings as JSON.")
    var json = false

    @Flag(help: "Store the recognised challenge as a published challenge.")
    var apply = false

    func run() async throws {
        let result = try Self.recognise(InputFile.read(file), name: file, catalog: FrameworkCommand.loadCatalog())
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(result), as: UTF8.self))
        } else {
            print(ReportImportSummary(result: result, source: file).text)
        }
        guard apply else { return }
        let configuration = try Runtime.configuration(options: runtime)
        let id = try await Runtime.withApplication(configuration) { app in
            try await Self.store(result, name: file, interchange: ChallengeInterchange(db: app.db, catalog: configuration.catalog))
        }
        // On standard error, so that --json output stays one JSON document.
        StandardError.print("Stored as published challenge \(id.uuidString.lowercased())")
    }

    /// Checks the whole document first, so that nothing is stored from a report that
    /// was only partly understood in a way the store refuses.
    static func store(_ result: ReportImportResult, name: String, interchange: ChallengeInterchange) async throws -> UUID {
        do {
            return try await interchange.importDocument(try result.document.validated(against: interchange.catalog))
        } catch let failure as ValidationFailure {
            throw ValidationError("\(name): the recognised challenge cannot be stored: \(failure)")
        }
    }

    /// The shared reading (`ReportFileRecogniser`), with the file's name before any refusal.
    static func recognise(_ data: Data, name: String, catalog: FrameworkCatalog) throws -> ReportImportResult {
        do {
            return try ReportFileRecogniser.recognise(data, catalog: catalog)
        } catch {
            throw ValidationError("\(name): \(error)")
        }
    }
}

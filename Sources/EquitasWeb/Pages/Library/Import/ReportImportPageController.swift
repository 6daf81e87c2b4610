import EquitasCore
import EquitasPersistence
import EquitasSheets
import Foundation
import Vapor

/// `/library/import`: upload a past report, correct what was recognised, save it as a
/// published challenge. Those who may set up challenges may import them
/// (`.challengeRegister`, written); the upload form, which only reads, refuses the rest
/// as their post would be refused.
struct ReportImportPageController: DeclaredRouteCollection {
    /// The largest report accepted, as for evidence files (and never more than the
    /// Word reader takes).
    let limit: Int
    /// The corrected preview: every finding of a long report as text fields.
    static let previewLimit = 10 * 1024 * 1024

    init(limit: Int) {
        self.limit = min(limit, DocxReportReader.maxFileBytes)
    }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.libraryImport, use: form)
        // Read as it streams in: a report over the limit brings the form back with the limit named.
        try routes.upload(Site.libraryImportPost, fileLimit: limit, use: upload)
        let confirm = try routes.on(Site.libraryImportConfirmPost, body: .collect(atMost: Self.previewLimit), use: confirm)
        confirm.userInfo[CSRFMiddleware.bodyLimitKey] = Self.previewLimit
    }

    func form(req: Request) async throws -> Response {
        PageResponse.make(ReportImportPage.upload(limit: limit, csrf: req.pageContext.csrfToken), for: req)
    }

    func upload(req: Request, posted: StreamedForm) async throws -> Response {
        let csrf = req.pageContext.csrfToken
        let refuse = { (message: String, status: HTTPResponseStatus) in
            PageResponse.make(
                ReportImportPage.upload(limit: limit, csrf: csrf, errors: FormErrors(ReportImportPage.fileField, message)), for: req,
                status: status)
        }
        let tooLarge = "The report must be smaller than \(EvidenceSize.words(limit))"
        if posted.oversized.contains(ReportImportPage.fileField) { return refuse(tooLarge, .payloadTooLarge) }
        let file = (try? posted.decode(Upload.self))?.file
        guard let file, file.data.readableBytes > 0 else { return refuse("Choose the report to upload", .unprocessableEntity) }
        guard file.data.readableBytes <= limit else { return refuse(tooLarge, .payloadTooLarge) }
        // A PDF is read by running pdftotext and waiting for it: on the blocking pool,
        // not on the event loop this request's task runs on (`ConcurrencyOnEventLoops`).
        let data = Data(buffer: file.data)
        let catalog = req.catalog
        let outcome = try await req.application.threadPool.runIfActive {
            Result { () throws(ValidationFailure) in try ReportFileRecogniser.recognise(data, catalog: catalog) }
        }
        let result: ReportImportResult
        do {
            result = try outcome.get()
        } catch {
            return refuse(FormErrors.sentence(error.message), .unprocessableEntity)
        }
        return PageResponse.make(ReportImportPage.preview(ReportImportDraft(result), catalog: req.catalog, csrf: csrf), for: req)
    }

    /// Rebuilt from the fields alone and checked whole: nothing is written unless all
    /// of it would be stored.
    func confirm(req: Request) async throws -> Response {
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        let draft = ReportImportDraft(fields: fields)
        let showAgain = { (errors: FormErrors) in
            PageResponse.make(
                ReportImportPage.preview(draft, catalog: req.catalog, csrf: req.pageContext.csrfToken, errors: errors), for: req,
                status: .unprocessableEntity)
        }
        switch draft.document(catalog: req.catalog) {
        case .failure(let list):
            return showAgain(list.errors)
        case .success(let document):
            do {
                let id = try await ChallengeInterchange(db: req.db, catalog: req.catalog).importDocument(document)
                return PageResponse.redirect(to: Site.challenge.path(id) + "?done=imported")
            } catch let failure as ValidationFailure {
                return showAgain(FormErrors(ReportImportDraft.Rows().field(for: failure.path), FormErrors.sentence(failure.message)))
            }
        }
    }

    private struct Upload: Content {
        var file: File?
    }
}

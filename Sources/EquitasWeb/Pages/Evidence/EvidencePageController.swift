import EquitasCore
import EquitasPersistence
import Vapor

/// The challenge's evidence as pages: the list, adding a document (with a file, typed
/// by its content as the API types it), downloading a file, and deleting a document.
struct EvidencePageController: DeclaredRouteCollection {
    /// The largest file accepted, as for the API's upload.
    let limit: Int

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.challengeEvidence, use: list)
        // Read by the route as it streams in: a file over the limit brings the form back
        // with what was typed (413), never a bare "too large" page.
        try routes.upload(Site.challengeEvidencePost, fileLimit: limit, use: upload)
        try routes.on(Site.challengeEvidenceItemFile, use: download)
        try routes.on(Site.challengeEvidenceItemDeletePost, use: delete)
        try routes.on(Site.challengeEvidenceImpactAssessmentPost, use: EvidenceAssessmentAttachment(evidence: self).attach)
    }

    func list(req: Request) async throws -> Response {
        let page = try await page(req)
        return PageResponse.make(page.layout(), for: req)
    }

    func upload(req: Request, posted: StreamedForm) async throws -> Response {
        let challengeId = try req.id("challengeID", entity: "challenge")
        var page = try await page(req)
        let form = (try? posted.decode(EvidenceUploadForm.self)) ?? EvidenceUploadForm()
        page.form = form
        let oversized = posted.oversized.contains("file")
        let problems = form.problems(fileTooLarge: oversized ? tooLarge : nil)
        guard problems.isEmpty else {
            page.errors = problems
            return PageResponse.make(page.layout(), for: req, status: oversized ? .payloadTooLarge : .unprocessableEntity)
        }
        var stored: StoredFile?
        var data = Data()
        if let file = form.chosenFile {
            data = Data(buffer: file.data)
            let filename = (try? UploadName.clean(file.filename)) ?? "evidence"
            guard let mediaType = MediaSniffer.mediaType(of: data, filename: filename) else {
                page.errors = FormErrors(
                    "file", "The selected file must be a PDF, Word, Excel, PowerPoint or OpenDocument file, an image, or plain text")
                return PageResponse.make(page.layout(), for: req, status: .unsupportedMediaType)
            }
            stored = StoredFile(filename: filename, mediaType: mediaType, size: data.count, sha256: "")
        }
        let store = EvidenceStore(db: req.db, catalog: req.catalog)
        let created: Identified<EvidenceDocument>
        do {
            created = try await store.create(challengeId: challengeId, form.document)
        } catch let failure as ValidationFailure {
            page.errors = EvidenceUploadForm.errors(failure)
            return PageResponse.make(page.layout(), for: req, status: .unprocessableEntity)
        }
        if var file = stored {
            do {
                file.sha256 = try req.evidenceFiles.put(data)
                _ = try await store.attachFile(challengeId: challengeId, id: created.id, file: file)
            } catch {
                // A document that lost its file is removed, so a failed upload leaves nothing behind.
                try? await store.delete(challengeId: challengeId, id: created.id)
                throw error
            }
        }
        return PageResponse.redirect(to: Site.challengeEvidence.path(page.challengeId) + "?done=added")
    }

    func download(req: Request) async throws -> Response {
        let challengeId = try req.id("challengeID", entity: "challenge")
        let id = try req.id("evidenceID", entity: "evidence document")
        let evidence = try await EvidenceStore(db: req.db, catalog: req.catalog).get(challengeId: challengeId, id: id)
        guard let file = evidence.value.file else { throw NotFound(entity: "evidence file", id: id) }
        return FileResponse.make(try req.evidenceFiles.read(sha256: file.sha256), contentType: file.mediaType, filename: file.filename)
    }

    func delete(req: Request) async throws -> Response {
        let challengeId = try req.id("challengeID", entity: "challenge")
        let id = try req.id("evidenceID", entity: "evidence document")
        let base = Site.challengeEvidence.path(challengeId)
        guard Confirmation.isConfirmed(req) else {
            let found = try await EvidenceStore(db: req.db, catalog: req.catalog).get(challengeId: challengeId, id: id).value
            return Confirmation(
                question: "Delete the evidence \u{201C}\(found.title)\u{201D}?",
                consequences: [
                    "The document and any file uploaded with it will be deleted, and self-assessment entries citing it will no longer cite it.",
                    Confirmation.cannotBeUndone,
                ],
                action: base + "/\(id.uuidString.lowercased())/delete", button: "Yes, delete the evidence", destructive: true, back: base
            ).response(for: req)
        }
        try await EvidenceStore(db: req.db, catalog: req.catalog).delete(challengeId: challengeId, id: id)
        return PageResponse.redirect(to: Site.challengeEvidence.path(challengeId) + "?done=deleted")
    }

    private var tooLarge: String { "The selected file must be smaller than \(EvidenceSize.words(limit))" }

    func page(_ req: Request) async throws -> EvidencePage {
        let challengeId = try req.id("challengeID", entity: "challenge")
        let facts = try await req.challengeFacts()
        let store = EvidenceStore(db: req.db, catalog: req.catalog)
        var evidence: [Identified<EvidenceDocument>] = []
        var number = 1
        while true {
            let page = try await store.list(challengeId: challengeId, try PageRequest(page: number, per: PageRequest.maximumPer))
            evidence += page.items
            if page.items.count < PageRequest.maximumPer || evidence.count >= page.metadata.total { break }
            number += 1
        }
        var names = OrganisationNames(store: OrganisationStore(db: req.db))
        return EvidencePage(
            challengeId: challengeId, evidence: evidence, mayWrite: req.pageContext.may(.write, .challenge(facts, part: .evidence)),
            limit: limit, csrfToken: req.pageContext.csrfToken, done: req.query["done"],
            assessments: try await AttachableAssessment.load(req, councils: facts.organisationIds),
            challengeName: ChallengePageParts.name(councils: try await names.names(facts.organisationIds)))
    }
}

import EquitasCore
import EquitasPersistence
import Vapor

/// Upload and download of an evidence document's file. Files are stored once by their
/// SHA-256 under the data folder, outside anything served directly.
struct EvidenceFileController: DeclaredRouteCollection {
    let limit: Int

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.challengeEvidenceItemFilePut, body: .collect(atMost: limit), use: upload).body(limit: limit, isFile: true)
        try routes.on(API.challengeEvidenceItemFile, use: download)
    }

    /// The body is the file itself; `?filename=` names it. Its type is read from its
    /// first bytes, never trusted from the name or the Content-Type header.
    func upload(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        let id = try req.id("partID", entity: "evidence document")
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            throw ValidationFailure(path: "", message: "the request has no file in its body")
        }
        // The route's collect limit stops a large body while it streams in; this check
        // also covers bodies that arrive already collected.
        guard buffer.readableBytes <= limit else {
            throw Abort(.payloadTooLarge, reason: "the file is \(buffer.readableBytes) bytes; the limit is \(limit)")
        }
        let data = Data(buffer: buffer)
        let filename = try UploadName.clean(req.query["filename"] ?? "evidence")
        guard let mediaType = MediaSniffer.mediaType(of: data, filename: filename) else {
            throw Abort(.unsupportedMediaType, reason: "\(filename) is not a PDF, Office document, OpenDocument, image or plain text file")
        }
        let store = ChallengePartStore<EvidenceDocument>(db: req.db, catalog: req.catalog)
        _ = try await store.get(challengeId: challenge, id: id)
        let sha256 = try req.evidenceFiles.put(data)
        let file = StoredFile(filename: filename, mediaType: mediaType, size: data.count, sha256: sha256)
        let updated = try await EvidenceStore(db: req.db, catalog: req.catalog).attachFile(challengeId: challenge, id: id, file: file)
        return try JSONResponse.make(updated)
    }

    func download(req: Request) async throws -> Response {
        let challenge = try req.id("challengeID", entity: "challenge")
        let id = try req.id("partID", entity: "evidence document")
        let evidence = try await ChallengePartStore<EvidenceDocument>(db: req.db, catalog: req.catalog).get(challengeId: challenge, id: id)
        guard let file = evidence.value.file else {
            throw Abort(.notFound, reason: "evidence document \(id) has no uploaded file")
        }
        let data = try req.evidenceFiles.read(sha256: file.sha256)
        return FileResponse.make(data, contentType: file.mediaType, filename: file.filename)
    }
}

/// A filename safe to store and to echo in a header: the last path component only,
/// no control characters or quotes, bounded in length.
enum UploadName {
    static func clean(_ raw: String) throws(ValidationFailure) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && $0 != "\"" }
        let name = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw ValidationFailure(path: "filename", message: "\"\(raw)\" is not a usable file name")
        }
        return String(name.prefix(200))
    }
}

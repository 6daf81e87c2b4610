import MultipartKit
import Vapor

/// An upload form as `StreamedFormReader` kept it: the text fields whole, each file up
/// to the limit (a file over it kept with no bytes, and its field named in `oversized`).
struct StreamedForm: Sendable {
    enum Reading: Sendable {
        case form(StreamedForm)
        /// Not a multipart form, or one that did not arrive whole (the client went away).
        case unreadable
        /// The text fields together past `FormLimits.textFormBytes`.
        case fieldsTooLarge
    }

    let boundary: String
    /// The kept parts as one multipart body, for the decoders written for whole bodies.
    let body: ByteBuffer
    let fields: [(name: String, text: String)]
    /// The file fields that were over the limit.
    let oversized: Set<String>

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try FormDataDecoder().decode(type, from: body, boundary: boundary)
    }

    /// A text field's value, as typed.
    func text(_ name: String) -> String? {
        fields.first { $0.name == name }?.text
    }

    /// Reads the request's body to its end, however it arrives: whole (in memory, or a
    /// small post), or streamed in pieces over the connection.
    ///
    /// The streamed body is read with `drain`, whose callback runs on the event loop for
    /// each piece and answers at once, so every piece is taken — past the file limit it
    /// is only dropped — until the body ends or the connection fails. Nothing returns or
    /// throws while the client is still sending: a server that answers mid-body and
    /// stops reading leaves the client stalled (vapor/vapor#2356). `for try await` over
    /// `req.body` is not used: its bridge can stop asking for pieces once its consumer
    /// has gone (and has crashed under large bodies, vapor/vapor#3153).
    static func read(_ req: Request, fileLimit: Int) async throws -> Reading {
        let reader = StreamedFormReader(boundary: boundary(req.headers.contentType), fileLimit: fileLimit, fieldLimit: FormLimits.textFormBytes)
        if let whole = req.body.data {
            reader.feed(whole)
            return reader.finish()
        }
        let done = req.eventLoop.makePromise(of: Reading.self)
        req.body.drain { result in
            switch result {
            case .buffer(let piece): reader.feed(piece)
            case .error(let error): done.fail(error)
            case .end: done.succeed(reader.finish())
            }
            return req.eventLoop.makeSucceededVoidFuture()
        }
        return try await done.futureResult.get()
    }

    /// The form's boundary, read as the stored-text check reads it (`BodyKind`).
    static func boundary(_ type: HTTPMediaType?) -> String? {
        guard let type, case .multipart(let boundary) = StorableTextMiddleware.BodyKind(type) else { return nil }
        return boundary
    }
}

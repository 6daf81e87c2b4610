import Foundation
import MultipartKit
import NIOCore
import NIOHTTP1

/// An upload form read so that a file over its limit does not lose what was typed beside
/// it: every text field is kept whole, each file only up to the limit, and a file that
/// is too large is noted rather than refused mid-stream. The route then shows the form
/// again with the typed fields and a message naming the field and the limit (issue 17).
/// Collecting the body whole refused it with a bare 413 page instead.
struct BoundedUpload: Sendable {
    let boundary: String
    /// Text fields whole; files up to the limit (an oversized file's part is kept empty).
    var parts: [MultipartPart]
    /// The names of the file fields that were over the limit.
    var oversized: Set<String>

    /// The kept parts as one body, for the checks and decoders written for whole bodies.
    func body() throws -> ByteBuffer {
        var buffer = ByteBuffer()
        try MultipartSerializer().serialize(parts: parts, boundary: boundary, into: &buffer)
        return buffer
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try FormDataDecoder().decode(type, from: try body(), boundary: boundary)
    }

    /// A text field's value.
    func field(_ name: String) -> String? {
        parts.first { $0.name == name && !Self.isFile($0) }.map { String(buffer: $0.body) }
    }

    static func isFile(_ part: MultipartPart) -> Bool {
        part.headers["Content-Disposition"].contains { MultipartFields.disposition($0)["filename"] != nil }
    }
}

/// Feeds a multipart body, piece by piece, into `BoundedUpload`'s parts.
final class BoundedUploadReader {
    let boundary: String
    let fileLimit: Int
    /// Text fields together may take this much; past it the post is refused (413).
    let fieldLimit: Int
    private let parser: MultipartParser
    private var parts: [MultipartPart] = []
    private var oversized: Set<String> = []
    private var headers = HTTPHeaders()
    private var body = ByteBuffer()
    private var name = ""
    private var isFile = false
    private var isOver = false
    private var fieldBytes = 0

    init(boundary: String, fileLimit: Int, fieldLimit: Int) {
        self.boundary = boundary
        self.fileLimit = fileLimit
        self.fieldLimit = fieldLimit
        parser = MultipartParser(boundary: boundary)
        parser.onHeader = { [unowned self] field, value in header(field, value) }
        parser.onBody = { [unowned self] chunk in take(&chunk) }
        parser.onPartComplete = { [unowned self] in completePart() }
    }

    /// Reads the next piece; false once the text fields are past their limit.
    func feed(_ buffer: ByteBuffer) throws -> Bool {
        try parser.execute(buffer)
        return fieldBytes <= fieldLimit
    }

    var upload: BoundedUpload { BoundedUpload(boundary: boundary, parts: parts, oversized: oversized) }

    private func header(_ field: String, _ value: String) {
        headers.add(name: field, value: value)
        guard field.lowercased() == "content-disposition" else { return }
        let parameters = MultipartFields.disposition(value)
        name = parameters["name"] ?? ""
        isFile = parameters["filename"] != nil
    }

    private func take(_ chunk: inout ByteBuffer) {
        guard isFile else {
            fieldBytes += chunk.readableBytes
            body.writeBuffer(&chunk)
            return
        }
        guard !isOver else { return }
        if body.readableBytes + chunk.readableBytes > fileLimit {
            // Past the limit: the file is dropped (never held whole) and only noted.
            isOver = true
            oversized.insert(name)
            body.clear()
        } else {
            body.writeBuffer(&chunk)
        }
    }

    private func completePart() {
        parts.append(MultipartPart(headers: headers, body: body))
        headers = HTTPHeaders()
        body = ByteBuffer()
        (name, isFile, isOver) = ("", false, false)
    }
}

import Foundation
import MultipartKit
import NIOCore
import NIOHTTP1

/// Takes a multipart form piece by piece as it arrives and keeps what the route needs:
/// every text field whole, each file only up to the limit. A file past the limit is
/// noted and its bytes dropped as they come, so however large it is the form can still
/// come back with what was typed beside it — including fields sent after the file.
///
/// It never stops the body early: whatever it meets (a file too large, fields past
/// their allowance, a body that is not multipart at all) it only notes, and keeps
/// taking pieces to the end, so the client is never left waiting to send the rest.
/// Touched only on the request's event loop, one piece after another (see
/// `StreamedForm.read`), hence `@unchecked Sendable`.
final class StreamedFormReader: @unchecked Sendable {
    /// Bytes the parser may take with nothing to show for them (no header, no body
    /// bytes, no part ended): past this the body is not a form, only noise to drain,
    /// and the parser, which holds a header line in memory, is not fed any more.
    static let idleAllowance = 64 * 1024

    let boundary: String?
    let fileLimit: Int
    let fieldLimit: Int
    private let parser: MultipartParser?
    private var parts: [MultipartPart] = []
    private var oversized: Set<String> = []
    private var headers = HTTPHeaders()
    private var body = ByteBuffer()
    private var name = ""
    private var isFile = false
    private var isOver = false
    private var fileBytes = 0
    private var fieldBytes = 0
    private var idleBytes = 0
    private var isMalformed = false
    /// The last bytes seen, to tell at the end whether the closing delimiter arrived.
    private var tail: [UInt8] = []
    private let closing: [UInt8]

    /// `boundary` nil: the body is not a multipart form; it is drained and reads as unreadable.
    init(boundary: String?, fileLimit: Int, fieldLimit: Int) {
        self.boundary = boundary
        self.fileLimit = fileLimit
        self.fieldLimit = fieldLimit
        closing = Array("--\(boundary ?? "")--".utf8)
        guard let boundary, !boundary.isEmpty else {
            parser = nil
            isMalformed = true
            return
        }
        let parser = MultipartParser(boundary: boundary)
        self.parser = parser
        parser.onHeader = { [unowned self] field, value in header(field, value) }
        parser.onBody = { [unowned self] chunk in take(&chunk) }
        parser.onPartComplete = { [unowned self] in completePart() }
    }

    /// Reads the next piece; never throws, so the caller always goes on to the end.
    func feed(_ piece: ByteBuffer) {
        guard let parser, !isMalformed else { return }
        remember(piece)
        idleBytes += piece.readableBytes
        do {
            try parser.execute(piece)
        } catch {
            isMalformed = true
        }
        // Every callback sets `idleBytes` back to 0, so only bytes that showed nothing count.
        if idleBytes > Self.idleAllowance { isMalformed = true }
    }

    /// What arrived, once the body has ended.
    func finish() -> StreamedForm.Reading {
        if isMalformed || !tail.containsSequence(closing) { return .unreadable }
        if fieldBytes > fieldLimit { return .fieldsTooLarge }
        var serialized = ByteBuffer()
        guard let boundary, (try? MultipartSerializer().serialize(parts: parts, boundary: boundary, into: &serialized)) != nil else {
            return .unreadable
        }
        let fields = parts.filter { !Self.isFile($0) }.map { (name: Self.name(of: $0) ?? "", text: String(buffer: $0.body)) }
        parts = []
        return .form(StreamedForm(boundary: boundary, body: serialized, fields: fields, oversized: oversized))
    }

    private func remember(_ piece: ByteBuffer) {
        let keep = closing.count + 64
        tail += piece.readableBytesView.suffix(keep)
        if tail.count > keep { tail.removeFirst(tail.count - keep) }
    }

    private func header(_ field: String, _ value: String) {
        idleBytes = 0
        headers.replaceOrAdd(name: field, value: value)
        guard field.lowercased() == "content-disposition" else { return }
        let parameters = MultipartFields.disposition(value)
        name = parameters["name"] ?? ""
        isFile = parameters["filename"] != nil
    }

    private func take(_ chunk: inout ByteBuffer) {
        idleBytes = 0
        guard isFile else {
            fieldBytes += chunk.readableBytes
            // Past the fields' allowance nothing more is kept; the post is refused at the end.
            if fieldBytes <= fieldLimit { body.writeBuffer(&chunk) }
            return
        }
        guard !isOver else { return }
        // Each file may take the limit; all the files of a post twice that (a staff list
        // and its mapping), so that many file parts cannot add up to more.
        if body.readableBytes + chunk.readableBytes > fileLimit || fileBytes + chunk.readableBytes > 2 * fileLimit {
            isOver = true
            oversized.insert(name)
            fileBytes -= body.readableBytes
            body = ByteBuffer()
        } else {
            fileBytes += chunk.readableBytes
            body.writeBuffer(&chunk)
        }
    }

    private func completePart() {
        idleBytes = 0
        parts.append(MultipartPart(headers: headers, body: body))
        headers = HTTPHeaders()
        body = ByteBuffer()
        (name, isFile, isOver) = ("", false, false)
    }

    static func isFile(_ part: MultipartPart) -> Bool {
        part.headers["Content-Disposition"].contains { MultipartFields.disposition($0)["filename"] != nil }
    }

    static func name(of part: MultipartPart) -> String? {
        part.headers["Content-Disposition"].lazy.compactMap { MultipartFields.disposition($0)["name"] }.first
    }
}

extension Array where Element == UInt8 {
    fileprivate func containsSequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { start in self[start..<(start + needle.count)].elementsEqual(needle) }
    }
}

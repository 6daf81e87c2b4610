import Foundation
import NIOCore
import Vapor
import Testing

@testable import EquitasWeb

/// The upload reader fed as a connection feeds it: in pieces of any size, cut anywhere.
@Suite("Streamed upload form reader")
struct StreamedFormReaderTests {
    static let boundary = "reader-test-boundary"

    static func body(fileBytes: Int, closed: Bool = true) -> [UInt8] {
        var text = "--\(boundary)\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBefore the file\r\n"
        text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        var bytes = Array(text.utf8) + [UInt8](repeating: 0x41, count: fileBytes)
        bytes += Array("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttps://example.org/after\r\n".utf8)
        if closed { bytes += Array("--\(boundary)--\r\n".utf8) }
        return bytes
    }

    static func read(_ bytes: [UInt8], piece: Int, fileLimit: Int = 1000, fieldLimit: Int = 10_000, boundary: String? = boundary) -> StreamedForm.Reading {
        let reader = StreamedFormReader(boundary: boundary, fileLimit: fileLimit, fieldLimit: fieldLimit)
        var start = 0
        while start < bytes.count {
            reader.feed(ByteBuffer(bytes: bytes[start..<min(start + piece, bytes.count)]))
            start += piece
        }
        return reader.finish()
    }

    struct Posted: Decodable {
        var title: String?
        var url: String?
        var file: File?
    }

    @Test("a file within the limit is kept whole, and the fields either side of it", arguments: [1, 7, 64, 100_000])
    func withinLimit(piece: Int) throws {
        guard case .form(let form) = Self.read(Self.body(fileBytes: 1000), piece: piece) else {
            Issue.record("not read as a form")
            return
        }
        #expect(form.oversized.isEmpty)
        let posted = try form.decode(Posted.self)
        #expect(posted.title == "Before the file")
        #expect(posted.url == "https://example.org/after")
        #expect(posted.file?.data.readableBytes == 1000)
    }

    @Test("a file past the limit is dropped and named; the fields either side are kept", arguments: [1, 13, 4096])
    func pastLimit(piece: Int) throws {
        guard case .form(let form) = Self.read(Self.body(fileBytes: 50_000), piece: piece) else {
            Issue.record("not read as a form")
            return
        }
        #expect(form.oversized == ["file"])
        #expect(form.text("title") == "Before the file")
        #expect(form.text("url") == "https://example.org/after")
        #expect(try form.decode(Posted.self).file?.data.readableBytes == 0)
    }

    @Test("a body cut short, not multipart, or with text fields past their allowance is told apart")
    func refusals() {
        guard case .unreadable = Self.read(Self.body(fileBytes: 10, closed: false), piece: 5) else {
            Issue.record("a body without its closing delimiter read as whole")
            return
        }
        guard case .unreadable = Self.read(Array("title=x".utf8), piece: 3, boundary: nil) else {
            Issue.record("a url-encoded body read as a form")
            return
        }
        guard case .unreadable = Self.read([UInt8](repeating: 0x41, count: 200_000), piece: 4096) else {
            Issue.record("noise read as a form")
            return
        }
        guard case .fieldsTooLarge = Self.read(Self.body(fileBytes: 10), piece: 8, fieldLimit: 20) else {
            Issue.record("text fields past their allowance accepted")
            return
        }
    }
}

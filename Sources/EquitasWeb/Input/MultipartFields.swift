import EquitasCore
import Foundation
import MultipartKit
import NIOCore

/// The text fields of a multipart form post; file parts are the uploads' own business.
enum MultipartFields {
    static func check(_ body: ByteBuffer, boundary: String) throws {
        var fields: [(name: String, text: String)] = []
        var name: String?
        var isFile = false
        var bytes: [UInt8] = []
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { field, value in
            guard field.lowercased() == "content-disposition" else { return }
            let parameters = disposition(value)
            name = parameters["name"]
            isFile = parameters["filename"] != nil
        }
        parser.onBody = { chunk in
            if !isFile { bytes += chunk.readableBytesView }
        }
        parser.onPartComplete = {
            if !isFile, let name { fields.append((name, String(decoding: bytes, as: UTF8.self))) }
            (name, isFile, bytes) = (nil, false, [])
        }
        // A body that is not multipart at all is the route's to refuse.
        guard (try? parser.execute(body)) != nil else { return }
        try check(fields: fields)
    }

    /// Each field's name and text must be storable alike on both databases.
    static func check(fields: [(name: String, text: String)]) throws {
        for field in fields {
            try StorableText.check(field.name, path: field.name)
            try StorableText.check(field.text, path: field.name)
        }
    }

    /// `form-data; name="title"; filename="a.pdf"` → ["name": "title", "filename": "a.pdf"].
    static func disposition(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            var text = pair[1]
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            result[pair[0].lowercased()] = text
        }
        return result
    }
}

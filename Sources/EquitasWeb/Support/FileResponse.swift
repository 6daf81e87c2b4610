import Foundation
import Vapor

/// A file sent to the browser: reports, exports, evidence. One place sets the headers
/// every download needs, and keeps a name (perhaps a person's upload name) from
/// breaking out of the Content-Disposition header.
enum FileResponse {
    static func make(_ data: Data, contentType: String, filename: String, inline: Bool = false) -> Response {
        make(ByteBuffer(data: data), contentType: contentType, filename: filename, inline: inline)
    }

    /// The same for bytes already in a buffer (a kept report), sent without a copy.
    static func make(_ bytes: ByteBuffer, contentType: String, filename: String, inline: Bool = false) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: "\(inline ? "inline" : "attachment"); filename=\"\(headerSafe(filename))\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(buffer: bytes))
    }

    /// Quotes, backslashes and control characters (a CR or LF would end the header)
    /// become underscores.
    static func headerSafe(_ filename: String) -> String {
        // Most names are plain ASCII with nothing to replace: no need to look at scalars.
        if filename.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return filename
        }
        return String(String.UnicodeScalarView(filename.unicodeScalars.map { scalar in
            scalar == "\"" || scalar == "\\" || scalar.properties.generalCategory == .control ? "_" : scalar
        }))
    }
}

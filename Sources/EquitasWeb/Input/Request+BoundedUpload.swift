import EquitasCore
import MultipartKit
import Vapor

extension Request {
    private struct BoundedUploadKey: StorageKey { typealias Value = BoundedUpload }

    /// The route's upload as `collectBoundedUpload` read it: nil until then, and on other routes.
    var boundedUpload: BoundedUpload? {
        get { storage[BoundedUploadKey.self] }
        set { storage[BoundedUploadKey.self] = newValue }
    }

    /// Reads a route's multipart upload once, as it streams in, keeping what was typed and
    /// each file up to `fileLimit` (`BoundedUpload`). Text fields past `fieldLimit`, or a
    /// body past ten times the file limit (nobody's honest upload), are refused with 413.
    /// A body that is not multipart is left to the route.
    func collectBoundedUpload(fileLimit: Int, fieldLimit: Int) async throws {
        guard boundedUpload == nil else { return }
        guard let type = headers.contentType, type.type.lowercased() == "multipart", type.subType.lowercased() == "form-data",
            let boundary = type.parameters["boundary"], !boundary.isEmpty
        else { return }
        let reader = BoundedUploadReader(boundary: boundary, fileLimit: fileLimit, fieldLimit: fieldLimit)
        let ceiling = max(fileLimit, 1) * 10 + fieldLimit
        var total = 0
        do {
            if let whole = body.data {
                guard whole.readableBytes <= ceiling, try reader.feed(whole) else { throw Abort(.payloadTooLarge) }
            } else {
                for try await chunk in body {
                    total += chunk.readableBytes
                    guard total <= ceiling, try reader.feed(chunk) else { throw Abort(.payloadTooLarge) }
                }
            }
        } catch is MultipartError {
            throw ValidationFailure(path: "", message: "the form could not be read (its multipart body is malformed); send it again")
        }
        boundedUpload = reader.upload
    }
}

import EquitasCore
import EquitasPersistence
import Vapor

/// JSON responses in the project's one dialect (JSONCoding), so the API, the export
/// file and the CLI print the same bytes for the same value.
enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
        make(encoded: try JSONCoding.encoder().encode(value), status: status)
    }

    /// JSON already encoded (by `JSONCoding`), such as a kept response's bytes.
    static func make(encoded data: Data, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: data))
    }

    /// 201 for something just made, with its address: the collection's path plus its id.
    static func created<T: Codable>(_ value: Identified<T>, under collectionPath: String) throws -> Response {
        let response = try make(value, status: .created)
        response.headers.replaceOrAdd(name: .location, value: collectionPath + "/" + value.id.uuidString)
        return response
    }
}

extension Request {
    /// The body decoded as `T`, failures naming the JSON path (`modules[0].level: missing`).
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw ValidationFailure(path: "", message: "the request has no JSON body")
        }
        return try JSONCoding.decode(type, from: Data(buffer: buffer))
    }

    /// A UUID path parameter; a malformed one is as unknown as a missing one.
    func id(_ name: String, entity: String) throws -> UUID {
        let raw = parameters.get(name) ?? ""
        guard let id = UUID(uuidString: raw) else { throw NotFound(entity: entity, id: raw) }
        return id
    }

    // The query readers are kept out of line: inlined into an async route, Swift 6.3's
    // release build crashed in LLVM's coroutine splitting (signal 11).
    @inline(never)
    func pageRequest() throws -> PageRequest {
        try PageRequest(page: intQuery("page"), per: intQuery("per"))
    }

    /// An optional whole-number query parameter; `page=abc` is refused, not ignored.
    @inline(never)
    func intQuery(_ name: String) throws -> Int? {
        guard let raw: String = query[name] else { return nil }
        guard let value = Int(raw) else { throw ValidationFailure(path: name, message: "\"\(raw)\" is not a whole number") }
        return value
    }

    /// An optional query parameter that must parse when present.
    @inline(never)
    func optionalQuery<T: DomainEnum>(_ name: String, as type: T.Type) throws -> T? {
        guard let raw: String = query[name] else { return nil }
        guard let value = T(rawValue: raw) else { throw ValidationFailure(path: name, message: T.unknown(raw)) }
        return value
    }

    @inline(never)
    func optionalUUIDQuery(_ name: String) throws -> UUID? {
        guard let raw: String = query[name] else { return nil }
        guard let value = UUID(uuidString: raw) else { throw ValidationFailure(path: name, message: "\"\(raw)\" is not an id") }
        return value
    }
}

import Foundation

/// Reading and writing the interchange documents (`equitas.challenge/1`,
/// `equitas.action-plan/1`): one place that turns bad JSON into a message with the
/// line and column, and one canonical form for the bytes.
enum InterchangeJSON {
    static func decode<Document: Decodable>(_ type: Document.Type, from data: Data) throws(ValidationFailure) -> Document {
        do {
            return try JSONCoding.decode(type, from: data)
        } catch where error.path.isEmpty {
            guard let problem = JSONSyntax.problem(in: data) else { throw error }
            throw ValidationFailure(path: "", message: "not valid JSON: \(problem)")
        }
    }

    /// JSONCoding's sorted, indented dialect with a final newline, so that export →
    /// import → export gives the same bytes.
    static func encoded<Document: Encodable>(_ document: Document) throws -> Data {
        var data = try JSONCoding.encoder().encode(document)
        data.append(0x0A)
        return data
    }
}

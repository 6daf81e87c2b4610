import Foundation

extension ValidationFailure {
    /// Turns what JSONDecoder says into a failure a person can act on: the JSON path
    /// as they wrote it (snake_case, `findings[3].text`) and a short reason.
    public init(_ error: DecodingError) {
        func path(_ codingPath: [CodingKey], adding key: CodingKey? = nil) -> String {
            var text = ""
            for key in codingPath + (key.map { [$0] } ?? []) {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + ValidationFailure.snakeCase(key.stringValue)
                }
            }
            return text
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(path: path(context.codingPath, adding: key), message: "missing")
        case .valueNotFound(_, let context):
            self.init(path: path(context.codingPath), message: "missing")
        case .typeMismatch(let type, let context):
            self.init(path: path(context.codingPath), message: "expected \(ValidationFailure.describe(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self.init(path: "", message: "not valid JSON")
            } else {
                self.init(path: path(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(path: "", message: "could not be read")
        }
    }

    /// `organisationIds` → `organisation_ids`, matching JSONCoding's key strategy.
    static func snakeCase(_ key: String) -> String {
        var result = ""
        for character in key {
            if character.isUppercase {
                if !result.isEmpty { result.append("_") }
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}

extension JSONCoding {
    /// Decodes `T`, reporting any problem as a ValidationFailure with the JSON path.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(ValidationFailure) -> T {
        do {
            return try decoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw ValidationFailure(error)
        } catch {
            throw ValidationFailure(path: "", message: "not valid JSON")
        }
    }
}

import Foundation
import SQLKit

/// One stored value as it travels in the file: JSON null, true/false, a whole number, a
/// fraction, or a string (text, a UUID, or base64 for a blob; the column's type says which).
enum BackupValue: Codable, Equatable, Sendable {
    case null
    case boolean(Bool)
    case integer(Int64)
    case double(Double)
    case string(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .boolean(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    /// Reads one column of a row the way its type says.
    static func read(_ column: BackupColumn, from row: any SQLRow) throws -> BackupValue {
        if try row.decodeNil(column: column.name) { return .null }
        switch column.type {
        case .uuid: return .string(try row.decode(column: column.name, as: UUID.self).uuidString.lowercased())
        case .text: return .string(try row.decode(column: column.name, as: String.self))
        case .integer: return .integer(try row.decode(column: column.name, as: Int64.self))
        case .double: return .double(try row.decode(column: column.name, as: Double.self))
        case .boolean: return .boolean(try row.decode(column: column.name, as: Bool.self))
        case .blob: return .string(try row.decode(column: column.name, as: Data.self).base64EncodedString())
        }
    }

    /// The value to bind for a column of `type` in the target, converting what the two
    /// dialects store differently (booleans as 0/1 in SQLite). Nil when it cannot be one.
    func bind(as type: BackupColumnType) -> (any SQLExpression)? {
        switch (self, type) {
        case (.null, _): return SQLLiteral.null
        case (.string(let text), .uuid): return UUID(uuidString: text).map { SQLBind($0) }
        case (.string(let text), .text): return SQLBind(text)
        case (.string(let text), .blob): return Data(base64Encoded: text).map { SQLBind($0) }
        case (.integer(let value), .integer): return SQLBind(value)
        case (.boolean(let value), .integer): return SQLBind(Int64(value ? 1 : 0))
        case (.boolean(let value), .boolean): return SQLBind(value)
        case (.integer(let value), .boolean) where value == 0 || value == 1: return SQLBind(value == 1)
        case (.integer(let value), .double): return SQLBind(Double(value))
        case (.double(let value), .double): return SQLBind(value)
        default: return nil
        }
    }
}

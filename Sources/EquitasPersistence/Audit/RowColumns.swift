import FluentKit
import Foundation

/// A row's columns as text, keyed by column name, read through the same `input(to:)`
/// that FluentKit uses to write the row, so the names are the stored ones
/// (`organisation_id`) and every kind of property is covered without a list to keep.
final class RowColumns: DatabaseInput {
    let wantsUnmodifiedKeys: Bool
    private(set) var values: [String: String?] = [:]

    private init(all: Bool) {
        wantsUnmodifiedKeys = all
    }

    /// Every column with its current value, set or stored; nil for a null.
    static func all(of row: some Model) -> [String: String?] {
        let columns = RowColumns(all: true)
        row.input(to: columns)
        return columns.values
    }

    /// The columns given a new value since the row was read or last saved.
    static func changed(in row: some Model) -> Set<String> {
        let columns = RowColumns(all: false)
        row.input(to: columns)
        return Set(columns.values.keys)
    }

    func set(_ value: DatabaseQuery.Value, at key: FieldKey) {
        switch value {
        case .bind(let bound): values[key.description] = Self.text(bound)
        case .null: values[key.description] = .some(nil)
        case .enumCase(let name): values[key.description] = name
        // A property never set (a timestamp before its first save) has nothing to show.
        case .default, .array, .dictionary, .custom: break
        }
    }

    /// How a value reads in the trail: ids in the lower case the API uses, numbers and
    /// text as they are, anything else as JSON.
    static func text(_ value: any Encodable) -> String? {
        switch value {
        case let text as String: return text
        case let id as UUID: return id.uuidString.lowercased()
        case let number as Int: return String(number)
        case let number as Double: return String(number)
        case let flag as Bool: return flag ? "true" : "false"
        case let date as Date: return MicrosecondTimestamp().serialize(date)
        case let optional as any OptionalValue: return optional.wrappedText
        default:
            guard let data = try? JSONEncoder().encode(value) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
}

/// Lets `RowColumns.text` see through an optional bound as a value.
protocol OptionalValue {
    var wrappedText: String? { get }
}

extension Optional: OptionalValue where Wrapped: Encodable {
    var wrappedText: String? { map { RowColumns.text($0) } ?? nil }
}

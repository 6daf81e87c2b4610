import Foundation

/// One characteristic of a staff list to profile, named by its column: the three every
/// list has (`sex`, `ethnicity`, `disability`) and each further column a council adds
/// (`age_band`, `sexual_orientation`…). Encodes as the column name alone.
public struct StaffCharacteristic: Hashable, Codable, Sendable, CustomStringConvertible {
    public var column: String

    public init(_ column: String) {
        self.column = column
    }

    public static let sex = StaffCharacteristic("sex")
    public static let ethnicity = StaffCharacteristic("ethnicity")
    public static let disability = StaffCharacteristic("disability")

    /// How a record gave this characteristic; a column the record lacks reads as blank.
    public func value(of record: StaffRecord) -> CharacteristicValue {
        switch column {
        case "sex": record.sex
        case "ethnicity": record.ethnicity
        case "disability": record.disability
        default: record.other[column] ?? .blank
        }
    }

    /// "Age band" for `age_band`: for headings and tables.
    public var label: String {
        let words = column.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    public var description: String { column }

    /// Sex, ethnicity and disability, then `others` in the order given, then any further
    /// column found in the records and not yet named, by name.
    public static func all(others: [String] = [], records: [StaffRecord] = []) -> [StaffCharacteristic] {
        all(others: others, found: Array(Set(records.flatMap(\.other.keys))))
    }

    /// The same, with the further columns found in the records given by name.
    public static func all(others: [String] = [], found: [String]) -> [StaffCharacteristic] {
        var columns = ["sex", "ethnicity", "disability"]
        for name in others where !columns.contains(name) { columns.append(name) }
        return (columns + Set(found).subtracting(columns).sorted()).map(StaffCharacteristic.init)
    }

    public init(from decoder: Decoder) throws {
        column = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(column)
    }
}

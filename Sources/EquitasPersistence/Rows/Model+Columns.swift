import EquitasCore
import FluentKit

/// Enums, dates and times are stored as their text; these read them back, naming the
/// column when one does not parse.
extension Model {
    func read<T>(_ raw: String, as parse: (String) -> T?, column: String) throws -> T {
        guard let value = parse(raw) else { throw CorruptColumn(table: Self.schema, column: column, value: raw) }
        return value
    }

    func read<T>(_ raw: String?, as parse: (String) -> T?, column: String) throws -> T? {
        guard let raw else { return nil }
        return try read(raw, as: parse, column: column) as T
    }

    func read<E: DomainEnum>(_ raw: String, column: String) throws -> E {
        try read(raw, as: E.init(rawValue:), column: column)
    }
}

import EquitasCore
import Foundation

/// A JSON column's text: compact and with sorted keys, so an unchanged value is byte for
/// byte the same and the audit trail records no change.
enum CompactJSON {
    static func string<T: Encodable>(_ value: T, empty: String = "[]") -> String {
        let encoder = JSONCoding.encoder()
        encoder.outputFormatting.remove(.prettyPrinted)
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? empty
    }
}

import EquitasCore
import Foundation

extension StaffRowDecoder {
    /// The cell `CSVReader` makes of these bytes.
    static func cell(_ bytes: Bytes) -> SheetCell {
        bytes.isEmpty ? .empty : .text(FormulaGuard.unguarded(String(decoding: bytes, as: UTF8.self)))
    }

    /// `cell(bytes).isBlank`, without making a string for plain ASCII.
    static func isBlank(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first else { return true }
        if first == UInt8(ascii: "'") { return cell(bytes).isBlank }
        for byte in bytes {
            if byte >= 0x80 { return cell(bytes).isBlank }
            if byte != 0x20, !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }

    /// A required amount, as `StaffRowReader.required(_, StaffCellParser.amount)` reads it:
    /// plain digits with an optional decimal point quickly, anything else by the general rule.
    static func amount(_ bytes: Bytes) -> Decimal? {
        if let plain = plainAmount(bytes) { return plain }
        let cell = cell(bytes)
        return cell.isBlank ? nil : StaffCellParser.amount(cell)
    }

    /// "1234" or "12.65": at most 18 digits, at least one on each side of a point.
    static func plainAmount(_ bytes: Bytes) -> Decimal? {
        guard let (mantissa, digits, decimals) = PlainDecimalDigits.scan(bytes, maximumBytes: 19), digits <= 18 else { return nil }
        return Decimal(sign: .plus, exponent: -decimals, significand: Decimal(mantissa))
    }

    /// The id as `StaffCellParser.employeeId` reads it, noting it for the repeat check.
    mutating func employeeId(_ bytes: Bytes) -> String? {
        let plain = EmployeeIdHash.isPlain(bytes)
        guard var id = plain ? String(decoding: bytes, as: UTF8.self) : StaffCellParser.employeeId(Self.cell(bytes)) else { return nil }
        noteId(id.withUTF8(EmployeeIdHash.hash))
        return id
    }

    /// No id twice: hashes sorted and compared, and the ids themselves only if two collide.
    static func idsAreUnique(_ records: [StaffRecord], hashes: [UInt64]) -> Bool {
        let sorted = RadixSort.sortedSpread(hashes)
        guard zip(sorted, sorted.dropFirst()).contains(where: { $0 == $1 }) else { return true }
        return Set(records.map(\.employeeId)).count == records.count
    }
}

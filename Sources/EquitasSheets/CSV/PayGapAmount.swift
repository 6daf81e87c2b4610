import EquitasCore
import Foundation

/// An amount cell straight into whole units of `PayGapTally` (millionths of a pound),
/// with the decimal places it was written with: "12.65" is 12,650,000 units and two
/// places. Plain digits with at most one point are read digit by digit; anything else
/// ("£1,234.50", " 9 ", "3e2") by `StaffCellParser.amount`, the general rule, so the
/// amount is always the one the general reader would see.
enum PayGapAmount {
    /// Nil for a blank cell, a cell the general rule refuses, or an amount that cannot be
    /// held exactly in units (more than six decimal places, or over 4.5 billion pounds).
    static func required(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: Int64, decimals: Int)? {
        if let plain = plain(bytes) { return plain }
        let cell = StaffRowDecoder.cell(bytes)
        guard !cell.isBlank, let amount = StaffCellParser.amount(cell) else { return nil }
        return PayGapTally.units(amount)
    }

    /// "1234", "12.65", "0012.10": digits, and a point with a digit on each side; at most
    /// six decimal places and 15 digits in all. Nil for anything else.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: Int64, decimals: Int)? {
        guard let (digitsValue, digits, decimals) = PlainDecimalDigits.scan(bytes, maximumBytes: 16),
            digits <= 15, decimals <= PayGapTally.unitDigits
        else { return nil }
        var value = Int64(digitsValue)
        for _ in decimals..<PayGapTally.unitDigits {
            guard value < (1 << 52) / 10 else { return nil }
            value *= 10
        }
        guard value < 1 << 52 else { return nil }
        // As `ScaledAmounts` counts places: from the amount written, none for a zero.
        return (value, value == 0 ? 0 : decimals)
    }
}

import Foundation

/// Reads a `Decimal`'s sign, exponent and (up to 64-bit) mantissa straight from its
/// storage, which Foundation does not expose on Linux. The layout (an exponent byte, a
/// byte of length and flags, then eight little-endian 16-bit words of mantissa) is
/// checked once against known values; if a future Foundation lays it out differently,
/// `parts` returns nil and every caller falls back to plain `Decimal` arithmetic.
enum DecimalBits {
    static func parts(_ value: Decimal) -> (mantissa: UInt64, exponent: Int, negative: Bool)? {
        guard layoutHolds else { return nil }
        return raw(value)
    }

    private static func raw(_ value: Decimal) -> (mantissa: UInt64, exponent: Int, negative: Bool)? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        return withUnsafeBytes(of: value) { bytes -> (mantissa: UInt64, exponent: Int, negative: Bool)? in
            let exponent = Int(Int8(bitPattern: bytes[0]))
            let flags = bytes[1]
            let length = Int(flags >> 4)
            guard length <= 4 else { return nil }
            for word in 4..<8 where bytes[4 + 2 * word] != 0 || bytes[5 + 2 * word] != 0 { return nil }
            var mantissa: UInt64 = 0
            for word in 0..<4 {
                mantissa |= (UInt64(bytes[4 + 2 * word]) | UInt64(bytes[5 + 2 * word]) << 8) << (16 * word)
            }
            if length == 0, mantissa != 0 { return nil }
            return (mantissa, exponent, flags & 0x08 != 0)
        }
    }

    private static let layoutHolds: Bool = {
        let cases: [(String, UInt64, Int, Bool)] = [
            ("12.65", 1265, -2, false), ("-0.5", 5, -1, true), ("1000", 1000, 0, false), ("18446744073709551615", UInt64.max, 0, false),
        ]
        for (text, mantissa, exponent, negative) in cases {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), let parts = raw(value) else { return false }
            // A normalised form (1000 as 1 × 10^3) is fine too, as long as it is the same number.
            let rebuilt = Decimal(sign: parts.negative ? .minus : .plus, exponent: parts.exponent, significand: Decimal(parts.mantissa))
            guard rebuilt == value, parts.negative == negative, parts.mantissa != 0 || mantissa == 0 else { return false }
            _ = exponent
        }
        return raw(Decimal(0)).map { $0.mantissa == 0 } ?? false
    }()
}

import Foundation

/// A `Decimal` as text and back, digit for digit: a JSON number would pass through
/// `Double` on the way in and lose the last places of a fraction such as 10/3.
enum ExactDecimalText {
    static func text(_ value: Decimal) -> String { value.description }

    static func decimal(_ text: String) -> Decimal? { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) }
}

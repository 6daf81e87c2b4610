import Foundation

extension LocalDateTime {
    /// "10 March 2026, 10:00", as a person in the UK reads a time; never the exchange form.
    public var words: String {
        "\(date.longForm), " + String(format: "%02d:%02d", hour, minute)
    }
}

import Foundation

/// Age bands in age order ("Under 25", "25-34", …, "65 and over") wherever a report
/// lists them, whatever order the staff list or community profile gave them in: a
/// reader looks for the next band down the page, not the next largest.
public enum AgeBandOrder {
    /// The youngest age a band label starts from: "16-24" is 16, "65+" and "65 and
    /// over" are 65, "Under 25" and "Under 16s" count from 0; nil for any other label.
    public static func lowerBound(_ label: String) -> Int? {
        let trimmed = label.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasPrefix("under") || trimmed.hasPrefix("below") || trimmed.hasPrefix("less than") { return 0 }
        let digits = trimmed.prefix { $0.isNumber }
        return digits.isEmpty ? nil : Int(digits)
    }

    /// `items` in age order when every label is an age band, otherwise as given. The
    /// sort is stable, so bands starting at the same age keep their order.
    public static func ordered<Item>(_ items: [Item], label: (Item) -> String) -> [Item] {
        let keys = items.map { lowerBound(label($0)) }
        guard !items.isEmpty, keys.allSatisfy({ $0 != nil }) else { return items }
        return zip(items, keys).enumerated()
            .sorted { ($0.element.1!, $0.offset) < ($1.element.1!, $1.offset) }
            .map(\.element.0)
    }
}

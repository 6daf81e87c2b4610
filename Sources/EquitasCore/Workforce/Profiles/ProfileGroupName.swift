import Foundation

/// How a recorded value becomes a group, the same way the pay gap figures do it: spaces
/// around it ignored, letter case ignored (the first spelling met names the group); for
/// sex, m/man/male and f/woman/female read as "Male" and "Female"; for disability the
/// usual yes/no answers read as "disabled" and "not disabled".
enum ProfileGroupName {
    /// The key two names are matched on: trimmed, inner runs of spaces made one, letter
    /// case and accents ignored. "White  british " and "White British" are one group.
    static func fold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_GB"))
            .lowercased()
    }

    /// The group a disclosed value belongs to, or nil for a cell of only spaces (blank).
    static func group(_ recorded: String, characteristic: StaffCharacteristic) -> String? {
        let trimmed = recorded.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if characteristic == .sex {
            // As `PayGapSex` reads them, so "F" on the staff list meets "Female" in the census.
            switch trimmed.lowercased() {
            case "male", "m", "man": return "Male"
            case "female", "f", "woman": return "Female"
            default: return trimmed
            }
        }
        guard characteristic == .disability else { return trimmed }
        // As `GroupPayGap.disability` reads them, so the profile and the pay gap agree.
        switch trimmed.lowercased() {
        case "no", "not disabled", "non-disabled": return "not disabled"
        case "yes", "disabled": return "disabled"
        default: return trimmed
        }
    }
}

import Foundation

/// The two groups the statutory method compares. The Equality Act 2010 (Specific Duties
/// and Public Authorities) Regulations 2017 define the gender pay gap as the difference
/// between men's and women's pay, so every other recorded value, and every record with
/// no disclosed value, is left out (and counted) rather than guessed.
enum PayGapSex: Equatable, Sendable {
    case male
    case female

    /// The sex recorded, or why the record cannot be placed in either group.
    static func classify(_ recorded: CharacteristicValue) -> Result<PayGapSex, PayGapExclusion> {
        switch recorded {
        case .preferNotToSay: return .failure(.sexPreferNotToSay)
        case .notKnown: return .failure(.sexNotKnown)
        case .blank: return .failure(.sexBlank)
        case .value(let text):
            // The spellings nearly every list uses, without trimming and folding a
            // million cells; anything else goes through the general rule below.
            if text == "Female" { return .success(.female) }
            if text == "Male" { return .success(.male) }
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "male", "m", "man": return .success(.male)
            case "female", "f", "woman": return .success(.female)
            case "": return .failure(.sexBlank)
            default: return .failure(.sexNeitherMaleNorFemale)
            }
        }
    }
}

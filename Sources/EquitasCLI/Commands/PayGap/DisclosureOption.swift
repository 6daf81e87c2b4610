import ArgumentParser
import EquitasCore

/// `--threshold N`: the fewest people a published figure may rest on, checked against
/// `DisclosureControl`'s floor so a typing slip cannot publish figures about one person.
enum DisclosureOption {
    /// Without `--threshold`, `fallback`: the council's own threshold for a stored
    /// council's figures, else the default of 10.
    static func control(_ threshold: Int?, fallback: DisclosureControl = .standard) throws -> DisclosureControl {
        guard let threshold else { return fallback }
        do { return try DisclosureControl(threshold: threshold) } catch { throw ValidationError("--\(error.path): \(error.message)") }
    }
}

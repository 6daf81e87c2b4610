import ArgumentParser
import EquitasCore

/// `--threshold N`: the fewest people a published figure may rest on, checked against
/// `DisclosureControl`'s floor so a typing slip cannot publish figures about one person.
enum DisclosureOption {
    static func control(_ threshold: Int) throws -> DisclosureControl {
        do { return try DisclosureControl(threshold: threshold) } catch { throw ValidationError("--\(error.path): \(error.message)") }
    }
}

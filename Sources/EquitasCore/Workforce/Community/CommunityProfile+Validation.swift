import Foundation

extension CommunityProfile {
    /// The profile with its words trimmed, or the first thing wrong with it: an area and
    /// a source are required (every comparison names them), and the entries must be a
    /// file's worth that `CommunityProfileReader` would accept.
    public func validated() throws -> CommunityProfile {
        var profile = self
        profile.area = area.trimmingCharacters(in: .whitespacesAndNewlines)
        profile.source = source.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !profile.area.isEmpty else { throw ValidationFailure(path: "area", message: "name the area the figures describe") }
        guard !profile.source.isEmpty else { throw ValidationFailure(path: "source", message: "say where the figures come from") }
        guard profile.area.count <= 200, profile.source.count <= 200 else {
            throw ValidationFailure(path: profile.area.count > 200 ? "area" : "source", message: "is longer than 200 characters")
        }
        guard !entries.isEmpty else { throw ValidationFailure(path: "entries", message: "the profile has no figures") }
        if let failure = CommunityProfileReader.sums(entries).first { throw failure }
        return profile
    }

    /// The characteristics in the order the file first gives them.
    public var characteristics: [String] {
        var seen: [String] = []
        for entry in entries where !seen.contains(entry.characteristic) { seen.append(entry.characteristic) }
        return seen
    }
}

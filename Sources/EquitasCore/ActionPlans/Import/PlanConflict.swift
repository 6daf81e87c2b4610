/// A place where a stale sheet would undo work done in the plan since it was exported:
/// both changed the same thing, differently (or one removed what the other changed).
/// Numbered as the sheet numbers it ("action 3.2": item 3's second row).
public struct PlanConflict: Codable, Equatable, Sendable {
    public var place: String
    /// What changed there in the plan since the export.
    public var sinceExport: [String]
    /// What the sheet would do there.
    public var sheet: [String]

    public init(place: String, sinceExport: [String], sheet: [String]) {
        self.place = place
        self.sinceExport = sinceExport
        self.sheet = sheet
    }
}

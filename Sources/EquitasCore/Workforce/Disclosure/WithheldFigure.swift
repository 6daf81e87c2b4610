/// A figure left out of an output under `DisclosureControl`, by its JSON key, and why.
public struct WithheldFigure: Codable, Equatable, Sendable {
    /// The key the figure would have had ("mean_bonus_gap", "employees"…).
    public var figure: String
    public var reason: String

    public init(figure: String, reason: String) {
        self.figure = figure
        self.reason = reason
    }
}

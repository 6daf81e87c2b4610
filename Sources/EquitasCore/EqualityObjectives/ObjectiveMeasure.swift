import Foundation

/// How progress on an objective is judged ("Share of disabled staff at grade 10 and
/// above"), with its starting point and target, and what each year showed.
public struct ObjectiveMeasure: Codable, Equatable, Sendable {
    public var name: String
    public var baseline: String?
    public var target: String?
    /// At most one entry per year, oldest first once validated.
    public var progress: [MeasureProgress]

    public init(name: String, baseline: String? = nil, target: String? = nil, progress: [MeasureProgress] = []) {
        self.name = name
        self.baseline = baseline
        self.target = target
        self.progress = progress
    }
}

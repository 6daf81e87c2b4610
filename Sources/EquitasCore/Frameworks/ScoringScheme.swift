/// How a scored framework turns evidence into a grade: each criterion gets a score on
/// the scale, the scores are summed, and the total falls into one band. The bands are
/// data (NHS England revises them), never code.
public struct ScoringScheme: Codable, Equatable, Sendable {
    public var scale: [ScorePoint]
    public var bands: [GradeBand]

    public init(scale: [ScorePoint], bands: [GradeBand]) {
        self.scale = scale
        self.bands = bands
    }

    public var validScores: ClosedRange<Int>? {
        guard let low = scale.map(\.score).min(), let high = scale.map(\.score).max() else { return nil }
        return low...high
    }

    /// The band whose range holds `total`, or nil if the bands leave it uncovered.
    public func band(forTotal total: Int) -> GradeBand? {
        bands.first { $0.minimum <= total && total <= $0.maximum }
    }
}

public struct ScorePoint: Codable, Equatable, Sendable {
    public var score: Int
    public var name: String
    public var description: String

    public init(score: Int, name: String, description: String) {
        self.score = score
        self.name = name
        self.description = description
    }
}

/// A grade for totals from `minimum` to `maximum` inclusive; `level` names one of the
/// framework's levels.
public struct GradeBand: Codable, Equatable, Sendable {
    public var level: String
    public var minimum: Int
    public var maximum: Int

    public init(level: String, minimum: Int, maximum: Int) {
        self.level = level
        self.minimum = minimum
        self.maximum = maximum
    }
}

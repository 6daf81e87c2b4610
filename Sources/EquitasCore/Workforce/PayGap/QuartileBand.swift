import Foundation

/// One quarter of the full-pay relevant employees ranked by hourly rate. The counts
/// can be fractional: a group of equal rates that straddles a boundary is shared
/// between the bands in the group's own proportion of men and women.
public struct QuartileBand: Equatable, Sendable {
    /// How many places the band holds (whole employees).
    public var size: Int
    public var men: Decimal
    public var women: Decimal

    public init(size: Int, men: Decimal = 0, women: Decimal = 0) {
        self.size = size
        self.men = men
        self.women = women
    }

    /// `{"male": %, "female": %}` to one decimal place. Women's share is 100 less the
    /// rounded men's share, so that the pair always adds to exactly 100 even when both
    /// unrounded shares end in a half. Empty for a band with nobody in it (fewer than
    /// four employees), where a percentage has no meaning.
    public var percentages: [String: Decimal] {
        guard size > 0, let male = PayGapMethod.percentage(men, of: Decimal(size)) else { return [:] }
        return ["male": male, "female": 100 - male]
    }
}

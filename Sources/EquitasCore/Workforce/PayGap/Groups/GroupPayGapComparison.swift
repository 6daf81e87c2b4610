import Foundation

/// Every group's figures against the reference group, with the quartiles they share.
public struct GroupPayGapComparison: Codable, Equatable, Sendable {
    /// The reference group first, then the others by name.
    public var groups: [GroupPayGapFigures]
    /// Four bands, lowest paid first, each group name (or "suppressed (under 10)") to
    /// its percentage of the band; empty for a band with nobody in it.
    public var quartiles: [[String: Decimal]]

    public init(groups: [GroupPayGapFigures], quartiles: [[String: Decimal]]) {
        self.groups = groups
        self.quartiles = quartiles
    }
}

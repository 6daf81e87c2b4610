import Foundation

/// Every group's figures against the reference group, with the quartiles they share.
public struct GroupPayGapComparison: Codable, Equatable, Sendable {
    /// The reference group first, then the others by name.
    public var groups: [GroupPayGapFigures]
    /// Four bands, lowest paid first, each group name to its percentage of the band
    /// (groups whose share is hidden together under `DisclosureControl.pooledLabel`);
    /// empty for a band with nobody in it.
    public var quartiles: [[String: Decimal]]
    /// For each band, the groups whose share is hidden there (never just one).
    public var quartilesWithheld: [[String]]

    public init(groups: [GroupPayGapFigures], quartiles: [[String: Decimal]], quartilesWithheld: [[String]] = []) {
        self.groups = groups
        self.quartiles = quartiles
        self.quartilesWithheld = quartilesWithheld
    }
}

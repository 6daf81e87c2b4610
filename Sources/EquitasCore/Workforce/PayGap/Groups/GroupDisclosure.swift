import Foundation

/// How many records gave no group, each reason apart: choosing not to say, never being
/// asked, and an empty cell are different facts and call for different actions.
public struct GroupDisclosure: Codable, Equatable, Sendable {
    public var preferNotToSay: DisclosureCount
    public var notKnown: DisclosureCount
    public var blank: DisclosureCount
    /// Records with a disclosed group as a percentage of all records; nil for no records.
    public var disclosureRate: Decimal?

    public init(preferNotToSay: DisclosureCount, notKnown: DisclosureCount, blank: DisclosureCount, disclosureRate: Decimal?) {
        self.preferNotToSay = preferNotToSay
        self.notKnown = notKnown
        self.blank = blank
        self.disclosureRate = disclosureRate
    }
}

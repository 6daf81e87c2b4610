import Foundation

/// A count of records and its percentage of all records (one decimal place).
public struct DisclosureCount: Codable, Equatable, Sendable {
    public var count: Int
    public var percentage: Decimal?

    public init(count: Int, percentage: Decimal?) {
        self.count = count
        self.percentage = percentage
    }
}

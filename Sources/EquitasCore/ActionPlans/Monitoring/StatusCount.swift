/// How many actions stand at one status: `{"status": "on-track", "label": "On track", "count": 20}`.
public struct StatusCount: Codable, Equatable, Sendable {
    public var status: PlanActionStatus
    /// Repeated from the status so a client can print the count without a lookup table.
    public var label: String
    public var count: Int

    public init(status: PlanActionStatus, count: Int) {
        self.status = status
        self.label = status.label
        self.count = count
    }
}

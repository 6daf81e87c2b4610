/// A status moved by one update: "On track → Complete (12 May 2022)".
public struct StatusChange: Equatable, Sendable {
    public var date: CalendarDate
    /// nil when the first change recorded no previous status.
    public var from: PlanActionStatus?
    public var to: PlanActionStatus

    public init(date: CalendarDate, from: PlanActionStatus?, to: PlanActionStatus) {
        self.date = date
        self.from = from
        self.to = to
    }

    /// "On track → Complete (12 May 2022)", or "now Complete (12 May 2022)" when the
    /// status it left is unknown.
    public var sentence: String {
        let move = from.map { "\($0.label) → \(to.label)" } ?? "now \(to.label)"
        return "\(move) (\(date.longForm))"
    }
}

import Foundation

/// One of a council's equality objectives: what the public sector equality duty's
/// specific duties require it to publish, and to renew at least every four years. Each
/// objective is followed by measures, and each measure by a year's progress at a time.
public struct EqualityObjective: Codable, Equatable, Sendable {
    /// The most measures one objective may carry: enough for any plan seen, bounded so
    /// one request cannot store thousands.
    public static let maximumMeasures = 20
    /// The regulations' longest interval between one set of objectives and the next.
    public static let renewalYears = 4

    public var organisationId: UUID
    /// The objective in a sentence ("Close the gap in employment for disabled residents").
    public var title: String
    /// Why it was chosen and what it covers.
    public var description: String?
    /// The day the council agreed (or published) it; yearly progress falls due on its anniversaries.
    public var adopted: CalendarDate
    /// An earlier renewal the council has set itself; at most four years after adoption.
    public var renewBy: CalendarDate?
    /// The officer or service that leads it.
    public var lead: String?
    public var measures: [ObjectiveMeasure]

    public init(
        organisationId: UUID, title: String, description: String? = nil, adopted: CalendarDate, renewBy: CalendarDate? = nil,
        lead: String? = nil, measures: [ObjectiveMeasure] = []
    ) {
        self.organisationId = organisationId
        self.title = title
        self.description = description
        self.adopted = adopted
        self.renewBy = renewBy
        self.lead = lead
        self.measures = measures
    }
}

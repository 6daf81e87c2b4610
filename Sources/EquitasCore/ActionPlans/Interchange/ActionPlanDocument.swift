import Foundation

/// `equitas.action-plan/1`: a whole plan with its history, as JSON that names people
/// and the council by name rather than by database id. What a spreadsheet cannot carry
/// (every dated update, not just the latest) travels this way; the demo plan is one.
public struct ActionPlanDocument: Codable, Equatable, Sendable {
    public static let currentFormat = "equitas.action-plan/1"

    public var format: String
    public var title: String
    /// The council, by name.
    public var organisation: String
    public var monitoredBy: String?
    /// Lead officers, created in the council if they are not there yet.
    public var people: [PersonEntry]
    public var items: [ItemEntry]

    public init(title: String, organisation: String, monitoredBy: String? = nil, people: [PersonEntry] = [], items: [ItemEntry] = []) {
        self.format = Self.currentFormat
        self.title = title
        self.organisation = organisation
        self.monitoredBy = monitoredBy
        self.people = people
        self.items = items
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case format, title, organisation, monitoredBy, people, items }

    public init(from decoder: Decoder) throws {
        try decoder.refuseUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        guard format == Self.currentFormat else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "expected \"\(Self.currentFormat)\", found \"\(format)\"")
        }
        title = try c.decode(String.self, forKey: .title)
        organisation = try c.decode(String.self, forKey: .organisation)
        monitoredBy = try c.decodeIfPresent(String.self, forKey: .monitoredBy)
        people = try c.decodeIfPresent([PersonEntry].self, forKey: .people) ?? []
        items = try c.decode([ItemEntry].self, forKey: .items)
    }

    public struct PersonEntry: Codable, Equatable, Sendable {
        public var name: String
        public var jobTitle: String?

        public init(name: String, jobTitle: String? = nil) {
            self.name = name
            self.jobTitle = jobTitle
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case name, jobTitle }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            name = try c.decode(String.self, forKey: .name)
            jobTitle = try c.decodeIfPresent(String.self, forKey: .jobTitle)
        }
    }

    public struct ItemEntry: Codable, Equatable, Sendable {
        public var number: Int
        public var text: String
        public var module: String?
        public var response: PlanResponse?
        public var rationale: String?
        public var actions: [ActionEntry]

        public init(number: Int, text: String, module: String? = nil, response: PlanResponse? = nil, rationale: String? = nil, actions: [ActionEntry] = []) {
            self.number = number
            self.text = text
            self.module = module
            self.response = response
            self.rationale = rationale
            self.actions = actions
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case number, text, module, response, rationale, actions }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decodeWholeNumber(forKey: .number)
            text = try c.decode(String.self, forKey: .text)
            module = try c.decodeIfPresent(String.self, forKey: .module)
            response = try c.decodeIfPresent(PlanResponse.self, forKey: .response)
            rationale = try c.decodeIfPresent(String.self, forKey: .rationale)
            actions = try c.decodeIfPresent([ActionEntry].self, forKey: .actions) ?? []
        }
    }

    public struct ActionEntry: Codable, Equatable, Sendable {
        public var description: String
        /// A name from `people`.
        public var lead: String?
        public var timescale: Timescale?
        public var monitoredBy: String?
        /// The status now; the updates say how it got there.
        public var status: PlanActionStatus
        /// Oldest first.
        public var updates: [ProgressUpdate]

        public init(description: String, lead: String? = nil, timescale: Timescale? = nil, monitoredBy: String? = nil, status: PlanActionStatus = .notStarted, updates: [ProgressUpdate] = []) {
            self.description = description
            self.lead = lead
            self.timescale = timescale
            self.monitoredBy = monitoredBy
            self.status = status
            self.updates = updates
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case description, lead, timescale, monitoredBy, status, updates }

        public init(from decoder: Decoder) throws {
            try decoder.refuseUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            description = try c.decode(String.self, forKey: .description)
            lead = try c.decodeIfPresent(String.self, forKey: .lead)
            timescale = try c.decodeIfPresent(Timescale.self, forKey: .timescale)
            monitoredBy = try c.decodeIfPresent(String.self, forKey: .monitoredBy)
            status = try c.decodeIfPresent(PlanActionStatus.self, forKey: .status) ?? .notStarted
            updates = try c.decodeIfPresent([ProgressUpdate].self, forKey: .updates) ?? []
        }

        /// The status before the first update moved it: where the history starts.
        public var initialStatus: PlanActionStatus {
            updates.first { $0.status != nil }.map { $0.previousStatus ?? .notStarted } ?? status
        }
    }

    public static func decode(_ data: Data) throws(ValidationFailure) -> ActionPlanDocument {
        try InterchangeJSON.decode(ActionPlanDocument.self, from: data)
    }

    /// The canonical bytes: sorted keys, indented, a final newline.
    public func encoded() throws -> Data {
        try InterchangeJSON.encoded(self)
    }
}

extension ActionPlanSheet {
    /// The columns of the layout, in order.
    public enum Column: Int, CaseIterable, Sendable {
        case number, module, recommendation, response, rationale
        case action, lead, timescale, start, due, monitoredBy, status
        case latestUpdate, updatedOn, updatedBy

        public var header: String {
            switch self {
            case .number: "No."
            case .module: "Module"
            case .recommendation: "Recommendation"
            case .response: "Response"
            case .rationale: "Rationale"
            case .action: "Action"
            case .lead: "Lead officer"
            case .timescale: "Timescale"
            case .start: "Start"
            case .due: "Due"
            case .monitoredBy: "Monitored by"
            case .status: "Status"
            case .latestUpdate: "Latest update"
            case .updatedOn: "Updated on"
            case .updatedBy: "Updated by"
            }
        }

        /// The columns that belong to the item and repeat on each of its rows.
        public static let itemColumns: [Column] = [.number, .module, .recommendation, .response, .rationale]
        /// The columns that describe one action; all empty means the item has none yet.
        public static let actionColumns: [Column] = Array(allCases.dropFirst(itemColumns.count))

        /// A header as a person may have retyped it: case and spaces do not matter.
        static func matching(_ header: String) -> Column? {
            let wanted = folded(header)
            return allCases.first { folded($0.header) == wanted }
        }

        static func folded(_ header: String) -> String {
            String(header.lowercased().filter { !$0.isWhitespace })
        }
    }
}

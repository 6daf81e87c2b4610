import EquitasCore
import FluentKit
import Foundation

/// One action under an item, in its place among the item's actions.
final class PlanActionRow: EquitasRow, @unchecked Sendable {
    static let schema = "plan_actions"
    static let noun = "plan action"

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemId: UUID
    @Field(key: "plan_id") var planId: UUID
    @Field(key: "position") var position: Int
    @Field(key: "description") var text: String
    @OptionalField(key: "lead_id") var leadId: UUID?
    @OptionalField(key: "timescale_kind") var timescaleKind: String?
    @OptionalField(key: "timescale_name") var timescaleName: String?
    @OptionalField(key: "timescale_start") var timescaleStart: String?
    @OptionalField(key: "timescale_end") var timescaleEnd: String?
    @OptionalField(key: "due_date") var dueDate: String?
    @OptionalField(key: "monitored_by") var monitoredBy: String?
    @Field(key: "status") var status: String

    init() {}

    init(id: UUID, planId: UUID, itemId: UUID, position: Int, action: PlanAction) {
        self.id = id
        self.planId = planId
        self.itemId = itemId
        self.position = position
        apply(action)
    }

    func apply(_ action: PlanAction) {
        text = action.description
        leadId = action.leadId
        apply(action.timescale)
        monitoredBy = action.monitoredBy
        status = action.status.rawValue
    }

    /// The end column holds whichever day the timescale ends on; `due_date` is Core's
    /// reading of it, kept beside it so that queries never re-derive the rule.
    private func apply(_ timescale: Timescale?) {
        timescaleKind = timescale?.kind.rawValue
        timescaleName = nil
        timescaleStart = nil
        timescaleEnd = nil
        switch timescale {
        case .due(let date):
            timescaleEnd = date.description
        case .phase(let name, let start, let end):
            timescaleName = name
            timescaleStart = start.description
            timescaleEnd = end.description
        case .longerTerm(let indicative):
            timescaleEnd = indicative?.description
        case nil:
            break
        }
        dueDate = timescale?.dueDate?.description
    }

    func action() throws -> PlanAction {
        PlanAction(
            description: text, leadId: leadId, timescale: try timescale(), monitoredBy: monitoredBy,
            status: try read(status, column: "status"))
    }

    func identified() throws -> Identified<PlanAction> {
        Identified(id: try requireID(), value: try action())
    }

    private func timescale() throws -> Timescale? {
        guard let timescaleKind else { return nil }
        let kind: Timescale.Kind = try read(timescaleKind, column: "timescale_kind")
        let end = try read(timescaleEnd, as: CalendarDate.init, column: "timescale_end")
        switch kind {
        case .date:
            return .due(try present(end, column: "timescale_end"))
        case .phase:
            return .phase(
                name: try present(timescaleName, column: "timescale_name"),
                start: try present(try read(timescaleStart, as: CalendarDate.init, column: "timescale_start"), column: "timescale_start"),
                end: try present(end, column: "timescale_end"))
        case .longerTerm:
            return .longerTerm(indicative: end)
        }
    }

    /// A column the timescale's kind needs but the row lacks.
    private func present<T>(_ value: T?, column: String) throws -> T {
        guard let value else { throw CorruptColumn(table: Self.schema, column: column, value: "null") }
        return value
    }
}

import Foundation

/// When an action is meant to be done, in the three ways plans say it.
public enum Timescale: Hashable, Sendable {
    /// "by 30 September 2021"
    case due(CalendarDate)
    /// "within six months" or "September 2021 to March 2022": a named stretch of time.
    case phase(name: String, start: CalendarDate, end: CalendarDate)
    /// "longer term", perhaps with an indicative date the council aims at.
    case longerTerm(indicative: CalendarDate?)

    /// The day after which an unfinished action is overdue: the due date, the end of
    /// the phase, or the indicative date (a longer-term action with none is never due).
    public var dueDate: CalendarDate? {
        switch self {
        case .due(let date): date
        case .phase(_, _, let end): end
        case .longerTerm(let indicative): indicative
        }
    }

    /// "30 September 2021", "Within six months (16 March 2021 to 16 September 2021)",
    /// "Longer term (indicative: 31 March 2023)"
    public var label: String {
        switch self {
        case .due(let date): date.longForm
        case .phase(let name, let start, let end): "\(name) (\(start.longForm) to \(end.longForm))"
        case .longerTerm(let indicative?): "Longer term (indicative: \(indicative.longForm))"
        case .longerTerm(nil): "Longer term"
        }
    }

    public func validated(path: String) throws(ValidationFailure) -> Timescale {
        switch self {
        case .due: return self
        case .longerTerm: return self
        case .phase(let name, let start, let end):
            let name = try Text.required(name, path: path + ".name", maximum: 200)
            guard start <= end else {
                throw ValidationFailure(path: path + ".end", message: "the phase ends (\(end)) before it starts (\(start))")
            }
            return .phase(name: name, start: start, end: end)
        }
    }
}

/// JSON: `{"kind": "date", "due": "2021-09-30"}`,
/// `{"kind": "phase", "name": "Within six months", "start": …, "end": …}`,
/// `{"kind": "longer-term", "indicative": "2023-03-31"}` (indicative may be absent).
extension Timescale: Codable {
    private enum CodingKeys: String, CodingKey { case kind, due, name, start, end, indicative }

    public enum Kind: String, DomainEnum {
        case date
        case phase
        case longerTerm = "longer-term"
    }

    public var kind: Kind {
        switch self {
        case .due: .date
        case .phase: .phase
        case .longerTerm: .longerTerm
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .date: self = .due(try container.decode(CalendarDate.self, forKey: .due))
        case .phase:
            self = .phase(
                name: try container.decode(String.self, forKey: .name),
                start: try container.decode(CalendarDate.self, forKey: .start),
                end: try container.decode(CalendarDate.self, forKey: .end))
        case .longerTerm: self = .longerTerm(indicative: try container.decodeIfPresent(CalendarDate.self, forKey: .indicative))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .due(let date): try container.encode(date, forKey: .due)
        case .phase(let name, let start, let end):
            try container.encode(name, forKey: .name)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        case .longerTerm(let indicative): try container.encodeIfPresent(indicative, forKey: .indicative)
        }
    }
}

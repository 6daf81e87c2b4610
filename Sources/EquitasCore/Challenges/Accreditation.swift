/// A level awarded at the end of a challenge, valid for a fixed period after which the
/// council must be reassessed (three years under the EFLG).
public struct Accreditation: Codable, Equatable, Hashable, Sendable {
    public static let defaultValidityYears = 3

    public var level: String
    public var awarded: CalendarDate
    public var expires: CalendarDate

    public init(level: String, awarded: CalendarDate, expires: CalendarDate? = nil) {
        self.level = level
        self.awarded = awarded
        self.expires = expires ?? awarded.adding(years: Accreditation.defaultValidityYears)
    }

    private enum CodingKeys: String, CodingKey { case level, awarded, expires }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            level: try c.decode(String.self, forKey: .level),
            awarded: try c.decode(CalendarDate.self, forKey: .awarded),
            expires: try c.decodeIfPresent(CalendarDate.self, forKey: .expires))
    }

    public func isCurrent(on day: CalendarDate) -> Bool { awarded <= day && day < expires }
}

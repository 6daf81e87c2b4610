import Foundation

/// One employee in an anonymised staff list at a snapshot date: what the statutory pay
/// gap method needs, and each protected characteristic as the council recorded it.
public struct StaffRecord: Codable, Equatable, Sendable {
    /// An opaque id from the council's own system; never a name.
    public var employeeId: String
    public var sex: CharacteristicValue
    public var ethnicity: CharacteristicValue
    public var disability: CharacteristicValue
    public var grade: String?
    /// Not on reduced pay because of leave in the pay period: only these count for the
    /// hourly pay gap and the quartiles.
    public var fullPay: Bool
    public var pay: HourlyPayInput
    /// Bonus pay in the twelve months before the snapshot (0 when none).
    public var bonusPay: Decimal
    /// Further characteristics by column name (age band, religion, sexual orientation…).
    public var other: [String: CharacteristicValue]

    public init(
        employeeId: String, sex: CharacteristicValue, ethnicity: CharacteristicValue = .blank,
        disability: CharacteristicValue = .blank, grade: String? = nil, fullPay: Bool = true, pay: HourlyPayInput,
        bonusPay: Decimal = 0, other: [String: CharacteristicValue] = [:]
    ) {
        self.employeeId = employeeId
        self.sex = sex
        self.ethnicity = ethnicity
        self.disability = disability
        self.grade = grade
        self.fullPay = fullPay
        self.pay = pay
        self.bonusPay = bonusPay
        self.other = other
    }
}

/// How a characteristic was recorded. "Prefer not to say" (the person chose not to
/// tell) and "not known" (never asked, or lost) are different facts, and both differ
/// from a blank cell (nothing recorded at all).
public enum CharacteristicValue: Codable, Hashable, Sendable {
    case value(String)
    case preferNotToSay
    case notKnown
    case blank

    /// The group's name as recorded, for a disclosed value.
    public var disclosed: String? {
        if case .value(let text) = self { return text }
        return nil
    }
}

/// The hourly rate of ordinary pay, given as a rate or as the inputs the regulations
/// derive it from.
public enum HourlyPayInput: Codable, Equatable, Sendable {
    case rate(Decimal)
    /// Ordinary pay and bonus pay in the pay period, the period's length in days and
    /// the weekly working hours.
    case derived(ordinaryPay: Decimal, bonusInPeriod: Decimal, periodDays: Int, weeklyHours: Decimal)
}

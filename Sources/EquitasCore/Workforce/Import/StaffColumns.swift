/// The column names a staff list uses by default, and the mapping from a council's own
/// headers onto them (`"Gender": "sex"`), read from a mapping file.
public struct StaffColumns: Equatable, Sendable {
    public static let employeeId = "employee_id"
    public static let sex = "sex"
    public static let ethnicity = "ethnicity"
    public static let disability = "disability"
    public static let grade = "grade"
    public static let fullPay = "full_pay"
    public static let hourlyPay = "hourly_pay"
    public static let ordinaryPay = "ordinary_pay"
    public static let bonusInPeriod = "bonus_in_period"
    public static let periodDays = "period_days"
    public static let weeklyHours = "weekly_hours"
    public static let bonusPay = "bonus_pay"

    /// Every name with a fixed meaning; any other column is a further characteristic.
    public static let known: Set<String> = [
        employeeId, sex, ethnicity, disability, grade, fullPay, hourlyPay, ordinaryPay, bonusInPeriod, periodDays,
        weeklyHours, bonusPay,
    ]

    /// A council's header (any case) → our name.
    public var renames: [String: String]

    public init(renames: [String: String] = [:]) {
        var folded: [String: String] = [:]
        for (theirs, ours) in renames { folded[Self.fold(theirs)] = ours }
        self.renames = folded
    }

    /// Our name for a header as it stands in the file.
    public func name(for header: String) -> String {
        renames[Self.fold(header)] ?? Self.fold(header)
    }

    static func fold(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

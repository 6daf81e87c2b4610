/// One number some output publishes about a characteristic's groups, as
/// `DisclosurePlan` decides whether it may be shown. Groups are named by
/// `ProfileGroupName.fold`, so the profile and the pay gaps mean the same group.
public enum DisclosureCell: Hashable, Sendable {
    /// Staff who gave a group (shown: it is the profile's total).
    case disclosed
    /// Staff in a group.
    case group(String)
    /// Staff who gave no group, for any reason (shown, by reason, in the profile).
    case notDisclosed
    /// A grade row's headcount (shown).
    case grade(String)
    case gradeGroup(String, String)
    case gradeNotDisclosed(String)
    /// On full pay with an hourly rate, and the rest of the group.
    case fullPay(String)
    case otherPay(String)
    /// Everyone who gave a group and is on full pay (the quartiles' sizes add to it), and
    /// everyone who gave a group and is not: shown unless the second is small.
    case fullPayTotal
    case otherPayTotal
    /// Paid a bonus in the twelve months, and not.
    case bonus(String)
    case noBonus(String)
    /// A pay quartile's size (it follows from the count on full pay, and hides with it), and a
    /// group's (possibly fractional, for tied rates) head count in it.
    case band(Int)
    case bandGroup(Int, String)
}

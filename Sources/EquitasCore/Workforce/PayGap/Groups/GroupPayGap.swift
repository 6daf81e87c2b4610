import Foundation

/// Ethnicity and disability pay gaps by the statutory gender pay gap method, as the
/// 2023 voluntary guidance on ethnicity and disability pay reporting applies it: each
/// group against one reference group. A pure computation, written up in docs/pay-gaps.md.
public enum GroupPayGap {
    /// Groups other than the reference with fewer employees than this are suppressed: with
    /// so few people, a published average or a quartile share could let a reader work out
    /// what a named colleague is paid, and that they belong to the group.
    public static let minimumGroupSize = 10
    /// Where suppressed groups' people are counted in the quartiles: they still occupy
    /// places in the ranking, so leaving them out would shift everyone else's shares.
    public static let suppressedLabel = "suppressed (under 10)"
    /// Everyone disclosed outside the reference group, in the collapsed comparison.
    public static let ethnicMinorityLabel = "ethnic minority"

    /// By ethnicity, against `reference` (matched ignoring letter case and surrounding
    /// spaces). Councils record ethnicity under their own category names; the guidance's
    /// usual reference is the largest group, in England usually "White British", so a
    /// council whose list says "White - English/Welsh/Scottish/Northern Irish/British" or
    /// "White: British" passes that exact text as `reference` (`--reference` at the CLI).
    public static func ethnicity(_ staff: [StaffRecord], snapshot: CalendarDate, reference: String = "White British") -> GroupPayGapReport {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        let split = GroupPayGapCalculator(staff: staff, characteristic: \.ethnicity) { text in
            text.lowercased() == reference.lowercased() ? reference : text
        }
        let collapsed = GroupPayGapCalculator(staff: staff, characteristic: \.ethnicity) { text in
            text.lowercased() == reference.lowercased() ? reference : ethnicMinorityLabel
        }
        return GroupPayGapReport(
            snapshot: snapshot, characteristic: "ethnicity", referenceGroup: reference,
            groups: split.figures(reference: reference), quartiles: split.quartiles(reference: reference),
            notDisclosed: split.disclosure,
            collapsed: GroupPayGapComparison(groups: collapsed.figures(reference: reference), quartiles: collapsed.quartiles(reference: reference)))
    }

    /// By disability, against "not disabled". "No", "not disabled" and "non-disabled"
    /// mean not disabled; "yes" and "disabled" mean disabled (any letter case); any other
    /// disclosed value is kept as a group of its own rather than guessed at.
    public static func disability(_ staff: [StaffRecord], snapshot: CalendarDate) -> GroupPayGapReport {
        let reference = "not disabled"
        let calculator = GroupPayGapCalculator(staff: staff, characteristic: \.disability) { text in
            switch text.lowercased() {
            case "no", "not disabled", "non-disabled": return reference
            case "yes", "disabled": return "disabled"
            default: return text
            }
        }
        return GroupPayGapReport(
            snapshot: snapshot, characteristic: "disability", referenceGroup: reference,
            groups: calculator.figures(reference: reference), quartiles: calculator.quartiles(reference: reference),
            notDisclosed: calculator.disclosure, collapsed: nil)
    }
}

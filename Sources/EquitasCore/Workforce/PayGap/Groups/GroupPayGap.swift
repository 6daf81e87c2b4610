import Foundation

/// Ethnicity and disability pay gaps by the statutory gender pay gap method, as the
/// 2023 voluntary guidance on ethnicity and disability pay reporting applies it: each
/// group against one reference group. A pure computation, written up in docs/pay-gaps.md;
/// what may be published follows `DisclosureControl` (docs/adr/0006-disclosure-control.md).
public enum GroupPayGap {
    /// The default threshold of `DisclosureControl`: kept for callers that name it.
    public static let minimumGroupSize = DisclosureControl.defaultThreshold
    /// Everyone disclosed outside the reference group, in the collapsed comparison.
    public static let ethnicMinorityLabel = "ethnic minority"

    /// By ethnicity, against `reference` (matched ignoring letter case and surrounding
    /// spaces). Councils record ethnicity under their own category names; the guidance's
    /// usual reference is the largest group, in England usually "White British", so a
    /// council whose list says "White - English/Welsh/Scottish/Northern Irish/British" or
    /// "White: British" passes that exact text as `reference` (`--reference` at the CLI).
    public static func ethnicity(
        _ staff: [StaffRecord], snapshot: CalendarDate, reference: String = "White British", control: DisclosureControl = .standard
    ) -> GroupPayGapReport {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        let plan = DisclosurePlan.build(staff, characteristic: .ethnicity, reference: reference, control: control)
        let split = GroupPayGapCalculator(staff: staff, characteristic: \.ethnicity) { text in
            text.lowercased() == reference.lowercased() ? reference : text
        }
        let collapsed = GroupPayGapCalculator(staff: staff, characteristic: \.ethnicity) { text in
            text.lowercased() == reference.lowercased() ? reference : ethnicMinorityLabel
        }
        let collapsedKey = { (group: String) in group == ethnicMinorityLabel ? DisclosurePlan.collapsedKey : group }
        let quartiles = split.quartiles(plan: plan)
        let collapsedQuartiles = collapsed.quartiles(plan: plan, key: collapsedKey)
        return GroupPayGapReport(
            snapshot: snapshot, characteristic: "ethnicity", referenceGroup: reference,
            groups: split.figures(reference: reference, plan: plan), quartiles: quartiles.shares, quartilesWithheld: quartiles.withheld,
            notDisclosed: split.disclosure,
            collapsed: GroupPayGapComparison(
                groups: collapsed.figures(reference: reference, plan: plan, key: collapsedKey),
                quartiles: collapsedQuartiles.shares, quartilesWithheld: collapsedQuartiles.withheld),
            disclosureControl: control)
    }

    /// By disability, against "not disabled". "No", "not disabled" and "non-disabled"
    /// mean not disabled; "yes" and "disabled" mean disabled (any letter case); any other
    /// disclosed value is kept as a group of its own rather than guessed at.
    public static func disability(_ staff: [StaffRecord], snapshot: CalendarDate, control: DisclosureControl = .standard) -> GroupPayGapReport {
        let reference = "not disabled"
        let plan = DisclosurePlan.build(staff, characteristic: .disability, reference: reference, control: control)
        let calculator = GroupPayGapCalculator(staff: staff, characteristic: \.disability) { text in
            switch text.lowercased() {
            case "no", "not disabled", "non-disabled": return reference
            case "yes", "disabled": return "disabled"
            default: return text
            }
        }
        let quartiles = calculator.quartiles(plan: plan)
        return GroupPayGapReport(
            snapshot: snapshot, characteristic: "disability", referenceGroup: reference,
            groups: calculator.figures(reference: reference, plan: plan), quartiles: quartiles.shares, quartilesWithheld: quartiles.withheld,
            notDisclosed: calculator.disclosure, collapsed: nil, disclosureControl: control)
    }
}

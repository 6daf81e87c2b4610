import Foundation

/// Turns a council's staff snapshots, community profile and impact assessment register
/// into the equality information the Public Sector Equality Duty asks it to publish each
/// year: who works for it (beside the people it serves), by grade, how they are paid,
/// how that has changed, and how it has assessed its decisions. The same
/// `ReportDocument` as the other reports, so every renderer prints it unchanged.
public enum EqualityInformationReportBuilder {
    public static let kicker = "Equality information"

    public static func build(
        _ input: EqualityInformationInput, threshold: Decimal = WorkforceProfile.defaultDisclosureThreshold,
        control: DisclosureControl? = nil
    ) -> ReportDocument {
        let control = control ?? input.disclosureControl
        let overview = WorkforceOverview.build(snapshots: input.snapshots, community: input.communityProfile, threshold: threshold, control: control)
        let newest = input.snapshots.max { $0.snapshot.date < $1.snapshot.date }
        let properties = DocumentProperties(
            title: "\(kicker): \(input.organisationName), \(input.date.longForm)",
            subject: "Equality information under the Public Sector Equality Duty",
            author: input.organisationName,
            date: input.date)
        let titlePage = TitlePage(
            kicker: kicker, organisations: [input.organisationName],
            framework: "Information about our staff and our decisions, under the Public Sector Equality Duty",
            dates: overview.map { "Staff figures at \($0.snapshotDate.longForm)" },
            versionLabel: "Prepared on \(input.date.longForm)")
        var sections = [introduction(input, overview: overview)]
        if let overview, let newest {
            sections.append(workforce(overview, community: input.communityProfile))
            sections.append(grades(overview))
            sections.append(payGaps(newest, control: control))
            if overview.trends.snapshots.count > 1 { sections.append(trends(overview.trends, control: overview.disclosureControl)) }
        }
        sections.append(impactAssessments(input.impactAssessments, today: input.date))
        sections.append(about(input, overview: overview, control: control))
        return ReportDocument(properties: properties, titlePage: titlePage, sections: sections)
    }

    /// The staff sections alone (by characteristic beside the community, by grade, and
    /// trends when there is more than one snapshot), for the profile page.
    public static func profileSections(_ overview: WorkforceOverview, community: CommunityProfile?) -> [ReportSection] {
        [workforce(overview, community: community), grades(overview)]
            + (overview.trends.snapshots.count > 1 ? [trends(overview.trends, control: overview.disclosureControl)] : [])
    }

    static func introduction(_ input: EqualityInformationInput, overview: WorkforceOverview?) -> ReportSection {
        var blocks: [ReportBlock] = [
            .paragraph("The Public Sector Equality Duty asks every council to publish, at least once a year, information that "
                + "shows how it is meeting the duty. This is that information for \(input.organisationName): who works for us "
                + "and how that compares with the people we serve, how our staff are paid, and how we have looked at the "
                + "effect of our decisions on people with protected characteristics."),
        ]
        if let overview {
            var points = ["We had \(count(overview.headcount, "member of staff", "members of staff")) on \(overview.snapshotDate.longForm)."]
            let low = overview.profiles.filter(\.belowThreshold).map { $0.label.lowercased() }
            if !low.isEmpty {
                points.append("Fewer than \(PercentText.percent(overview.disclosureThreshold)) of staff told us their \(list(low)), "
                    + "so those figures may not describe all our staff.")
            }
            blocks.append(.bullets(points.map { ReportItem($0) }))
        } else {
            blocks.append(.paragraph("We have no staff figures to publish yet: no staff list has been loaded."))
        }
        return ReportSection(id: "introduction", title: "About this report", blocks: blocks)
    }

    /// "1 assessment", "12 assessments"
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    /// "a, b and c"
    static func list(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }

    /// "12.3%", or "no figure" when there is nothing to compare.
    static func percent(_ value: Decimal?) -> String { value.map(PercentText.percent) ?? "no figure" }

    /// A section id from a column name: "workforce-age-band".
    static func anchor(_ prefix: String, _ characteristic: StaffCharacteristic) -> String {
        let words = characteristic.column.lowercased().split { !$0.isLetter && !$0.isNumber }
        return prefix + "-" + (words.isEmpty ? "other" : words.joined(separator: "-"))
    }

    /// Said where a chart has no bar: nobody in the group, or a share the rule hides.
    static func missingText(_ control: DisclosureControl) -> String { "not shown: none, or \(control.withheldText)" }
}

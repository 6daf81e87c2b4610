import Foundation

extension EqualityInformationReportBuilder {
    static func workforce(_ overview: WorkforceOverview, community: CommunityProfile?) -> ReportSection {
        var blocks: [ReportBlock] = [
            .paragraph("On \(overview.snapshotDate.longForm) we had \(count(overview.headcount, "member of staff", "members of staff")). "
                + "For each characteristic below, the table counts our staff in each group and gives each group's share of "
                + "those who told us; staff who did not tell us are counted apart and left out of the shares."),
        ]
        if let community {
            blocks.append(.paragraph("Where we have figures for the people of \(community.area) (\(community.source)), each group's "
                + "share of our staff is set beside its share of the area's population. The difference is in percentage points: "
                + "below zero means the group is a smaller part of our staff than of the area."))
        } else {
            blocks.append(.paragraph("We have no community profile for our area yet, so these figures are not compared with "
                + "the population we serve."))
        }
        let subsections = overview.profiles.map { profile in
            characteristicSection(
                profile, comparison: overview.comparison(for: profile.characteristic), date: overview.snapshotDate, control: overview.disclosureControl)
        }
        return ReportSection(id: "workforce", title: "Our staff", blocks: blocks, subsections: subsections)
    }

    static func characteristicSection(
        _ profile: WorkforceProfile, comparison: CommunityComparison?, date: CalendarDate, control: DisclosureControl
    ) -> ReportSection {
        var blocks: [ReportBlock] = [.table(profileTable(profile, comparison: comparison, date: date, control: control))]
        blocks += disclosure(profile)
        if let comparison {
            var chart = ComparisonChart(
                caption: "\(profile.label): our staff compared with \(comparison.area) (per cent)",
                category: "group", series: ["Our staff", comparison.area],
                rows: AgeBandOrder.ordered(comparison.rows, label: \.group).map { ComparisonChart.Row(label: $0.group, values: [$0.workforcePercent, $0.communityPercent]) },
                missingText: missingText(control))
            // The profile table above gives the same figures.
            chart.tabledBeside = true
            blocks.append(.comparison(chart))
        }
        return ReportSection(id: anchor("workforce", profile.characteristic), title: profile.label, blocks: blocks)
    }

    /// One row per group (the community's order when there is a comparison, so the
    /// groups only one side has are kept), then the three reasons for no group.
    static func profileTable(_ profile: WorkforceProfile, comparison: CommunityComparison?, date: CalendarDate, control: DisclosureControl) -> ReportTable {
        var header = ["Group", "Staff", "Share of those who told us"]
        var rows: [[String]]
        if let comparison {
            header += ["Share of \(comparison.area)", "Difference"]
            rows = AgeBandOrder.ordered(comparison.rows, label: \.group).map { row in
                let staff = profile.group(named: row.group)
                return [row.group, staffCount(staff, control), share(staff, presence: row.workforce, control),
                        row.communityPercent.map(PercentText.percent) ?? "not in the area figures",
                        row.difference.map(PercentText.points) ?? "–"]
            }
        } else {
            rows = AgeBandOrder.ordered(profile.groups, label: \.group).map {
                [$0.group, staffCount($0, control), share($0, presence: $0.suppressed ? .suppressed : .present, control)]
            }
        }
        let padding = Array(repeating: "–", count: header.count - 2)
        rows.append(["Preferred not to say", String(profile.preferNotToSay)] + padding)
        rows.append(["Not known", String(profile.notKnown)] + padding)
        rows.append(["Not recorded", String(profile.blank)] + padding)
        rows.append(["All staff", String(profile.headcount)] + padding)
        return ReportTable(caption: "\(profile.label) of our staff on \(date.longForm)", header: header, rows: rows)
    }

    static func staffCount(_ group: ProfileGroup?, _ control: DisclosureControl) -> String {
        guard let group else { return "none" }
        return group.count.map(String.init) ?? control.withheldText
    }

    static func share(_ group: ProfileGroup?, presence: ComparisonRow.Presence, _ control: DisclosureControl) -> String {
        switch presence {
        case .absent: "none"
        case .suppressed: control.withheldText
        case .present: group?.share.map(PercentText.percent) ?? "–"
        }
    }

    /// The disclosure rate in a sentence, and a warning when it is under the threshold.
    static func disclosure(_ profile: WorkforceProfile) -> [ReportBlock] {
        guard let rate = profile.disclosureRate else { return [] }
        let name = profile.label.lowercased()
        var blocks: [ReportBlock] = [.paragraph(
            "\(PercentText.percent(rate)) of our staff told us their \(name) (\(profile.disclosed) of \(profile.headcount)). "
                + "\(profile.preferNotToSay) preferred not to say, \(profile.notKnown) are not known and "
                + "\(profile.blank) have nothing recorded.")]
        if profile.belowThreshold {
            blocks.append(.emphasis("This is below the \(PercentText.percent(profile.disclosureThreshold)) we aim for, so the "
                + "figures for \(name) may not describe all our staff. Read them with that in mind."))
        }
        return blocks
    }
}

import Foundation

extension EqualityInformationReportBuilder {
    static func about(_ input: EqualityInformationInput, overview: WorkforceOverview?, control: DisclosureControl) -> ReportSection {
        var sources: [String] = []
        if let overview {
            sources.append("Staff figures come from our anonymised staff list on \(overview.snapshotDate.longForm), "
                + "\(count(overview.headcount, "record")) with no names.")
            if input.snapshots.count > 1 {
                sources.append("Trends use our staff lists at \(list(input.snapshots.map(\.snapshot.date).sorted().map(\.longForm))).")
            }
        }
        if let community = input.communityProfile {
            sources.append("Figures for the people we serve are for \(community.area), from \(community.source).")
        } else {
            sources.append("We have no community profile for our area yet.")
        }
        sources.append("Impact assessments come from our register as it stood on \(input.date.longForm).")
        let threshold = overview?.disclosureThreshold ?? WorkforceProfile.defaultDisclosureThreshold
        return ReportSection(id: "about-this-information", title: "About this information", blocks: [
            .bullets(sources.map { ReportItem($0) }),
            .paragraph("To protect our staff's privacy: " + control.rule + " Each hidden number reads \"\(control.withheldText)\"."),
            .paragraph("Staff who preferred not to say, whose details are not known, or who have nothing recorded are counted "
                + "apart and left out of each group's share. When fewer than \(PercentText.percent(threshold)) of staff told us "
                + "about a characteristic, we say so beside its figures."),
            .paragraph("Percentages are rounded to one decimal place, so they may not add up to exactly 100."),
        ])
    }
}

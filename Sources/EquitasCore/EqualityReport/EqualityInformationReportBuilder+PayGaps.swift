import Foundation

extension EqualityInformationReportBuilder {
    static let bandNames = ["Lower", "Lower middle", "Upper middle", "Upper"]

    static func payGaps(_ data: EqualityInformationInput.SnapshotData, control: DisclosureControl) -> ReportSection {
        let date = data.snapshot.date
        let blocks: [ReportBlock] = [
            .paragraph("We work out our pay gaps by the method the Equality Act 2010 (Specific Duties and Public Authorities) "
                + "Regulations 2017 set for the gender pay gap, from our staff list on \(date.longForm). A gap is the "
                + "difference between two groups' average hourly pay, as a percentage of the first group's: above zero means "
                + "the first group is paid more on average. The quartiles rank staff by hourly pay and split them into four "
                + "equal bands, lowest paid first."),
        ]
        return ReportSection(id: "pay-gaps", title: "Pay gaps", blocks: blocks, subsections: [
            genderPayGap(data.records, date: date, control: control),
            groupPayGap(ethnicityReport(data.records, date: date, control: control), title: "Ethnicity pay gap", id: "pay-gap-ethnicity"),
            groupPayGap(GroupPayGap.disability(data.records, snapshot: date, control: control), title: "Disability pay gap", id: "pay-gap-disability"),
        ])
    }

    /// The statutory figures on whole sex groups, as the regulations require; only a list
    /// with too few men or women to be safe is left out.
    static func genderPayGap(_ records: [StaffRecord], date: CalendarDate, control: DisclosureControl) -> ReportSection {
        let sexes = records.compactMap { try? PayGapSex.classify($0.sex).get() }
        let men = sexes.filter { $0 == .male }.count, women = sexes.count - sexes.filter { $0 == .male }.count
        guard men >= control.threshold, women >= control.threshold else {
            return ReportSection(id: "pay-gap-sex", title: "Gender pay gap", blocks: [
                .paragraph("We do not publish a gender pay gap: \(control.fewerThan) men or \(control.fewerThan) women are recorded, and "
                    + "figures for so few people could show what particular colleagues are paid."),
            ])
        }
        let report = GenderPayGap.report(records, snapshot: date)
        let figures = ReportTable(
            caption: "Gender pay gap on \(date.longForm)", header: ["Measure", "Figure"],
            rows: [
                ["Mean hourly pay gap", percent(report.meanHourlyGap)],
                ["Median hourly pay gap", percent(report.medianHourlyGap)],
                ["Mean bonus gap", percent(report.meanBonusGap)],
                ["Median bonus gap", percent(report.medianBonusGap)],
                ["Men paid a bonus", percent(report.bonusProportion["male"])],
                ["Women paid a bonus", percent(report.bonusProportion["female"])],
            ])
        let quartiles = ReportTable(
            caption: "Men and women in each pay quartile on \(date.longForm)", header: ["Quartile", "Men", "Women"],
            rows: zip(bandNames, report.quartiles).map { [$0, percent($1["male"]), percent($1["female"])] })
        return ReportSection(id: "pay-gap-sex", title: "Gender pay gap", blocks: [
            .paragraph("Men's pay less women's, as a percentage of men's, over \(count(report.fullPayRelevantEmployees, "man and woman", "men and women")) "
                + "on full pay. Above zero means men are paid more on average; below zero, women."),
            .table(figures), .table(quartiles),
        ])
    }

    /// Against the default reference group (`GroupPayGap.defaultEthnicityReference`),
    /// which the section names.
    static func ethnicityReport(_ records: [StaffRecord], date: CalendarDate, control: DisclosureControl) -> GroupPayGapReport {
        GroupPayGap.ethnicity(records, snapshot: date, reference: GroupPayGap.defaultEthnicityReference(records), control: control)
    }

    static func groupPayGap(_ report: GroupPayGapReport, title: String, id: String) -> ReportSection {
        let date = report.snapshot
        let control = report.disclosureControl
        var blocks: [ReportBlock] = [
            .paragraph("Each group is compared with \(report.referenceGroup): a gap above zero means \(report.referenceGroup) "
                + "staff are paid more on average. We publish an hourly pay gap only where at least \(control.threshold) staff on "
                + "full pay are in the group and in \(report.referenceGroup), and a bonus gap only where at least "
                + "\(control.threshold) people in each were paid a bonus. A group, count or quartile share about "
                + "\(control.fewerThan) people is not published, nor any number that would give one away; each such place reads "
                + "\"\(control.withheldText)\". Hidden groups' pay still counts in the quartiles, where their shares are added "
                + "together, always two groups or more, under \"\(control.pooledLabel)\"."),
            .table(groupTable(report.groups, caption: "\(title) by group on \(date.longForm)", control: control)),
        ]
        if let collapsed = report.collapsed {
            blocks.append(.table(groupTable(collapsed.groups, caption: "\(title): \(report.referenceGroup) compared with all other groups together", control: control)))
        }
        blocks.append(control.hidesEveryShare(report.quartiles)
            ? .paragraph(control.everyShareHiddenText)
            : .table(quartileTable(report.quartiles, caption: "Each group's share of each pay quartile on \(date.longForm)", control: control)))
        if let rate = report.notDisclosed.disclosureRate {
            blocks.append(.paragraph("\(PercentText.percent(rate)) of staff told us their \(report.characteristic); the rest are "
                + "left out of these figures."))
        }
        return ReportSection(id: id, title: title, blocks: blocks)
    }

    static func groupTable(_ groups: [GroupPayGapFigures], caption: String, control: DisclosureControl) -> ReportTable {
        ReportTable(
            caption: caption,
            header: ["Group", "Staff", "Mean hourly gap", "Median hourly gap", "Mean bonus gap", "Median bonus gap", "Paid a bonus"],
            rows: groups.enumerated().map { index, group in
                if group.suppressed { return [group.group] + Array(repeating: control.withheldText, count: 6) }
                let withheld = Set(group.withheld.map(\.figure))
                let figure = { (key: String, value: Decimal?) in withheld.contains(key) ? control.withheldText : percent(value) }
                let gap = { (key: String, value: Decimal?) in index == 0 ? "reference" : figure(key, value) }
                return [group.group, group.employees.map(String.init) ?? control.withheldText,
                        gap("mean_hourly_gap", group.meanHourlyGap), gap("median_hourly_gap", group.medianHourlyGap),
                        gap("mean_bonus_gap", group.meanBonusGap), gap("median_bonus_gap", group.medianBonusGap),
                        figure("bonus_proportion", group.bonusProportion)]
            })
    }

    /// Groups by name, the hidden groups' combined share last; a hidden share reads as
    /// the rule's words.
    static func quartileTable(_ quartiles: [[String: Decimal]], caption: String, control: DisclosureControl) -> ReportTable {
        var names = Set(quartiles.flatMap(\.keys)).sorted()
        if let index = names.firstIndex(of: control.pooledLabel) { names.append(names.remove(at: index)) }
        return ReportTable(
            caption: caption, header: ["Quartile"] + names,
            rows: zip(bandNames, quartiles).map { band, shares in
                [band] + names.map { name in shares[name].map(PercentText.percent) ?? (shares.isEmpty ? "no figure" : control.withheldText) }
            })
    }
}

import EquitasCore
import Foundation

/// Pay gap figures as tables a screen reader can walk: each with a caption naming what
/// it holds and the snapshot, header cells scoped to their rows or columns.
enum PayGapTables {
    static func percent(_ value: Decimal?) -> String {
        value.map { String(format: "%.1f%%", NSDecimalNumber(decimal: $0).doubleValue) } ?? "No figure"
    }

    static let quartileNames = ["Lower", "Lower middle", "Upper middle", "Upper"]

    /// The statutory gender pay gap: the six figures, then the quartiles.
    static func sex(_ report: GenderPayGapReport) -> Node {
        let figures: [(String, Decimal?)] = [
            ("Mean hourly pay gap", report.meanHourlyGap), ("Median hourly pay gap", report.medianHourlyGap),
            ("Mean bonus gap", report.meanBonusGap), ("Median bonus gap", report.medianBonusGap),
            ("Men paid a bonus", report.bonusProportion["male"]), ("Women paid a bonus", report.bonusProportion["female"]),
        ]
        return .fragment([
            .p([], .text("\(report.relevantEmployees) relevant employees, \(report.fullPayRelevantEmployees) of them on full pay. A positive gap means men are paid more.")),
            .table(
                [],
                .caption([], .text("Gender pay gap at \(report.snapshot.longForm)")),
                .thead([], .tr([], .th(scope: .col, [], "Figure"), .th(scope: .col, [], "Value"))),
                .tbody([], .fragment(figures.map { .tr([], .th(scope: .row, [], .text($0.0)), .td([], .text(percent($0.1)))) }))),
            quartiles(report.quartiles, groups: ["male", "female"], words: ["male": "Men", "female": "Women"],
                      caption: "Men and women in each pay quartile at \(report.snapshot.longForm)"),
        ])
    }

    /// Ethnicity or disability: each group against the reference, suppressed groups
    /// shown as such, then the quartiles and how many did not say.
    static func group(_ report: GroupPayGapReport) -> Node {
        let name = report.characteristic.capitalized
        let control = report.disclosureControl
        let rows = report.groups.map { figures -> Node in
            guard !figures.suppressed else {
                // One cell stands for all six figures; on a narrow screen it would
                // otherwise be labelled with the first column it spans, "Employees".
                let cell: [Attribute] = [Attribute("colspan", "6"), Attribute("data-label", "Figures")]
                return .tr([], .th(scope: .row, [], .text(figures.group)), .td(cell, .text(control.withheldText)))
            }
            let isReference = figures.group == report.referenceGroup
            let withheld = Set(figures.withheld.map(\.figure))
            let figure = { (key: String, value: Decimal?) in withheld.contains(key) ? control.withheldText : percent(value) }
            let gap = { (key: String, value: Decimal?) in isReference ? "Reference" : figure(key, value) }
            return .tr(
                [], .th(scope: .row, [], .text(figures.group + (isReference ? " (reference)" : ""))),
                .td([], .text(figures.employees.map(String.init) ?? control.withheldText)),
                .td([], .text(gap("mean_hourly_gap", figures.meanHourlyGap))),
                .td([], .text(gap("median_hourly_gap", figures.medianHourlyGap))),
                .td([], .text(gap("mean_bonus_gap", figures.meanBonusGap))),
                .td([], .text(gap("median_bonus_gap", figures.medianBonusGap))),
                .td([], .text(figure("bonus_proportion", figures.bonusProportion))))
        }
        var groupNames = report.quartiles.flatMap(\.keys).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
        if let pooled = groupNames.firstIndex(of: control.pooledLabel) { groupNames.append(groupNames.remove(at: pooled)) }
        let missing = report.notDisclosed
        return .fragment([
            .p([], .text("Each group against \(report.referenceGroup). A positive gap means the reference group is paid more.")),
            .table(
                [],
                .caption([], .text("\(name) pay gaps at \(report.snapshot.longForm)")),
                .thead(
                    [],
                    .tr(
                        [], .th(scope: .col, [], "Group"), .th(scope: .col, [], "Employees"), .th(scope: .col, [], "Mean hourly gap"),
                        .th(scope: .col, [], "Median hourly gap"), .th(scope: .col, [], "Mean bonus gap"), .th(scope: .col, [], "Median bonus gap"),
                        .th(scope: .col, [], "Paid a bonus"))),
                .tbody([], .fragment(rows))),
            control.hidesEveryShare(report.quartiles)
                ? .p([], .text(control.everyShareHiddenText))
                : quartiles(report.quartiles, groups: groupNames, words: [:], caption: "\(name) groups in each pay quartile at \(report.snapshot.longForm)",
                            withheld: control.withheldText),
            .p([], .text("Disclosed: \(percent(missing.disclosureRate)) of records. Prefer not to say: \(missing.preferNotToSay.count); not known: \(missing.notKnown.count); blank: \(missing.blank.count).")),
            .p([], .text("Disclosure control: " + control.rule)),
        ])
    }

    /// `withheld` is said where a group has no share in a band that has people: the rule hid it.
    private static func quartiles(_ bands: [[String: Decimal]], groups: [String], words: [String: String], caption: String, withheld: String = "No figure") -> Node {
        .table(
            [],
            .caption([], .text(caption)),
            .thead([], .tr([], .th(scope: .col, [], "Quartile"), .fragment(groups.map { .th(scope: .col, [], .text(words[$0] ?? $0)) }))),
            .tbody(
                [],
                .fragment(zip(quartileNames, bands).map { name, band in
                    .tr([], .th(scope: .row, [], .text(name)), .fragment(groups.map { .td([], .text(band[$0].map { percent($0) } ?? (band.isEmpty ? "No figure" : withheld))) }))
                })))
    }
}

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
        let rows = report.groups.map { figures -> Node in
            guard !figures.suppressed else {
                return .tr([], .th(scope: .row, [], .text(figures.group)), .td([Attribute("colspan", "6")], .text("Suppressed: fewer than \(GroupPayGap.minimumGroupSize) employees")))
            }
            let isReference = figures.group == report.referenceGroup
            return .tr(
                [], .th(scope: .row, [], .text(figures.group + (isReference ? " (reference)" : ""))),
                .td([], .text(String(figures.employees ?? 0))),
                .td([], .text(isReference ? "Reference" : percent(figures.meanHourlyGap))),
                .td([], .text(isReference ? "Reference" : percent(figures.medianHourlyGap))),
                .td([], .text(isReference ? "Reference" : percent(figures.meanBonusGap))),
                .td([], .text(isReference ? "Reference" : percent(figures.medianBonusGap))),
                .td([], .text(percent(figures.bonusProportion))))
        }
        let groupNames = report.quartiles.flatMap(\.keys).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
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
            quartiles(report.quartiles, groups: groupNames, words: [:], caption: "\(name) groups in each pay quartile at \(report.snapshot.longForm)"),
            .p([], .text("Disclosed: \(percent(missing.disclosureRate)) of records. Prefer not to say: \(missing.preferNotToSay.count); not known: \(missing.notKnown.count); blank: \(missing.blank.count).")),
        ])
    }

    private static func quartiles(_ bands: [[String: Decimal]], groups: [String], words: [String: String], caption: String) -> Node {
        .table(
            [],
            .caption([], .text(caption)),
            .thead([], .tr([], .th(scope: .col, [], "Quartile"), .fragment(groups.map { .th(scope: .col, [], .text(words[$0] ?? $0)) }))),
            .tbody(
                [],
                .fragment(zip(quartileNames, bands).map { name, band in
                    .tr([], .th(scope: .row, [], .text(name)), .fragment(groups.map { .td([], .text(percent(band[$0]))) }))
                })))
    }
}

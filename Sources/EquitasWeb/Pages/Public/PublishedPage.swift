import EquitasCore
import Foundation

/// The published challenges, newest first, each with its final report in the three
/// formats the public is offered.
enum PublishedPage {
    static let path = Site.published.path

    static func layout(_ listing: PublishedListing) -> PageLayout {
        var content: [Node] = [
            .h1([], "Published reports"),
            .p([.class("lead")], "Peer challenges and assessments whose final report has been published, newest first."),
        ]
        if listing.entries.isEmpty {
            content.append(.p([], "No reports have been published yet."))
        }
        content += listing.entries.map(entry)
        return PageLayout(title: "Published reports", content: content, currentPath: path)
    }

    static func reportPath(_ challengeId: UUID, _ format: PublishedFormat) -> String {
        Site.publishedReport.path(challengeId) + "?format=\(format.rawValue)"
    }

    private static func entry(_ entry: PublishedListing.Entry) -> Node {
        let headingId = "challenge-\(entry.challengeId.uuidString.lowercased())"
        var facts: [Node] = [fact("Framework", .text(entry.framework)), fact("Level sought", .text(entry.level ?? "Differs by module"))]
        if let start = entry.start {
            facts.append(fact("Dates", .text(CalendarDate.range(start, entry.end))))
        }
        if let award = entry.award {
            let words = "\(entry.awardLevel ?? award.level), awarded \(award.awarded.longForm), until \(award.expires.longForm)"
            facts.append(fact("Award", .text(words)))
        }
        if let second = entry.secondLevel { facts.append(fact("Also concluded on", .text(second))) }
        let report: Node =
            entry.hasFinalReport
            ? .ul(
                [],
                .fragment(
                    PublishedFormat.allCases.map { format in
                        .li([], .a(href: reportPath(entry.challengeId, format), .text(format.linkWords)))
                    }))
            : .p([.class("hint")], "The final report is not available online.")
        return .section(
            [.class("report-item"), .aria("labelledby", headingId)],
            .h2([.id(headingId)], .text(joined(entry.organisations))),
            .dl([.class("summary-list")], .fragment(facts)),
            report)
    }

    /// "A", "A and B", "A, B and C": the councils of a joint challenge as a heading.
    static func joined(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    private static func fact(_ term: String, _ detail: Node) -> Node {
        .fragment([.dt([], .text(term)), .dd([], detail)])
    }

    static func badFormat() -> PageLayout {
        PageLayout(
            title: "Error: Unknown report format",
            content: [
                .h1([], "Unknown report format"),
                .p([], "Reports are offered as a web page, a Word document (DOCX) or Markdown text."),
                .p([], .a(href: path, "Back to the published reports")),
            ], currentPath: nil)
    }
}

import EquitasCore
import Foundation

/// The places in one issued version a comment can point at, in the words a person
/// reads: section titles, and the opening words of each finding and recommendation.
struct ReportAnchorWords {
    /// In reading order: sections, then findings, then recommendations.
    private(set) var places: [(anchor: ReportAnchor, words: String)] = []

    init(_ version: ReportVersion, framework: Framework) {
        let document = ReportBuilder.build(version.snapshot, framework: framework, edition: version.edition)
        func walk(_ sections: [ReportSection], depth: Int) {
            for section in sections {
                places.append((ReportAnchor(kind: .section, id: section.id), String(repeating: "– ", count: depth) + "Section: " + section.title))
                walk(section.subsections, depth: depth + 1)
            }
        }
        walk(document.sections, depth: 0)
        for finding in version.snapshot.findings {
            places.append((ReportAnchor(kind: .finding, id: finding.id.uuidString.lowercased()), "Finding: " + Self.opening(finding.value.text)))
        }
        for recommendation in version.snapshot.recommendations.sorted(by: { $0.value.number < $1.value.number }) {
            places.append((
                ReportAnchor(kind: .recommendation, id: recommendation.id.uuidString.lowercased()),
                "Recommendation \(recommendation.value.number): " + Self.opening(recommendation.value.text)
            ))
        }
    }

    func words(_ anchor: ReportAnchor) -> String {
        places.first { $0.anchor.kind == anchor.kind && $0.anchor.id.lowercased() == anchor.id.lowercased() }?.words ?? anchor.label
    }

    /// A form value that names one place: "section:background", "finding:6f1e…".
    static func value(_ anchor: ReportAnchor) -> String { anchor.kind.rawValue + ":" + anchor.id }

    static func anchor(from value: String) -> ReportAnchor? {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = ReportAnchorKind(rawValue: parts[0]), !parts[1].isEmpty else { return nil }
        return ReportAnchor(kind: kind, id: parts[1])
    }

    /// Enough of a long text to recognise it in a list, cut after a whole word where
    /// one ends in the second half of what is kept.
    static func opening(_ text: String) -> String {
        guard text.count > 80 else { return text }
        let kept = text.prefix(77)
        guard let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= 40 else { return String(kept) + "…" }
        return String(kept[..<space]) + "…"
    }
}

import Foundation

/// The challenged organisations: the names on the title page, else the council that
/// "has completed a satisfactory self-assessment", else the council named most often
/// that is not a peer's own.
enum OrganisationFinder {
    struct Found {
        var name: String
        var confidence: Double
        var reason: String
    }

    static func find(in blocks: [SourceBlock]) -> [Found] {
        let peerOrganisations = Set(blocks.compactMap(peerOrganisation))
        func subjects(_ names: [String]) -> [String] { names.filter { !peerOrganisations.contains($0) } }

        var title: [String] = []
        for block in blocks {
            if case .heading(_, let raw) = block {
                let text = titleCased(raw)
                if ReportVocabulary.section(ofHeading: text) != nil || ReportText.sectionNumber(text) != nil { break }
                title += OrganisationNames.titleNames(in: text)
            } else if case .paragraph(let raw) = block {
                let text = titleCased(raw)
                // A title page's lines: short, naming the councils; the team's list ends it.
                if ReportVocabulary.introducesTeam(text) || ReportText.words(text).count <= 4 && ReportVocabulary.section(ofHeading: text) == .team { break }
                if ReportText.words(text).count <= 15 { title += OrganisationNames.councils(in: text) }
            } else {
                break
            }
        }
        if !subjects(title).isEmpty {
            return unique(subjects(title)).map { Found(name: $0, confidence: 0.9, reason: "named in the report's title") }
        }
        for block in blocks {
            let text = block.text
            let lower = text.lowercased()
            guard lower.contains("self-assessment") || lower.contains("“achieving”") || lower.contains("are achieving") else { continue }
            let names = subjects(OrganisationNames.councils(in: text))
            if !names.isEmpty {
                return unique(names).map { Found(name: $0, confidence: 0.85, reason: "named as completing the self-assessment: \"\(text.prefix(80))…\"") }
            }
        }
        var counts: [String: Int] = [:]
        for block in blocks { for name in subjects(OrganisationNames.councils(in: block.text)) { counts[name, default: 0] += 1 } }
        guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return [] }
        return [Found(name: top.key, confidence: 0.5, reason: "the council named most often (\(top.value) times)")]
    }

    /// "LONDON BOROUGH OF KELMSCOTT" → "London Borough of Kelmscott", so that a title
    /// set in capitals is read like any other.
    static func titleCased(_ text: String) -> String {
        guard RecogniserRules.on("report-caps-title-plain-headings"), text.contains(where: \.isLetter),
              !text.contains(where: \.isLowercase) else { return text }
        let small: Set<String> = ["of", "and", "upon", "on", "in", "under", "with", "the", "for", "at"]
        return text.lowercased().split(separator: " ").enumerated().map { index, word in
            index > 0 && small.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    static func peerOrganisation(_ block: SourceBlock) -> String? {
        switch block {
        case .tableRow(let cells): cells.count >= 2 && TeamLineParser.looksLikeName(cells[0]) ? cells[1] : nil
        case .paragraph(let text), .listItem(_, let text, _): TeamLineParser.parse(line: text)?.organisation
        default: nil
        }
    }

    static func unique(_ names: [String]) -> [String] {
        var seen: [String] = []
        for name in names where !seen.contains(name) { seen.append(name) }
        return seen
    }
}

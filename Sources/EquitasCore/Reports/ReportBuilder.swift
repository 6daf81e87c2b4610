import Foundation

/// Turns a challenge into the report document that every renderer prints: background,
/// summary and conclusion, recommendations, findings per module (joint first, then each
/// council's), observations, signposts, annexes. Sections with nothing to say are left
/// out rather than printed as empty headings.
public enum ReportBuilder {
    public static func build(_ record: ChallengeRecord, framework: Framework, edition: ReportEdition) -> ReportDocument {
        let context = ReportContext(record: record, framework: framework)
        let title = "\(context.kicker): \(context.subjectLine)"
        let properties = DocumentProperties(
            title: title,
            subject: context.frameworkLine,
            author: reviewManager(context) ?? "Equitas",
            date: edition.date)
        let titlePage = TitlePage(
            kicker: context.kicker, organisations: context.organisationNames,
            framework: context.frameworkLine, dates: context.dates, versionLabel: edition.label)
        var sections = [background(context), summary(context), recommendations(context)]
        sections += context.inScope.map { moduleSection($0, context) }
        sections += [observations(context), signposts(context), programmeAnnex(context), evidenceAnnex(context)]
        return ReportDocument(properties: properties, titlePage: titlePage, sections: sections.compactMap(pruned))
    }

    /// The section without its empty subsections, or nil when nothing is left.
    static func pruned(_ section: ReportSection) -> ReportSection? {
        var copy = section
        copy.subsections = section.subsections.compactMap(pruned)
        return copy.isEmpty ? nil : copy
    }

    /// Who writes the report: the review manager, where the team has one.
    static func reviewManager(_ context: ReportContext) -> String? {
        context.record.team.first { $0.value.role == .reviewManager }.map { context.personName($0.value.personId) }
    }

    /// Free text keeps its paragraphs: a blank line starts a new one.
    static func paragraphs(_ text: String?) -> [ReportBlock] {
        guard let text else { return [] }
        return text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map(ReportBlock.paragraph)
    }

    static func bullets(_ findings: [Identified<Finding>], context: ReportContext, namingOrganisation: Bool = false) -> [ReportBlock] {
        guard !findings.isEmpty else { return [] }
        var blocks: [ReportBlock] = []
        // Findings under a theme print beneath it, in order of first appearance; the
        // unthemed come first, as reports list general points before grouped ones.
        var themes: [String?] = [nil]
        for finding in findings where !themes.contains(finding.value.theme) { themes.append(finding.value.theme) }
        for theme in themes {
            let items = findings.filter { $0.value.theme == theme }.map { finding -> ReportItem in
                let owner = namingOrganisation ? context.organisationName(finding.value.organisationId) : nil
                return ReportItem(owner.map { "\($0): \(finding.value.text)" } ?? finding.value.text, anchor: finding.id.uuidString)
            }
            guard !items.isEmpty else { continue }
            if let theme { blocks.append(.emphasis(theme)) }
            blocks.append(.bullets(items))
        }
        return blocks
    }
}

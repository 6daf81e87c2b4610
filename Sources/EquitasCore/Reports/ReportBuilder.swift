import Foundation

/// Turns a challenge into the report document that every renderer prints: background,
/// summary and conclusion, recommendations, findings per module (joint first, then each
/// council's), observations, signposts, annexes. Sections with nothing to say are left
/// out rather than printed as empty headings.
public enum ReportBuilder {
    /// - Parameter comments: the council's comments on the drafts, printed with how each
    ///   was resolved as a last annex when the review manager chooses to include them;
    ///   none by default.
    public static func build(
        _ record: ChallengeRecord, framework: Framework, edition: ReportEdition, comments: [ReportComment] = [],
        secondFramework: Framework? = nil
    ) -> ReportDocument {
        let context = ReportContext(record: record, framework: framework, secondFramework: secondFramework)
        let title = "\(context.kicker): \(context.subjectLine)"
        let properties = DocumentProperties(
            title: title,
            subject: context.frameworkLine,
            author: reviewManager(context) ?? "Equitas",
            date: edition.date)
        let titlePage = TitlePage(
            kicker: context.kicker, organisations: context.organisationNames,
            framework: context.frameworkLine, dates: context.dates, versionLabel: edition.label)
        var sections = [background(context), summary(context), recommendations(context), sinceLastChallenge(context)]
        sections += context.inScope.map { moduleSection($0, context) }
        sections += [observations(context), signposts(context), programmeAnnex(context), evidenceAnnex(context)]
        var document = ReportNumbering.apply(to: ReportDocument(properties: properties, titlePage: titlePage, sections: sections.compactMap(pruned)))
        if let annex = commentsAnnex(comments, document: document, context: context) { document.sections.append(annex) }
        document.sections = letteringAnnexes(document.sections)
        return document
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

    /// A section of findings: the unthemed first, as reports list general points
    /// before grouped ones, then one subsection per theme ("Data collection") in order
    /// of first appearance, so a theme is a heading the contents list and a comment
    /// can cite.
    static func findingSection(
        id: String, title: String, _ findings: [Identified<Finding>], context: ReportContext, namingOrganisation: Bool = false
    ) -> ReportSection {
        var themes: [String] = []
        for finding in findings { if let theme = finding.value.theme, !themes.contains(theme) { themes.append(theme) } }
        let subsections = themes.enumerated().map { index, theme in
            ReportSection(
                id: "\(id)-theme-\(index + 1)", title: theme,
                blocks: bullets(findings.filter { $0.value.theme == theme }, context: context, namingOrganisation: namingOrganisation))
        }
        return ReportSection(
            id: id, title: title,
            blocks: bullets(findings.filter { $0.value.theme == nil }, context: context, namingOrganisation: namingOrganisation),
            subsections: subsections)
    }

    /// Findings as one bulleted list, each item anchored to its finding.
    static func bullets(_ findings: [Identified<Finding>], context: ReportContext, namingOrganisation: Bool = false) -> [ReportBlock] {
        guard !findings.isEmpty else { return [] }
        return [.bullets(findings.map { finding in
            let owner = namingOrganisation ? context.organisationName(finding.value.organisationId) : nil
            return ReportItem(owner.map { "\($0): \(finding.value.text)" } ?? finding.value.text, anchor: finding.id.uuidString)
        })]
    }
}

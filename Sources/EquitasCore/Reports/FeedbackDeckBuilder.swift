/// The last day's feedback presentation: title, team, the framework's modules in scope,
/// then for each module a slide of strengths and one of areas for consideration
/// (continued when long), the recommendations and the conclusion.
public enum FeedbackDeckBuilder {
    public static func build(_ record: ChallengeRecord, framework: Framework, date: CalendarDate) -> SlideDeck {
        let context = ReportContext(record: record, framework: framework)
        var slides = [Slide(
            layout: .title, title: context.kicker,
            lines: context.organisationNames + [context.frameworkLine, "Feedback presentation, \(date.longForm)"])]
        if !record.team.isEmpty {
            slides.append(Slide(layout: .content, title: "The peer team", lines: record.team.map { member in
                let person = record.people.first { $0.id == member.value.personId }?.value
                let organisation = context.organisationName(person?.organisationId).map { ", \($0)" } ?? ""
                return "\(person?.name ?? "Unknown person") — \(member.value.role.label)\(organisation)"
            }))
        }
        slides.append(Slide(
            layout: .content, title: "The framework: \(framework.name)",
            lines: context.inScope.map { "\(context.moduleTitle($0.id)) — \(context.levelName($0.level))" }))
        for scope in context.inScope {
            let title = context.moduleTitle(scope.id)
            slides += SlidePaginator.paginate(title: "\(title): strengths", lines: lines(.strength, scope.id, context))
            slides += SlidePaginator.paginate(title: "\(title): areas for consideration", lines: lines(.areaForConsideration, scope.id, context))
        }
        let recommendations = record.recommendations.sorted { $0.value.number < $1.value.number }.map { "\($0.value.number). \($0.value.text)" }
        slides += SlidePaginator.paginate(title: "Recommendations", lines: recommendations)
        slides += SlidePaginator.paginate(title: "Conclusion", lines: conclusion(context))
        return SlideDeck(
            properties: DocumentProperties(
                title: "\(context.kicker): feedback to \(context.subjectLine)", subject: context.frameworkLine,
                author: ReportBuilder.reviewManager(context) ?? "Equitas", date: date),
            slides: slides)
    }

    /// Joint findings first, then each council's, named.
    static func lines(_ kind: FindingKind, _ module: String, _ context: ReportContext) -> [String] {
        let findings = context.findings(module: module, kind: kind)
        let joint = findings.filter { $0.value.organisationId == nil }.map(\.value.text)
        let own = context.challenge.organisationIds.flatMap { organisation in
            findings.filter { $0.value.organisationId == organisation }
                .map { "\(context.organisationName(organisation) ?? ""): \($0.value.text)" }
        }
        return joint + own
    }

    static func conclusion(_ context: ReportContext) -> [String] {
        var lines = ReportBuilder.paragraphs(context.challenge.conclusion).compactMap { block -> String? in
            if case .paragraph(let text) = block { return text }
            return nil
        }
        lines += context.inScope.filter { $0.judgement != .none }.map { scope in
            "\(context.moduleTitle(scope.id)): \(context.levelName(scope.level)) \(scope.judgement == .confirmed ? "confirmed" : "not confirmed")"
        }
        return lines
    }
}

extension ReportBuilder {
    static func moduleSection(_ scope: ModuleScope, _ context: ReportContext) -> ReportSection {
        let id = "module-\(scope.id)"
        var blocks: [ReportBlock] = []
        switch scope.judgement {
        case .confirmed: blocks.append(.emphasis("The self-assessment at \(context.levelName(scope.level)) is confirmed."))
        case .notConfirmed: blocks.append(.emphasis("The self-assessment at \(context.levelName(scope.level)) is not confirmed."))
        case .none: break
        }
        blocks += paragraphs(scope.conclusion)

        var subsections = perOrganisation(.strength, title: "Strengths", module: scope.id, sectionId: "\(id)-strengths", context)
        subsections += perOrganisation(.areaForConsideration, title: "Areas for consideration", module: scope.id, sectionId: "\(id)-areas", context)
        subsections.append(findingSection(
            id: "\(id)-good-practice", title: "Good practice",
            context.findings(module: scope.id, kind: .goodPractice), context: context, namingOrganisation: true))
        subsections.append(ReportSection(
            id: "\(id)-quotes", title: "What people told us",
            blocks: context.findings(module: scope.id, kind: .quote).map { .quote(text: $0.value.text, attribution: $0.value.attribution ?? "") }))
        let next = context.framework.level(above: scope.level).map { "Reaching \($0.name)" } ?? "Going further"
        subsections.append(findingSection(
            id: "\(id)-next-level", title: next,
            context.findings(module: scope.id, kind: .nextLevel), context: context, namingOrganisation: true))
        return ReportSection(id: id, title: context.moduleTitle(scope.id), blocks: blocks, subsections: subsections)
    }

    /// Joint findings first, then each council's, as a joint report prints them; a
    /// single-council report has one list.
    static func perOrganisation(_ kind: FindingKind, title: String, module: String, sectionId: String, _ context: ReportContext) -> [ReportSection] {
        let findings = context.findings(module: module, kind: kind)
        guard context.isJoint else {
            return [findingSection(id: sectionId, title: title, findings, context: context)]
        }
        var sections = [findingSection(
            id: "\(sectionId)-joint", title: "Joint \(title.lowercased())",
            findings.filter { $0.value.organisationId == nil }, context: context)]
        for (index, organisation) in context.challenge.organisationIds.enumerated() {
            sections.append(findingSection(
                id: "\(sectionId)-\(index + 1)", title: "\(title): \(context.organisationName(organisation) ?? "")",
                findings.filter { $0.value.organisationId == organisation }, context: context))
        }
        return sections
    }

    /// Observations, and anything recorded against a module outside the scope.
    static func observations(_ context: ReportContext) -> ReportSection {
        let inScope = Set(context.inScope.map(\.id))
        let subsections = context.framework.modules.map { module in
            let findings = context.record.findings.filter {
                $0.value.module == module.id && ($0.value.kind == .observation || !inScope.contains(module.id)) && $0.value.kind != .signpost
            }
            return findingSection(
                id: "observations-\(module.id)", title: context.moduleTitle(module.id), findings, context: context, namingOrganisation: true)
        }
        return ReportSection(id: "observations", title: "Observations on other \(context.framework.moduleNoun)s", subsections: subsections)
    }

    static func signposts(_ context: ReportContext) -> ReportSection {
        findingSection(
            id: "signposts", title: "Signposts to practice elsewhere", context.findings(kind: .signpost), context: context, namingOrganisation: true)
    }
}

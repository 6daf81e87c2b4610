extension ReportBuilder {
    static func background(_ context: ReportContext) -> ReportSection {
        let framework = context.framework
        var blocks: [ReportBlock] = [.paragraph(framework.summary)]
        let levels = Set(context.inScope.map(\.level))
        for level in framework.levels where levels.contains(level.id) {
            blocks.append(.paragraph("At the \(level.name) level: \(level.description)"))
        }
        let inScope = context.inScope.map { "\(context.moduleTitle($0.id)) (\(context.levelName($0.level)))" }
        blocks.append(.paragraph("The challenge assessed \(inScope.count == 1 ? "one \(framework.moduleNoun)" : "\(inScope.count) \(framework.moduleNoun)s") of the framework:"))
        blocks.append(.bullets(inScope.map { ReportItem($0) }))
        let outOfScope = framework.modules.filter { module in !context.inScope.contains { $0.id == module.id } }
        if !outOfScope.isEmpty {
            blocks.append(.paragraph("Not assessed this time: " + outOfScope.map { context.moduleTitle($0.id) }.joined(separator: "; ") + "."))
        }
        if let focus = context.challenge.focus { blocks.append(.paragraph("Focus: \(focus)")) }
        if let dates = context.dates { blocks.append(.paragraph("The team was on site from \(dates).")) }

        var subsections: [ReportSection] = []
        if !context.record.team.isEmpty {
            let rows = context.record.team.map { member -> [String] in
                let person = context.record.people.first { $0.id == member.value.personId }?.value
                let organisation = context.organisationName(person?.organisationId) ?? ""
                let role = [member.value.role.label, person?.jobTitle].compactMap { $0 }.joined(separator: ", ")
                return [person?.name ?? "Unknown person", organisation, role]
            }
            subsections.append(ReportSection(id: "team", title: "The peer team", blocks: [
                .table(ReportTable(caption: "Members of the peer team", header: ["Name", "Organisation", "Role"], rows: rows)),
            ]))
        }
        if let programme = programmeSummary(context) {
            subsections.append(ReportSection(id: "programme", title: "The programme", blocks: programme))
        }
        return ReportSection(id: "background", title: "Background", blocks: blocks, subsections: subsections)
    }

    static func programmeSummary(_ context: ReportContext) -> [ReportBlock]? {
        let sessions = context.record.programme.map(\.value)
        guard !sessions.isEmpty else { return nil }
        let days = Set(sessions.map(\.start.date)).count
        let counts = SessionKind.allCases.compactMap { kind -> String? in
            let n = sessions.filter { $0.kind == kind }.count
            guard n > 0 else { return nil }
            let noun = kind.rawValue.replacingOccurrences(of: "-", with: " ")
            return "\(n) \(noun)\(n == 1 ? "" : "s")"
        }
        var groups: [String] = []
        for group in sessions.flatMap(\.met) where !groups.contains(group) { groups.append(group) }
        var blocks: [ReportBlock] = [.paragraph("Over \(days) day\(days == 1 ? "" : "s") the team held \(sessions.count) sessions: \(counts.joined(separator: ", ")).")]
        if !groups.isEmpty {
            blocks.append(.paragraph("The team met:"))
            blocks.append(.bullets(groups.map { ReportItem($0) }))
        }
        return blocks
    }

    static func summary(_ context: ReportContext) -> ReportSection {
        var blocks = paragraphs(context.challenge.conclusion)
        let judged = context.inScope.filter { $0.judgement != .none }
        if !judged.isEmpty {
            blocks.append(.bullets(judged.map { scope in
                let verdict = scope.judgement == .confirmed ? "confirmed" : "not confirmed"
                return ReportItem("\(context.moduleTitle(scope.id)): the self-assessment at \(context.levelName(scope.level)) is \(verdict).")
            }))
        }
        if let award = context.challenge.award {
            let who = context.isJoint ? "The councils are" : "The council is"
            blocks.append(.emphasis("\(who) awarded the \(context.levelName(award.level)) level from \(award.awarded.longForm), valid until \(award.expires.longForm)."))
        }
        return ReportSection(id: "summary", title: "Executive summary and conclusion", blocks: blocks)
    }

    static func recommendations(_ context: ReportContext) -> ReportSection {
        let sorted = context.record.recommendations.sorted { $0.value.number < $1.value.number }
        var blocks: [ReportBlock] = []
        // A gap in the numbering starts a new list, so that each item keeps its number.
        var run: [Identified<Recommendation>] = []
        func flush() {
            guard let first = run.first else { return }
            blocks.append(.numbered(run.map { recommendation in
                let owner = context.organisationName(recommendation.value.organisationId)
                return ReportItem(owner.map { "\($0): \(recommendation.value.text)" } ?? recommendation.value.text, anchor: recommendation.id.uuidString)
            }, start: first.value.number))
            run = []
        }
        for recommendation in sorted {
            if let last = run.last, recommendation.value.number != last.value.number + 1 { flush() }
            run.append(recommendation)
        }
        flush()
        if !blocks.isEmpty {
            blocks.insert(.paragraph("To help \(context.isJoint ? "the councils" : "the council") improve, the team makes these recommendations."), at: 0)
        }
        return ReportSection(id: "recommendations", title: "Recommendations", blocks: blocks)
    }
}

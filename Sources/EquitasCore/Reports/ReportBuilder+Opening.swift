extension ReportBuilder {
    static func background(_ context: ReportContext) -> ReportSection {
        let framework = context.framework
        var blocks = introduction(context)
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
        blocks.append(.paragraph("The team thanks everyone it met for their time, their openness and their hospitality."))

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

    /// Who asked for the challenge, who organised it, who carried it out and when, and
    /// what the framework is, in sentences a review manager would write.
    static func introduction(_ context: ReportContext) -> [ReportBlock] {
        let framework = context.framework
        let councils = context.organisationNames.joined(separator: " and ")
        var opening = "This report sets out the findings of the \(context.kicker.lowercased()) of \(councils)"
        opening += ", organised by \(organiser(context))"
        if let dates = context.dates { opening += " and carried out on site from \(dates)" }
        opening += "."
        if let lead = person(in: .leadPeer, context) { opening += " The team was led by \(lead)." }
        if let manager = person(in: .reviewManager, context) { opening += " \(manager) managed the challenge and wrote this report with the team." }
        var blocks: [ReportBlock] = [.paragraph(opening)]
        let named = "The \(framework.name) (\(framework.version))"
        let summary = framework.summary
        if summary.hasPrefix("A ") || summary.hasPrefix("An ") {
            blocks.append(.paragraph("\(named) is \(summary.prefix(1).lowercased())\(summary.dropFirst())"))
        } else {
            blocks.append(.paragraph("\(named): \(summary)"))
        }
        if context.challenge.kind == .peerChallenge {
            let whose = context.isJoint ? "the councils' own assessments of themselves" : "the council's own assessment of itself"
            blocks.append(.paragraph("A peer challenge is not an inspection. Peers who do this work in their own organisations test \(whose) against the evidence and what people told them, as critical friends."))
        }
        return blocks
    }

    /// The review manager's organisation, which arranges the challenge; failing that,
    /// the framework's publisher. "the Local Government Association", but a council by
    /// its name alone.
    static func organiser(_ context: ReportContext) -> String {
        let manager = context.record.team.first { $0.value.role == .reviewManager }
        let person = manager.flatMap { member in context.record.people.first { $0.id == member.value.personId } }
        let name = context.organisationName(person?.value.organisationId) ?? context.framework.publisher
        let needsArticle = !name.hasPrefix("The ") && !name.hasSuffix("Council") && name.first?.isUppercase == true
        return needsArticle ? "the " + name : name
    }

    static func person(in role: TeamRole, _ context: ReportContext) -> String? {
        context.record.team.first { $0.value.role == role }.map { context.personName($0.value.personId) }
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
            blocks.append(.paragraph("It met \(groups.count) group\(groups.count == 1 ? "" : "s") of staff, councillors, partners and residents; Annex A lists every session in date order with who the team met."))
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
        if let second = context.secondLevelSentence { blocks.append(.emphasis(second)) }
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

import Foundation

/// The parts that refer to each other by name: evidence first, because self-assessment
/// entries list it by title.
extension RecordBuilder {
    func evidence(context: ChallengeContext?, newID: () -> UUID) throws(ValidationFailure) -> [Identified<EvidenceDocument>] {
        var result: [Identified<EvidenceDocument>] = []
        for (index, entry) in document.evidence.enumerated() {
            let path = "evidence[\(index)]"
            let kind = try EvidenceKind.parse(entry.kind, path: "\(path).kind", default: .other)
            var part = try check(
                EvidenceDocument(
                    title: entry.title, kind: kind, date: entry.date, url: entry.url, file: entry.file,
                    impactAssessmentId: entry.impactAssessmentId), path: path,
                context: context)
            if validating, let file = part.file {
                part.file = try nested("\(path).file") { () throws(ValidationFailure) in try file.validated() }
            }
            if let earlier = result.firstIndex(where: { $0.value.title == part.title }) {
                throw ValidationFailure(path: "\(path).title", message: "\"\(part.title)\" is already the title of evidence[\(earlier)]")
            }
            result.append(Identified(id: newID(), value: part))
        }
        return result
    }

    func selfAssessment(names: NameResolver, context: ChallengeContext?, newID: () -> UUID) throws(ValidationFailure) -> [Identified<
        SelfAssessmentEntry
    >] {
        var result: [Identified<SelfAssessmentEntry>] = []
        for (index, entry) in document.selfAssessment.enumerated() {
            let path = "self_assessment[\(index)]"
            let organisationId = try names.organisation(entry.organisation, path: "\(path).organisation")
            var evidenceIds: [UUID] = []
            for (position, title) in entry.evidence.enumerated() {
                evidenceIds.append(try names.evidence(title, path: "\(path).evidence[\(position)]"))
            }
            let part = SelfAssessmentEntry(
                criterionId: entry.criterion, organisationId: organisationId, judgement: entry.judgement, score: entry.score,
                narrative: entry.narrative ?? "", evidenceIds: evidenceIds)
            let renaming = ["criterion_id": "criterion", "organisation_id": "organisation", "evidence_ids": "evidence"]
            result.append(Identified(id: newID(), value: try check(part, path: path, context: context, renaming: renaming)))
        }
        return result
    }

    func programme(names: NameResolver, context: ChallengeContext?, newID: () -> UUID) throws(ValidationFailure) -> [Identified<
        ProgrammeSession
    >] {
        var result: [Identified<ProgrammeSession>] = []
        for (index, entry) in document.programme.enumerated() {
            let path = "programme[\(index)]"
            let kind = try SessionKind.parse(entry.kind, path: "\(path).kind")
            var peerIds: [UUID] = []
            for (position, name) in entry.peers.enumerated() {
                peerIds.append(try names.peer(name, path: "\(path).peers[\(position)]"))
            }
            let part = ProgrammeSession(
                start: entry.start, end: entry.end, kind: kind, title: entry.title, met: entry.met, peerIds: peerIds, notes: entry.notes)
            result.append(Identified(id: newID(), value: try check(part, path: path, context: context, renaming: ["peer_ids": "peers"])))
        }
        return result
    }

    func findings(names: NameResolver, context: ChallengeContext?, newID: () -> UUID) throws(ValidationFailure) -> [Identified<Finding>] {
        var result: [Identified<Finding>] = []
        for (index, entry) in document.findings.enumerated() {
            let path = "findings[\(index)]"
            let kind = try FindingKind.parse(entry.kind, path: "\(path).kind")
            let organisationId = try names.organisation(entry.organisation, path: "\(path).organisation")
            let part = Finding(
                module: entry.module, kind: kind, text: entry.text, organisationId: organisationId, attribution: entry.attribution,
                theme: entry.theme)
            result.append(
                Identified(id: newID(), value: try check(part, path: path, context: context, renaming: ["organisation_id": "organisation"]))
            )
        }
        return result
    }

    func recommendations(names: NameResolver, context: ChallengeContext?, newID: () -> UUID) throws(ValidationFailure) -> [Identified<
        Recommendation
    >] {
        var result: [Identified<Recommendation>] = []
        for (index, entry) in document.recommendations.enumerated() {
            let path = "recommendations[\(index)]"
            let organisationId = try names.organisation(entry.organisation, path: "\(path).organisation")
            let part = try check(
                Recommendation(number: entry.number, module: entry.module, text: entry.text, organisationId: organisationId),
                path: path, context: context, renaming: ["organisation_id": "organisation"])
            if let earlier = result.firstIndex(where: { $0.value.number == part.number }) {
                throw ValidationFailure(
                    path: "\(path).number", message: "\(part.number) is already the number of recommendations[\(earlier)]")
            }
            result.append(Identified(id: newID(), value: part))
        }
        return result
    }
}

import Foundation

/// A past report → a published challenge in the interchange format, with a confidence
/// and a reason for each part. Relies on structure and vocabulary, not on one layout:
/// see `FindingWalker` for how headings, lists and lead-ins are read.
public enum ReportRecogniser {
    public static func recognise(text: String, catalog: FrameworkCatalog) throws(ValidationFailure) -> ReportImportResult {
        try recognise(blocks: PlainTextBlockReader.read(text), catalog: catalog)
    }

    public static func recognise(blocks: [SourceBlock], catalog: FrameworkCatalog) throws(ValidationFailure) -> ReportImportResult {
        let sentences = blocks.map(\.text).filter { !$0.isEmpty }
        guard sentences.count >= 3 else {
            throw ValidationFailure(path: "", message: "the file has too little text to be a report (\(sentences.count) blocks)")
        }
        let wholeText = sentences.joined(separator: "\n")
        guard let choice = FrameworkDetector.choose(from: catalog, blocks: blocks, text: wholeText) else {
            throw ValidationFailure(path: "framework", message: "no frameworks are installed to match the report against")
        }
        var items: [RecognisedItem] = []
        var warnings: [String] = choice.warning.map { [$0] } ?? []
        let framework = choice.framework
        items.append(RecognisedItem(path: "framework", value: "\(framework.id) \(framework.version)", confidence: choice.confidence, reason: choice.reason))

        let organisations = OrganisationFinder.find(in: blocks)
        if organisations.isEmpty { warnings.append("no challenged council was found; name it before saving") }
        for (index, found) in organisations.enumerated() {
            items.append(RecognisedItem(path: "organisations[\(index)]", value: found.name, confidence: found.confidence, reason: found.reason))
        }
        var walker = FindingWalker(framework: framework, organisations: organisations.map(\.name))
        walker.walk(blocks)

        var document = ChallengeDocument(
            framework: framework.id, frameworkVersion: framework.version, kind: ChallengeKind.peerChallenge.rawValue,
            status: ChallengeStatus.published.rawValue,
            organisations: organisations.map { .init(name: $0.name, type: OrganisationNames.type(of: $0.name).rawValue) },
            modules: [])
        if framework.id == StandardLevelFinder.frameworkId, let level = StandardLevelFinder.find(in: sentences, standard: framework) {
            document.level = level.level.id
            items.append(RecognisedItem(path: "level", value: level.level.name, confidence: level.confidence, reason: "named in \"\(level.sentence.prefix(90))\""))
        } else if let level = LevelFinder.find(in: sentences, framework: framework) {
            document.level = level.level.id
            items.append(RecognisedItem(path: "level", value: level.level.name, confidence: level.confidence, reason: "named in \"\(level.sentence.prefix(90))\""))
        } else {
            document.level = framework.levels.first?.id
            items.append(RecognisedItem(path: "level", value: framework.levels.first?.name ?? "", confidence: 0.2, reason: "no level is named; the lowest was assumed"))
        }
        if let visit = VisitDateFinder.find(in: sentences) {
            document.start = visit.start
            document.end = visit.end
            items.append(RecognisedItem(
                path: "start", value: [visit.start, visit.end].compactMap { $0?.description }.joined(separator: " to "),
                confidence: visit.confidence, reason: "dates in \"\(visit.sentence.prefix(90))\""))
        } else {
            warnings.append("no dates of the on-site visit were found")
        }
        ReportAssembly.addSecondLevel(from: sentences, catalog: catalog, to: &document, items: &items, warnings: &warnings)
        document.conclusion = walker.conclusion.isEmpty ? nil : walker.conclusion.joined(separator: "\n\n")
        ReportAssembly.addTeam(walker.team, to: &document, items: &items)
        ReportAssembly.addFindings(walker, to: &document, items: &items)
        ReportAssembly.addComments(walker, sentences: sentences, to: &document, items: &items, warnings: &warnings)
        warnings += ReportAssembly.notes(walker)
        return ReportImportResult(document: document, items: items, warnings: warnings)
    }
}

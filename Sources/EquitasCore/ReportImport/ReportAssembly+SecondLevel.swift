import Foundation

extension ReportAssembly {
    /// A report that concluded on the Framework and also names the Equality Standard
    /// (2008–09) records the Standard's level as the challenge's second level; one that
    /// names the Standard without a level of it says so, to be checked by a person.
    static func addSecondLevel(
        from sentences: [String], catalog: FrameworkCatalog, to document: inout ChallengeDocument, items: inout [RecognisedItem],
        warnings: inout [String]
    ) {
        guard document.framework != StandardLevelFinder.frameworkId,
              sentences.contains(where: { $0.lowercased().contains("equality standard") }),
              let standard = catalog.framework(StandardLevelFinder.frameworkId) else { return }
        guard let found = StandardLevelFinder.find(in: sentences, standard: standard) else {
            warnings.append("the report speaks of the Equality Standard but names no level of it; its areas were matched to \(document.framework)'s")
            return
        }
        document.secondLevel = .init(
            framework: standard.id, frameworkVersion: standard.version, level: found.level.id, judgement: found.judgement.rawValue)
        let verdict = found.judgement == .confirmed ? ", self-assessment satisfactory" : found.judgement == .notConfirmed ? ", not satisfactory" : ""
        items.append(RecognisedItem(
            path: "second_level", value: "\(standard.name): \(found.level.name)\(verdict)", confidence: found.confidence,
            reason: "named in \"\(found.sentence.prefix(90))\""))
    }
}

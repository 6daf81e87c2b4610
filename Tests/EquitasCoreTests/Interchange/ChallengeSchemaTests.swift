import Foundation
import Testing

@testable import EquitasCore

/// docs/equitas.challenge-1.schema.json is written by hand; these keep it saying what the
/// Swift types read (scripts/check-schema.py checks documents against it).
@Suite("The interchange JSON Schema")
struct ChallengeSchemaTests {
    let schema: [String: Any]

    init() throws {
        schema = try JSONSerialization.jsonObject(with: try Repository.data("docs/equitas.challenge-1.schema.json")) as! [String: Any]
    }

    func definition(_ name: String) -> [String: Any] {
        (schema["$defs"] as! [String: Any])[name] as! [String: Any]
    }

    func propertyNames(_ object: [String: Any]) -> Set<String> {
        Set((object["properties"] as! [String: Any]).keys)
    }

    func snakeCase<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) -> Set<String> {
        Set(Keys.allCases.map { ValidationFailure.snakeCase($0.stringValue) })
    }

    @Test("every enum lists exactly the domain's values, in order")
    func enums() {
        let expected: [String: [String]] = [
            "challengeKind": ChallengeKind.rawValues, "challengeStatus": ChallengeStatus.rawValues,
            "organisationType": OrganisationType.rawValues, "teamRole": TeamRole.rawValues, "judgement": Judgement.rawValues,
            "evidenceKind": EvidenceKind.rawValues, "sessionKind": SessionKind.rawValues, "findingKind": FindingKind.rawValues,
        ]
        for (name, values) in expected {
            #expect(definition(name)["enum"] as? [String] == values, "\(name)")
        }
    }

    @Test("every object has exactly the keys the document type reads")
    func keys() {
        #expect(propertyNames(schema) == snakeCase(ChallengeDocument.CodingKeys.self))
        #expect(propertyNames(definition("organisation")) == snakeCase(ChallengeDocument.OrganisationEntry.CodingKeys.self))
        #expect(propertyNames(definition("award")) == snakeCase(ChallengeDocument.AwardEntry.CodingKeys.self))
        #expect(propertyNames(definition("secondLevel")) == snakeCase(ChallengeDocument.SecondLevelEntry.CodingKeys.self))
        #expect(propertyNames(definition("teamMember")) == snakeCase(ChallengeDocument.TeamEntry.CodingKeys.self))
        #expect(propertyNames(definition("module")) == snakeCase(ChallengeDocument.ModuleEntry.CodingKeys.self))
        #expect(propertyNames(definition("evidence")) == snakeCase(ChallengeDocument.EvidenceEntry.CodingKeys.self))
        #expect(propertyNames(definition("selfAssessmentEntry")) == snakeCase(ChallengeDocument.AssessmentEntry.CodingKeys.self))
        #expect(propertyNames(definition("session")) == snakeCase(ChallengeDocument.SessionEntry.CodingKeys.self))
        #expect(propertyNames(definition("finding")) == snakeCase(ChallengeDocument.FindingEntry.CodingKeys.self))
        #expect(propertyNames(definition("recommendation")) == snakeCase(ChallengeDocument.RecommendationEntry.CodingKeys.self))
        #expect(propertyNames(definition("reportVersion")) == snakeCase(ChallengeDocument.ReportVersionEntry.CodingKeys.self))
        #expect(propertyNames(definition("comment")) == snakeCase(ChallengeDocument.CommentEntry.CodingKeys.self))
        #expect(propertyNames(definition("commentResolution")) == snakeCase(ChallengeDocument.ResolutionEntry.CodingKeys.self))
    }

    @Test("the keys the schema requires are the ones the decoder requires")
    func required() {
        #expect(schema["required"] as? [String] == ["format", "framework", "organisations", "modules"])
        #expect(definition("finding")["required"] as? [String] == ["module", "kind", "text"])
        #expect(definition("session")["required"] as? [String] == ["start", "end", "kind", "title"])
        #expect(definition("teamMember")["required"] as? [String] == ["name", "role"])
    }
}

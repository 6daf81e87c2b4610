import Foundation
import Testing

/// The schema check is itself checked, so that an empty list of problems in the API
/// tests means the JSON conforms rather than that nothing was looked at.
@Suite("The OpenAPI schema check")
struct OpenAPISchemaCheckTests {
    func problems(_ json: String, _ name: String) throws -> [String] {
        try OpenAPISchemaCheck().problems(Data(json.utf8), against: ["$ref": "#/components/schemas/\(name)"])
    }

    @Test("accepts a conforming value, with flat ids and nullable fields")
    func conforming() throws {
        let plan =
            #"{"id": "6F1E0B2C-3D4A-4B5C-8D6E-7F8091A2B3C4", "organisation_id": "6f1e0b2c-3d4a-4b5c-8d6e-7f8091a2b3c4", "title": "Plan"}"#
        #expect(try problems(plan, "IdentifiedActionPlan") == [])
        #expect(try problems(#"{"description": "Do it", "status": "on-track", "timescale": null}"#, "PlanAction") == [])
        #expect(try problems(#"{"kind": "longer-term"}"#, "Timescale") == [])
    }

    @Test("names undeclared keys, missing keys, wrong types, formats and enumerations")
    func refusals() throws {
        let plan = #"{"id": "not-a-uuid", "title": 7, "colour": "red"}"#
        #expect(
            try problems(plan, "IdentifiedActionPlan").sorted() == [
                #"$.id: "not-a-uuid" is not a UUID"#,
                #"$.title: integer(7) is not of type string"#,
                #"$: the key "colour" is not in the schema"#,
                #"$: the required key "organisation_id" is missing"#,
            ])
        #expect(
            try problems(#"{"status": "stalled", "label": "Stalled", "count": -1}"#, "StatusCount").sorted() == [
                #"$.count: -1.0 is below 0"#,
                #"$.status: string("stalled") is not one of ["not-started", "on-track", "at-risk", "off-track", "complete", "closed-not-needed"]"#,
            ])
        #expect(
            try problems(#"{"applied": 1, "summary": "x", "changes": []}"#, "PlanImportOutcome").contains(
                "$.applied: integer(1) is not of type boolean"))
    }

    @Test("a timescale matches exactly one of its kinds")
    func timescaleKinds() throws {
        #expect(try problems(#"{"kind": "phase", "name": "Autumn", "start": "2025-09-01", "end": "2025-11-30"}"#, "Timescale") == [])
        #expect(try problems(#"{"kind": "phase", "due": "2025-09-01"}"#, "Timescale") == ["$: matches 0 of the oneOf schemas, not one"])
        #expect(try problems(#"{"kind": "date", "due": "2025-02-30"}"#, "Timescale") == ["$: matches 0 of the oneOf schemas, not one"])
    }
}

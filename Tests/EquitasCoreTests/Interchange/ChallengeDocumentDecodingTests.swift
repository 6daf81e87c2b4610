import EquitasCore
import Foundation
import Testing

/// What cannot even be read: the JSON path as written, and a reason a person can act on.
@Suite("Reading a document")
struct ChallengeDocumentDecodingTests {
    /// Breaks the example as JSON, reads it, and returns the failure.
    func decodingFailure(_ breakJSON: (inout [String: Any]) -> Void) throws -> ValidationFailure? {
        var json = try ChallengeDocument.exampleJSON()
        breakJSON(&json)
        let data = try JSONSerialization.data(withJSONObject: json)
        return failure { () throws(ValidationFailure) in try ChallengeDocument.decode(data) }
    }

    func change(_ json: inout [String: Any], _ list: String, _ index: Int, _ edit: (inout [String: Any]) -> Void) {
        var items = json[list] as! [[String: Any]]
        edit(&items[index])
        json[list] = items
    }

    @Test("a missing required field is named with its index")
    func missingField() throws {
        let refused = try decodingFailure { json in change(&json, "findings", 3) { $0["text"] = nil } }
        #expect(refused == ValidationFailure(path: "findings[3].text", message: "missing"))
    }

    @Test("a value of the wrong type says what was expected")
    func wrongType() throws {
        let text = try decodingFailure { json in change(&json, "findings", 4) { $0["text"] = 42 } }
        let number = try decodingFailure { json in change(&json, "recommendations", 0) { $0["number"] = "one" } }
        let list = try decodingFailure { json in json["team"] = "everyone" }
        #expect(text == ValidationFailure(path: "findings[4].text", message: "expected a string"))
        #expect(number == ValidationFailure(path: "recommendations[0].number", message: "expected a number"))
        #expect(list == ValidationFailure(path: "team", message: "expected a list"))
    }

    @Test("a fraction where a whole number belongs is named, not called invalid JSON")
    func fraction() throws {
        let refused = try decodingFailure { json in change(&json, "recommendations", 1) { $0["number"] = 2.5 } }
        #expect(refused == ValidationFailure(path: "recommendations[1].number", message: "expected a whole number, found 2.5"))
    }

    @Test("an impossible date is quoted back")
    func impossibleDate() throws {
        let start = try decodingFailure { json in json["start"] = "2021-02-30" }
        let awarded = try decodingFailure { json in json["award"] = ["level": "achieving", "awarded": "1 May 2025"] }
        let session = try decodingFailure { json in change(&json, "programme", 2) { $0["start"] = "2025-03-13 15:00" } }
        #expect(start == ValidationFailure(path: "start", message: "\"2021-02-30\" is not a date (YYYY-MM-DD)"))
        #expect(awarded == ValidationFailure(path: "award.awarded", message: "\"1 May 2025\" is not a date (YYYY-MM-DD)"))
        #expect(
            session
                == ValidationFailure(
                    path: "programme[2].start", message: "\"2025-03-13 15:00\" is not a local date and time (YYYY-MM-DDTHH:MM)"))
    }

    @Test("another format, or none, is refused before anything else")
    func format() throws {
        let other = try decodingFailure { json in
            json["format"] = "equitas.challenge/2"
            json["surprise"] = true
        }
        let none = try decodingFailure { json in json["format"] = nil }
        #expect(other == ValidationFailure(path: "format", message: "expected \"equitas.challenge/1\", found \"equitas.challenge/2\""))
        #expect(none == ValidationFailure(path: "format", message: "missing"))
    }

    @Test("a misspelt key is refused rather than silently dropped")
    func unknownKey() throws {
        let nested = try decodingFailure { json in change(&json, "findings", 2) { $0["atribution"] = $0.removeValue(forKey: "attribution") }
        }
        let topLevel = try decodingFailure { json in json["self_assesment"] = json.removeValue(forKey: "self_assessment") }
        #expect(
            nested
                == ValidationFailure(
                    path: "findings[2].atribution",
                    message: "unknown key (expected one of module, kind, text, organisation, attribution, theme)"))
        #expect(topLevel?.path == "self_assesment")
        #expect(topLevel?.message.hasPrefix("unknown key (expected one of format, framework, framework_version,") == true)
    }

    @Test("the lists the document must have are required; the rest may be left out")
    func requiredLists() throws {
        let organisations = try decodingFailure { json in json["organisations"] = nil }
        let modules = try decodingFailure { json in json["modules"] = nil }
        let data = Data(
            #"{"format": "equitas.challenge/1", "framework": "mock-eflg", "organisations": [{"name": "A"}], "modules": [{"id": "communities"}]}"#
                .utf8)
        let document = try ChallengeDocument.decode(data)
        #expect(organisations == ValidationFailure(path: "organisations", message: "missing"))
        #expect(modules == ValidationFailure(path: "modules", message: "missing"))
        #expect(document.team.isEmpty && document.evidence.isEmpty && document.selfAssessment.isEmpty)
        #expect(document.programme.isEmpty && document.findings.isEmpty && document.recommendations.isEmpty)
    }

    @Test("text that is not JSON says where it stops being JSON")
    func syntax() throws {
        let data = Data("{\n  \"format\": \"equitas.challenge/1\",\n  \"framework\" \"mock-eflg\"\n}".utf8)
        let refused = failure { () throws(ValidationFailure) in try ChallengeDocument.decode(data) }
        let notAnObject = failure { () throws(ValidationFailure) in try ChallengeDocument.decode(Data("[]".utf8)) }
        #expect(refused?.path == "")
        #expect(refused?.message.hasPrefix("not valid JSON") == true)
        #expect(refused?.message.contains("line 3") == true)
        #expect(notAnObject == ValidationFailure(path: "", message: "expected an object"))
    }
}

import EquitasLibrary
import Foundation
import Testing

/// Each broken copy of the fixture must be reported at the exact file, line and field.
@Suite struct FrameworkCheckTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    func check(_ yaml: String) throws -> [FrameworkFileError] {
        FrameworkLibrary.check(file: try directory.write(yaml, to: "broken.yaml"))
    }

    var path: String { directory.url.appendingPathComponent("broken.yaml").path }

    @Test func theFixtureIsValid() throws {
        #expect(try check(FrameworkFixture.valid) == [])
        #expect(try check(FrameworkFixture.scored) == [])
    }

    @Test func unknownLevelNamesFileLineAndField() throws {
        let yaml = FrameworkFixture.replacing(line: 27, with: "        level: hihg")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == [
            "\(path):27: modules[0].criteria[1].level: unknown level \"hihg\" (known: low, high)"
        ])
    }

    @Test func duplicateCriterionIdPointsAtTheSecondUse() throws {
        let yaml = FrameworkFixture.replacing(line: 25, with: "      - id: alpha.1.1")

        let errors = try check(yaml)

        #expect(errors == [
            FrameworkFileError(
                file: path, line: 25, field: "modules[0].criteria[1].id",
                message: "duplicate criterion id \"alpha.1.1\" (first used at modules[0].criteria[0].id, line 20)"
            )
        ])
    }

    @Test func duplicateLevelIdIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 11, with: "  - id: low")

        let errors = try check(yaml)

        #expect(errors.first?.description == "\(path):11: levels[1].id: duplicate level id \"low\" (first used at levels[0].id, line 8)")
        #expect(errors.last?.field == "modules[0].criteria[1].level")
    }

    @Test func anIdWithASpaceIsRefused() throws {
        let yaml = FrameworkFixture.replacing(line: 15, with: "  - id: alpha beta")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == [
            "\(path):15: modules[0].id: id \"alpha beta\" may contain only letters, digits, \".\", \"-\" and \"_\""
        ])
    }

    @Test func missingTextPointsAtItsMapping() throws {
        let yaml = FrameworkFixture.removing(line: 23)

        let errors = try check(yaml)

        #expect(errors == [FrameworkFileError(file: path, line: 20, field: "modules[0].criteria[0].title", message: "missing required text")])
    }

    @Test func blankTextIsReportedOnItsLine() throws {
        let yaml = FrameworkFixture.replacing(line: 5, with: "summary: \"  \"")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == ["\(path):5: summary: required text is blank"])
    }

    @Test func unknownKeyIsAnErrorAndTheKeyItReplacedIsMissing() throws {
        let yaml = FrameworkFixture.replacing(line: 23, with: "        titel: First")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == [
            "\(path):20: modules[0].criteria[0].title: missing required text",
            "\(path):23: modules[0].criteria[0].titel: unknown key \"titel\" (known: id, code, title, description, level, questions)",
        ])
    }

    @Test func badYAMLSyntaxIsReportedWithItsLine() throws {
        let yaml = FrameworkFixture.replacing(line: 23, with: "        title: First: the sequel")

        let errors = try check(yaml)

        #expect(errors.count == 1)
        #expect(errors.first?.file == path)
        #expect(errors.first?.line == 23)
        #expect(errors.first?.field == "(yaml)")
        #expect(errors.first?.message.hasPrefix("mapping values are not allowed") == true)
    }

    @Test func aDuplicateKeyIsASyntaxError() throws {
        let yaml = FrameworkFixture.replacing(line: 24, with: "        title: Again")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == ["\(path):23: (yaml): duplicate key \"title\" in one mapping"])
    }

    @Test func wrongKindOfNodeIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 16, with: "    code: [1]")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == ["\(path):16: modules[0].code: expected text, found a list"])
    }

    @Test func aListWhereAMappingBelongsIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 7, with: "levels: [low, high]")
            .components(separatedBy: "\n").enumerated().filter { !(8...13).contains($0.offset + 1) }.map(\.element)
            .joined(separator: "\n")

        let errors = try check(yaml)

        #expect(errors.map(\.description) == [
            "\(path):7: levels[0]: expected a mapping, found \"low\"",
            "\(path):7: levels[1]: expected a mapping, found \"high\"",
        ])
    }

    @Test func anEmptyFileIsAnError() throws {
        let errors = try check("# nothing here\n")

        #expect(errors.map(\.description) == ["\(path):1: (root): the file holds no YAML document"])
    }

    @Test func anUnreadableFileIsAnError() {
        let missing = directory.url.appendingPathComponent("missing.yaml")

        let errors = FrameworkLibrary.check(file: missing)

        #expect(errors.map(\.field) == ["(file)"])
        #expect(errors.first?.file == missing.path)
    }
}

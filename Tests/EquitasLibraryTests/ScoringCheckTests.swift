import EquitasLibrary
import Foundation
import Testing

/// In the scored fixture the scale starts on line 32 and the bands on line 38 (low 0–1, high 2–2).
@Suite struct ScoringCheckTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    func check(_ yaml: String) throws -> [String] {
        let file = try directory.write(yaml, to: "scored.yaml")
        return FrameworkLibrary.check(file: file).map { "\($0.line): \($0.field): \($0.message)" }
    }

    @Test func overlappingBandsAreReported() throws {
        let yaml = FrameworkFixture.replacing(line: 43, with: "      minimum: 1", in: FrameworkFixture.scored)

        let errors = try check(yaml)

        #expect(errors == ["43: scoring.bands[1].minimum: total 1 is also in scoring.bands[0] (0 to 1)"])
    }

    @Test func aTotalInNoBandIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 41, with: "      maximum: 0", in: FrameworkFixture.scored)

        let errors = try check(yaml)

        #expect(errors == ["38: scoring.bands: no band covers total 1 (2 criteria scored 0 to 1 give totals 0 to 2)"])
    }

    @Test func duplicateScoresAreReported() throws {
        let yaml = FrameworkFixture.replacing(line: 35, with: "    - score: 0", in: FrameworkFixture.scored)

        let errors = try check(yaml)

        #expect(errors == ["35: scoring.scale[1].score: duplicate score 0 (first used at scoring.scale[0].score, line 32)"])
    }

    @Test func aBandNamingAnUnknownLevelIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 42, with: "    - level: top", in: FrameworkFixture.scored)

        let errors = try check(yaml)

        #expect(errors == ["42: scoring.bands[1].level: unknown level \"top\" (known: low, high)"])
    }

    @Test func aBandUpsideDownIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 40, with: "      minimum: 2", in: FrameworkFixture.scored)

        let errors = try check(yaml)

        #expect(errors == ["41: scoring.bands[0].maximum: maximum 1 is below minimum 2"])
    }

    @Test func aScoreThatIsNotANumberIsReported() throws {
        let yaml = FrameworkFixture.replacing(line: 32, with: "    - score: none", in: FrameworkFixture.scored)

        let errors = try check(yaml)

        #expect(errors == ["32: scoring.scale[0].score: expected a whole number, found \"none\""])
    }
}

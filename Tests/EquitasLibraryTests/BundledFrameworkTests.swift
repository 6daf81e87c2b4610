import EquitasCore
import EquitasLibrary
import Foundation
import Testing

@Suite struct BundledFrameworkTests {
    let catalog: FrameworkCatalog

    init() throws {
        catalog = try FrameworkLibrary.load(extraDirectories: [])
    }

    @Test func everyBundledFrameworkLoads() {
        let loaded = catalog.frameworks.map { "\($0.id)@\($0.version)" }

        #expect(loaded == ["eflg-2011@2011", "eflg-2014@2014", "eflg-2021@2021", "equality-standard@2006", "nhs-eds-2022@2022"])
    }

    @Test func everyBundledFilePassesCheck() throws {
        let files = try FileManager.default.contentsOfDirectory(at: FrameworkLibrary.bundledDirectory(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }

        let errors = files.flatMap { FrameworkLibrary.check(file: $0) }

        #expect(files.count == 5)
        #expect(errors.map(\.description) == [])
    }

    @Test func eflg2021HasFourModulesWithLevelledCriteria() throws {
        let framework = try #require(catalog.framework("eflg-2021"))

        #expect(framework.moduleNoun == "module")
        #expect(framework.modules.map(\.id) == ["communities", "leadership", "services", "workforce"])
        #expect(framework.modules.map(\.code) == ["1", "2", "3", "4"])
        for module in framework.modules {
            let codes = Set(module.criteria.map(\.code))
            #expect(codes.isSuperset(of: ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]), "\(module.id)")
            for criterion in module.criteria {
                #expect(criterion.id == "\(module.id).\(criterion.code)")
                #expect(criterion.level == Self.levelForCode(criterion.code, in: framework))
                #expect((2...4).contains(criterion.questions.count), "\(criterion.id)")
            }
        }
        #expect(framework.criterion("communities.2.1")?.level == "achieving")
    }

    @Test func eflg2011HasFiveAreas() throws {
        let framework = try #require(catalog.framework("eflg-2011"))

        #expect(framework.moduleNoun == "area")
        #expect(framework.modules.map(\.id) == ["knowing-communities", "leadership", "engagement", "services", "workforce"])
        for module in framework.modules {
            for level in framework.levels {
                let count = module.criteria.filter { $0.level == level.id }.count
                #expect(count >= 2, "\(module.id) at \(level.id)")
            }
            for criterion in module.criteria {
                #expect(criterion.id == "\(module.id).\(criterion.code)")
                #expect(criterion.level == Self.levelForCode(criterion.code, in: framework))
            }
        }
    }

    /// The 2014 edition keeps the 2011 edition's area ids (so findings compare across
    /// the two) under its own names, with its own criteria.
    @Test func eflg2014HasItsOwnFiveAreas() throws {
        let framework = try #require(catalog.framework("eflg-2014"))
        let earlier = try #require(catalog.framework("eflg-2011"))

        #expect(framework.version == "2014")
        #expect(framework.modules.map(\.id) == earlier.modules.map(\.id))
        #expect(framework.modules.map(\.name) == [
            "Knowing your communities", "Leadership, partnership and organisational commitment", "Involving your communities",
            "Responsive services and customer care", "A skilled and committed workforce",
        ])
        let earlierTexts = Set(earlier.modules.flatMap(\.criteria).map(\.description))
        for module in framework.modules {
            for level in framework.levels {
                #expect(module.criteria.filter { $0.level == level.id }.count == 2, "\(module.id) at \(level.id)")
            }
            for criterion in module.criteria {
                #expect(criterion.id == "\(module.id).\(criterion.code)")
                #expect(criterion.level == Self.levelForCode(criterion.code, in: framework))
                #expect(!earlierTexts.contains(criterion.description), "\(criterion.id) repeats the 2011 edition's wording")
            }
        }
    }

    @Test func edsHasThreeDomainsWithElevenOutcomes() throws {
        let framework = try #require(catalog.framework("nhs-eds-2022"))

        let codes = framework.modules.map { $0.criteria.map(\.code) }

        #expect(framework.moduleNoun == "domain")
        #expect(framework.modules.map(\.id) == ["services", "workforce-wellbeing", "inclusive-leadership"])
        #expect(codes == [["1A", "1B", "1C", "1D"], ["2A", "2B", "2C", "2D"], ["3A", "3B", "3C"]])
        #expect(framework.modules.flatMap(\.criteria).allSatisfy { $0.level == nil && $0.id == "eds.\($0.code)" })
    }

    @Test func edsBandsShareOutEveryTotalFromZeroToThirtyThree() throws {
        let scoring = try #require(catalog.framework("nhs-eds-2022")?.scoring)

        let grades = (0...33).map { scoring.band(forTotal: $0)?.level }

        #expect(scoring.scale.map(\.score) == [0, 1, 2, 3])
        #expect(scoring.validScores == 0...3)
        #expect(grades == Array(repeating: "undeveloped", count: 8) + Array(repeating: "developing", count: 14)
            + Array(repeating: "achieving", count: 11) + ["excelling"])
        #expect((0...33).allSatisfy { total in scoring.bands.filter { $0.minimum <= total && total <= $0.maximum }.count == 1 })
        #expect(scoring.band(forTotal: 34) == nil)
        #expect(scoring.band(forTotal: -1) == nil)
    }

    @Test func levelsAreOrderedLowestFirst() throws {
        let eflg = try #require(catalog.framework("eflg-2021"))
        let eds = try #require(catalog.framework("nhs-eds-2022"))

        #expect(eflg.levels.map(\.id) == ["developing", "achieving", "excellent"])
        #expect(eds.levels.map(\.id) == ["undeveloped", "developing", "achieving", "excelling"])
        #expect(eflg.level(above: "developing")?.id == "achieving")
        #expect(eflg.level(above: "excellent") == nil)
        #expect(eds.rank(ofLevel: "excelling") == 3)
    }

    /// "2.3" belongs to the second level.
    static func levelForCode(_ code: String, in framework: Framework) -> String? {
        guard let number = code.split(separator: ".").first.flatMap({ Int($0) }), framework.levels.indices.contains(number - 1) else { return nil }
        return framework.levels[number - 1].id
    }

    @Test("the Equality Standard: five levels, four areas, a criterion per area at every level")
    func equalityStandardHasFiveLevelsAndFourAreas() throws {
        let framework = try #require(catalog.framework("equality-standard"))

        #expect(framework.levels.map(\.name) == ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"])
        #expect(framework.modules.map(\.name) == [
            "Leadership and corporate commitment", "Community engagement and accountability", "Service delivery and customer care",
            "Employment and training",
        ])
        for module in framework.modules {
            #expect(module.criteria.map(\.level) == framework.levels.map(\.id), "\(module.id)")
        }
    }
}

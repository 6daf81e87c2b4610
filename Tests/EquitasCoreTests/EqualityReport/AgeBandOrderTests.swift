import EquitasCore
import Testing

@Suite("Age bands in age order")
struct AgeBandOrderTests {
    @Test("bands sort by the age they start from, whatever order they came in")
    func order() {
        let given = ["35-44", "65 and over", "Under 25", "25-34", "45-54", "55-64"]
        #expect(AgeBandOrder.ordered(given) { $0 } == ["Under 25", "25-34", "35-44", "45-54", "55-64", "65 and over"])
        #expect(AgeBandOrder.ordered(["65+", "16-24"]) { $0 } == ["16-24", "65+"])
    }

    @Test("anything that is not all age bands keeps its order")
    func others() {
        #expect(AgeBandOrder.ordered(["Woman", "Man"]) { $0 } == ["Woman", "Man"])
        #expect(AgeBandOrder.ordered(["25-34", "Not known", "16-24"]) { $0 } == ["25-34", "Not known", "16-24"])
        #expect(AgeBandOrder.lowerBound("Grade 2") == nil)
    }
}

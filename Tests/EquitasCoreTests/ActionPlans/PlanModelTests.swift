import EquitasCore
import Foundation
import Testing

@Suite("Action plan model: responses, timescales and derived overdue status")
struct PlanModelTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test("a plain 'agreed' needs no rationale", arguments: [PlanResponse.agreed])
    func agreedNeedsNoRationale(response: PlanResponse) throws {
        let item = try PlanItem(number: 1, text: "Publish the workforce profile.", response: response).validated()
        #expect(item.rationale == nil)
    }

    @Test("every other response needs a rationale", arguments: [PlanResponse.agreedDifferentApproach, .alreadyDone, .notAgreed])
    func othersNeedRationale(response: PlanResponse) throws {
        #expect(throws: ValidationFailure(path: "rationale", message: "a response of \"\(response.label)\" needs a rationale saying why")) {
            try PlanItem(number: 3, text: "Set up a staff network.", response: response, rationale: "   ").validated()
        }
        let answered = try PlanItem(number: 3, text: "Set up a staff network.", response: response, rationale: " Work already under way. ").validated()
        #expect(answered.rationale == "Work already under way.")
    }

    @Test("an unanswered item is valid: the council has not replied yet")
    func unanswered() throws {
        #expect(try PlanItem(number: 2, text: "Refresh the training offer.").validated().response == nil)
        #expect(throws: ValidationFailure.self) { try PlanItem(number: 0, text: "x").validated() }
    }

    @Test("responses and statuses read their labels as well as their raw values")
    func labels() {
        #expect(PlanResponse(label: "agreed with a different approach") == .agreedDifferentApproach)
        #expect(PlanResponse(label: "already-done") == .alreadyDone)
        #expect(PlanResponse(label: "maybe") == nil)
        #expect(PlanActionStatus(label: " Closed as not needed ") == .closedNotNeeded)
        #expect(PlanActionStatus(label: "ON TRACK") == .onTrack)
    }

    @Test("a phase is due at its end; longer term at its indicative date, if any")
    func dueDates() {
        #expect(Timescale.due(Self.day("2021-09-30")).dueDate == Self.day("2021-09-30"))
        #expect(Timescale.phase(name: "September 2021 to March 2022", start: Self.day("2021-09-01"), end: Self.day("2022-03-31")).dueDate == Self.day("2022-03-31"))
        #expect(Timescale.longerTerm(indicative: Self.day("2023-03-31")).dueDate == Self.day("2023-03-31"))
        #expect(Timescale.longerTerm(indicative: nil).dueDate == nil)
        #expect(Timescale.phase(name: "Within six months", start: Self.day("2021-03-16"), end: Self.day("2021-09-16")).label
            == "Within six months (16 March 2021 to 16 September 2021)")
    }

    @Test("a phase that ends before it starts is refused; a blank name too")
    func phaseRules() {
        let backwards = PlanAction(description: "Train managers", timescale: .phase(name: "Autumn", start: Self.day("2021-12-01"), end: Self.day("2021-09-01")))
        #expect(throws: ValidationFailure(path: "timescale.end", message: "the phase ends (2021-09-01) before it starts (2021-12-01)")) {
            try backwards.validated()
        }
        let unnamed = PlanAction(description: "Train managers", timescale: .phase(name: " ", start: Self.day("2021-09-01"), end: Self.day("2021-12-01")))
        #expect(throws: ValidationFailure(path: "timescale.name", message: "must not be blank")) { try unnamed.validated() }
    }

    @Test("timescales travel as JSON with a kind")
    func timescaleJSON() throws {
        let phase = Timescale.phase(name: "Within six months", start: Self.day("2021-03-16"), end: Self.day("2021-09-16"))
        let encoded = String(decoding: try JSONCoding.encoder().encode(phase), as: UTF8.self)
        #expect(encoded.contains("\"kind\" : \"phase\""))
        #expect(try JSONCoding.decode(Timescale.self, from: Data(encoded.utf8)) == phase)
        #expect(try JSONCoding.decode(Timescale.self, from: Data(#"{"kind": "longer-term"}"#.utf8)) == .longerTerm(indicative: nil))
        #expect(throws: ValidationFailure.self) { try JSONCoding.decode(Timescale.self, from: Data(#"{"kind": "soon"}"#.utf8)) }
        #expect(throws: ValidationFailure.self) { try JSONCoding.decode(Timescale.self, from: Data(#"{"kind": "date"}"#.utf8)) }
    }

    @Test("overdue is derived from the day: due yesterday and unfinished is overdue, due today is not")
    func overdue() {
        let action = PlanAction(description: "Publish the pay gap report", timescale: .due(Self.day("2022-03-31")), status: .onTrack)
        #expect(!action.isOverdue(on: Self.day("2022-03-31")))
        #expect(action.isOverdue(on: Self.day("2022-04-01")))
        var finished = action
        for status in [PlanActionStatus.complete, .closedNotNeeded] {
            finished.status = status
            #expect(!finished.isOverdue(on: Self.day("2030-01-01")))
        }
        #expect(!PlanAction(description: "Someday", timescale: .longerTerm(indicative: nil)).isOverdue(on: Self.day("2099-01-01")))
        #expect(!PlanAction(description: "Unplanned").isOverdue(on: Self.day("2099-01-01")))
    }

    @Test("due within N days includes the horizon day and everything overdue")
    func dueWithin() {
        let action = PlanAction(description: "Run the survey", timescale: .due(Self.day("2021-07-31")), status: .atRisk)
        #expect(action.isDue(on: Self.day("2021-07-01"), within: 30))
        #expect(!action.isDue(on: Self.day("2021-06-30"), within: 30))
        #expect(action.isDue(on: Self.day("2021-09-01"), within: 0))
    }
}

import EquitasCore
import EquitasLibrary
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Action plans over the API: made from the report, then items, actions and updates")
struct ActionPlanAPITests {
    @Test("a plan made from the final report has an item per recommendation, numbered as in the report")
    func fromChallenge() async throws {
        try await withTestApp { app in
            let fixture = try await ActionPlanFixture.demo(app)
            let schema = try OpenAPISchemaCheck()

            // A joint challenge: the body must say whose plan it is.
            let unnamed = try await fixture.createFromChallenge(nil)
            #expect(unnamed.status == .unprocessableEntity)
            #expect(unnamed.error?.path == "organisation_id")
            #expect(unnamed.error?.message == "organisation_id: this challenge has 2 councils; name the one whose plan this is")
            #expect(try await fixture.createFromChallenge("{}").error?.path == "organisation_id")

            let created = try await fixture.createFromChallenge(#"{"organisation_id": "\#(fixture.calderId)"}"#)
            #expect(created.status == .created, "\(created.text)")
            #expect(try schema.problems(created.body, as: "ActionPlanRecord") == [])
            let record = try created.decode(ActionPlanRecord.self)
            #expect(created.headers.first(name: .location) == "/api/v1/action-plans/\(record.plan.id.uuidString)")
            #expect(
                record.plan.value
                    == ActionPlan(organisationId: fixture.calderId, challengeId: fixture.challengeId, title: MonitoredPlan.title))

            // The joint recommendations and Calder Moor's own (3); not 6 or 8, which are Wyvern Vale's.
            #expect(record.items.map(\.item.value.number) == ActionPlanFixture.calderNumbers)
            let recommendations = try await fixture.api.send(.GET, "/api/v1/challenges/\(fixture.challengeId)/recommendations?per=200")
                .decode(Page<Identified<Recommendation>>.self).items
            for item in record.items {
                let recommendation = try #require(recommendations.first { $0.value.number == item.item.value.number })
                #expect(item.item.value.recommendationId == recommendation.id)
                #expect(item.item.value.text == recommendation.value.text)
                #expect(item.item.value.module == recommendation.value.module)
                #expect(item.item.value.response == nil && item.actions.isEmpty)
            }
            #expect(try await fixture.record(record.plan.id) == record)

            let again = try await fixture.createFromChallenge(#"{"organisation_id": "\#(fixture.calderId)"}"#)
            #expect(again.status == .conflict)
            #expect(try schema.problems(again.body, as: "APIError") == [])
            #expect(again.error?.message.hasPrefix("Calder Moor Borough Council already has an action plan for this challenge") == true)

            let nowhere = try await fixture.api.send(.POST, "/api/v1/challenges/\(UUID())/action-plan", raw: "{}")
            #expect(nowhere.status == .notFound)
            #expect(
                try await fixture.api.send(.POST, "/api/v1/challenges/\(fixture.challengeId)/action-plan", raw: "{not json").status
                    == .badRequest)

            let listed = try await fixture.api.send(.GET, "/api/v1/action-plans?challenge_id=\(fixture.challengeId)")
            #expect(try schema.problems(listed.body, as: "ActionPlanPage") == [])
            #expect(try listed.decode(Page<Identified<ActionPlan>>.self).items.map(\.id) == [record.plan.id])
            let none = try await fixture.api.send(.GET, "/api/v1/action-plans?organisation_id=\(fixture.wyvernId)")
            #expect(try none.decode(Page<Identified<ActionPlan>>.self).metadata.total == 0)
            #expect(try await fixture.api.send(.GET, "/api/v1/action-plans?organisation_id=calder").error?.path == "organisation_id")
        }
    }

    @Test("the demo's own plan is Wyvern Vale's, so a second plan for Wyvern Vale is refused")
    func demoPlanTakesWyvernVale() async throws {
        try await withTestApp { app in
            let fixture = try await ActionPlanFixture.demo(app)
            let demoPlan = try await fixture.upload(
                "/api/v1/action-plans/import?challenge_id=\(fixture.challengeId)", try DemoData.actionPlanDocument(), as: .json)
            #expect(demoPlan.status == .created, "\(demoPlan.text)")
            #expect(try demoPlan.decode(ActionPlanRecord.self).plan.value.organisationId == fixture.wyvernId)
            let second = try await fixture.createFromChallenge(#"{"organisation_id": "\#(fixture.wyvernId)"}"#)
            #expect(second.status == .conflict)

            let planId = try demoPlan.decode(ActionPlanRecord.self).plan.id
            let exported = try await fixture.api.send(.GET, fixture.plan(planId, "export?format=json"))
            #expect(try OpenAPISchemaCheck().problems(exported.body, as: "ActionPlanDocument") == [])
            // The shipped file is in the export's own canonical form: the same bytes come back.
            #expect(Data(buffer: exported.body) == (try DemoData.actionPlanDocument()))
            let summary = try await fixture.api.send(.GET, fixture.plan(planId, "summary"))
            #expect(try OpenAPISchemaCheck().problems(summary.body, as: "PlanSummary") == [])
        }
    }

    @Test("items, actions and updates: create, replace, delete, and another plan's ids are not found")
    func parts() async throws {
        try await withTestApp { app in
            let fixture = try await ActionPlanFixture.demo(app)
            let schema = try OpenAPISchemaCheck()
            let api = fixture.api
            let plan = try await fixture.calderPlan()
            let path = { (rest: String) in fixture.plan(plan.plan.id, rest) }

            // A council's own plan, with no challenge, to borrow ids from.
            let own = try await api.send(
                .POST, "/api/v1/action-plans", json: ActionPlan(organisationId: fixture.wyvernId, title: "Wyvern Vale objectives"))
            #expect(own.status == .created, "\(own.text)")
            #expect(try schema.problems(own.body, as: "IdentifiedActionPlan") == [])
            let ownId = try own.decode(Identified<ActionPlan>.self).id
            #expect(own.headers.first(name: .location) == "/api/v1/action-plans/\(ownId.uuidString)")
            let ownItem = try await api.send(
                .POST, fixture.plan(ownId, "items"), json: PlanItem(number: 1, text: "Publish pay gap figures", module: "Workforce"))
            let ownItemId = try ownItem.decode(Identified<PlanItem>.self).id
            let ownAction = try await fixture.addAction(ownId, item: ownItemId, PlanAction(description: "Publish them"))

            let item = try await api.send(
                .POST, path("items"), json: PlanItem(number: 11, text: "Our own objective: a staff survey", module: "workforce"))
            #expect(item.status == .created, "\(item.text)")
            #expect(try schema.problems(item.body, as: "IdentifiedPlanItem") == [])
            let itemId = try item.decode(Identified<PlanItem>.self).id
            #expect(item.headers.first(name: .location) == "/api/v1/action-plans/\(plan.plan.id)/items/\(itemId)")
            let taken = try await api.send(.POST, path("items"), json: PlanItem(number: 3, text: "A number in use"))
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.error?.path == "number")

            // Not agreed needs a rationale; agreed does not.
            let bare = try await api.send(
                .PUT, path("items/\(itemId)"), json: PlanItem(number: 11, text: "Our own objective", response: .notAgreed))
            #expect(bare.status == .unprocessableEntity)
            #expect(bare.error?.path == "rationale")
            #expect(bare.error?.message == #"rationale: a response of "Not agreed" needs a rationale saying why"#)
            let answered = try await api.send(
                .PUT, path("items/\(itemId)"),
                json: PlanItem(number: 11, text: "Our own objective", response: .notAgreed, rationale: "Surveyed last year."))
            #expect(answered.status == .ok, "\(answered.text)")
            #expect(try answered.decode(Identified<PlanItem>.self).value.rationale == "Surveyed last year.")
            #expect(
                try await api.send(.PUT, path("items/\(itemId)"), json: PlanItem(number: 11, text: "Our own objective", response: .agreed))
                    .status == .ok)
            #expect(try await api.send(.PUT, path("items/\(ownItemId)"), json: PlanItem(number: 12, text: "Borrowed")).status == .notFound)

            let action = try await api.send(
                .POST, path("items/\(itemId)/actions"),
                json: PlanAction(
                    description: "Run the survey",
                    timescale: .phase(name: "Winter", start: try .day("2025-12-01"), end: try .day("2026-02-28"))))
            #expect(action.status == .created, "\(action.text)")
            #expect(try schema.problems(action.body, as: "IdentifiedPlanAction") == [])
            let actionId = try action.decode(Identified<PlanAction>.self).id
            #expect(action.headers.first(name: .location) == "/api/v1/action-plans/\(plan.plan.id)/actions/\(actionId)")
            #expect(try await api.send(.POST, path("items/\(ownItemId)/actions"), json: PlanAction(description: "x")).status == .notFound)
            let statusless = try await api.send(.POST, path("items/\(itemId)/actions"), raw: #"{"description": "No status"}"#)
            #expect(statusless.error?.path == "status")
            let backwards = try await api.send(
                .POST, path("items/\(itemId)/actions"),
                json: PlanAction(
                    description: "x", timescale: .phase(name: "Oops", start: try .day("2026-01-01"), end: try .day("2025-01-01"))))
            #expect(backwards.error?.path == "timescale.end")

            // An update with a status moves the action and records where it moved from.
            let update = try await api.send(
                .POST, path("actions/\(actionId)/updates"),
                json: ProgressUpdate(
                    date: try .day("2025-12-15"), author: "Bob Calder", text: "Questions agreed with the networks.", status: .onTrack))
            #expect(update.status == .created, "\(update.text)")
            #expect(try schema.problems(update.body, as: "IdentifiedProgressUpdate") == [])
            let stored = try update.decode(Identified<ProgressUpdate>.self)
            #expect(stored.value.status == .onTrack && stored.value.previousStatus == .notStarted)
            #expect(
                update.headers.first(name: .location) == "/api/v1/action-plans/\(plan.plan.id)/actions/\(actionId)/updates/\(stored.id)")
            #expect(try await api.send(.POST, path("actions/\(ownAction)/updates"), json: stored.value).status == .notFound)
            let blank = try await api.send(
                .POST, path("actions/\(actionId)/updates"), raw: #"{"date": "2025-12-16", "author": " ", "text": "x"}"#)
            #expect(blank.error?.path == "author")

            // A status changed by PUT is recorded as an update by `imported_by`, today.
            var edited = try action.decode(Identified<PlanAction>.self).value
            edited.description = "Run the staff survey"
            edited.status = .atRisk
            let put = try await api.send(.PUT, path("actions/\(actionId)?imported_by=Equality%20lead"), json: edited)
            #expect(put.status == .ok, "\(put.text)")
            #expect(try put.decode(Identified<PlanAction>.self).value.status == .atRisk)
            #expect(try await api.send(.PUT, path("actions/\(ownAction)"), json: edited).status == .notFound)

            let record = try await fixture.record(plan.plan.id)
            #expect(try schema.problems(try await api.send(.GET, path("")).body, as: "ActionPlanRecord") == [])
            let added = try #require(record.items.last)
            #expect(added.item.value.number == 11 && added.actions.count == 1)
            let history = try #require(added.actions.first)
            #expect(history.action.value.description == "Run the staff survey")
            #expect(history.updates.map(\.value.status) == [.onTrack, .atRisk])
            #expect(history.updates.map(\.value.previousStatus) == [.notStarted, .onTrack])
            #expect(history.updates.last?.value.author == "Equality lead")
            #expect(history.updates.last?.value.text == "Status set to At risk")
            #expect(history.updates.last?.value.date == CalendarDate(Date()))

            // Every Location handed out above can be read back, and only through its own plan.
            for location in [item, action, update].compactMap({ $0.headers.first(name: .location) }) {
                #expect(try await api.send(.GET, location).status == .ok, "\(location)")
                #expect(try await api.send(.GET, location.replacingOccurrences(of: plan.plan.id.uuidString, with: ownId.uuidString)).status == .notFound)
            }
            let itemBack = try await api.send(.GET, path("items/\(itemId)"))
            #expect(try schema.problems(itemBack.body, as: "PlanItemRecord") == [])
            #expect(try itemBack.decode(PlanItemRecord.self) == added)
            let updatesBack = try await api.send(.GET, path("actions/\(actionId)/updates"))
            #expect(try updatesBack.decode([Identified<ProgressUpdate>].self) == history.updates)
            #expect(try await api.send(.GET, path("actions/\(actionId)/updates/\(UUID())")).status == .notFound)

            #expect(try await api.send(.DELETE, path("actions/\(ownAction)")).status == .notFound)
            #expect(try await api.send(.DELETE, path("items/\(ownItemId)")).status == .notFound)
            #expect(try await api.send(.DELETE, path("actions/\(actionId)")).status == .noContent)
            #expect(try await api.send(.DELETE, path("actions/\(actionId)")).status == .notFound)
            #expect(try await api.send(.DELETE, path("items/\(itemId)")).status == .noContent)
            #expect(try await api.send(.PUT, path("items/\(itemId)"), json: PlanItem(number: 11, text: "Gone")).status == .notFound)
            #expect(try await fixture.record(plan.plan.id).items.map(\.item.value.number) == ActionPlanFixture.calderNumbers)
            #expect(try await fixture.record(ownId).actions.count == 1)
        }
    }

    @Test("a plan's title changes; its council and challenge do not; deleting takes everything")
    func replaceAndDelete() async throws {
        try await withTestApp { app in
            let fixture = try await ActionPlanFixture.demo(app)
            let api = fixture.api
            let plan = try await fixture.calderPlan()
            var value = plan.plan.value
            value.title = "Calder Moor equality action plan"
            value.monitoredBy = "Overview and Scrutiny Committee"
            let put = try await api.send(.PUT, fixture.plan(plan.plan.id), json: value)
            #expect(put.status == .ok, "\(put.text)")
            #expect(try put.decode(Identified<ActionPlan>.self) == Identified(id: plan.plan.id, value: value))
            value.organisationId = fixture.wyvernId
            #expect(try await api.send(.PUT, fixture.plan(plan.plan.id), json: value).status == .conflict)
            value.organisationId = fixture.calderId
            value.challengeId = nil
            #expect(try await api.send(.PUT, fixture.plan(plan.plan.id), json: value).status == .conflict)
            #expect(
                try await api.send(
                    .PUT, fixture.plan(plan.plan.id),
                    raw: #"{"organisation_id": "\#(fixture.calderId)", "challenge_id": "\#(fixture.challengeId)", "title": " "}"#
                ).error?.path == "title")

            #expect(try await api.send(.DELETE, fixture.plan(plan.plan.id)).status == .noContent)
            #expect(try await api.send(.GET, fixture.plan(plan.plan.id)).status == .notFound)
            #expect(try await api.send(.DELETE, fixture.plan(plan.plan.id)).status == .notFound)
            #expect(try await api.send(.GET, fixture.plan(UUID(), "summary")).status == .notFound)
            // Gone, so the council may start again.
            #expect(try await fixture.createFromChallenge(#"{"organisation_id": "\#(fixture.calderId)"}"#).status == .created)
        }
    }
}

import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

/// Issue 5's promise, walked end to end through the pages alone: accounts made by an
/// administrator, everyone signing in at /sign-in, a challenge taken from set-up to the
/// published report and the council's action plan. Every form is the one the page
/// served, filled in by its labels and options; the stores are read only at the end.
@Suite("A challenge walked through in the browser")
struct ChallengeWalkthroughTests {
    static let password = "a long walkthrough password"
    static let council = "Fernbridge District Council"
    static let strength = "Equality objectives are owned by every directorate."
    static let consideration = "Rural residents find the offices hard to reach."
    static let quote = "We are listened to now."

    @Test("from the administrator's set-up to the published report and the council's action plan")
    func walkthrough() async throws {
        try await withTestApp { app in
            // 1. The administrator adds the council, two people and three accounts.
            let admin = try await PageBrowser.signedIn(app, as: .administrator)
            var page = try await admin.click("Organisations", on: try await admin.get("/dashboard"))
            page = try await admin.click("Add an organisation", on: page)
            var form = try PageForm.find(in: page.text, button: "Add organisation")
            try form.fill("Name", with: Self.council)
            try form.choose("type", "District council")
            let added = try await admin.submit(form)
            let councilId = try await Self.id(after: added, at: "/organisations/")
            page = try await admin.follow(added)
            try PageCheck.structure(page.text)
            #expect(page.text.contains(Self.council))

            try await Self.addPerson(admin, name: "Rowan Achterberg", from: "/people")
            try await Self.addPerson(admin, name: "Morgan Ellery", from: "/organisations/\(councilId)")
            try await Self.addAccount(admin, email: "priya@walk.test", name: "Priya Lindqvist", role: "Review manager")
            try await Self.addAccount(admin, email: "rowan@walk.test", name: "Rowan Achterberg", role: "Peer", person: "Rowan Achterberg")
            try await Self.addAccount(
                admin, email: "morgan@walk.test", name: "Morgan Ellery", role: "Council officer", council: Self.council,
                person: "Morgan Ellery")

            // 2. Each of them signs in through the sign-in form.
            let manager = try await PageBrowser.signingIn(app, email: "priya@walk.test", password: Self.password)
            let peer = try await PageBrowser.signingIn(app, email: "rowan@walk.test", password: Self.password)
            let officer = try await PageBrowser.signingIn(app, email: "morgan@walk.test", password: Self.password)

            // 3. The review manager sets the challenge up in two steps, adds the peer, starts the self-assessment.
            page = try await manager.click("Set up a new challenge", on: try await manager.get("/challenges"))
            form = try PageForm.find(in: page.text, button: "Continue")
            try form.choose("framework_id", "Equality Framework for Local Government (2021)")
            try form.tick("organisation_ids[]", Self.council)
            page = try await manager.submit(form)
            #expect(page.status == .ok)
            #expect(page.text.contains("Step 2 of 2"))
            form = try PageForm.find(in: page.text, button: "Set up the challenge")
            let module = try #require(form.options("modules[]").first)
            try form.tick("modules[]", module.words)
            try form.choose("level_" + module.value, "Achieving")
            try form.fill("Focus", with: "Reaching residents who are not online.")
            try form.fill("Start date", with: "2026-03-10")
            try form.fill("End date", with: "2026-03-12")
            let setUp = try await manager.submit(form)
            let challengeId = try await Self.id(after: setUp, at: "/challenges/")
            let path = "/challenges/\(challengeId)"
            page = try await manager.follow(setUp)
            #expect(page.text.contains("The challenge has been set up."))
            #expect(try PageCheck.structure(page.text).all("h1").first?.allText.contains(Self.council) == true)

            page = try await manager.click("Add or remove team members", on: page)
            form = try PageForm.find(in: page.text, button: "Add to the team")
            try form.choose("person_id", "Rowan Achterberg")
            try form.choose("role", "Lead peer")
            page = try await Self.posted(manager, form)
            #expect(page.text.contains("The person has been added to the team."))
            #expect(page.text.contains("Lead peer"))
            try await Self.move(manager, path, to: "self assessment")

            // 4. The council officer adds evidence, writes one criterion's narrative citing it, checks readiness.
            // The officer finds the challenge among the ones their council may see.
            page = try await officer.click(Self.council, on: try await officer.click("Challenges", on: try await officer.get("/dashboard")))
            #expect(page.status == .ok)
            page = try await officer.click("Self-assessment", on: page, path: "/self-assessment")
            #expect(page.status == .ok)
            page = try await officer.click("Evidence", on: page, path: "/evidence")
            form = try PageForm.find(in: page.text, button: "Add evidence")
            try form.fill("Title", with: "Equality strategy 2025")
            let pdf = Data("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
            let uploaded = try await officer.submit(form, file: ("file", "strategy.pdf", "application/pdf", pdf))
            #expect(uploaded.status == .seeOther)
            page = try await officer.follow(uploaded)
            #expect(page.text.contains("Equality strategy 2025"))
            let download = try await officer.click("Download strategy.pdf", on: page)
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == pdf)

            page = try await officer.click("Edit the self-assessment for", on: try await officer.get(path + "/self-assessment"))
            form = try PageForm.find(in: page.text, button: "Save the self-assessment")
            try form.fill("The council's narrative", with: "Every directorate reports on its equality objectives each quarter.")
            try form.choose("judgement", "Achieving")
            try form.tick("evidence[]", "Equality strategy 2025")
            page = try await Self.posted(officer, form)
            #expect(page.text.contains("Every directorate reports on its equality objectives each quarter."))
            page = try await officer.click("See how ready the self-assessment is", on: page)
            #expect(page.status == .ok)
            #expect(page.text.contains("Is the self-assessment ready?"))
            #expect(page.text.range(of: #"1 of \d+ criteria have a narrative"#, options: .regularExpression) != nil)
            #expect(page.text.range(of: #"1 of \d+ criteria cite evidence"#, options: .regularExpression) != nil)

            // 5. On site: the peer records a session, the findings, a recommendation and the conclusion.
            try await Self.move(manager, path, to: "on site")
            page = try await peer.click(Self.council, on: try await peer.click("Challenges", on: try await peer.get("/dashboard")))
            page = try await peer.click("Programme", on: page, path: "/programme")
            form = try PageForm.find(in: page.text, button: "Add the session")
            try form.fill("Day", with: "2026-03-10")
            try form.fill("Start time", with: "09:30")
            try form.fill("End time", with: "10:30")
            try form.choose("kind", "Focus group")
            try form.fill("Title", with: "Disabled residents' forum")
            try form.tick("peer_ids[]", "Rowan Achterberg")
            page = try await Self.posted(peer, form)
            #expect(page.text.contains("Disabled residents"))

            page = try await peer.click("Findings", on: try await peer.get(path), path: "/findings")
            for (kind, text, attribution) in [
                ("Strength", Self.strength, ""), ("Area for consideration", Self.consideration, ""),
                ("Quote", Self.quote, "Member of the residents' forum"),
            ] {
                form = try PageForm.find(in: page.text, button: "Add finding")
                try form.choose("kind", kind)
                try form.fill("What the team found", with: text)
                try form.fill("Who said it", with: attribution)
                page = try await Self.posted(peer, form)
                #expect(page.text.contains(text))
            }
            #expect(page.text.contains("Member of the residents"))

            page = try await peer.click("Recommendations", on: try await peer.get(path), path: "/recommendations")
            form = try PageForm.find(in: page.text, button: "Add recommendation")
            try form.fill("Number", with: "1")
            try form.fill("Recommendation", with: "Open a weekly advice point in each market town.")
            page = try await Self.posted(peer, form)
            #expect(page.text.contains("Open a weekly advice point in each market town."))

            page = try await peer.click("Conclusion and award", on: try await peer.get(path))
            form = try PageForm.find(in: page.text, button: "Save conclusion")
            try form.fill("Overall conclusion", with: "The council is achieving.")
            try form.choose("level", "Achieving")
            try form.fill("Date awarded", with: "2026-04-01")
            page = try await Self.posted(peer, form)
            #expect(page.text.contains("Conclusion saved"))

            // 6. The draft, the council's comment and its resolution, the final report, publication.
            try await Self.move(manager, path, to: "drafting")
            page = try await manager.click("Report", on: try await manager.get(path), path: "/report")
            page = try await Self.confirmed(manager, try PageForm.find(in: page.text, button: "Issue a draft"), yes: "Yes, issue the draft")
            #expect(page.text.contains("Draft issued"))

            page = try await officer.click("Comments on drafts", on: try await officer.get(path))
            form = try PageForm.find(in: page.text, button: "Add comment")
            let place = try #require(form.options("anchor").first { !$0.value.isEmpty })
            try form.choose("anchor", place.words)
            try form.fill("Comment", with: "Please name the market towns.")
            page = try await Self.posted(officer, form)
            #expect(page.text.contains("Comment added"))
            #expect(page.text.contains("From Morgan Ellery, " + Self.council))

            page = try await manager.click("Resolve", on: try await manager.get(path + "/comments"))
            form = try PageForm.find(in: page.text, button: "Save resolution")
            try form.choose("outcome", "Noted")
            page = try await Self.posted(manager, form)
            #expect(page.text.contains("Comment resolved"))
            #expect(page.text.contains("Noted by Priya Lindqvist, review manager"))

            page = try await manager.click("Back to the report", on: page)
            page = try await Self.confirmed(manager, try PageForm.find(in: page.text, button: "Issue the final report"), yes: "Yes, issue the final report")
            #expect(page.text.contains("Final report issued"))
            try await Self.move(manager, path, to: "published")

            // 7. Anyone reads the published report.
            let stranger = PageBrowser(app: app)
            page = try await stranger.click("Published reports", on: try await stranger.get("/"))
            #expect(page.status == .ok)
            #expect(page.text.contains(Self.council))
            let reportLink = try PageBrowser.link("Final report (web page)", on: page, path: challengeId)
            #expect(reportLink == "/published/\(challengeId)/report?format=html")
            let report = try await stranger.get(reportLink)
            #expect(report.status == .ok)
            #expect(report.text.contains(Self.strength))
            #expect(report.text.contains(Self.consideration))
            #expect(report.text.contains(Self.quote))
            #expect(report.text.contains("Member of the residents"))
            #expect(report.text.contains("Open a weekly advice point in each market town."))

            // 8. The officer starts the action plan from the report and works on it.
            page = try await officer.click("Report", on: try await officer.get(path), path: "/report")
            let planned = try await officer.submit(try PageForm.find(in: page.text, button: "Create the action plan"))
            let planId = try await Self.id(after: planned, at: "/action-plans/")
            page = try await officer.follow(planned)
            #expect(page.status == .ok)
            #expect(page.text.contains("Open a weekly advice point in each market town."))

            page = try await officer.click("Edit the response", on: page)
            form = try PageForm.find(in: page.text, button: "Save the response")
            try form.choose("response", "Agreed with a different approach")
            try form.fill("Rationale", with: "A mobile advice bus reaches more villages.")
            page = try await Self.posted(officer, form)
            #expect(page.text.contains("A mobile advice bus reaches more villages."))

            page = try await officer.click("Add an action to item 1", on: page)
            form = try PageForm.find(in: page.text, button: "Add the action")
            try form.fill("What will be done", with: "Run the advice bus to twelve villages.")
            try form.choose("lead_id", "Morgan Ellery")
            try form.choose("timescale_kind", "By a date")
            try form.fill("Due date", with: "2026-09-30")
            page = try await Self.posted(officer, form)
            #expect(page.text.contains("Run the advice bus to twelve villages."))

            // The action page is where a good post lands; a person coming back finds it from the plan.
            page = try await officer.click("Run the advice bus to twelve villages.", on: try await officer.get("/action-plans/\(planId)"))
            form = try PageForm.find(in: page.text, button: "Add the update")
            try form.fill("Date of the update", with: "2026-05-01")
            try form.fill("What has happened", with: "The bus visited four villages in April.")
            try form.choose("status", "On track")
            page = try await Self.posted(officer, form)
            #expect(page.text.contains("The bus visited four villages in April."))

            // 9. The history of changes names who made each one.
            let findingAuthors = try await Self.changeAuthors(manager, path + "/changes", record: "finding")
            #expect(findingAuthors.contains { $0.hasPrefix("Rowan Achterberg") })
            let challengeAuthors = try await Self.changeAuthors(manager, path + "/changes", record: "challenge")
            #expect(challengeAuthors.contains { $0.hasPrefix("Priya Lindqvist") })
            let selfAssessmentAuthors = try await Self.changeAuthors(manager, path + "/changes", record: "self")
            #expect(selfAssessmentAuthors.contains { $0.hasPrefix("Morgan Ellery") })

            // What the pages did is what the stores hold.
            let stored = try await ChallengeStore(db: app.db, catalog: shippedCatalog).get(try #require(UUID(uuidString: challengeId)))
            #expect(stored.value.status == .published)
            #expect(stored.value.award?.level == "achieving")
            let plan = try await ActionPlanStore(db: app.db, catalog: shippedCatalog).record(try #require(UUID(uuidString: planId)))
            #expect(plan.items.first?.item.value.response == .agreedDifferentApproach)
            #expect(plan.items.first?.actions.first?.updates.count == 1)
        }
    }

    /// The person form reached from the people list, or from a council's page (which
    /// chooses the council in advance), filled in and sent.
    static func addPerson(_ admin: PageBrowser, name: String, from listing: String) async throws {
        let page = try await admin.click("Add a person", on: try await admin.get(listing))
        var form = try PageForm.find(in: page.text, button: "Add person")
        try form.fill("Full name", with: name)
        if listing != "/people" { #expect(form.value("organisation_id") == listing.split(separator: "/").last.map(String.init)) }
        let reply = try await admin.submit(form)
        _ = try await id(after: reply, at: "/people/")
        #expect(try await admin.follow(reply).text.contains(name))
    }

    static func addAccount(
        _ admin: PageBrowser, email: String, name: String, role: String, council: String? = nil, person: String? = nil
    ) async throws {
        let page = try await admin.click("Add an account", on: try await admin.get("/accounts"))
        var form = try PageForm.find(in: page.text, button: "Add account")
        try form.fill("Email address", with: email)
        try form.fill("Full name", with: name)
        try form.choose("role", role)
        if let council { try form.choose("organisation_id", council) }
        if let person { try form.choose("person_id", person) }
        try form.fill("Initial password", with: password)
        try form.fill("Type the password again", with: password)
        let listed = try await posted(admin, form)
        #expect(listed.text.contains("The account has been made."))
        #expect(listed.text.contains(email))
    }

    /// Presses the status button on the overview and sees the new status there.
    static func move(
        _ browser: PageBrowser, _ path: String, to status: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let overview = try await browser.get(path)
        let form = try PageForm.find(in: overview.text, button: "Move on to \(status)", sourceLocation: sourceLocation)
        let page = try await confirmed(browser, form, yes: "Yes, move to", sourceLocation: sourceLocation)
        #expect(page.text.contains("The status has been changed."), sourceLocation: sourceLocation)
        #expect(page.text.contains("This challenge is at <strong>\(status)</strong>"), sourceLocation: sourceLocation)
    }

    /// Sends a form whose action asks first, then the confirmation page's form.
    static func confirmed(
        _ browser: PageBrowser, _ form: PageForm, yes: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> APIClient.Reply {
        let asked = try await browser.submit(form)
        #expect(asked.status == .ok, "\(form.action): \(asked.status)", sourceLocation: sourceLocation)
        return try await posted(browser, try PageForm.find(in: asked.text, button: yes, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
    }

    /// Sends the form, expects the 303 of a good post, and shows the page it leads to.
    static func posted(
        _ browser: PageBrowser, _ form: PageForm, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> APIClient.Reply {
        let reply = try await browser.submit(form)
        #expect(
            reply.status == .seeOther, "\(form.action): \(reply.status) \(Self.errorSummary(reply.text))", sourceLocation: sourceLocation)
        let page = try await browser.follow(reply, sourceLocation: sourceLocation)
        #expect(page.status == .ok, sourceLocation: sourceLocation)
        try PageCheck.structure(page.text, sourceLocation)
        return page
    }

    /// The id a good post redirects to, from its Location.
    static func id(
        after reply: APIClient.Reply, at prefix: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        #expect(reply.status == .seeOther, "\(reply.status) \(errorSummary(reply.text))", sourceLocation: sourceLocation)
        let location = try #require(reply.headers.first(name: .location), sourceLocation: sourceLocation)
        #expect(location.hasPrefix(prefix), sourceLocation: sourceLocation)
        let rest = location.dropFirst(prefix.count)
        return String(rest.prefix { $0 != "?" && $0 != "/" })
    }

    /// The "Who" of every change on the trail whose "What" names `record`, page by page.
    static func changeAuthors(_ browser: PageBrowser, _ path: String, record: String) async throws -> [String] {
        var authors: [String] = []
        var next: String? = path
        while let address = next {
            let page = try await browser.get(address)
            #expect(page.status == .ok)
            let tree = try #require(XMLTree(page.text))
            // Each change is an entry: what was done as its heading, then "By <name>, <when>".
            let entries = tree.root.all("ol").filter { $0.attributes["class"] == "change-events" }.flatMap { $0.all("li") }
            for entry in entries where entry.all("h3").first?.allText.contains(record) == true {
                if let by = entry.all("p").first(where: { $0.attributes["class"] == "hint" })?.allText, by.hasPrefix("By ") {
                    authors.append(String(by.dropFirst(3)))
                }
            }
            next = tree.root.all("a").first { $0.allText == "Older changes" }?.attributes["href"]
        }
        return authors
    }

    /// What the error summary said, to make a failed post's message useful.
    static func errorSummary(_ html: String) -> String {
        guard let tree = XMLTree(html) else { return "" }
        let summary = tree.root.everything.first { ($0.attributes["class"] ?? "").contains("error-summary") }
        return summary?.allText ?? (tree.root.all("h1").first?.allText ?? "")
    }
}

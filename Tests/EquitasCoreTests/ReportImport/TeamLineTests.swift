import EquitasCore
import Foundation
import Testing

@Suite("Team lines in every usual form")
struct TeamLineTests {
    /// A short report whose team is listed in `lines` under `heading`.
    func team(_ lines: [String], heading: String = "Peer Challenge Team") throws -> [ChallengeDocument.TeamEntry] {
        let text = """
            # Wexcombe Borough Council

            The peer challenge took place on 11 to 13 February 2020 at the Achieving level.

            ## \(heading)

            \(lines.joined(separator: "\n\n"))

            ## Community engagement and satisfaction

            ### Strengths

            - Community forums meet in each ward.
            """
        return try ReportRecogniser.recognise(text: text, catalog: ImportFrameworks.catalog).document.team
    }

    @Test("name, job title and council in any order, with or without Cllr, an office or a role before a colon")
    func orders() throws {
        let members = try team([
            "Cllr Priya Nair, Deputy Leader, Elmsworth District Council",
            "Head of Customer Services – Moira Blane – Cresswick County Council",
            "Liam Doherty (Review Manager), Local Government Association",
            "Lead peer: Sarah Linford, Chief Executive, Dunmere District Council",
            "Hamid Yusuf (Chief Executive, Dunmere District Council)",
        ])
        #expect(members.map(\.name) == ["Councillor Priya Nair", "Moira Blane", "Liam Doherty", "Sarah Linford", "Hamid Yusuf"])
        #expect(members.map(\.organisation) == [
            "Elmsworth District Council", "Cresswick County Council", "Local Government Association", "Dunmere District Council",
            "Dunmere District Council",
        ])
        #expect(members.map(\.role) == [
            TeamRole.councillorPeer, .officerPeer, .reviewManager, .leadPeer, .officerPeer,
        ].map(\.rawValue))
        #expect(members[0].jobTitle == "Deputy Leader")
        #expect(members[1].jobTitle == "Head of Customer Services")
    }

    @Test("a team line outside any team heading is read only when it has a name, a council and a role")
    func standalone() throws {
        let members = try team([
            "Josephine Mbeki – Head of Policy – Ketterby Borough Council",
            "Ketterby Borough Council, Wexcombe Borough Council",
        ], heading: "Who came")
        #expect(members.map(\.name) == ["Josephine Mbeki"])
    }
}

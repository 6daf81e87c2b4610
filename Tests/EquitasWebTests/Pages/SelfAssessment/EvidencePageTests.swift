import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Evidence pages")
struct EvidencePageTests {
    @Test("an officer uploads a PDF, sees it listed and downloads it back unchanged, then deletes it")
    func uploadDownloadDelete() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let empty = try await officer.get(world.base + "/evidence")
            #expect(empty.status == .ok)
            try PageCheck.structure(empty.text)
            #expect(empty.text.contains("enctype=\"multipart/form-data\""))

            let pdf = Data("%PDF-1.7\n% a tiny strategy\n".utf8)
            let added = try await officer.postMultipart(
                world.base + "/evidence", fields: [("title", "Strategy <script>alert(1)</script>"), ("kind", "strategy")],
                file: ("file", "strategy.pdf", "application/octet-stream", pdf))
            #expect(added.status == .seeOther, "\(added.text)")
            #expect(added.headers.first(name: .location) == world.base + "/evidence?done=added")
            let stored = try #require(try await world.evidence().first)
            #expect(stored.value.kind == .strategy)
            #expect(stored.value.file?.mediaType == "application/pdf")
            #expect(stored.value.file?.filename == "strategy.pdf")

            let list = try await officer.get(world.base + "/evidence?done=added")
            try PageCheck.structure(list.text)
            #expect(list.text.contains("Strategy &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(list.text.contains("Download strategy.pdf"))
            let download = try await officer.get(world.base + "/evidence/\(stored.id.uuidString.lowercased())/file")
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == pdf)
            #expect(download.headers.first(name: .contentType) == "application/pdf")

            let deleted = try await officer.post(world.base + "/evidence/\(stored.id.uuidString.lowercased())/delete", form: [("confirm", "yes")])
            #expect(deleted.status == .seeOther)
            #expect(try await world.evidence().isEmpty)
        }
    }

    @Test("a file named .pdf that is really a web page is refused, and so is one past the limit; nothing is written")
    func refusals() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            let officer = try await world.browser(.councilOfficer)
            let html = Data("<html><body><script>alert(1)</script></body></html>".utf8)
            let disguised = try await officer.postMultipart(
                world.base + "/evidence", fields: [("title", "Report")], file: ("file", "report.pdf", "application/pdf", html))
            #expect(disguised.status == .unsupportedMediaType)
            try PageCheck.structure(disguised.text)
            #expect(disguised.text.contains("There is a problem"))

            let big = Data(repeating: 0x41, count: app.equitas.evidenceLimit + 1)
            let large = try await officer.postMultipart(
                world.base + "/evidence", fields: [("title", "Huge")], file: ("file", "huge.txt", "text/plain", big))
            #expect(large.status == .payloadTooLarge)
            #expect(large.text.contains("must be smaller than 1 MB"))
            #expect(try await world.evidence().isEmpty)
            let files = try FileManager.default.subpathsOfDirectory(atPath: app.equitas.evidenceDirectory.path)
            #expect(files.allSatisfy { !$0.contains("/") }, "no file was stored: \(files)")

            let untitled = try await officer.postMultipart(world.base + "/evidence", fields: [("title", " ")], file: nil)
            #expect(untitled.status == .unprocessableEntity)
            #expect(untitled.text.contains("<title>Error: Evidence"))
            #expect(try await world.evidence().isEmpty)
        }
    }

    @Test("a councillor sees the evidence without forms and is refused an upload")
    func councillor() async throws {
        try await withTestApp { app in
            let world = try await SelfAssessmentWorld.make(app)
            _ = try await world.addEvidence("Workforce report")
            let councillor = try await world.browser(.councillor)
            let page = try await councillor.get(world.base + "/evidence")
            #expect(page.status == .ok)
            #expect(page.text.contains("Workforce report"))
            #expect(!page.text.contains("Add evidence"))
            #expect(!page.text.contains("Delete "))
            let post = try await councillor.postMultipart(world.base + "/evidence", fields: [("title", "Mine")], file: nil)
            #expect(post.status == .forbidden)
            let stranger = try await world.browser(.councilOfficer, council: world.other)
            #expect(try await stranger.get(world.base + "/evidence").status == .notFound)
            #expect(try await world.evidence().count == 1)
        }
    }
}

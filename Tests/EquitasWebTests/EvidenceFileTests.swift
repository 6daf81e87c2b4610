import EquitasCore
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@Suite("Evidence files")
struct EvidenceFileTests {
    @Test("an uploaded file is typed by its content, stored once and downloaded intact")
    func uploadAndDownload() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let challenge = try await api.challenge(for: [try await api.organisation("Wyvern Vale District Council")])
            let base = "/api/v1/challenges/\(challenge)/evidence"
            let created = try await api.send(.POST, base, json: EvidenceDocument(title: "Equality strategy 2024–2028", kind: .strategy, fileToFollow: true))
            let evidence = try created.decode(Identified<EvidenceDocument>.self)
            let pdf = Data("%PDF-1.4\n% a tiny test file\n".utf8)

            let uploaded = try await api.send(.PUT, "\(base)/\(evidence.id)/file?filename=../../strategy.pdf", body: ByteBuffer(data: pdf), contentType: .binary)
            #expect(uploaded.status == .ok, "\(uploaded.text)")
            let file = try #require(try uploaded.decode(Identified<EvidenceDocument>.self).value.file)
            #expect(file.filename == "strategy.pdf")
            #expect(file.mediaType == "application/pdf")
            #expect(file.size == pdf.count)

            let stored = app.equitas.evidenceDirectory.appendingPathComponent(String(file.sha256.prefix(2))).appendingPathComponent(String(file.sha256.dropFirst(2)))
            #expect(FileManager.default.fileExists(atPath: stored.path))

            let downloaded = try await api.send(.GET, "\(base)/\(evidence.id)/file")
            #expect(Data(buffer: downloaded.body) == pdf)
            #expect(downloaded.headers.first(name: .contentType) == "application/pdf")

            let renamed = try await api.send(.PUT, base + "/\(evidence.id)", json: EvidenceDocument(title: "Equality strategy", kind: .strategy))
            #expect(try renamed.decode(Identified<EvidenceDocument>.self).value.file == file)
        }
    }

    @Test("a file of an unknown type, or past the size limit, is refused")
    func refusals() async throws {
        try await withTestApp { app in
            let api = APIClient(app: app)
            let challenge = try await api.challenge(for: [try await api.organisation("Wyvern Vale District Council")])
            let base = "/api/v1/challenges/\(challenge)/evidence"
            let evidence = try await api.send(.POST, base, json: EvidenceDocument(title: "Minutes", fileToFollow: true)).decode(Identified<EvidenceDocument>.self)

            let executable = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
            let typed = try await api.send(.PUT, "\(base)/\(evidence.id)/file?filename=minutes.pdf", body: ByteBuffer(data: executable), contentType: .binary)
            #expect(typed.status == .unsupportedMediaType)

            let big = Data(repeating: 0x41, count: 1024 * 1024 + 1)
            let large = try await api.send(.PUT, "\(base)/\(evidence.id)/file?filename=big.txt", body: ByteBuffer(data: big), contentType: .binary)
            #expect(large.status == .payloadTooLarge)

            let none = try await api.send(.GET, "\(base)/\(evidence.id)/file")
            #expect(none.status == .notFound)
        }
    }
}

import EquitasPersistence
import Foundation
import Testing

@Suite("Evidence files")
struct EvidenceFileStoreTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-evidence-\(UUID().uuidString)", isDirectory: true)

    @Test("a file is stored once under its SHA-256 and read back")
    func storeAndRead() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let store = EvidenceFileStore(root: root)
        let data = Data("abc".utf8)
        let digest = try store.put(data)
        #expect(digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(store.url(sha256: digest).path == root.path + "/ba/7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try store.read(sha256: digest) == data)
        #expect(try store.put(data) == digest)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("ba").path).count == 1)
    }

    @Test("an unknown or malformed digest is NotFound and never leaves the folder")
    func unknown() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let store = EvidenceFileStore(root: root)
        let missing = String(repeating: "a", count: 64)
        #expect(throws: NotFound(entity: "evidence file", id: missing)) { try store.read(sha256: missing) }
        #expect(throws: NotFound.self) { try store.read(sha256: "../../etc/passwd") }
        #expect(store.url(sha256: "../../etc/passwd").path.hasPrefix(root.path + "/"))
        #expect(store.url(sha256: String(repeating: "A", count: 64)).lastPathComponent == "invalid")
    }
}

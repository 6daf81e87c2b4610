import EquitasCore
import Foundation
import Testing

/// The promise the import and export commands rest on: the same challenge, the same bytes.
@Suite("Round trips of a document")
struct ChallengeDocumentRoundTripTests {
    @Test("document → record → document gives the same bytes")
    func throughRecord() throws {
        let document = try ChallengeDocument.example().validated(against: .mock)
        let ids = IDSequence()
        let directory = ChallengeDirectory.fresh(for: document, newID: ids.next)

        let record = try document.record(directory: directory, newID: ids.next)
        let again = ChallengeDocument(record: record)

        #expect(try JSONCoding.encoder().encode(again) == JSONCoding.encoder().encode(document))
    }

    @Test("encode → decode → encode gives the same bytes")
    func throughJSON() throws {
        let document = try ChallengeDocument.example().validated(against: .mock)

        let first = try document.encoded()
        let second = try ChallengeDocument.decode(first).encoded()

        #expect(first == second)
    }

    @Test("the example in docs/ is already in its validated form")
    func exampleIsTidy() throws {
        let example = try ChallengeDocument.example()

        #expect(try example.validated(against: .mock) == example)
    }

    @Test("a document with defaults left out reaches the same bytes once validated")
    func defaultsRoundTrip() throws {
        var sparse = try ChallengeDocument.example()
        sparse.kind = nil
        sparse.frameworkVersion = nil
        sparse.award?.expires = nil
        sparse.modules[1].level = nil
        sparse.modules[1].judgement = nil

        let validated = try sparse.validated(against: .mock)

        #expect(try validated.encoded() == ChallengeDocument.example().validated(against: .mock).encoded())
    }
}

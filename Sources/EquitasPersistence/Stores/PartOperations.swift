import EquitasCore
import Foundation

/// What `ChallengePartStore<Part>` asks of the table behind it. Lets the public store be
/// generic over any `ChallengePart` (as the web layer is) while each part's table is
/// generic over its row type.
protocol PartOperations<Part>: Sendable {
    associatedtype Part: ChallengePart
    func list(challengeId: UUID, _ request: EquitasCore.PageRequest) async throws -> EquitasCore.Page<Identified<Part>>
    func get(challengeId: UUID, id: UUID) async throws -> Identified<Part>
    func create(challengeId: UUID, _ value: Part, id: UUID) async throws -> Identified<Part>
    func update(challengeId: UUID, id: UUID, _ value: Part) async throws -> Identified<Part>
    func delete(challengeId: UUID, id: UUID) async throws
}

extension PartTable: PartOperations {
    typealias Part = Row.Part
}

import EquitasCore
import FluentKit
import Foundation

/// A module in a challenge's scope, with the level sought and the peers' judgement.
final class ChallengeModuleRow: EquitasRow, @unchecked Sendable {
    static let schema = "challenge_modules"
    static let noun = "challenge module"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "module_id") var moduleId: String
    @Field(key: "level") var level: String
    @Field(key: "judgement") var judgement: String
    @OptionalField(key: "conclusion") var conclusion: String?
    @Field(key: "position") var position: Int

    init() {}

    init(challengeId: UUID, scope: ModuleScope, position: Int) {
        self.id = UUID()
        self.challengeId = challengeId
        self.moduleId = scope.id
        self.level = scope.level
        self.judgement = scope.judgement.rawValue
        self.conclusion = scope.conclusion
        self.position = position
    }

    func scope() throws -> ModuleScope {
        ModuleScope(id: moduleId, level: level, judgement: try read(judgement, column: "judgement"), conclusion: conclusion)
    }
}

import EquitasCore

/// A part whose wording a council comment can have revised.
protocol WordedPart: ChallengePart {
    var text: String { get set }
}

extension Finding: WordedPart {}
extension Recommendation: WordedPart {}

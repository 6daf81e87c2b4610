extension PlanActionStatus {
    /// A red/amber/green rating as councils' own trackers give it (blue, in a BRAG
    /// scheme, for done): green on track, amber at risk, red off track. nil otherwise,
    /// mixed ratings ("amber/green") included: which one is meant is the council's call.
    public init?(rag: String) {
        switch rag.trimmingCharacters(in: .whitespaces).lowercased() {
        case "green", "g": self = .onTrack
        case "amber", "a": self = .atRisk
        case "red", "r": self = .offTrack
        case "blue", "b", "completed": self = .complete
        case "not yet started", "grey", "gray": self = .notStarted
        default: return nil
        }
    }
}

/// What a bar means, not what colour it is: each renderer picks its own colours for
/// these, so a chart can never depend on colour alone (every bar is also labelled).
public enum ChartTone: String, DomainEnum {
    case neutral
    /// Going well: on track.
    case positive
    /// Worth watching: at risk.
    case caution
    /// Going badly: off track.
    case negative
    /// Done.
    case complete
}

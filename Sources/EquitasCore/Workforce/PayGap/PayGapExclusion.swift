/// Why a staff record was left out of some or all of the gender pay gap figures. The
/// raw values are the keys of `GenderPayGapReport.excluded`; an
/// `Error` only so that a classification can be a `Result`.
public enum PayGapExclusion: String, CaseIterable, Error, Sendable {
    /// The person chose not to say: left out of every figure.
    case sexPreferNotToSay = "sex prefer not to say"
    /// Never asked, or the record was lost: left out of every figure.
    case sexNotKnown = "sex not known"
    /// Nothing in the cell: left out of every figure.
    case sexBlank = "sex blank"
    /// A value other than male or female: left out of every figure, because the
    /// regulations define the gap as a comparison between men and women only.
    case sexNeitherMaleNorFemale = "sex neither male nor female"
    /// On full pay, but no hourly rate can be worked out: left out of the hourly gaps and
    /// the quartiles, still counted for bonus pay, which does not depend on the rate.
    case noHourlyRate = "no hourly rate"
}

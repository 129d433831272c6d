namespace Inl.Justice.Corrections.Classification;

/// <summary>What a scored item measures: the closed vocabulary of a classification instrument's items.</summary>
public enum Measure
{
    /// <summary>Severity of the current offense; scored by <c>answers</c> (Lowest … Greatest).</summary>
    OffenseSeverity = 1,

    /// <summary>Severity of the most severe detainer; scored by <c>answers</c> (None, Lowest … Greatest).</summary>
    DetainerSeverity = 2,

    /// <summary>Criminal-history points; scored by numeric <c>bands</c> from 0.</summary>
    CriminalHistoryPoints = 3,

    /// <summary>History of violence; scored by <c>incidentBands</c> over completed years since each incident, worst incident counts.</summary>
    ViolenceHistory = 4,

    /// <summary>History of escape or attempts; scored like <see cref="ViolenceHistory"/>.</summary>
    EscapeHistory = 5,

    /// <summary>Voluntary surrender; scored by <c>answers</c> (Yes, No).</summary>
    VoluntarySurrender = 6,

    /// <summary>Age in completed years on the assessment date; scored by numeric <c>bands</c> from 0.</summary>
    Age = 7,

    /// <summary>Education level; scored by <c>answers</c> (Verified, Enrolled, None).</summary>
    Education = 8,

    /// <summary>Completed years since the last drug or alcohol abuse; scored by <c>bands</c>, with <c>none</c> points when there is none on record.</summary>
    SubstanceAbuse = 9,

    /// <summary>Months to release; scored by numeric <c>bands</c> from 0.</summary>
    MonthsToRelease = 10,

    /// <summary>A declared flag (public safety factor); scored by <c>answers</c> (Yes, No).</summary>
    Flag = 11,

    /// <summary>A named whole-number fact from <see cref="PrisonerProfile.Facts"/>; scored by <c>bands</c>, with <c>none</c> points when the fact is absent (else it is required).</summary>
    Fact = 12,
}
